import { html, nothing, type TemplateResult } from 'lit';
import type { AmountProblem, AutoPayDraft, Money } from '@tessera/core';
import { ambiguousReadings, checkAmount, minimumDue, presetsFor, usualPreset } from '../amount.js';
import { backButton, choices, continueButton, input, stepForm } from '../fields.js';
import type { Draft } from '../flow.js';
import type { DraftText } from '../messages.js';
import type { BaseView, ErrorText, StepCheck, View } from '../view.js';

type AmountField = 'other' | 'fixed' | 'extra';

/** The message for a typed amount that cannot be paid; an ambiguous one names the two amounts it could mean. */
export function amountError(v: BaseView, problem: AmountProblem, typed: string, max: Money): ErrorText {
  if (problem === 'too-large') return (m) => m.tooLarge(v.money(max));
  if (problem !== 'ambiguous') return (m) => m.amountProblems[problem];
  const readings = ambiguousReadings(typed, v.lang);
  if (!readings) return (m) => m.amountProblems.invalid;
  const usd = (amount: number): string => v.money({ amount, currency: max.currency });
  return (m) => m.ambiguousAmount(usd(readings.thousands), usd(readings.cents));
}

/** A warning, not a block: paying less than the minimum due is allowed. */
export function belowMinimumText(v: View, amount: number | undefined): string | undefined {
  const min = minimumDue(v.account);
  return amount !== undefined && amount < min.amount ? v.m.belowMinimum(v.money(min)) : undefined;
}

/** A typed amount, parsed per locale, when it can be paid. */
export function typedAmount(v: View, text: string): number | undefined {
  const typed = checkAmount(text, v.lang, v.details.options.maxAmount.amount);
  return typed.ok ? typed.amount : undefined;
}

/** The next Auto Pay draft in words. */
export const draftWords = (v: BaseView, draft: AutoPayDraft): DraftText => ({
  amount: draft.amount ? v.money(draft.amount) : undefined,
  date: v.day(draft.date),
});

/**
 * On a one-time payment: Auto Pay still drafts the account (a draft too late to stop
 * after Auto Pay was turned off too), so the customer does not pay twice by mistake.
 */
export function autopayNote(v: View): TemplateResult | typeof nothing {
  const a = v.details.autopay;
  const draft = a?.nextDraft;
  if (!a || (!a.enrolled && !draft)) return nothing;
  const text = a.enrolled ? v.m.autopayNote(draft && draftWords(v, draft)) : v.m.stillRuns(draftWords(v, draft!));
  return html`<p class="note warning" part="autopay-note">${text}</p>`;
}

/** A money input: the other amount here, the fixed and extra amounts in Auto Pay. */
export function amountInput(v: View, key: AmountField, label: string, note?: string, warn = false): TemplateResult {
  return input({
    id: key,
    label,
    value: v.draft[key],
    hint: v.m.amountHint,
    note,
    warn,
    error: v.error(key),
    inputmode: 'decimal',
    onInput: (value) => v.setDraft({ [key]: value }),
  });
}

/** Checks a typed amount; `optional` lets an empty field through as `undefined`. */
export function checkAmountField(v: View, key: AmountField, optional = false): StepCheck & { amount?: number } {
  const max = v.details.options.maxAmount;
  if (optional && !v.draft[key].trim()) return { errors: {} };
  const check = checkAmount(v.draft[key], v.lang, max.amount);
  return check.ok ? { errors: {}, amount: check.amount } : { errors: { [key]: amountError(v, check.problem, v.draft[key], max) } };
}

/** The amount chosen: the customer's pick, else the usual one. */
export const chosenPreset = (v: View): Draft['preset'] => v.draft.preset ?? usualPreset(v.account, v.details.options);

export function renderAmountStep(v: View): TemplateResult {
  const max = v.details.options.maxAmount.amount;
  return stepForm(
    v,
    html`${choices({
      id: 'amount',
      legend: v.m.amount,
      selected: chosenPreset(v),
      error: v.error('amount'),
      options: [
        ...presetsFor(v.account, max).map((p) => ({ value: p.key, label: v.m.amounts[p.key], detail: v.money(p.amount) })),
        {
          value: 'other',
          label: v.m.other,
          more: () => html`<div class="more">${amountInput(v, 'other', v.m.amount, belowMinimumText(v, typedAmount(v, v.draft.other)), true)}</div>`,
        },
      ],
      onChange: (preset) => v.setDraft({ preset: preset as Draft['preset'] }),
    })}${autopayNote(v)}`,
    html`${continueButton(v)}${v.accountFixed ? nothing : backButton(v)}`,
  );
}

export function checkAmountStep(v: View): StepCheck {
  const preset = chosenPreset(v);
  if (preset === 'other') {
    const { errors, amount } = checkAmountField(v, 'other');
    return amount === undefined ? { errors } : { errors, patch: { amount } };
  }
  const found = presetsFor(v.account, v.details.options.maxAmount.amount).find((p) => p.key === preset);
  return found ? { errors: {}, patch: { amount: found.amount.amount } } : { errors: { amount: (m) => m.chooseAmount } };
}
