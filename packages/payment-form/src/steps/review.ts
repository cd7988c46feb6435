import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { backButton, continueButton, stepForm } from '../fields.js';
import type { PaymentStep } from '../flow.js';
import { accountName } from './account.js';
import { belowMinimumText } from './amount.js';
import { onTimeAnswer } from './date.js';
import { fundingLabel } from './from.js';
import type { View } from '../view.js';

/** One line of a summary, with an edit button back to its step when editing is allowed. */
export function row(label: unknown, value: unknown, edit?: [() => void, string]): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    ${edit
      ? html`<dd class="row-edit">
          <button type="button" class="link" part="edit" @click=${edit[0]}>${edit[1]}</button>
        </dd>`
      : nothing}
  </div>`;
}

/**
 * "We couldn't confirm your payment yet": the error of a payment that may have gone through,
 * with why; the only way on is to check again with the same key (the retry).
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
  </div>`;
}

export function renderReviewStep(v: View): TemplateResult {
  const { m, reviewed } = v;
  const request = reviewed!.request;
  const locked = v.unconfirmed || v.busy;
  const edit = (step: PaymentStep, what: string): [() => void, string] | undefined =>
    locked ? undefined : [() => v.go(step, step !== 'account'), m.edit(what)];
  const answer = onTimeAnswer(v, request.date);
  const funding = v.funding.find((f) => f.id === request.fundingAccountId);
  const low = belowMinimumText(v, request.amount.amount);
  return stepForm(
    v,
    html`<dl class="summary-list" part="summary">
        ${row(m.account, accountName(v.account), v.accountFixed ? undefined : edit('account', m.account))}
        ${row(m.amount, v.money(request.amount), edit('amount', m.amount))}
        ${row(m.date, v.day(request.date), edit('date', m.date))}
        ${row(m.from, funding ? fundingLabel(v, funding) : '', edit('from', m.bankAccount))}
      </dl>
      <p class=${answer.late ? 'note warning' : 'note'} part="on-time">${answer.text}</p>
      ${low ? html`<p class="note warning">${low}</p>` : nothing}
      <p class="authorization" part="authorization">${v.details.options.authorizationText ?? m.defaultAuthorization}</p>
      <div class="check">
        <input
          type="checkbox"
          id="authorize"
          .checked=${live(v.draft.authorized)}
          ?disabled=${locked}
          aria-invalid=${v.error('authorize') ? 'true' : 'false'}
          aria-describedby=${ifDefined(v.error('authorize') ? 'authorize-error' : undefined)}
          @change=${(e: Event) => v.setDraft({ authorized: (e.target as HTMLInputElement).checked })}
        />
        <label for="authorize">${m.authorize}</label>
      </div>
      ${v.error('authorize') ? html`<span class="error" id="authorize-error">${v.error('authorize')}</span>` : nothing}
      ${v.unconfirmed ? unconfirmed(v) : v.renderFailure()}`,
    v.unconfirmed
      ? html`<button type="submit" class="button primary" part="check-again retry" ?disabled=${v.busy}>${m.checkAgain}</button>`
      : html`${continueButton(v, v.busy ? m.submitting : m.submit, v.busy)}${v.busy ? nothing : backButton(v)}`,
  );
}
