import type { Account, AutoPaySettings, FundingAccount, IsoDate, Money, PaymentOptions, PaymentReceipt } from '@tessera/core';
import type { BankDraft } from './bank.js';
import type { Draft, PaymentStep, ReviewedPayment } from './flow.js';
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
  autopay?: AutoPaySettings | undefined;
}

/** What every step can use, and the actions it may take. */
export interface BaseView {
  m: PaymentFormMessages;
  /** The language tag for parsing and `Intl`. */
  lang: string;
  money(value: Money): string;
  day(date: IsoDate): string;
  accounts: Account[];
  accountFixed: boolean;
  draft: Draft;
  errors: Errors;
  error(key: FieldKey): string | undefined;
  /** A mutation is in flight: its buttons are disabled. */
  busy: boolean;
  reviewed?: ReviewedPayment | undefined;
  receipt?: PaymentReceipt | undefined;
  /** The payment may have gone through: the only way on is "Check again", with the same key. */
  unconfirmed: boolean;
  /** Why it could not be confirmed: the provider error's code and sentence. */
  unconfirmedReason?: { code: string; message: string } | undefined;
  /** The last failed request, with its retry (nothing when there is none). */
  renderFailure(): unknown;
  /** A note saying how many items of a list were left out for invalid data (nothing when none). */
  leftOut(list: readonly unknown[]): unknown;
  setDraft(patch: Partial<Draft>): void;
  setBank(patch: Partial<BankDraft>): void;
  next(): void;
  back(): void;
  go(step: PaymentStep, returnToReview?: boolean): void;
  focusField(key: FieldKey): void;
  another(): void;
  saveAutopay(): void;
  cancelAutopay(): void;
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
