import type { LoanPayment, Money, Transaction } from '@tessera/core';
import type { ActivityMessages } from './messages.js';

// Loaded the first time a customer downloads a CSV: pages that never export never fetch it.

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
const plainAmount = (money: Money): string => (money.amount / 100).toFixed(2);

/** The CSV of card transactions or of loan payments, headers and words in the customer's language. */
export function csvOf(m: ActivityMessages, card: boolean, rows: ReadonlyArray<Transaction | LoanPayment>): string {
  return toCsv(
    card
      ? [[m.date, m.status, m.description, m.kind, m.amount], ...(rows as Transaction[]).map((t) => [t.date, t.status === 'pending' ? m.pending : m.posted, t.description, m.kinds[t.kind], plainAmount(t.amount)])]
      : [
          [m.date, m.amount, m.principal, m.interest, m.fees, m.status, m.method],
          ...(rows as LoanPayment[]).map((p) => [p.date, plainAmount(p.amount), ...(p.applied ? [p.applied.principal, p.applied.interest, p.applied.fees].map(plainAmount) : ['', '', '']), p.returnReason ? `${m[p.status]}: ${p.returnReason}` : m[p.status], m.methods[p.method]]),
        ],
  );
}

/** Saves `text` as a CSV file through a temporary `blob:` link clicked inside the widget (`root`). */
export function saveCsv(text: string, fileName: string, root: { append(node: Node): void }): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName.replace(/[^\w.-]/g, '-');
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Long enough for every engine to start saving it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
