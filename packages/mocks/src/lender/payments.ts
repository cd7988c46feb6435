import { ProviderError, type FieldError, type PaymentOptions, type PaymentReceipt, type PaymentRequest } from '@tessera/core';
import { payableOptions } from './accounts.js';
import { checkAmount, checkFundingAccount, checkPaymentDate } from './amounts.js';
import { copy, invalid, isRecord, nextId, type LenderContext } from './context.js';

export function getPaymentOptions(ctx: LenderContext, accountId: string): PaymentOptions {
  return copy(payableOptions(ctx, accountId));
}

export interface SubmittedPayment {
  receipt: PaymentReceipt;
  /** True when the idempotency key was seen before with the same request: no new payment. */
  replayed: boolean;
}

/** What makes two requests "the same payment" for one idempotency key. */
function fingerprint(request: Record<string, unknown>): string {
  const amount = isRecord(request.amount) ? request.amount : {};
  return JSON.stringify([request.accountId, request.fundingAccountId, amount.amount, amount.currency, request.date]);
}

/**
 * Schedules a payment. The idempotency key is checked first: the same key and the same
 * request give back the first receipt (even if the rules would now refuse it), the same
 * key with a different request is a `conflict`.
 */
export function submitPayment(ctx: LenderContext, request: PaymentRequest): SubmittedPayment {
  const { store } = ctx;
  const fields: Record<string, unknown> = isRecord(request) ? request : {};
  const key = fields.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') {
    const message = 'A payment needs an idempotency key.';
    throw invalid(message, [{ field: 'idempotencyKey', message }]);
  }
  const print = fingerprint(fields);
  const prior = store.idempotencyKeys[key];
  if (prior) {
    if (prior.fingerprint !== print)
      throw new ProviderError('conflict', 'This idempotency key was already used for a different payment.');
    const receipt = store.payments.find((p) => p.id === prior.paymentId);
    if (receipt) return { receipt: copy(receipt), replayed: true };
  }

  const options = payableOptions(ctx, fields.accountId);
  const errors: FieldError[] = [];
  checkFundingAccount(fields.fundingAccountId, store.fundingAccounts.map((a) => a.id), errors);
  checkAmount(fields.amount, 'amount', options, errors);
  checkPaymentDate(fields.date, 'date', options, errors);
  if (errors.length > 0) throw invalid('Check the payment details.', errors);

  const id = nextId('pmt', store.payments);
  const date = fields.date as string;
  const receipt: PaymentReceipt = {
    id,
    confirmationNumber: `HB-${date.replaceAll('-', '')}-${id.slice(4).padStart(4, '0')}`,
    accountId: options.accountId,
    fundingAccountId: fields.fundingAccountId as string,
    amount: copy(fields.amount as PaymentReceipt['amount']),
    date,
    postsOn: date,
    status: date === store.today ? 'processing' : 'scheduled',
    createdAt: ctx.now().toISOString(),
  };
  store.payments.push(receipt);
  store.idempotencyKeys[key] = { fingerprint: print, paymentId: id };
  return { receipt: copy(receipt), replayed: false };
}
