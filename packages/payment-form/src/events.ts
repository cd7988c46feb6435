import type { AutoPayRule, IsoDate, Money, ProviderErrorCode } from '@tessera/core';
import type { PaymentStep } from './flow.js';

/** A payment went through. Never carries bank account numbers. */
export interface PaymentSubmittedDetail {
  confirmationNumber: string;
  amount: Money;
  date: IsoDate;
  accountId: string;
}

/** A payment could not be made, or could not be confirmed (`network`, `timeout`, `unknown`). */
export interface PaymentFailedDetail {
  code: ProviderErrorCode;
}

export interface AutoPayChangedDetail {
  accountId: string;
  enrolled: boolean;
  rule?: AutoPayRule;
}

export interface StepChangeDetail {
  step: PaymentStep;
}

declare global {
  interface HTMLElementEventMap {
    'tessera-payment-submitted': CustomEvent<PaymentSubmittedDetail>;
    'tessera-payment-failed': CustomEvent<PaymentFailedDetail>;
    'tessera-autopay-changed': CustomEvent<AutoPayChangedDetail>;
    'tessera-step-change': CustomEvent<StepChangeDetail>;
  }
}
