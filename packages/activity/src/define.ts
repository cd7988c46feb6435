import { defineElement } from '@tessera/core';
import { TesseraActivity } from './activity.js';

defineElement('tessera-activity', TesseraActivity);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-activity': TesseraActivity;
  }
}
