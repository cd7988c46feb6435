import { isDocumentPage, type DocumentSummary, type DocumentType } from '@tessera/core';

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
