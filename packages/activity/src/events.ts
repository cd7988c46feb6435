import type { FailedDetail, IsoDate, Money } from '@tessera/core';

/** `tessera-activity-dispute-requested`: the customer pressed "Dispute this charge"; the host opens the dispute widget. */
export interface ActivityDisputeRequestedDetail {
  accountId: string;
  transactionId: string;
}

/** `tessera-activity-payment-cancelled`: the lender confirmed a scheduled payment is cancelled. */
export interface ActivityPaymentCancelledDetail {
  accountId: string;
  paymentId: string;
}

/** `tessera-activity-payment-changed`: the lender confirmed a scheduled payment's new date and amount. */
export interface ActivityPaymentChangedDetail {
  accountId: string;
  paymentId: string;
  date: IsoDate;
  amount: Money;
}

/** `tessera-activity-failed`: the load, the next page, the whole period's CSV, a cancel or a change failed. */
export interface ActivityFailedDetail extends FailedDetail<'load' | 'more' | 'export' | 'cancel' | 'change'> {
  accountId?: string;
  /** The scheduled payment concerned (`cancel`, `change`). */
  paymentId?: string;
}

/** Every event `<tessera-activity>` fires, for typed listeners on the element, `document` and `window`. */
export interface ActivityEventMap {
  'tessera-activity-dispute-requested': CustomEvent<ActivityDisputeRequestedDetail>;
  'tessera-activity-payment-cancelled': CustomEvent<ActivityPaymentCancelledDetail>;
  'tessera-activity-payment-changed': CustomEvent<ActivityPaymentChangedDetail>;
  'tessera-activity-failed': CustomEvent<ActivityFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends ActivityEventMap {}
  interface DocumentEventMap extends ActivityEventMap {}
  interface WindowEventMap extends ActivityEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
