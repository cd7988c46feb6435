import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { providerText } from '@tessera/core';
import { renderConsent, wording } from '../authorization.js';
import { backButton, checkAgainButton, continueButton, stepForm } from '../fields.js';
import type { PaymentStep } from '../flow.js';
import { accountName } from './account.js';
import { autopayNote } from './amount.js';
import { onTimeAnswer } from './date.js';
import { fundingLabel } from './from.js';
import type { View } from '../view.js';

/** One line of a summary, with an edit button back to its step when editing is allowed. */
export function row(label: unknown, value: unknown, edit?: [() => void, string, string?]): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    ${edit
      ? html`<dd class="row-edit">
          <button type="button" class="link" part="edit" id=${ifDefined(edit[2])} @click=${edit[0]}>${edit[1]}</button>
        </dd>`
      : nothing}
  </div>`;
}

type Term = [label: string, value: string];

/** The payment as reviewed (account, amount, date, bank account), label and value: shown, and recorded with the authorization. */
export function paymentTerms(v: View): [Term, Term, Term, Term] {
  const { m } = v;
  const request = v.reviewed!.request;
  const funding = v.funding.find((f) => f.id === request.fundingAccountId);
  return [
    [m.account, accountName(v.account)],
    [m.amount, v.money(request.amount)],
    [m.date, v.day(request.date)],
    [m.from, funding ? fundingLabel(v, funding) : ''],
  ];
}

/** A phone number as a `tel:` link: digits and a leading `+` only. */
const tel = (value: string): string | undefined => {
  const digits = value.replace(/[^\d+]/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
};

/** How to reach the lender about a payment that could not be confirmed: its first phone line, when it gave one. */
function contact(v: View): TemplateResult {
  const phone = v.contacts?.find((c) => c.kind === 'phone' && typeof c.value === 'string');
  if (!phone) return html`<p part="contact">${v.m.contactUs}</p>`;
  const number = phone.value as string;
  const href = tel(number);
  return html`<p part="contact">
    ${v.m.callUs} ${providerText(phone.label)}:
    ${href ? html`<a href=${href} dir="ltr">${number}</a>` : html`<span dir="ltr">${number}</span>`}
  </p>`;
}

/**
 * "We couldn't confirm your payment yet": the error of a payment that may have gone through,
 * with why, not to pay again, and how to reach the lender; the only way on is to check again
 * with the same key (the retry).
 */
function unconfirmed(v: View): TemplateResult {
  const reason = v.unconfirmedReason;
  return html`<div
    class="status-warning"
    part="unconfirmed error"
    role="alert"
    id="unconfirmed"
    tabindex="-1"
    data-code=${ifDefined(reason?.code)}
  >
    <p><strong>${v.m.unconfirmedTitle}</strong></p>
    ${reason ? html`<p>${reason.message}</p>` : nothing}
    <p>${v.m.unconfirmedText}</p>
    ${contact(v)}
  </div>`;
}

export function renderReviewStep(v: View): TemplateResult {
  const { m } = v;
  const locked = v.unconfirmed || v.busy;
  const edit = (step: PaymentStep): [() => void, string, string] | undefined =>
    locked ? undefined : [() => v.go(step, step !== 'account'), m.editWhat[step as keyof typeof m.editWhat], `edit-${step}`];
  const request = v.reviewed!.request;
  const answer = onTimeAnswer(v, request.date, request.amount.amount);
  const [account, amount, date, from] = paymentTerms(v);
  return stepForm(
    v,
    html`<dl class="summary-list" part="summary">
        ${row(account[0], account[1], v.accountFixed ? undefined : edit('account'))} ${row(amount[0], amount[1], edit('amount'))}
        ${row(date[0], date[1], edit('date'))} ${row(from[0], from[1], edit('from'))}
      </dl>
      <p class=${answer.late ? 'note warning' : 'note'} part="on-time">${answer.text}</p>
      ${autopayNote(v)} ${renderConsent(v, wording(v, 'one-time'), m.authorize, locked)}
      ${v.unconfirmed ? unconfirmed(v) : v.renderFailure()}`,
    v.unconfirmed
      ? checkAgainButton(v)
      : // One action per failure: with a retry on show, the submit button steps aside.
        html`${v.retryOffered ? nothing : continueButton(v, v.busy ? m.submitting : m.submit, v.busy)}${v.busy ? nothing : backButton(v)}`,
  );
}
