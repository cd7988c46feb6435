import { editDistance, maxTypos, tokenize, type Money, type Transaction } from '@tessera/core';

export type SortKey = 'date' | 'amount';
export interface Sort {
  key: SortKey;
  ascending: boolean;
}

/** `12.5`, `$1,234.56` → the cents they name, when the query is an amount. */
function queryCents(query: string): number | undefined {
  const digits = query.replace(/[$,\s]/g, '');
  return /^\d+(\.\d{1,2})?$/.test(digits) ? Math.round(Number(digits) * 100) : undefined;
}

/**
 * Whether a transaction matches what the customer typed: an amount matches its amount
 * (`12.5` finds $12.50; `12` finds $12.00–$12.99), words match the description's words by
 * their beginning or within the help FAQ's typo allowance; every word must match.
 */
export function matches(transaction: Transaction, query: string): boolean {
  const cents = queryCents(query);
  if (cents !== undefined) {
    const amount = transaction.amount.amount;
    if (/[.]/.test(query) ? amount === cents : amount >= cents && amount < cents + 100) return true;
  }
  const terms = tokenize(query).map((t) => t.word);
  if (!terms.length) return true;
  const words = tokenize(transaction.description).map((t) => t.word);
  return terms.every((term) => {
    const typos = maxTypos(term.length);
    return words.some((word) => word.startsWith(term) || (typos > 0 && editDistance(term, word, typos) <= typos));
  });
}

/** Rows in the chosen order; ties keep the provider's order (newest first). */
export function sortRows<T extends { date: string; amount: Money }>(rows: readonly T[], sort: Sort): T[] {
  if (sort.key === 'date' && !sort.ascending) return [...rows];
  const sign = sort.ascending ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const by = sort.key === 'date' ? a.row.date.localeCompare(b.row.date) : a.row.amount.amount - b.row.amount.amount;
      return by ? by * sign : a.index - b.index;
    })
    .map(({ row }) => row);
}

/**
 * A CSV document (RFC 4180, CRLF) from rows of cells. A cell that a spreadsheet would read
 * as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) is prefixed with `'`.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const cell = (value: string): string => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Cents as `1234.56`, for a spreadsheet to read as a number. */
export const plainAmount = (money: Money): string => (money.amount / 100).toFixed(2);

/** Saves `text` as a CSV file through a temporary `blob:` link clicked inside the widget (`root`). */
export function saveCsv(text: string, fileName: string, root: { append(node: Node): void }): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Long enough for every engine to start saving it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
