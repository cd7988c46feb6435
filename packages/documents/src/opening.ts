import { ProviderError, assertShape, isDocumentOpening, isHttpsUrl, type DocumentOpening, type DocumentSummary } from '@tessera/core';

// Loaded when the customer first opens a document (see documents.ts): the checks of the
// lender's answer and the download are not needed before that.

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

/** The protocol of a link, for a diagnostic that never quotes the link itself. */
export const protocolOf = (url: unknown): string => /^[a-z][\w+.-]*:/i.exec(String(url))?.[0] ?? 'not a URL';

/**
 * A file name safe on every system: no path, no control or reserved characters, at most
 * 120 characters, ending in `.pdf` for PDFs; from the document's name and date when the
 * provider's is unusable.
 */
export function safeFileName(provided: string, fallbackName: string, date: string, mediaType: string): string {
  const clean = (s: string): string =>
    s
      .split(/[\\/]/)
      .pop()!
      // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
      .replace(/[\0-\x1f\x7f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '');
  const extension = mediaType === 'application/pdf' ? '.pdf' : '';
  let name = clean(provided);
  if (!name) name = `${clean(fallbackName) || 'document'} ${date}`;
  if (extension && !name.toLowerCase().endsWith(extension)) name += extension;
  return name.length > 120 ? name.slice(0, 120 - extension.length) + extension : name;
}
