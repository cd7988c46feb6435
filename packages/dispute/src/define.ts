import { defineElement } from '@tessera/core';
import { TesseraDispute } from './dispute.js';

defineElement('tessera-dispute', TesseraDispute);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-dispute': TesseraDispute;
  }
}
