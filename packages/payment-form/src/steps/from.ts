import { html, nothing, type TemplateResult } from 'lit';
import { isolate, maskedText, type BankAccountType, type FundingAccount } from '@tessera/core';
import { checkBank, type BankProblems } from '../bank.js';
import { backButton, choices, continueButton, input, stepForm } from '../fields.js';
import { NEW_BANK } from '../flow.js';
import type { BaseView, Errors, View } from '../view.js';

export const fundingLabel = (v: BaseView, f: FundingAccount): string =>
  `${isolate(f.bankName)} ${maskedText(f.last4)} (${v.m.accountTypes[f.type]})`;

/** Holder, routing (with the bank's name when known), account number twice, type. */
function bankForm(v: View): TemplateResult {
  const { m, bank } = v;
  return html`<div class="more bank" part="bank-form">
    ${input({
      id: 'holderName',
      label: m.holderName,
      value: bank.holderName,
      autocomplete: 'name',
      error: v.error('holderName'),
      onInput: (holderName) => v.setBank({ holderName }),
    })}
    ${input({
      id: 'routingNumber',
      label: m.routingNumber,
      value: bank.routingNumber,
      hint: m.routingHint,
      note: v.bankName ? m.bankName(v.bankName) : undefined,
      inputmode: 'numeric',
      error: v.error('routingNumber'),
      onInput: (routingNumber) => v.setBank({ routingNumber }),
    })}
    ${input({
      id: 'accountNumber',
      label: m.accountNumber,
      value: bank.accountNumber,
      hint: m.accountHint,
      inputmode: 'numeric',
      error: v.error('accountNumber'),
      onInput: (accountNumber) => v.setBank({ accountNumber }),
    })}
    ${input({
      id: 'confirmAccountNumber',
      label: m.confirmAccountNumber,
      value: bank.confirmAccountNumber,
      inputmode: 'numeric',
      error: v.error('confirmAccountNumber'),
      onInput: (confirmAccountNumber) => v.setBank({ confirmAccountNumber }),
    })}
    ${choices({
      id: 'accountType',
      legend: m.accountType,
      selected: bank.type,
      options: (['checking', 'savings'] as const).map((t) => ({ value: t, label: m.accountTypes[t] })),
      onChange: (type) => v.setBank({ type: type as BankAccountType }),
    })}
  </div>`;
}

/** The bank account the form starts on: the customer's preferred one, else the only one saved. */
export function usualFunding(v: View): string | undefined {
  return (v.funding.find((f) => f.preferred) ?? (v.funding.length === 1 ? v.funding[0] : undefined))?.id;
}

/** The bank account chosen: the customer's pick, else the usual one. */
export const chosenFunding = (v: View): string | undefined => v.draft.fundingId ?? usualFunding(v);

/** Saved bank accounts (masked) or a new one; only the new-account form when none is saved. */
export function fundingChooser(v: View, legend: string): TemplateResult {
  if (!v.funding.length) return html`<fieldset class="choices"><legend>${v.m.addBank}</legend>${bankForm(v)}</fieldset>`;
  return choices({
    id: 'funding',
    legend,
    selected: chosenFunding(v),
    error: v.error('funding'),
    options: [
      ...v.funding.map((f) => ({ value: f.id, label: fundingLabel(v, f) })),
      { value: NEW_BANK, label: v.m.addBank, more: () => bankForm(v) },
    ],
    onChange: (fundingId) => v.setDraft({ fundingId }),
  });
}

/** Whether the customer is adding a bank account rather than picking a saved one. */
export const addingBank = (v: View): boolean => !v.funding.length || chosenFunding(v) === NEW_BANK;

const BANK_MESSAGES: { [K in keyof BankProblems]-?: (m: View['m'], p: NonNullable<BankProblems[K]>) => string } = {
  holderName: (m) => m.holderEmpty,
  routingNumber: (m, p) => m.routingProblems[p],
  accountNumber: (m, p) => m.accountProblems[p],
  confirmAccountNumber: (m, p) => m.confirmProblems[p],
};

/** Errors for the funding choice; a new bank account is checked field by field. */
export function checkFunding(v: View): Errors {
  if (!addingBank(v)) {
    return v.funding.some((f) => f.id === chosenFunding(v)) ? {} : { funding: (m) => m.chooseBank };
  }
  const errors: Errors = {};
  const problems = checkBank(v.bank);
  for (const key of Object.keys(problems) as Array<keyof BankProblems>) {
    const problem = problems[key] as never;
    errors[key] = (m) => BANK_MESSAGES[key](m, problem);
  }
  return errors;
}

export function renderFromStep(v: View): TemplateResult {
  return stepForm(
    v,
    html`${fundingChooser(v, v.m.payFrom)}${v.leftOut(v.details.funding)}${v.renderFailure()}`,
    html`${v.retryOffered ? nothing : continueButton(v, v.busy ? v.m.saving : v.m.continue, v.busy)}${backButton(v)}`,
  );
}
