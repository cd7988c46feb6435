import { html, type TemplateResult } from 'lit';
import { accountName } from './account.js';
import { fundingLabel } from './from.js';
import { row } from './review.js';
import type { View } from '../view.js';

/** The confirmation: what the provider says was paid, not what the form sent. */
export function renderResult(v: View): TemplateResult {
  const { m } = v;
  const r = v.receipt!;
  const funding = v.funding.find((f) => f.id === r.fundingAccountId);
  return html`<dl class="summary-list" part="receipt">
      ${row(m.confirmation, html`<strong part="confirmation-number">${r.confirmationNumber}</strong>`)}
      ${row(m.amount, v.money(r.amount))} ${row(m.date, v.day(r.date))} ${row(m.postsOn, v.day(r.postsOn))}
      ${row(m.account, accountName(v.account))} ${funding ? row(m.from, fundingLabel(v, funding)) : ''}
    </dl>
    <div class="actions" part="actions">
      <button type="button" class="button primary" part="another" @click=${() => v.another()}>${m.another}</button>
    </div>`;
}
