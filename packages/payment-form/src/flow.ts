import type { AuthorizationRecord, AutoPayEnrollment, AutoPayRule, IsoDate, PaymentRequest } from '@tessera/core';
import type { PresetKey } from './amount.js';

/**
 * Where the customer is. One-time: account → amount → (date) → (from) → review → result
 * (→ cancel-payment); Auto Pay: autopay → autopay-edit → autopay-review, or autopay-cancel.
 */
export type PaymentStep =
  | 'account'
  | 'amount'
  | 'date'
  | 'from'
  | 'review'
  | 'result'
  | 'cancel-payment'
  | 'autopay'
  | 'autopay-edit'
  | 'autopay-review'
  | 'autopay-cancel';

export type PaymentMode = 'one-time' | 'autopay';

/** The choice that means "add a bank account" instead of a saved one. */
export const NEW_BANK = 'new';

/**
 * What the customer has chosen and typed so far (never a bank number: see BankDraft).
 * `preset`, `date` and `fundingId` stay unset until the customer picks one: the form shows
 * the usual one (the lender's suggested amount, the earliest date, the preferred account).
 */
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

/**
 * The steps of a one-time payment, in order: the account unless the host fixed it, the
 * amount and review always, the date and the bank account when `asked` says so (their
 * usual answer is not enough, or the customer chose to answer them).
 */
export function oneTimeSteps(accountFixed: boolean, asked: (step: 'date' | 'from') => boolean = () => true): PaymentStep[] {
  return ONE_TIME.filter((step) =>
    step === 'account' ? !accountFixed : step === 'date' || step === 'from' ? asked(step) : true,
  );
}

export function stepAfter(step: PaymentStep, steps: PaymentStep[] = ONE_TIME): PaymentStep {
  const at = steps.indexOf(step);
  return at < 0 ? 'review' : (steps[at + 1] ?? 'result');
}

export function stepBefore(step: PaymentStep, steps: PaymentStep[] = ONE_TIME): PaymentStep {
  return steps[steps.indexOf(step) - 1] ?? steps[0] ?? 'account';
}

/** A payment as the customer reviewed it, with the key that makes it happen once. */
export interface ReviewedPayment {
  key: string;
  request: Omit<PaymentRequest, 'idempotencyKey' | 'authorization'>;
  /** The authorization as the customer accepted it, made on the first submit and sent on every retry. */
  authorization?: AuthorizationRecord;
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

/** An Auto Pay enrollment or change as the customer reviewed it, with the key that records it once. */
export interface ReviewedAutopay {
  key: string;
  enrollment: Omit<AutoPayEnrollment, 'authorization' | 'idempotencyKey'>;
  /** The authorization as the customer accepted it, made on the first "Authorize Auto Pay" and sent on every retry. */
  authorization?: AuthorizationRecord;
}

/** Like `reviewPayment`, for Auto Pay: the same enrollment keeps its key (and acceptance). */
export function reviewAutopay(
  previous: ReviewedAutopay | undefined,
  enrollment: ReviewedAutopay['enrollment'],
  makeKey: () => string = newIdempotencyKey,
): ReviewedAutopay {
  return previous && JSON.stringify(previous.enrollment) === JSON.stringify(enrollment) ? previous : { key: makeKey(), enrollment };
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
