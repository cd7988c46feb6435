import { ProviderError, assertShape, isDocumentOpening, type DocumentOpening, type DocumentSummary } from '@tessera/core';
import { isHttpsUrl, protocolOf, safeFileName } from './document-data.js';

/** Why an answer was refused although the provider sent one. */
export type Refusal = 'not-https' | 'expired';

export interface OpenFailure {
  document: DocumentSummary;
  error: unknown;
  refusal?: Refusal;
}

const refused = (why: Refusal): ProviderError =>
  Object.assign(new ProviderError('unknown', `Refused document link: ${why}`, { invalidData: why === 'not-https' }), { refusal: why });

/**
 * The provider's answer to `openDocument`, checked: a link must be `https:` and not expired
 * at `now`. The link itself is never written anywhere, the diagnostic included.
 */
export function checkOpening(answer: unknown, now: Date): DocumentOpening {
  const link = answer as Partial<Extract<DocumentOpening, { kind: 'link' }>> | null;
  if (link?.kind === 'link' && !isHttpsUrl(link.url)) {
    console.error(`[tessera] Refused: documents.openDocument → document opening.url: expected an https: URL (got ${protocolOf(link.url)})`);
    throw refused('not-https');
  }
  const opening = assertShape(answer, isDocumentOpening, 'document opening', 'documents.openDocument');
  if (opening.kind === 'link' && Date.parse(opening.expiresAt) <= now.getTime()) throw refused('expired');
  return opening;
}

/** Saves a file under a safe name through a temporary link clicked inside the widget (`root`). */
export function download(file: Extract<DocumentOpening, { kind: 'file' }>, document: DocumentSummary, root: { append(node: Node): void }): void {
  const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = safeFileName(file.fileName, document.name, document.date, file.mediaType);
  anchor.hidden = true;
  root.append(anchor);
  anchor.click();
  anchor.remove();
  // Long enough for every engine to start saving it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
