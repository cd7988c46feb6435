import { defineElement } from '@tessera/core';
import { TesseraTitleTracker } from './title-tracker.js';

defineElement('tessera-title-tracker', TesseraTitleTracker);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-title-tracker': TesseraTitleTracker;
  }
}
