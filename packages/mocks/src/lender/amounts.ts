import { formatMoney, isBusinessDay, isIsoDate, isIsoInstantString, type FieldError, type PaymentOptions } from '@tessera/core';
import { isMoneyInput, isRecord } from './context.js';

/** Checks an amount against the account's limits; pushes a field error when it fails. */
export function checkAmount(value: unknown, field: string, options: PaymentOptions, errors: FieldError[]): void {
  if (!isMoneyInput(value)) errors.push({ field, message: 'Enter an amount in dollars and cents.' });
  else if (value.amount <= 0) errors.push({ field, message: 'Enter an amount greater than $0.00.' });
  else if (value.amount > options.maxAmount.amount)
    errors.push({ field, message: `Enter an amount up to ${formatMoney(options.maxAmount, 'en-US')}.` });
}

/** Checks a payment date: a real date, in the window, on a processing day. */
export function checkPaymentDate(value: unknown, field: string, options: PaymentOptions, errors: FieldError[]): void {
  if (!isIsoDate(value)) errors.push({ field, message: 'Choose a payment date.' });
  else if (value < options.earliestDate) errors.push({ field, message: `Choose ${options.earliestDate} or later.` });
  else if (value > options.latestDate) errors.push({ field, message: `Choose ${options.latestDate} or earlier.` });
  else if (!isBusinessDay(value, options))
    errors.push({ field, message: 'Choose a business day: payments are not made on weekends or bank holidays.' });
}

export function checkFundingAccount(value: unknown, ids: readonly string[], errors: FieldError[]): void {
  if (typeof value !== 'string' || !ids.includes(value))
    errors.push({ field: 'fundingAccountId', message: 'Choose a bank account to pay from.' });
}

/**
 * Checks the record of an authorization the customer accepted: which wording (version),
 * when, in which language, and its words.
 */
export function checkAuthorization(value: unknown, errors: FieldError[]): void {
  const ok =
    isRecord(value) &&
    typeof value.version === 'string' &&
    value.version.trim() !== '' &&
    isIsoInstantString(value.acceptedAt) &&
    (value.locale === 'en' || value.locale === 'es') &&
    typeof value.text === 'string' &&
    value.text.trim() !== '';
  if (!ok) errors.push({ field: 'authorization', message: 'Accept the authorization: its version, time, language and words are needed.' });
}
