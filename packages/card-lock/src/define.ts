import { defineElement } from '@tessera/core';
import { TesseraCardLock } from './card-lock.js';

defineElement('tessera-card-lock', TesseraCardLock);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-card-lock': TesseraCardLock;
  }
}
