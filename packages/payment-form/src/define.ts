import { defineElement } from '@tessera/core';
import { TesseraPaymentForm } from './payment-form.js';

defineElement('tessera-payment-form', TesseraPaymentForm);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-payment-form': TesseraPaymentForm;
  }
}
