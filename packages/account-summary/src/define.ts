import { defineElement } from '@tessera/core';
import { TesseraAccountSummary } from './account-summary.js';

defineElement('tessera-account-summary', TesseraAccountSummary);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-account-summary': TesseraAccountSummary;
  }
}
