import type { FailedDetail, IsoDate, Money } from '@tessera/core';

/** `tessera-account-summary-payment-requested`: the customer pressed "Make a payment". */
export interface AccountSummaryPaymentRequestedDetail {
  accountId: string;
  /** The amount past due, when a payment is late; otherwise absent (the payment form suggests one). */
  amount?: Money;
}

/** `tessera-account-summary-autopay-requested`: the customer pressed "Set up Auto Pay". */
export interface AccountSummaryAutopayRequestedDetail {
  accountId: string;
}

/** `tessera-account-summary-title-requested`: the customer pressed "Track my title" on a paid-off loan. */
export interface AccountSummaryTitleRequestedDetail {
  accountId: string;
}

/** `tessera-account-summary-payoff-quoted`: the lender quoted a payoff the customer asked for. */
export interface AccountSummaryPayoffQuotedDetail {
  accountId: string;
  /** The good-through date. */
  date: IsoDate;
  amount: Money;
}

/** `tessera-account-summary-payoff-requested`: the customer pressed "Pay this amount" under a quote. */
export interface AccountSummaryPayoffRequestedDetail {
  accountId: string;
  /** The good-through date: the payment must be made by then. */
  date: IsoDate;
  amount: Money;
}

/** `tessera-account-summary-failed`: the load, or the customer's payoff quote, failed. */
export interface AccountSummaryFailedDetail extends FailedDetail<'load' | 'payoff-quote'> {
  /** The account shown (`load` with `account-id`) or quoted (`payoff-quote`). */
  accountId?: string;
}

/** Every event `<tessera-account-summary>` fires, for typed listeners on the element, `document` and `window`. */
export interface AccountSummaryEventMap {
  'tessera-account-summary-payment-requested': CustomEvent<AccountSummaryPaymentRequestedDetail>;
  'tessera-account-summary-autopay-requested': CustomEvent<AccountSummaryAutopayRequestedDetail>;
  'tessera-account-summary-title-requested': CustomEvent<AccountSummaryTitleRequestedDetail>;
  'tessera-account-summary-payoff-quoted': CustomEvent<AccountSummaryPayoffQuotedDetail>;
  'tessera-account-summary-payoff-requested': CustomEvent<AccountSummaryPayoffRequestedDetail>;
  'tessera-account-summary-failed': CustomEvent<AccountSummaryFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends AccountSummaryEventMap {}
  interface DocumentEventMap extends AccountSummaryEventMap {}
  interface WindowEventMap extends AccountSummaryEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
