import { ProviderError, assertShape, isDocumentOpening, type DocumentOpening, type DocumentSummary, type DocumentsApi, type Locale } from '@tessera/core';
import { isHttpsUrl, protocolOf, safeFileName } from './document-data.js';

/** What opening a document needs from the element. */
export interface OpeningHost {
  documents(): DocumentsApi;
  signal(): AbortSignal;
  locale(): Locale;
  now(): Date;
  changed(): void;
  /** The document opened: it is no longer new. */
  opened(document: DocumentSummary, delivery: DocumentOpening['kind']): void;
  failed(document: DocumentSummary, error: unknown): void;
  /** Where a download's temporary link is clicked (inside the widget). */
  root(): { append(node: Node): void };
}

/** Why an answer was refused although the provider sent one. */
export type Refusal = 'not-https' | 'expired';

export interface OpenFailure {
  document: DocumentSummary;
  error: unknown;
  refusal?: Refusal;
}

const refused = (why: Refusal): ProviderError =>
  new ProviderError('unknown', why === 'expired' ? 'The document link had expired' : 'The document link is not https:', { invalidData: why === 'not-https' });

/** How long the object URL of a download lives: long enough for every engine to start saving it. */
const REVOKE_AFTER_MS = 1000;

/**
 * Opens documents one at a time per document: a short-lived `https:` link in a new tab
 * (`noopener`), or a file saved under a safe name. The link is used at once and kept nowhere.
 */
export class Opening {
  busy?: string;
  /** The document last opened and how, for the live message. */
  done?: { document: DocumentSummary; delivery: DocumentOpening['kind'] };
  failure?: OpenFailure;
  private readonly host: OpeningHost;

  constructor(host: OpeningHost) {
    this.host = host;
  }

  async open(document: DocumentSummary): Promise<void> {
    if (this.busy) return;
    this.busy = document.id;
    this.failure = undefined;
    this.done = undefined;
    this.host.changed();
    const signal = this.host.signal();
    try {
      const answer: unknown = await this.host.documents().openDocument(document.id, { signal, locale: this.host.locale() });
      signal.throwIfAborted();
      const link = answer as Partial<Extract<DocumentOpening, { kind: 'link' }>> | null;
      if (link?.kind === 'link' && !isHttpsUrl(link.url)) {
        // The developer learns which rule broke; the link itself is never written anywhere.
        console.error(`[tessera] Refused: documents.openDocument → document opening.url: expected an https: URL (got ${protocolOf(link.url)})`);
        throw Object.assign(refused('not-https'), { refusal: 'not-https' as const });
      }
      const opening = assertShape(answer, isDocumentOpening, 'document opening', 'documents.openDocument');
      if (opening.kind === 'link') {
        if (Date.parse(opening.expiresAt) <= this.host.now().getTime()) throw Object.assign(refused('expired'), { refusal: 'expired' as const });
        window.open(opening.url, '_blank', 'noopener,noreferrer');
      } else {
        this.download(opening, document);
      }
      this.done = { document, delivery: opening.kind };
      this.host.opened(document, opening.kind);
    } catch (error) {
      if (!signal.aborted) {
        this.failure = { document, error, refusal: (error as { refusal?: Refusal }).refusal };
        this.host.failed(document, error);
      }
    } finally {
      this.busy = undefined;
      this.host.changed();
    }
  }

  private download(file: Extract<DocumentOpening, { kind: 'file' }>, document: DocumentSummary): void {
    const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
    const anchor = window.document.createElement('a');
    anchor.href = url;
    anchor.download = safeFileName(file.fileName, document.name, document.date, file.mediaType);
    anchor.hidden = true;
    this.host.root().append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
