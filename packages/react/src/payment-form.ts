// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraPaymentForm as TesseraPaymentFormElement } from '@tessera/payment-form';
import '@tessera/payment-form/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-payment-form>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onPaymentFormSubmitted`, `onPaymentFormPaymentCancelled`, `onPaymentFormAutopayChanged`, `onPaymentFormStepChanged`, `onPaymentFormFailed`.
 */
export const TesseraPaymentForm = wrap({
  tagName: 'tessera-payment-form',
  elementClass: TesseraPaymentFormElement,
  attributes: { accountId: 'account-id', mode: 'mode', minDate: 'min-date', maxDate: 'max-date', headingLevel: 'heading-level' },
  events: {
    onPaymentFormSubmitted: 'tessera-payment-form-submitted' as EventName<HTMLElementEventMap['tessera-payment-form-submitted']>,
    onPaymentFormPaymentCancelled: 'tessera-payment-form-payment-cancelled' as EventName<HTMLElementEventMap['tessera-payment-form-payment-cancelled']>,
    onPaymentFormAutopayChanged: 'tessera-payment-form-autopay-changed' as EventName<HTMLElementEventMap['tessera-payment-form-autopay-changed']>,
    onPaymentFormStepChanged: 'tessera-payment-form-step-changed' as EventName<HTMLElementEventMap['tessera-payment-form-step-changed']>,
    onPaymentFormFailed: 'tessera-payment-form-failed' as EventName<HTMLElementEventMap['tessera-payment-form-failed']>,
  },
  displayName: 'TesseraPaymentForm',
});

/** The props of `TesseraPaymentForm`, for hosts that wrap it or pass its props around. */
export type TesseraPaymentFormProps = ComponentProps<typeof TesseraPaymentForm>;
/** The element class, for refs: `useRef<TesseraPaymentFormElement>(null)`. */
export type { TesseraPaymentFormElement };
export type { PaymentFormSubmittedDetail, PaymentFormPaymentCancelledDetail, PaymentFormAutopayChangedDetail, PaymentFormStepChangedDetail, PaymentFormFailedDetail, PaymentFormAction } from '@tessera/payment-form';
