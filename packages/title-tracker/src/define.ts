import { defineElement } from '@tessera/core';
import { TesseraTitleTracker } from './title-tracker.js';

defineElement('tessera-title-tracker', TesseraTitleTracker);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-title-tracker': TesseraTitleTracker;
  }
}
