import type { AutoPayRule, IsoDate, PaymentRequest } from '@tessera/core';
import type { PresetKey } from './amount.js';

/** Where the customer is. One-time: account → amount → date → from → review → result. */
export type PaymentStep =
  | 'account'
  | 'amount'
  | 'date'
  | 'from'
  | 'review'
  | 'result'
  | 'autopay'
  | 'autopay-edit'
  | 'autopay-cancel';

export type PaymentMode = 'one-time' | 'autopay';

/** The choice that means "add a bank account" instead of a saved one. */
export const NEW_BANK = 'new';

/** What the customer has chosen and typed so far (never a bank number: see BankDraft). */
export interface Draft {
  accountId?: string;
  preset?: PresetKey | 'other';
  /** The "other amount" exactly as typed. */
  other: string;
  /** Minor units, set once the amount step passes. */
  amount?: number;
  /** Unset until the customer picks one (the earliest date is shown); `''` when cleared. */
  date?: IsoDate;
  fundingId?: string;
  authorized: boolean;
  rule?: AutoPayRule;
  fixed: string;
  extra: string;
}

export const emptyDraft = (): Draft => ({ other: '', authorized: false, fixed: '', extra: '' });

const ONE_TIME: PaymentStep[] = ['account', 'amount', 'date', 'from', 'review'];

/** The steps of a one-time payment shown in the progress text. */
export function oneTimeSteps(accountFixed: boolean): PaymentStep[] {
  return accountFixed ? ONE_TIME.slice(1) : ONE_TIME;
}

export function stepAfter(step: PaymentStep): PaymentStep {
  return ONE_TIME[ONE_TIME.indexOf(step) + 1] ?? 'result';
}

export function stepBefore(step: PaymentStep): PaymentStep {
  return ONE_TIME[ONE_TIME.indexOf(step) - 1] ?? 'account';
}

/** A payment as the customer reviewed it, with the key that makes it happen once. */
export interface ReviewedPayment {
  key: string;
  request: Omit<PaymentRequest, 'idempotencyKey'>;
}

function samePayment(a: ReviewedPayment['request'], b: ReviewedPayment['request']): boolean {
  return (
    a.accountId === b.accountId &&
    a.fundingAccountId === b.fundingAccountId &&
    a.amount.amount === b.amount.amount &&
    a.amount.currency === b.amount.currency &&
    a.date === b.date
  );
}

/**
 * Called each time the review screen is reached: keeps the key while the payment is the
 * same (a retry or a look back without changes must not pay twice), makes a new one when
 * the customer changed something.
 */
export function reviewPayment(
  previous: ReviewedPayment | undefined,
  request: ReviewedPayment['request'],
  makeKey: () => string = newIdempotencyKey,
): ReviewedPayment {
  return previous && samePayment(previous.request, request) ? previous : { key: makeKey(), request };
}

/** A random v4 UUID; `crypto.randomUUID` exists only in secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
