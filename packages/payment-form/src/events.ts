import type { AutoPayRule, FailedDetail, IsoDate, Money } from '@tessera/core';
import type { PaymentStep } from './flow.js';

/** `tessera-payment-form-submitted`: the provider confirmed a payment. Never carries bank account numbers. */
export interface PaymentFormSubmittedDetail {
  /** The account paid. */
  accountId: string;
  confirmationNumber: string;
  amount: Money;
  /** The payment date, as the provider confirmed it. */
  date: IsoDate;
}

/** `tessera-payment-form-payment-cancelled`: the provider cancelled a scheduled payment the customer had just made. */
export interface PaymentFormPaymentCancelledDetail {
  /** The account the payment was for. */
  accountId: string;
  confirmationNumber: string;
  amount: Money;
  /** The date the payment was scheduled for. */
  date: IsoDate;
}

/** `tessera-payment-form-autopay-changed`: the provider confirmed Auto Pay turned on, changed or off. */
export interface PaymentFormAutopayChangedDetail {
  accountId: string;
  enrolled: boolean;
  /** The amount rule, while enrolled. */
  rule?: AutoPayRule;
}

/** `tessera-payment-form-step-changed`: the customer moved to another step. */
export interface PaymentFormStepChangedDetail {
  step: PaymentStep;
}

/**
 * What failed: `load`, `submit` (paying), `cancel-payment` (cancelling a scheduled payment),
 * `add-bank-account`, `autopay-enroll` (setting up or changing Auto Pay, with its
 * authorization) or `autopay-cancel` (turning it off).
 */
export type PaymentFormAction = 'load' | 'submit' | 'cancel-payment' | 'add-bank-account' | 'autopay-enroll' | 'autopay-cancel';

/**
 * `tessera-payment-form-failed`: a load or a customer's action failed. After `submit` with
 * `network`, `timeout` or `unknown`, the payment may have gone through: the form offers
 * only "Check again", which resends it with the same idempotency key.
 */
export interface PaymentFormFailedDetail extends FailedDetail<PaymentFormAction> {
  /** The account being paid, once one is chosen. */
  accountId?: string;
}

/** Every event `<tessera-payment-form>` fires, for typed listeners on the element, `document` and `window`. */
export interface PaymentFormEventMap {
  'tessera-payment-form-submitted': CustomEvent<PaymentFormSubmittedDetail>;
  'tessera-payment-form-payment-cancelled': CustomEvent<PaymentFormPaymentCancelledDetail>;
  'tessera-payment-form-autopay-changed': CustomEvent<PaymentFormAutopayChangedDetail>;
  'tessera-payment-form-step-changed': CustomEvent<PaymentFormStepChangedDetail>;
  'tessera-payment-form-failed': CustomEvent<PaymentFormFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends PaymentFormEventMap {}
  interface DocumentEventMap extends PaymentFormEventMap {}
  interface WindowEventMap extends PaymentFormEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
