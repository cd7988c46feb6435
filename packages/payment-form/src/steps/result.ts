import { html, nothing, type TemplateResult } from 'lit';
import { formatInstant } from '@tessera/core';
import { button } from '../fields.js';
import { accountName } from './account.js';
import { fundingLabel } from './from.js';
import { row } from './review.js';
import type { View } from '../view.js';

/**
 * The confirmation: what the provider says was paid, not what the form sent. It shows what
 * changed (the amount due after the payment, when the lender knows it), the date once, and
 * a scheduled payment's way back: cancelling it until the lender's cutoff.
 */
export function renderResult(v: View): TemplateResult {
  const { m } = v;
  const r = v.receipt!;
  const funding = v.funding.find((f) => f.id === r.fundingAccountId);
  const zone = v.details.options.timeZone;
  const date = r.postsOn === r.date ? v.day(r.date) : `${v.day(r.date)} (${m.postsLater(v.day(r.postsOn))})`;
  const cancelled = r.status === 'cancelled';
  const cancellable = r.status === 'scheduled' && r.cancelBy !== undefined && v.canCancelPayment;
  return html`<dl class="summary-list" part="receipt" data-status=${r.status}>
      ${row(m.confirmation, html`<strong part="confirmation-number">${r.confirmationNumber}</strong>`)}
      ${row(m.amount, v.money(r.amount))} ${row(m.date, date)} ${row(m.account, accountName(v.account))}
      ${funding ? row(m.from, fundingLabel(v, funding)) : nothing}
      ${r.amountDueAfter && !cancelled ? row(m.amountDueAfter, v.money(r.amountDueAfter)) : nothing}
    </dl>
    ${cancelled ? html`<p>${m.cancelledText}</p>` : nothing}
    ${cancellable ? html`<p class="note">${m.cancelUntil(formatInstant(r.cancelBy!, v.lang, zone), zone)}</p>` : nothing}
    <div class="actions" part="actions">
      ${button(m.another, () => v.another(), 'another', true)}
      ${cancellable ? button(m.cancelPayment, () => v.go('cancel-payment'), 'cancel-payment') : nothing}
    </div>`;
}

/** "Cancel this payment?" — nothing changes until the customer confirms. */
export function renderCancelPayment(v: View): TemplateResult {
  const { m } = v;
  const r = v.receipt!;
  return html`<p>${m.cancelPaymentText(v.money(r.amount), v.day(r.date))}</p>
    ${v.renderFailure()}
    <div class="actions" part="actions">
      ${v.retryOffered ? nothing : button(v.busy ? m.cancelling : m.confirmCancel, () => v.cancelPayment(), 'confirm-cancel-payment', true, v.busy)}
      ${button(m.keepPayment, () => v.go('result'), 'keep-payment', false, v.busy)}
    </div>`;
}
