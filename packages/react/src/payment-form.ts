import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraPaymentForm as PaymentFormElement } from '@tessera/payment-form';
import '@tessera/payment-form/define';

/**
 * `<tessera-payment-form>` as a React component: `accountId`, `mode`, `minDate`, `maxDate`
 * and `provider` are set as properties; `onPaymentSubmitted`, `onPaymentFailed`,
 * `onAutopayChanged` and `onStepChange` receive the widget's events.
 */
export const TesseraPaymentForm = createComponent({
  react: React,
  tagName: 'tessera-payment-form',
  elementClass: PaymentFormElement,
  events: {
    onPaymentSubmitted: 'tessera-payment-submitted' as EventName<HTMLElementEventMap['tessera-payment-submitted']>,
    onPaymentFailed: 'tessera-payment-failed' as EventName<HTMLElementEventMap['tessera-payment-failed']>,
    onAutopayChanged: 'tessera-autopay-changed' as EventName<HTMLElementEventMap['tessera-autopay-changed']>,
    onStepChange: 'tessera-step-change' as EventName<HTMLElementEventMap['tessera-step-change']>,
  },
  displayName: 'TesseraPaymentForm',
});
