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

/** Rows in the chosen order; ties keep the provider's order (newest first), as `sort` is stable. */
export function sortRows<T extends { date: string; amount: Money }>(rows: readonly T[], sort: Sort): T[] {
  if (sort.key === 'date' && !sort.ascending) return [...rows];
  const sign = sort.ascending ? 1 : -1;
  return [...rows].sort((a, b) => sign * (sort.key === 'date' ? a.date.localeCompare(b.date) : a.amount.amount - b.amount.amount));
}
