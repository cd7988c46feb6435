import { defineElement } from '@tessera/core';
import { TesseraFicoGauge } from './fico-gauge.js';

defineElement('tessera-fico-gauge', TesseraFicoGauge);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-fico-gauge': TesseraFicoGauge;
  }
}
