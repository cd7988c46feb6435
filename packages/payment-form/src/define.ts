import { defineElement } from '@tessera/core';
import { TesseraPaymentForm } from './payment-form.js';

defineElement('tessera-payment-form', TesseraPaymentForm);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-payment-form': TesseraPaymentForm;
  }
}
