import { defineElement } from '@tessera/core';
import { TesseraHelpFaq } from './help-faq.js';

defineElement('tessera-help-faq', TesseraHelpFaq);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-help-faq': TesseraHelpFaq;
  }
}
