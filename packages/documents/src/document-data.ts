import { isDocumentPage, isHttpsUrl, type DocumentSummary, type DocumentType } from '@tessera/core';

export { isDocumentPage };

export const DOCUMENT_TYPES: readonly DocumentType[] = ['statement', 'notice', 'payoff-letter', 'lien-release', 'tax'];

export const isDocumentType = (value: unknown): value is DocumentType => DOCUMENT_TYPES.includes(value as DocumentType);

/** One year of documents, newest first; `documents` is empty for a year between two that have some. */
export interface YearGroup {
  year: string;
  documents: DocumentSummary[];
}

/** Documents by year, newest year first, with the empty years between the newest and the oldest. */
export function byYear(documents: readonly DocumentSummary[]): YearGroup[] {
  const sorted = [...documents].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  const groups = new Map<number, DocumentSummary[]>();
  for (const d of sorted) {
    const year = Number(d.date.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), d]);
  }
  const years = [...groups.keys()];
  if (years.length === 0) return [];
  const result: YearGroup[] = [];
  for (let y = Math.max(...years); y >= Math.min(...years); y--) result.push({ year: String(y), documents: groups.get(y) ?? [] });
  return result;
}

/** The protocol of a link, for a diagnostic that never quotes the link itself. */
export const protocolOf = (url: unknown): string => /^[a-z][\w+.-]*:/i.exec(String(url))?.[0] ?? 'not a URL';

export { isHttpsUrl };

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
