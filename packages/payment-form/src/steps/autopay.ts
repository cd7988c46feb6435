import { html, nothing, type TemplateResult } from 'lit';
import { businessDaysBefore, formatAmountInput, formatInstant, localized, type AutoPayRule, type Money } from '@tessera/core';
import { minimumDue, rulesFor, usualRule } from '../amount.js';
import { noticeDays, renderConsent, wording } from '../authorization.js';
import { backButton, button, choices, continueButton, stepForm } from '../fields.js';
import type { Draft, ReviewedAutopay } from '../flow.js';
import { formatCutoff } from '../schedule.js';
import { amountInput, checkAmountField, draftWords, typedAmount } from './amount.js';
import { checkDateField, dateField } from './date.js';
import { checkFunding, fundingChooser, fundingLabel } from './from.js';
import { row } from './review.js';
import type { BaseView, Errors, View } from '../view.js';

/** The amount rule in words: its name, or the fixed amount. */
export const ruleText = (v: BaseView, rule: AutoPayRule, fixed?: Money): string =>
  rule === 'fixed' && fixed ? v.money(fixed) : v.m.amounts[rule];

/** After a change: what it did, and where the copy of the authorization went (or the copy itself). */
function confirmation(v: View): TemplateResult | typeof nothing {
  const done = v.autopayDone;
  if (!done) return nothing;
  const { m } = v;
  if (done.kind === 'cancelled') {
    const draft = done.settings.nextDraft;
    return html`<div class="status-success" part="autopay-confirmation">
      <p>${draft ? m.stillRuns(draftWords(v, draft)) : m.noMoreDrafts}</p>
    </div>`;
  }
  const copy = done.settings.authorizationCopy;
  return html`<div class="status-success" part="autopay-confirmation">
    <p><strong>${done.kind === 'enrolled' ? m.autopaySetUp : m.autopayChanged}</strong></p>
    ${copy
      ? html`<p>${m.copySent(copy.channel, copy.to)}</p>`
      : html`<p>${m.keepCopy}</p>
          <p class="copy">${done.authorization?.text}</p>`}
  </div>`;
}

/** The next draft and until when it can be changed or stopped (the lender's cutoff, in its time zone). */
export function draftRows(v: BaseView, a: View['autopay'], zone: string): unknown {
  const draft = a.nextDraft;
  if (!draft) return nothing;
  const { m } = v;
  return html`${row(m.nextPayment, m.draftText(draftWords(v, draft)))}
  ${row(m.stopBy, draft.stoppable ? `${formatInstant(draft.stopBy, v.lang, zone)} (${zone})` : m.tooLateToStop)}`;
}

/** Current enrollment, with change and turn-off when enrolled, set-up when not. */
export function renderAutopay(v: View): TemplateResult {
  const { m, autopay: a } = v;
  if (!a.enrolled) {
    // A draft too late to stop is still made: said once, by the confirmation when there is one.
    const still = a.nextDraft && !v.autopayDone ? html`<p class="note warning">${m.stillRuns(draftWords(v, a.nextDraft))}</p>` : nothing;
    return html`${confirmation(v)}
      <p class="autopay-status" part="autopay-status"><strong>${m.autopayOff}</strong></p>
      <p>${m.autopayOffText}</p>
      ${still}
      <div class="actions" part="actions">${button(m.setUp, () => v.go('autopay-edit'), 'set-up', true)}</div>`;
  }
  const funding = v.funding.find((f) => f.id === a.fundingAccountId);
  return html`${confirmation(v)}
    <p class="autopay-status" part="autopay-status"><strong>${m.autopayOn}</strong></p>
    <dl class="summary-list" part="summary">
      ${a.rule ? row(m.rule, ruleText(v, a.rule, a.fixedAmount)) : nothing}
      ${a.extraAmount ? row(m.extraAmount, v.money(a.extraAmount)) : nothing}
      ${a.startDate ? row(m.startDate, v.day(a.startDate)) : nothing}
      ${funding ? row(m.from, fundingLabel(v, funding)) : nothing} ${draftRows(v, a, v.details.options.timeZone)}
    </dl>
    <div class="actions" part="actions">
      ${button(m.change, () => v.go('autopay-edit'), 'change', true)} ${button(m.turnOff, () => v.go('autopay-cancel'), 'turn-off')}
    </div>`;
}

/** The fixed amount (with the extra) against the amount due: a warning, or an error where the lender refuses it. */
function belowDue(v: View): { text: string; refused: boolean } | undefined {
  if (v.draft.rule !== 'fixed') return undefined;
  const fixed = typedAmount(v, v.draft.fixed);
  if (fixed === undefined) return undefined;
  const min = minimumDue(v.account);
  const total = fixed + (v.draft.extra.trim() ? (typedAmount(v, v.draft.extra) ?? 0) : 0);
  if (total >= min.amount) return undefined;
  const refused = v.details.options.autopayBelowDue === 'refuse';
  return { text: refused ? v.m.autopayTooLow(v.money(min)) : v.m.belowMinimum(v.money(min)), refused };
}

/** Enroll or change: amount rule (or a fixed amount), optional extra, start date, bank account. */
export function renderAutopayEdit(v: View): TemplateResult {
  const { m, draft } = v;
  const extraText = v.details.options.extraPaymentText;
  const low = belowDue(v);
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
          more:
            rule === 'fixed'
              ? () => html`<div class="more">${amountInput(v, 'fixed', m.fixedAmount, low && !low.refused ? low.text : undefined, true)}</div>`
              : undefined,
        })),
        onChange: (rule) => v.setDraft({ rule: rule as AutoPayRule }),
      })}
      ${extraNote(v, extraText)} ${dateField(v, m.startDate, false)} ${fundingChooser(v, m.from)} ${v.renderFailure()}`,
    html`${v.retryOffered ? nothing : continueButton(v, v.busy ? m.saving : m.continue, v.busy)}
    ${button(m.cancel, () => v.go('autopay'), 'cancel', false, v.busy)}`,
  );
}

/** The extra amount, with the lender's words on how extra money is applied, in the customer's language when sent. */
function extraNote(v: View, text: View['details']['options']['extraPaymentText']): TemplateResult {
  return amountInput(v, 'extra', v.m.extra, localized(text, v.locale, v.details.locale)?.text);
}

/** The enrollment as reviewed, label and value: shown, and recorded with the authorization. */
export function autopayTerms(v: View, reviewed: ReviewedAutopay): Array<[string, string]> {
  const { m } = v;
  const e = reviewed.enrollment;
  const { options } = v.details;
  const funding = v.funding.find((f) => f.id === e.fundingAccountId);
  const time = formatCutoff(options.cutoffTime, v.lang);
  const zone = options.timeZone;
  const days = m.businessDays(noticeDays(v));
  const stopDay = businessDaysBefore(e.startDate, noticeDays(v), options);
  return [
    [m.rule, ruleText(v, e.rule, e.fixedAmount)],
    ...(e.extraAmount ? [[m.extraAmount, v.money(e.extraAmount)] as [string, string]] : []),
    [m.firstPayment, v.day(e.startDate)],
    [m.then, m.monthly],
    [m.from, funding ? fundingLabel(v, funding) : ''],
    [m.howToStop, m.stopRule(days, time, zone)],
    // The lender's clock stands past today's cutoff: a stop day before the earliest date has passed.
    [m.stopFirstBy, stopDay >= options.earliestDate ? `${v.day(stopDay)}, ${time} (${zone})` : m.firstTooLate(days)],
  ];
}

/**
 * The Auto Pay authorization, on every enrollment and change: what, how much, when, from
 * which account (masked), how to stop it and by when, the lender's wording (or the form's
 * default) and an explicit consent.
 */
export function renderAutopayReview(v: View): TemplateResult {
  const { m } = v;
  const reviewed = v.reviewedAutopay!;
  const low = belowDue(v);
  return stepForm(
    v,
    html`<dl class="summary-list" part="summary">${autopayTerms(v, reviewed).map(([label, value]) => row(label, value))}</dl>
      ${low && !low.refused ? html`<p class="note warning">${low.text}</p>` : nothing}
      ${renderConsent(v, wording(v, 'autopay'), m.authorizeAutopayCheck, v.busy)} ${v.renderFailure()}`,
    html`${v.retryOffered ? nothing : continueButton(v, v.busy ? m.saving : m.authorizeAutopay, v.busy)}${v.busy ? nothing : backButton(v)}`,
  );
}

/** "Turn off Auto Pay?" — with whether the next draft still runs; nothing changes until the customer confirms. */
export function renderAutopayCancel(v: View): TemplateResult {
  const { m } = v;
  const draft = v.autopay.nextDraft;
  const text = !draft
    ? m.turnOffText
    : (draft.stoppable ? m.turnOffStops : m.turnOffTooLate)(m.draftText(draftWords(v, draft)));
  return html`<p class=${draft && !draft.stoppable ? 'turn-off-text note warning' : 'turn-off-text'}>${text}</p>
    ${v.renderFailure()}
    <div class="actions" part="actions">
      ${v.retryOffered ? nothing : button(v.busy ? m.saving : m.turnOff, () => v.cancelAutopay(), 'confirm-turn-off', true, v.busy)}
      ${button(m.keep, () => v.go('autopay'), 'keep', false, v.busy)}
    </div>`;
}

/** The draft an edit starts from: the current enrollment, or the usual choices (amount due, preferred account). */
export function autopayDraft(v: View): Partial<Draft> {
  const a = v.autopay;
  if (!a.enrolled) return { rule: usualRule(v.account, v.details.options), fixed: '', extra: '', date: undefined, fundingId: undefined };
  const format = (money?: Money): string => (money ? formatAmountInput(money.amount, v.lang) : '');
  return {
    rule: a.rule,
    fixed: format(a.fixedAmount),
    extra: format(a.extraAmount),
    date: a.startDate && a.startDate >= v.bounds.min ? a.startDate : undefined,
    fundingId: a.fundingAccountId,
  };
}

export interface AutopayCheck {
  errors: Errors;
  fixed?: number | undefined;
  extra?: number | undefined;
  date?: string | undefined;
}

/** Checks the Auto Pay form; amounts are returned so the enrollment can be built. */
export function checkAutopay(v: View): AutopayCheck {
  const { rule } = v.draft;
  const errors: Errors = rule ? {} : { rule: (m) => m.chooseAmount };
  const fixed = rule === 'fixed' ? checkAmountField(v, 'fixed') : undefined;
  const extra = checkAmountField(v, 'extra', true);
  const date = checkDateField(v);
  Object.assign(errors, fixed?.errors, extra.errors, date.errors, checkFunding(v));
  const low = belowDue(v);
  if (low?.refused && !errors.fixed) errors.fixed = () => low.text;
  return { errors, fixed: fixed?.amount, extra: extra.amount, date: date.patch?.date };
}

/** The enrollment a passing check describes. */
export function enrollmentOf(v: View, check: AutopayCheck, fundingAccountId: string): ReviewedAutopay['enrollment'] {
  const enrollment: ReviewedAutopay['enrollment'] = { rule: v.draft.rule!, fundingAccountId, startDate: check.date! };
  if (check.fixed !== undefined) enrollment.fixedAmount = { amount: check.fixed, currency: 'USD' };
  if (check.extra !== undefined) enrollment.extraAmount = { amount: check.extra, currency: 'USD' };
  return enrollment;
}

