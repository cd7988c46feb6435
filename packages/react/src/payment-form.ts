import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraPaymentForm as PaymentFormElement } from '@tessera/payment-form';
import '@tessera/payment-form/define';

/**
 * `<tessera-payment-form>` as a React component: `accountId`, `mode`, `minDate`, `maxDate`
 * and `provider` are set as properties; `onPaymentFormSubmitted`,
 * `onPaymentFormAutopayChanged`, `onPaymentFormStepChanged` and `onPaymentFormFailed`
 * receive the widget's events.
 */
export const TesseraPaymentForm = createComponent({
  react: React,
  tagName: 'tessera-payment-form',
  elementClass: PaymentFormElement,
  events: {
    onPaymentFormSubmitted: 'tessera-payment-form-submitted' as EventName<HTMLElementEventMap['tessera-payment-form-submitted']>,
    onPaymentFormAutopayChanged: 'tessera-payment-form-autopay-changed' as EventName<
      HTMLElementEventMap['tessera-payment-form-autopay-changed']
    >,
    onPaymentFormStepChanged: 'tessera-payment-form-step-changed' as EventName<HTMLElementEventMap['tessera-payment-form-step-changed']>,
    onPaymentFormFailed: 'tessera-payment-form-failed' as EventName<HTMLElementEventMap['tessera-payment-form-failed']>,
  },
  displayName: 'TesseraPaymentForm',
});
