import { defineElement } from '@tessera/core';
import { TesseraWaysToPay } from './ways-to-pay.js';

defineElement('tessera-ways-to-pay', TesseraWaysToPay);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-ways-to-pay': TesseraWaysToPay;
  }
}
