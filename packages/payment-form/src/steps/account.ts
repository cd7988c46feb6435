import { html, nothing, type TemplateResult } from 'lit';
import { join } from 'lit/directives/join.js';
import { isolate, maskedText, type Account } from '@tessera/core';
import { minimumDue } from '../amount.js';
import { choices, continueButton, stepForm } from '../fields.js';
import type { BaseView, Errors } from '../view.js';

/** The numbers a customer looks at before paying, per account kind; `t` wraps each text (the skeleton's bars). */
export function accountFacts(v: BaseView, a: Account, t: (text: string) => unknown = (text) => text): TemplateResult {
  const { m } = v;
  const fact = (label: string, value: string): TemplateResult =>
    html`<span class="fact"><span class="fact-label">${t(label)}</span> <span class="fact-value">${t(value)}</span></span>`;
  const due = a.dueDate ? fact(m.dueDate, v.day(a.dueDate)) : nothing;
  const facts =
    a.kind === 'card'
      ? [
          fact(m.amounts['statement-balance'], v.money(a.statementBalance)),
          fact(m.amounts['minimum-due'], v.money(minimumDue(a))),
          due,
          fact(m.availableCredit, v.money(a.availableCredit)),
        ]
      : [
          fact(m.vehicle, isolate(`${a.vehicle.year} ${a.vehicle.make} ${a.vehicle.model}`)),
          fact(m.amounts['amount-due'], v.money(minimumDue(a))),
          due,
          fact(m.amounts.payoff, v.money(a.payoffAmount)),
        ];
  // Spaces between the pieces as text: a screen reader joins touching inline elements into one word.
  return html`<span class="facts">${join(
      facts.filter((f) => f !== nothing),
      ' ',
    )}</span>
    ${a.status !== 'open' ? html`<span class="badge">${t(m.status[a.status])}</span>` : nothing}
    ${a.pastDueAmount && a.pastDueAmount.amount > 0
      ? html`<strong class="past-due" part="past-due">${t(m.pastDue(v.money(a.pastDueAmount)))}</strong>`
      : nothing}`;
}

/** The account's name and masked number: the name isolated, so it cannot reorder the digits. */
export const accountName = (a: Account): string => `${isolate(a.name)} ${maskedText(a.last4)}`;

/** The chosen account, above every later step. */
export function accountSummary(v: BaseView, a: Account): TemplateResult {
  return html`<div class="account" part="account">
    <p class="account-name">${accountName(a)}</p>
    ${accountFacts(v, a)}
  </div>`;
}

export function renderAccountStep(v: BaseView): TemplateResult {
  return stepForm(
    v,
    html`${choices({
      id: 'account',
      legend: v.m.account,
      selected: v.draft.accountId,
      error: v.error('account'),
      options: v.accounts.map((a) => ({
        value: a.id,
        label: accountName(a),
        detail: accountFacts(v, a),
        disabled: a.status !== 'open',
      })),
      onChange: (accountId) => v.setDraft({ accountId }),
    })}${v.leftOut(v.accounts)}`,
    continueButton(v),
  );
}

export function checkAccountStep(v: BaseView): Errors {
  const chosen = v.accounts.find((a) => a.id === v.draft.accountId && a.status === 'open');
  return chosen ? {} : { account: (m) => m.chooseAccount };
}
