import {
  ProviderError,
  addDays,
  type FieldError,
  type PaymentOptions,
  type PaymentReceipt,
  type PaymentRequest,
  type ScheduledPaymentChange,
} from '@tessera/core';
import { zonedInstant } from '../store/calendar.js';
import type { StoredAccount } from '../store/texts.js';
import { payableOptions, requireAccount } from './accounts.js';
import { checkAmount, checkAuthorization, checkFundingAccount, checkPaymentDate } from './amounts.js';
import { copy, invalid, isRecord, nextId, notFound, type LenderContext } from './context.js';

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

/** What the customer must pay by the due date: the card's minimum due, the loan's amount due. */
export function amountDue(account: StoredAccount): number {
  return account.kind === 'card' ? account.minimumDue.amount : account.amountDue.amount;
}

function setAmountDue(account: StoredAccount, amount: number): void {
  if (account.kind === 'card') account.minimumDue = { amount, currency: 'USD' };
  else account.amountDue = { amount, currency: 'USD' };
}

/**
 * Schedules a payment. The idempotency key is checked first: the same key and the same
 * request give back the first receipt (even if the rules would now refuse it), the same
 * key with a different request is a `conflict`. A new payment counts toward the amount due
 * at once, and can be cancelled until the cutoff the day before its date.
 */
export function submitPayment(ctx: LenderContext, request: PaymentRequest): SubmittedPayment {
  const { store, say } = ctx;
  const fields: Record<string, unknown> = isRecord(request) ? request : {};
  const key = fields.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw invalid(say.paymentKeyNeeded, [{ field: 'idempotencyKey', message: say.paymentKeyNeeded }]);
  }
  const print = fingerprint(fields);
  const prior = store.idempotencyKeys[key];
  if (prior) {
    if (prior.fingerprint !== print) throw new ProviderError('conflict', say.paymentKeyReused);
    const receipt = store.payments.find((p) => p.id === prior.paymentId);
    if (receipt) return { receipt: copy(receipt), replayed: true };
  }

  const options = payableOptions(ctx, fields.accountId);
  const errors: FieldError[] = [];
  checkFundingAccount(say, fields.fundingAccountId, store.fundingAccounts.map((a) => a.id), errors);
  checkAmount(say, fields.amount, 'amount', options, errors);
  checkPaymentDate(say, fields.date, 'date', options, errors);
  if (fields.authorization !== undefined) checkAuthorization(say, fields.authorization, errors);
  if (errors.length > 0) throw invalid(say.checkPayment, errors);

  const account = requireAccount(ctx, options.accountId);
  const id = nextId('pmt', store.payments);
  const date = fields.date as string;
  const amount = copy(fields.amount as PaymentReceipt['amount']);
  const due = amountDue(account);
  const reduction = Math.min(due, amount.amount);
  setAmountDue(account, due - reduction);
  store.dueReductions[id] = reduction;
  const cancelDay = addDays(date, -1);
  const receipt: PaymentReceipt = {
    id,
    confirmationNumber: `HB-${date.replaceAll('-', '')}-${id.slice(4).padStart(4, '0')}`,
    accountId: options.accountId,
    fundingAccountId: fields.fundingAccountId as string,
    amount,
    date,
    postsOn: date,
    status: date === store.today ? 'processing' : 'scheduled',
    createdAt: ctx.now().toISOString(),
    // The store's clock stands past today's cutoff: the day before must still be ahead.
    ...(cancelDay > store.today ? { cancelBy: zonedInstant(cancelDay, options.cutoffTime, options.timeZone) } : {}),
    amountDueAfter: { amount: due - reduction, currency: 'USD' },
  };
  store.payments.push(receipt);
  store.idempotencyKeys[key] = { fingerprint: print, paymentId: id };
  if (fields.authorization !== undefined) {
    store.authorizations.push({ kind: 'payment', accountId: options.accountId, record: copy(request.authorization!) });
  }
  return { receipt: copy(receipt), replayed: false };
}

/**
 * Cancels a scheduled payment before its cutoff (the day before its date). Cancelling a
 * cancelled payment answers it again; one being processed or posted is a `validation` error.
 */
export function cancelPayment(ctx: LenderContext, paymentId: string): PaymentReceipt {
  const { store } = ctx;
  const payment = store.payments.find((p) => p.id === paymentId);
  if (!payment) throw notFound(ctx, 'payment', paymentId);
  if (payment.status === 'cancelled') return copy(payment);
  if (payment.status !== 'scheduled' || !payment.cancelBy || addDays(payment.date, -1) <= store.today) {
    const message = ctx.say.tooLateToCancel;
    throw invalid(message, [{ field: 'paymentId', message }]);
  }
  const account = requireAccount(ctx, payment.accountId);
  const restored = amountDue(account) + (store.dueReductions[payment.id] ?? 0);
  setAmountDue(account, restored);
  delete store.dueReductions[payment.id];
  payment.status = 'cancelled';
  delete payment.cancelBy;
  payment.amountDueAfter = { amount: restored, currency: 'USD' };
  return copy(payment);
}

/**
 * Moves a scheduled payment's date or changes its amount before its cutoff, with the same
 * rules as a new payment. The same idempotency key and change answer the payment again;
 * the same key with another change is a `conflict`.
 */
export function changeScheduledPayment(ctx: LenderContext, paymentId: string, change: ScheduledPaymentChange): PaymentReceipt {
  const { store, say } = ctx;
  const fields: Record<string, unknown> = isRecord(change) ? change : {};
  const key = fields.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') throw invalid(say.paymentKeyNeeded, [{ field: 'idempotencyKey', message: say.paymentKeyNeeded }]);
  const print = JSON.stringify(['change', paymentId, fields.date, isRecord(fields.amount) ? fields.amount.amount : undefined]);
  const prior = store.idempotencyKeys[key];
  if (prior) {
    if (prior.fingerprint !== print) throw new ProviderError('conflict', say.paymentKeyReused);
    const answered = store.payments.find((p) => p.id === prior.paymentId);
    if (answered) return copy(answered);
  }
  const payment = store.payments.find((p) => p.id === paymentId);
  if (!payment) throw notFound(ctx, 'payment', paymentId);
  if (payment.status !== 'scheduled' || !payment.cancelBy || addDays(payment.date, -1) <= store.today) {
    throw invalid(say.tooLateToCancel, [{ field: 'paymentId', message: say.tooLateToCancel }]);
  }
  const options = payableOptions(ctx, payment.accountId);
  const errors: FieldError[] = [];
  if (fields.amount !== undefined) checkAmount(say, fields.amount, 'amount', options, errors);
  if (fields.date !== undefined) checkPaymentDate(say, fields.date, 'date', options, errors);
  if (fields.amount === undefined && fields.date === undefined) errors.push({ field: 'date', message: say.chooseDate });
  if (errors.length > 0) throw invalid(say.checkPayment, errors);
  if (fields.amount !== undefined) {
    const account = requireAccount(ctx, payment.accountId);
    const due = amountDue(account) + (store.dueReductions[payment.id] ?? 0);
    const amount = (fields.amount as PaymentReceipt['amount']).amount;
    const reduction = Math.min(due, amount);
    setAmountDue(account, due - reduction);
    store.dueReductions[payment.id] = reduction;
    payment.amount = { amount, currency: 'USD' };
    payment.amountDueAfter = { amount: due - reduction, currency: 'USD' };
  }
  if (fields.date !== undefined) {
    const date = fields.date as string;
    payment.date = payment.postsOn = date;
    payment.cancelBy = zonedInstant(addDays(date, -1), options.cutoffTime, options.timeZone);
  }
  store.idempotencyKeys[key] = { fingerprint: print, paymentId };
  return copy(payment);
}
