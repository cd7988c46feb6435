import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate } from '@tessera/core';
import { minimumDue } from '../amount.js';
import { backButton, continueButton, input, stepForm } from '../fields.js';
import { checkDate, formatCutoff, postsOnTime } from '../schedule.js';
import type { StepCheck, View } from '../view.js';

/** The date in the form: what the customer chose (maybe cleared), else the earliest allowed. */
export const chosenDate = (v: View): string => v.draft.date ?? v.bounds.min;

/** The earliest date is a good answer on its own: open for payments, and on time. */
export function usualDateWillDo(v: View): boolean {
  return !checkDate(v.bounds.min, v.bounds, v.details.options).problem && postsOnTime(v.bounds.min, v.account.dueDate) !== false;
}

/**
 * "Will this post on time?" for a valid date and, once chosen, the amount: a payment after
 * the due date, or below the amount due, is not on time.
 */
export function onTimeAnswer(v: View, date: IsoDate, amount: number | undefined = v.draft.amount): { text: string; late: boolean } {
  const { m } = v;
  const due = v.account.dueDate;
  if (!due) return { text: `${m.onTimeQuestion} ${m.nothingDue(v.day(date))}`, late: false };
  const min = minimumDue(v.account);
  const reasons: string[] = [];
  if (postsOnTime(date, due) === false) reasons.push(m.lateReason(v.day(date), v.day(due)));
  if (amount !== undefined && amount < min.amount) reasons.push(m.shortReason(v.money({ amount, currency: 'USD' }), v.money(min)));
  return reasons.length
    ? { text: `${m.onTimeQuestion} ${m.notOnTime(reasons)}`, late: true }
    : { text: `${m.onTimeQuestion} ${m.onTime(v.day(date), v.day(due))}`, late: false };
}

/** A date shortcut; focus goes back to the date it sets (the button may go away with an error). */
const pick = (v: View, label: string, date: IsoDate): TemplateResult =>
  html`<button
    type="button"
    class="button chip"
    @click=${() => {
      v.setDraft({ date });
      v.focusField('date');
    }}
  >
    ${label}
  </button>`;

/** The payment (or Auto Pay start) date: a native, keyboard-ready date input checked against the lender's calendar. */
export function dateField(v: View, label: string, answer: boolean): TemplateResult {
  const { m, bounds, details } = v;
  const { options } = details;
  const date = chosenDate(v);
  const check = checkDate(date, bounds, options);
  const result = answer && !check.problem ? onTimeAnswer(v, date) : undefined;
  const due = v.account.dueDate;
  const dueOk = answer && due && due !== bounds.min && !checkDate(due, bounds, options).problem;
  return html`${input({
      id: 'date',
      type: 'date',
      label,
      value: date,
      min: bounds.min,
      max: bounds.max,
      hint: `${m.dateHint(v.day(bounds.min), v.day(bounds.max))} ${m.cutoff(formatCutoff(options.cutoffTime, v.lang), options.timeZone)}`,
      error: v.error('date'),
      note: result?.text,
      warn: result?.late ?? false,
      onInput: (value) => v.setDraft({ date: value }),
    })}
    ${v.error('date') && check.suggestion ? pick(v, m.useDate(v.day(check.suggestion)), check.suggestion) : nothing}
    <div class="picks">
      ${pick(v, m.earliest(v.day(bounds.min)), bounds.min)} ${dueOk ? pick(v, m.onDueDate(v.day(due)), due) : nothing}
    </div>`;
}

export function checkDateField(v: View): StepCheck {
  const date = chosenDate(v);
  const { problem, suggestion } = checkDate(date, v.bounds, v.details.options);
  if (!problem) return { errors: {}, patch: { date } };
  const day = v.day;
  const { min, max } = v.bounds;
  return {
    errors: {
      date: (m) =>
        problem === 'empty'
          ? m.dateProblems.empty
          : problem === 'before'
            ? m.dateProblems.before(day(min))
            : problem === 'after'
              ? m.dateProblems.after(day(max))
              : `${m.dateProblems.notBusinessDay(day(date))}${suggestion ? ` ${m.nextBusinessDay(day(suggestion))}` : ''}`,
    },
  };
}

export function renderDateStep(v: View): TemplateResult {
  return stepForm(v, dateField(v, v.m.date, true), html`${continueButton(v)}${backButton(v)}`);
}
