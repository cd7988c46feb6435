import { defineElement } from '@tessera/core';
import { TesseraAlerts } from './alerts.js';

defineElement('tessera-alerts', TesseraAlerts);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-alerts': TesseraAlerts;
  }
}
