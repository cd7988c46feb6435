import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatDate,
  formatMoney,
  maskedNumber,
  providerText,
  renderHeading,
  type Account,
  type CardAccount,
  type HeadingLevel,
  type IsoDate,
  type PaymentReceipt,
  type VehicleLoanAccount,
} from '@tessera/core';
import { dueState, money, percent, utilization } from './account-data.js';
import type { AccountSummaryMessages } from './messages.js';

/** What the account view needs from the element. */
export interface ViewContext {
  m: AccountSummaryMessages;
  /** The language tag for `Intl`. */
  lang: string;
  today: IsoDate;
  headingLevel: HeadingLevel;
  /**
   * Drawing the skeleton: the same layout with placeholder data, buttons drawn as boxes
   * that take no focus, the whole hidden from assistive technology.
   */
  skeleton: boolean;
  scheduled: (accountId: string) => PaymentReceipt[] | undefined;
  pay: (account: Account) => void;
  autopay: (account: Account) => void;
  title: (account: Account) => void;
  /** The payoff-quote block of a loan the lender quotes, rendered by its controller. */
  quote: (account: VehicleLoanAccount, index: number) => TemplateResult | typeof nothing;
}

// ARIA 1.2's meter role; the template checker's role list stops at ARIA 1.1.
const METER_ROLE = 'meter' as string as 'progressbar';

function action(ctx: ViewContext, label: string, part: string, onClick: () => void, primary = false): TemplateResult {
  const cls = primary ? 'button primary' : 'button';
  return ctx.skeleton
    ? html`<span class=${cls}>${label}</span>`
    : html`<button type="button" class=${cls} part=${part} @click=${onClick}>${label}</button>`;
}

export const fact = (label: string, value: unknown, extra: unknown = nothing): TemplateResult =>
  html`<div class="fact"><dt>${label}</dt><dd><span class="value">${value}</span>${extra}</dd></div>`;

/** A meter in words and as a bar: `value` of 0–100 (shown clamped), read out as `words`. */
function meter(label: string, shown: string, value: number, words: string, index: number, tone = ''): TemplateResult {
  const width = Math.min(100, Math.max(0, value));
  return html`<div class="meter ${tone}" part="meter" role=${METER_ROLE} aria-labelledby="meter-label-${index}" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(width)} aria-valuetext=${words}><div class="meter-line" aria-hidden="true"><span id="meter-label-${index}">${label}</span><span class="value">${shown}</span></div><svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">${svg`<rect class="track" width="100" height="4" rx="2"></rect><rect class="fill" width=${width} height="4" rx="2"></rect>`}</svg></div>`;
}

function due(ctx: ViewContext, account: Account): TemplateResult | string {
  const { m, lang } = ctx;
  const state = dueState(account, ctx.today);
  if (!account.dueDate || state.kind === 'none' || state.kind === 'late') return account.dueDate ? formatDate(account.dueDate, lang) : m.nothingDue;
  const when = state.kind === 'today' ? m.dueToday : m.daysLeft(state.days);
  return html`${formatDate(account.dueDate, lang)} <span class="muted">· ${when}</span>`;
}

/** Lines that need the customer's attention: late, due today, a credit balance, over the limit, paid off. */
function statusLines(ctx: ViewContext, account: Account): TemplateResult[] {
  const { m, lang } = ctx;
  const lines: TemplateResult[] = [];
  const line = (tone: string, text: string): TemplateResult => html`<p class="status ${tone}" part="status status-${tone}">${text}</p>`;
  if (account.status === 'paid-off') {
    return [line('done', account.kind === 'vehicle-loan' && account.paidOffDate ? m.paidOffOn(formatDate(account.paidOffDate, lang)) : m.paidOff)];
  }
  const state = dueState(account, ctx.today);
  if (state.kind === 'late') lines.push(line('late', m.pastDue(formatMoney(state.amount, lang), state.days)));
  if (state.kind === 'today') lines.push(line('today', m.dueToday));
  if (account.kind === 'card') {
    const { currentBalance: balance, creditLimit: limit } = account;
    if (balance.amount < 0) lines.push(line('credit', m.creditBalance(formatMoney(money(-balance.amount, balance), lang))));
    if (balance.amount > limit.amount) lines.push(line('over', m.overLimit(formatMoney(money(balance.amount - limit.amount, balance), lang))));
  }
  return lines;
}

function common(ctx: ViewContext, account: Account): TemplateResult {
  const { m, lang } = ctx;
  const last = account.lastPayment;
  return html`${last
    ? fact(
        m.lastPayment,
        m.lastPaymentValue(formatMoney(last.amount, lang), formatDate(last.date, lang)),
        html` <span class="badge ${last.status}" part="payment-status">${m.paymentStatus[last.status]}</span>`,
      )
    : nothing}${account.autoPayEnrolled !== undefined ? fact(m.autoPay, account.autoPayEnrolled ? m.on : m.off) : nothing}`;
}

function cardBody(ctx: ViewContext, account: CardAccount, index: number): TemplateResult {
  const { m, lang } = ctx;
  const scheduled = ctx.scheduled(account.id);
  const used = utilization(account.currentBalance, account.creditLimit);
  const usedMoney = money(Math.max(0, account.currentBalance.amount), account.currentBalance);
  const words = m.utilizationWords(percent(used, lang), formatMoney(usedMoney, lang), formatMoney(account.creditLimit, lang));
  const facts = [
    fact(m.currentBalance, formatMoney(account.currentBalance, lang)),
    fact(
      m.statementBalance,
      formatMoney(account.statementBalance, lang),
      account.statementClosingDate ? html` <span class="muted">${m.closedOn(formatDate(account.statementClosingDate, lang))}</span>` : nothing,
    ),
    fact(m.minimumDue, formatMoney(account.minimumDue, lang)),
    fact(m.dueDate, due(ctx, account)),
    fact(m.creditLimit, formatMoney(account.creditLimit, lang)),
    fact(m.availableCredit, formatMoney(account.availableCredit, lang)),
    common(ctx, account),
    scheduled
      ? fact(
          m.scheduled,
          scheduled.length
            ? html`<span class="lines">${scheduled.map((p) => html`<span>${m.scheduledValue(formatMoney(p.amount, lang), formatDate(p.date, lang))}</span>`)}</span>`
            : m.noneScheduled,
        )
      : nothing,
  ];
  return html`<dl class="facts" part="facts">${facts}</dl>${meter(m.utilization, percent(used, lang), used, words, index, used > 100 ? 'over' : '')}`;
}

function loanBody(ctx: ViewContext, account: VehicleLoanAccount, index: number): TemplateResult {
  const { m, lang } = ctx;
  const { paymentsMade: made, paymentsLeft: left } = account;
  const total = made !== undefined && left !== undefined ? made + left : undefined;
  const open = account.status === 'open';
  const progress = total ? (made! / total) * 100 : undefined;
  const facts = open
    ? [
        fact(m.amountDue, formatMoney(account.amountDue, lang)),
        fact(m.dueDate, due(ctx, account)),
        account.principalBalance ? fact(m.principalBalance, formatMoney(account.principalBalance, lang)) : nothing,
        account.interestRate !== undefined ? fact(m.interestRate, m.rate(percent(account.interestRate, lang, 3))) : nothing,
      ]
    : [];
  return html`<dl class="facts" part="facts">${facts}${total ? fact(m.paymentsMade, m.paymentsCount(made!, total)) : nothing}${open && account.maturityDate
    ? fact(m.maturityDate, formatDate(account.maturityDate, lang))
    : nothing}${common(ctx, account)}</dl>${progress !== undefined
    ? meter(m.progress, percent(progress, lang), progress, m.progressWords(made!, total!, percent(progress, lang)), index)
    : nothing}${open ? (ctx.skeleton ? (account.payoffQuoteWindow ? html`<div class="quote"><span class="button link">${m.payoffQuote}</span></div>` : nothing) : ctx.quote(account, index)) : nothing}`;
}

/** One account: its name and masked number as a heading, what needs attention, its figures, its actions. */
export function renderAccount(ctx: ViewContext, account: Account, index: number): TemplateResult {
  const { m } = ctx;
  const name = html`<span class="name">${providerText(account.name)}</span> <span class="muted number">${maskedNumber(account.last4)}</span>`;
  const open = account.status === 'open';
  const paidOffLoan = account.kind === 'vehicle-loan' && account.status === 'paid-off';
  const actions = [
    open ? action(ctx, m.makePayment, 'make-payment', () => ctx.pay(account), true) : nothing,
    open && account.autoPayEnrolled === false ? action(ctx, m.setUpAutoPay, 'set-up-autopay', () => ctx.autopay(account)) : nothing,
    paidOffLoan ? action(ctx, m.trackTitle, 'track-title', () => ctx.title(account), true) : nothing,
  ];
  return html`<li class="account ${account.kind}" part="account" aria-labelledby="account-name-${index}">${renderHeading(
    ctx.headingLevel,
    html`<span id="account-name-${index}">${name}</span>`,
    { className: 'heading' },
  )}${statusLines(ctx, account)}${account.kind === 'card' ? cardBody(ctx, account, index) : loanBody(ctx, account, index)}${open || paidOffLoan
    ? html`<div class="actions" part="actions">${actions}</div>`
    : nothing}</li>`;
}
