import { defineElement } from '@tessera/core';
import { TesseraHelpFaq } from './help-faq.js';

defineElement('tessera-help-faq', TesseraHelpFaq);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-help-faq': TesseraHelpFaq;
  }
}
