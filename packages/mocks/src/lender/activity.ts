import { addDays, type LoanPaymentPage, type StatementPeriod, type TransactionPage, type TransactionQuery } from '@tessera/core';
import { textIn } from '../store/texts.js';
import { requireAccount } from './accounts.js';
import { copy, invalid, isRecord, type LenderContext } from './context.js';

const PAGE_SIZE = 25;
const MAX_PAGE = 100;
const KINDS = ['purchase', 'credit', 'payment', 'fee', 'interest'];

const say = {
  en: {
    cardOnly: 'Only card accounts have statement periods and transactions.',
    loanOnly: 'Only vehicle loans have a payment history.',
    badCursor: 'This page is no longer available: start from the first page.',
    badPeriod: 'Choose one of the account’s statement periods.',
    badFilter: 'Choose a status (pending or posted) and a kind (purchase, credit, payment, fee or interest).',
  },
  es: {
    cardOnly: 'Solo las cuentas de tarjeta tienen períodos de estado de cuenta y transacciones.',
    loanOnly: 'Solo los préstamos de vehículo tienen un historial de pagos.',
    badCursor: 'Esta página ya no está disponible: empiece por la primera.',
    badPeriod: 'Elija uno de los períodos de estado de cuenta de la cuenta.',
    badFilter: 'Elija un estado (pending o posted) y un tipo (purchase, credit, payment, fee o interest).',
  },
};

const pad = (n: number): string => String(n).padStart(2, '0');

function cardAccount(ctx: LenderContext, accountId: string): void {
  if (requireAccount(ctx, accountId).kind !== 'card') throw invalid(say[ctx.locale].cardOnly, [{ field: 'accountId', message: say[ctx.locale].cardOnly }]);
}

/** Where a `c<n>` cursor starts, or a validation error. */
function startOf(ctx: LenderContext, cursor: unknown, length: number): number {
  const start = cursor === undefined ? 0 : Number(/^c(\d+)$/.exec(typeof cursor === 'string' ? cursor : '')?.[1] ?? NaN);
  if (!Number.isSafeInteger(start) || start > length) throw invalid(say[ctx.locale].badCursor, [{ field: 'cursor', message: say[ctx.locale].badCursor }]);
  return start;
}

const limitOf = (limit: unknown): number => Math.min(MAX_PAGE, Math.max(1, Number.isSafeInteger(limit) ? (limit as number) : PAGE_SIZE));

/** Calendar-month periods: the open current one, then the twelve before it. */
export function listStatementPeriods(ctx: LenderContext, accountId: string): StatementPeriod[] {
  cardAccount(ctx, accountId);
  const [y, m] = ctx.store.today.split('-').map(Number) as [number, number];
  const periods: StatementPeriod[] = [];
  for (let i = 0; i <= 12; i++) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const from = `${year}-${pad(month)}-01`;
    const to = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
    periods.push({ id: `${year}-${pad(month)}`, from, to, ...(i === 0 ? { current: true } : {}) });
  }
  return periods;
}

/** Newest first, pending before posted on a day; one period (the current one by default), filtered, a page at a time. */
export function listTransactions(ctx: LenderContext, query: TransactionQuery): TransactionPage {
  const q: Partial<TransactionQuery> = isRecord(query) ? query : {};
  cardAccount(ctx, String(q.accountId));
  const words = say[ctx.locale];
  const period = listStatementPeriods(ctx, q.accountId!).find((p) => (q.periodId === undefined ? p.current : p.id === q.periodId));
  if (!period) throw invalid(words.badPeriod, [{ field: 'periodId', message: words.badPeriod }]);
  if ((q.status !== undefined && q.status !== 'pending' && q.status !== 'posted') || (q.kind !== undefined && !KINDS.includes(q.kind))) {
    throw invalid(words.badFilter, [{ field: q.kind !== undefined && !KINDS.includes(q.kind) ? 'kind' : 'status', message: words.badFilter }]);
  }
  const matching = ctx.store.transactions
    .filter((t) => t.accountId === q.accountId && t.date >= period.from && t.date <= period.to && (!q.status || t.status === q.status) && (!q.kind || t.kind === q.kind))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.status !== b.status ? (a.status === 'pending' ? -1 : 1) : b.id.localeCompare(a.id)));
  const start = startOf(ctx, q.cursor, matching.length);
  const page = matching.slice(start, start + limitOf(q.limit));
  const next = start + page.length;
  return { transactions: copy(page), ...(next < matching.length ? { nextCursor: `c${next}` } : {}), total: matching.length };
}

/** A vehicle loan's payments, newest first, return reasons in the call's language. */
export function listLoanPayments(ctx: LenderContext, accountId: string, page: { cursor?: string; limit?: number } = {}): LoanPaymentPage {
  if (requireAccount(ctx, accountId).kind !== 'vehicle-loan') throw invalid(say[ctx.locale].loanOnly, [{ field: 'accountId', message: say[ctx.locale].loanOnly }]);
  const p = isRecord(page) ? page : {};
  const matching = ctx.store.loanPayments.filter((x) => x.accountId === accountId).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const start = startOf(ctx, p.cursor, matching.length);
  const slice = matching.slice(start, start + limitOf(p.limit));
  const next = start + slice.length;
  return {
    payments: slice.map(({ returnReason, ...rest }) => ({ ...copy(rest), ...(returnReason ? { returnReason: textIn(returnReason, ctx.locale) } : {}) })),
    ...(next < matching.length ? { nextCursor: `c${next}` } : {}),
  };
}
