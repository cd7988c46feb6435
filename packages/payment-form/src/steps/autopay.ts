import { html, nothing, type TemplateResult } from 'lit';
import { formatAmountInput, type AutoPayRule, type Money } from '@tessera/core';
import { rulesFor } from '../amount.js';
import { choices, continueButton, stepForm } from '../fields.js';
import type { Draft } from '../flow.js';
import { amountInput, checkAmountField } from './amount.js';
import { checkDateField, dateField } from './date.js';
import { checkFunding, fundingChooser, fundingLabel } from './from.js';
import { row } from './review.js';
import type { Errors, View } from '../view.js';

const button = (label: string, onClick: () => void, part: string, primary = false, disabled = false): TemplateResult =>
  html`<button type="button" class=${primary ? 'button primary' : 'button'} part=${part} ?disabled=${disabled} @click=${onClick}>
    ${label}
  </button>`;

/** Current enrollment, with change and turn-off when enrolled, set-up when not. */
export function renderAutopay(v: View): TemplateResult {
  const { m, autopay: a } = v;
  if (!a.enrolled) {
    return html`<p class="autopay-status" part="autopay-status"><strong>${m.autopayOff}</strong></p>
      <p>${m.autopayOffText}</p>
      <div class="actions" part="actions">${button(m.setUp, () => v.go('autopay-edit'), 'set-up', true)}</div>`;
  }
  const funding = v.funding.find((f) => f.id === a.fundingAccountId);
  return html`<p class="autopay-status" part="autopay-status"><strong>${m.autopayOn}</strong></p>
    <dl class="summary-list" part="summary">
      ${a.rule ? row(m.rule, a.rule === 'fixed' && a.fixedAmount ? v.money(a.fixedAmount) : m.amounts[a.rule]) : nothing}
      ${a.extraAmount ? row(m.extra, v.money(a.extraAmount)) : nothing}
      ${a.startDate ? row(m.startDate, v.day(a.startDate)) : nothing}
      ${funding ? row(m.from, fundingLabel(v, funding)) : nothing}
    </dl>
    <div class="actions" part="actions">
      ${button(m.change, () => v.go('autopay-edit'), 'change', true)} ${button(m.turnOff, () => v.go('autopay-cancel'), 'turn-off')}
    </div>`;
}

/** Enroll or change: amount rule (or a fixed amount), optional extra, start date, bank account. */
export function renderAutopayEdit(v: View): TemplateResult {
  const { m, draft } = v;
  const extraText = v.details.options.extraPaymentText;
  return stepForm(
    v,
    html`${choices({
        id: 'rule',
        legend: m.rule,
        selected: draft.rule,
        error: v.error('rule'),
        options: rulesFor(v.account).map((rule) => ({
          value: rule,
          label: m.amounts[rule],
          more: rule === 'fixed' ? () => html`<div class="more">${amountInput(v, 'fixed', m.fixedAmount)}</div>` : undefined,
        })),
        onChange: (rule) => v.setDraft({ rule: rule as AutoPayRule }),
      })}
      ${amountInput(v, 'extra', m.extra, extraText)} ${dateField(v, m.startDate, false)}
      ${fundingChooser(v, m.from)} ${v.renderFailure()}`,
    html`${continueButton(v, v.busy ? m.saving : m.saveAutopay, v.busy)}
    ${button(m.cancel, () => v.go('autopay'), 'cancel', false, v.busy)}`,
  );
}

/** "Turn off Auto Pay?" — nothing changes until the customer confirms. */
export function renderAutopayCancel(v: View): TemplateResult {
  const { m } = v;
  return html`<p>${m.turnOffText}</p>
    ${v.renderFailure()}
    <div class="actions" part="actions">
      ${button(v.busy ? m.saving : m.turnOff, () => v.cancelAutopay(), 'confirm-turn-off', true, v.busy)}
      ${button(m.keep, () => v.go('autopay'), 'keep', false, v.busy)}
    </div>`;
}

/** The draft an edit starts from: the current enrollment, or blank. */
export function autopayDraft(v: View): Partial<Draft> {
  const a = v.autopay;
  if (!a.enrolled) return { rule: undefined, fixed: '', extra: '', date: undefined };
  const format = (money?: Money): string => (money ? formatAmountInput(money.amount, v.lang) : '');
  return {
    rule: a.rule,
    fixed: format(a.fixedAmount),
    extra: format(a.extraAmount),
    date: a.startDate && a.startDate >= v.bounds.min ? a.startDate : undefined,
    fundingId: a.fundingAccountId,
  };
}

/** Checks the Auto Pay form; amounts are returned so the element can build the enrollment. */
export function checkAutopay(v: View): { errors: Errors; fixed?: number; extra?: number; date?: string } {
  const { rule } = v.draft;
  const errors: Errors = rule ? {} : { rule: (m) => m.chooseAmount };
  const fixed = rule === 'fixed' ? checkAmountField(v, 'fixed') : undefined;
  const extra = checkAmountField(v, 'extra', true);
  const date = checkDateField(v);
  Object.assign(errors, fixed?.errors, extra.errors, date.errors, checkFunding(v));
  return { errors, fixed: fixed?.amount, extra: extra.amount, date: date.patch?.date };
}
