import type {
  Account,
  AuthorizationRecord,
  AutoPaySettings,
  ContactChannel,
  FundingAccount,
  IsoDate,
  Locale,
  Money,
  PaymentOptions,
  PaymentReceipt,
} from '@tessera/core';
import type { BankDraft } from './bank.js';
import type { Draft, PaymentStep, ReviewedAutopay, ReviewedPayment } from './flow.js';
import type { PaymentFormMessages } from './messages.js';
import type { DateBounds } from './schedule.js';

/** Fields that can show an error; each is also the id of the input (or first radio) it names. */
export type FieldKey =
  | 'account'
  | 'amount'
  | 'other'
  | 'date'
  | 'funding'
  | 'holderName'
  | 'routingNumber'
  | 'accountNumber'
  | 'confirmAccountNumber'
  | 'accountType'
  | 'authorize'
  | 'rule'
  | 'fixed'
  | 'extra';

/** Errors are kept as functions of the messages so they follow a language change. */
export type ErrorText = (m: PaymentFormMessages) => string;
export type Errors = Partial<Record<FieldKey, ErrorText>>;

/** A step's verdict: errors to show, or what to remember when there are none. */
export interface StepCheck {
  errors: Errors;
  patch?: Partial<Draft>;
}

/** A failed request: the error, and what trying again does. */
export interface Failure {
  error: unknown;
  retry: () => unknown;
}

/** What the form loads for the chosen account. */
export interface Details {
  options: PaymentOptions;
  funding: FundingAccount[];
  /** Auto Pay (in one-time mode too, when the provider can say). */
  autopay?: AutoPaySettings | undefined;
  /** The language the details were asked in: a lender's plain-string wording is in it. */
  locale: Locale;
}

/** What the last Auto Pay change did, for the confirmation on the Auto Pay step. */
export interface AutopayDone {
  kind: 'enrolled' | 'changed' | 'cancelled';
  settings: AutoPaySettings;
  /** The authorization the customer accepted (enrollments and changes). */
  authorization?: AuthorizationRecord | undefined;
}

/** What every step can use, and the actions it may take. */
export interface BaseView {
  m: PaymentFormMessages;
  /** The language tag for parsing and `Intl`. */
  lang: string;
  /** The language of the messages. */
  locale: Locale;
  money(value: Money): string;
  day(date: IsoDate): string;
  accounts: Account[];
  accountFixed: boolean;
  draft: Draft;
  /** The errors listed at the top of the step (after Continue); none for a field checked on leaving it. */
  errors: Errors;
  /** Every field's error. */
  fieldErrors: Errors;
  error(key: FieldKey): string | undefined;
  /** A mutation is in flight: its buttons are disabled. */
  busy: boolean;
  reviewed?: ReviewedPayment | undefined;
  reviewedAutopay?: ReviewedAutopay | undefined;
  receipt?: PaymentReceipt | undefined;
  /** The payment may have gone through: the only way on is "Check again", with the same key. */
  unconfirmed: boolean;
  /** Why it could not be confirmed: the provider error's code and sentence. */
  unconfirmedReason?: { code: string; message: string } | undefined;
  /** The last failed request, with its retry (nothing when there is none). */
  renderFailure(): unknown;
  /** The failure on show offers a retry: the step's own button steps aside (one action). */
  retryOffered: boolean;
  /** The lender's phone lines, for a payment that could not be confirmed (once loaded). */
  contacts?: ContactChannel[] | undefined;
  /** What the last Auto Pay change did, until the customer moves on. */
  autopayDone?: AutopayDone | undefined;
  /** The lender cancels scheduled payments through the provider (`cancelPayment`). */
  canCancelPayment: boolean;
  /** "Step 2 of 3" for a one-time step, when it is on the customer's way. */
  progress(step: PaymentStep): string | undefined;
  /** A note saying how many items of a list were left out for invalid data (nothing when none). */
  leftOut(list: readonly unknown[]): unknown;
  setDraft(patch: Partial<Draft>): void;
  setBank(patch: Partial<BankDraft>): void;
  next(): void;
  back(): void;
  go(step: PaymentStep, returnToReview?: boolean): void;
  focusField(key: FieldKey): void;
  /** A field lost focus: once typed in, it is checked. */
  leave(key: string): void;
  another(): void;
  cancelAutopay(): void;
  cancelPayment(): void;
}

/** The steps after the account is chosen, with what was loaded for it. */
export interface View extends BaseView {
  account: Account;
  details: Details;
  bounds: DateBounds;
  /** Saved bank accounts, including any added in this session. */
  funding: FundingAccount[];
  autopay: AutoPaySettings;
  bank: BankDraft;
  bankName?: string | undefined;
}
