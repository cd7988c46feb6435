import { html, nothing, type TemplateResult } from 'lit';
import { formatInstant, type Account, type FundingAccount, type Money } from '@tessera/core';
import { presetsFor } from './amount.js';
import type { PaymentStep } from './flow.js';
import { accountFacts, accountName } from './steps/account.js';
import { fundingLabel } from './steps/from.js';
import { row } from './steps/review.js';
import type { BaseView } from './view.js';

// The skeleton draws the step with the step's own elements and classes, its text as bars
// (transparent generated text on a raised background, out of reach of the accessibility
// tree, find-in-page and contrast checks), so every line wraps where the ready step's will,
// in any language. What only the provider knows (names, amounts, dates) stands in with
// values of a typical width: a card, a vehicle loan and a paid-off loan.

/** Blank words as wide as a name: nothing to read, find or announce. */
const blank = (...words: number[]): string => words.map((n) => '\u00a0'.repeat(n)).join(' ');
const usd = (amount: number): Money => ({ amount, currency: 'USD' });
/** A long month name, as wide as most dates get. */
const DATE = '2026-09-28';
const NAME = blank(14, 16, 14, 8);
const CARD = {
  kind: 'card',
  name: NAME,
  last4: '0000',
  status: 'open',
  dueDate: DATE,
  statementBalance: usd(1e5),
  minimumDue: usd(1e3),
  currentBalance: usd(1e5),
  availableCredit: usd(1e5),
} as Account;
const loan = (status: Account['status'], model: number, dueDate?: string): Account =>
  ({
    kind: 'vehicle-loan',
    name: NAME,
    last4: '0000',
    status,
    dueDate,
    amountDue: usd(1e4),
    payoffAmount: usd(1e6),
    vehicle: { year: 2020, make: blank(10), model: blank(model) },
  }) as Account;
const BANK = { bankName: blank(18, 20, 10), type: 'checking', last4: '0000' } as FundingAccount;
/** The lender's time zone, as wide as most are. */
const ZONE = 'America/Chicago';

const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;
const button = (label: string): TemplateResult => html`<span class="button text" data-text=${label}></span>`;
const option = (label: string, detail?: unknown): TemplateResult =>
  html`<div class="option"><span class="radio"></span><span class="label">${bar(label)}</span><span class="detail">${detail}</span></div>`;
/** A fieldset of options; in the frame's grid it is spaced as in the step's form. */
const choices = (legend: string, options: unknown, actions: unknown): TemplateResult =>
  html`<fieldset class="choices"><legend>${bar(legend)}</legend>${options}</fieldset><div class="actions">${actions}</div>`;

/**
 * The step the form opens on (the accounts to choose from, a card's amounts, or Auto Pay
 * on); with `progress`, its heading, progress and account too.
 */
export function renderSkeleton(v: BaseView, step: PaymentStep, progress?: (step: PaymentStep) => string | undefined): TemplateResult {
  const { m } = v;
  const first = step === 'account' ? step : step.startsWith('autopay') ? 'autopay' : 'amount';
  const steps = progress?.(first);
  return html`${progress
    ? html`<p class="title">${bar(m.steps[first])}</p>${steps ? html`<p class="progress">${bar(steps)}</p>` : nothing}${first === 'account'
          ? nothing
          : html`<div class="account"><p class="account-name">${bar(accountName(CARD))}</p>${accountFacts(v, CARD, bar)}</div>`}`
    : nothing}${first === 'account'
    ? choices(
        m.account,
        [CARD, loan('open', 16, DATE), loan('paid-off', 10)].map((a) => option(accountName(a), accountFacts(v, a, bar))),
        button(m.continue),
      )
    : first === 'autopay'
      ? html`<p class="autopay-status"><strong>${bar(m.autopayOn)}</strong></p>
          <dl class="summary-list">
            ${row(bar(m.rule), bar(m.amounts['minimum-due']))}${row(bar(m.extraAmount), bar(v.money(usd(2500))))}${row(bar(m.startDate), bar(v.day(DATE)))}${row(bar(m.from), bar(fundingLabel(v, BANK)))}
            ${row(bar(m.nextPayment), bar(m.draftText({ amount: v.money(usd(51112)), date: v.day(DATE) })))}${row(bar(m.stopBy), bar(`${formatInstant(`${DATE}T22:00:00Z`, v.lang, ZONE)} (${ZONE})`))}
          </dl>
          <div class="actions">${button(m.change)}${button(m.turnOff)}</div>`
      : choices(
          m.amount,
          [...presetsFor(CARD, Infinity).map((p) => option(m.amounts[p.key], bar(v.money(p.amount)))), option(m.other)],
          [button(m.continue), v.accountFixed ? nothing : button(m.back)],
        )}`;
}
