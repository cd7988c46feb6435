import { defineElement } from '@tessera/core';
import { TesseraCardLock } from './card-lock.js';

defineElement('tessera-card-lock', TesseraCardLock);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-card-lock': TesseraCardLock;
  }
}
