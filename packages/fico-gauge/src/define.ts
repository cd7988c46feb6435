import { defineElement } from '@tessera/core';
import { TesseraFicoGauge } from './fico-gauge.js';

defineElement('tessera-fico-gauge', TesseraFicoGauge);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-fico-gauge': TesseraFicoGauge;
  }
}
