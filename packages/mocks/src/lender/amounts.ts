import { isBusinessDay, isIsoDate, isIsoInstantString, type FieldError, type PaymentOptions } from '@tessera/core';
import { isMoneyInput, isRecord } from './context.js';
import type { LenderMessages } from './messages.js';

/** Checks an amount against the account's limits; pushes a field error when it fails. */
export function checkAmount(say: LenderMessages, value: unknown, field: string, options: PaymentOptions, errors: FieldError[]): void {
  if (!isMoneyInput(value)) errors.push({ field, message: say.amountFormat });
  else if (value.amount <= 0) errors.push({ field, message: say.amountPositive });
  else if (value.amount > options.maxAmount.amount) errors.push({ field, message: say.amountUpTo(options.maxAmount) });
}

/** Checks a payment date: a real date, in the window, on a processing day. */
export function checkPaymentDate(say: LenderMessages, value: unknown, field: string, options: PaymentOptions, errors: FieldError[]): void {
  if (!isIsoDate(value)) errors.push({ field, message: say.chooseDate });
  else if (value < options.earliestDate) errors.push({ field, message: say.dateOrLater(options.earliestDate) });
  else if (value > options.latestDate) errors.push({ field, message: say.dateOrEarlier(options.latestDate) });
  else if (!isBusinessDay(value, options)) errors.push({ field, message: say.businessDay });
}

export function checkFundingAccount(say: LenderMessages, value: unknown, ids: readonly string[], errors: FieldError[]): void {
  if (typeof value !== 'string' || !ids.includes(value)) errors.push({ field: 'fundingAccountId', message: say.chooseBankAccount });
}

/**
 * Checks the record of an authorization the customer accepted: which wording (version),
 * when, in which language, and its words.
 */
export function checkAuthorization(say: LenderMessages, value: unknown, errors: FieldError[]): void {
  const ok =
    isRecord(value) &&
    typeof value.version === 'string' &&
    value.version.trim() !== '' &&
    isIsoInstantString(value.acceptedAt) &&
    (value.locale === 'en' || value.locale === 'es') &&
    typeof value.text === 'string' &&
    value.text.trim() !== '';
  if (!ok) errors.push({ field: 'authorization', message: say.acceptAuthorization });
}
