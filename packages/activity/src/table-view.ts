import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney, providerText, type LoanPayment, type Transaction } from '@tessera/core';
import type { ActivityMessages } from './messages.js';
import type { Sort, SortKey } from './rows.js';

export interface TableContext {
  m: ActivityMessages;
  lang: string;
  sort: Sort;
  onSort: (key: SortKey) => void;
  onDispute: (transaction: Transaction) => void;
}

/** Credits and payments take off the balance: a minus sign, and the type in words beside it. */
const lowers = (t: Transaction): boolean => t.kind === 'credit' || t.kind === 'payment';

/** A column header that sorts: a button inside, the order on the header (`aria-sort`). */
function sortable(c: TableContext, key: SortKey, label: string, className = ''): TemplateResult {
  const active = c.sort.key === key;
  return html`<th scope="col" class=${className} aria-sort=${active ? (c.sort.ascending ? 'ascending' : 'descending') : 'none'}><button class="sort" part="sort" type="button" @click=${() => c.onSort(key)}>${label}<span aria-hidden="true">${active ? (c.sort.ascending ? ' ▲' : ' ▼') : ''}</span></button></th>`;
}

/** One group of card transactions (pending or posted) as a table; a list of labeled rows on narrow screens. */
export function renderTransactions(c: TableContext, caption: string, rows: readonly Transaction[]): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  const { m, lang } = c;
  return html`<table part="table"><caption>${caption}</caption><thead><tr>${sortable(c, 'date', m.date)}<th scope="col">${m.description}</th><th scope="col">${m.kind}</th>${sortable(c, 'amount', m.amount, 'num')}<th scope="col"><span class="visually-hidden">${m.dispute}</span></th></tr></thead><tbody>${rows.map(
    (t) => html`<tr part="row"><td data-label=${m.date} class="date">${formatDate(t.date, lang)}</td><td data-label=${m.description} class="desc">${providerText(t.description)}</td><td data-label=${m.kind}>${m.kinds[t.kind]}</td><td data-label=${m.amount} class="num">${lowers(t) ? '−' : ''}${formatMoney(t.amount, lang)}</td><td class="act">${t.status === 'pending'
      ? html`<span class="muted">${m.disputePending}</span>`
      : t.disputableUntil
        ? html`<button class="button secondary" part="dispute" type="button" aria-describedby=${`by-${t.id}`} @click=${() => c.onDispute(t)}>${m.dispute}</button> <span id=${`by-${t.id}`} class="muted">${m.disputeBy(formatDate(t.disputableUntil, lang))}</span>`
        : nothing}</td></tr>`,
  )}</tbody></table>`;
}

/** A vehicle loan's payments: date, amount, how it was applied, status (with a return's reason) and how it was made. */
export function renderLoanPayments(c: TableContext, caption: string, rows: readonly LoanPayment[]): TemplateResult {
  const { m, lang } = c;
  const money = (v: { amount: number; currency: 'USD' }): string => formatMoney(v, lang);
  return html`<table part="table"><caption>${caption}</caption><thead><tr>${sortable(c, 'date', m.date)}${sortable(c, 'amount', m.amount, 'num')}<th scope="col">${m.applied}</th><th scope="col">${m.status}</th><th scope="col">${m.method}</th></tr></thead><tbody>${rows.map(
    (p) => html`<tr part="row"><td data-label=${m.date} class="date">${formatDate(p.date, lang)}</td><td data-label=${m.amount} class="num">${money(p.amount)}</td><td data-label=${m.applied}>${p.applied
      ? `${m.principal} ${money(p.applied.principal)} · ${m.interest} ${money(p.applied.interest)} · ${m.fees} ${money(p.applied.fees)}`
      : '—'}</td><td data-label=${m.status}>${m[p.status]}${p.returnReason ? html`: ${providerText(p.returnReason)}` : nothing}</td><td data-label=${m.method}>${m.methods[p.method]}</td></tr>`,
  )}</tbody></table>`;
}
