import { html, nothing, type TemplateResult } from 'lit';
import type { AmountProblem } from '@tessera/core';
import { checkAmount, minimumDue, presetsFor } from '../amount.js';
import { backButton, choices, continueButton, input, stepForm } from '../fields.js';
import type { Draft } from '../flow.js';
import type { ErrorText, StepCheck, View } from '../view.js';

type AmountField = 'other' | 'fixed' | 'extra';

/** The message for a typed amount that cannot be paid. */
export const amountError =
  (problem: AmountProblem, max: string): ErrorText =>
  (m) =>
    problem === 'too-large' ? m.tooLarge(max) : m.amountProblems[problem];

/** A warning, not a block: paying less than the minimum due is allowed. */
export function belowMinimumText(v: View, amount: number | undefined): string | undefined {
  const min = minimumDue(v.account);
  return amount !== undefined && amount < min.amount ? v.m.belowMinimum(v.money(min)) : undefined;
}

function belowMinimum(v: View, text: string): string | undefined {
  const typed = checkAmount(text, v.lang, v.details.options.maxAmount.amount);
  return belowMinimumText(v, typed.ok ? typed.amount : undefined);
}

/** A money input: the other amount here, the fixed and extra amounts in Auto Pay. */
export function amountInput(v: View, key: AmountField, label: string, note?: string): TemplateResult {
  return input({
    id: key,
    label,
    value: v.draft[key],
    hint: v.m.amountHint,
    note,
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
  return check.ok ? { errors: {}, amount: check.amount } : { errors: { [key]: amountError(check.problem, v.money(max)) } };
}

export function renderAmountStep(v: View): TemplateResult {
  const max = v.details.options.maxAmount.amount;
  return stepForm(
    v,
    choices({
      id: 'amount',
      legend: v.m.amount,
      selected: v.draft.preset,
      error: v.error('amount'),
      options: [
        ...presetsFor(v.account, max).map((p) => ({ value: p.key, label: v.m.amounts[p.key], detail: v.money(p.amount) })),
        {
          value: 'other',
          label: v.m.other,
          more: () => html`<div class="more">${amountInput(v, 'other', v.m.amount, belowMinimum(v, v.draft.other))}</div>`,
        },
      ],
      onChange: (preset) => v.setDraft({ preset: preset as Draft['preset'] }),
    }),
    html`${continueButton(v)}${v.accountFixed ? nothing : backButton(v)}`,
  );
}

export function checkAmountStep(v: View): StepCheck {
  const { preset } = v.draft;
  if (preset === 'other') {
    const { errors, amount } = checkAmountField(v, 'other');
    return amount === undefined ? { errors } : { errors, patch: { amount } };
  }
  const found = presetsFor(v.account, v.details.options.maxAmount.amount).find((p) => p.key === preset);
  return found ? { errors: {}, patch: { amount: found.amount.amount } } : { errors: { amount: (m) => m.chooseAmount } };
}
