import { defineElement } from '@tessera/core';
import { TesseraDocuments } from './documents.js';

defineElement('tessera-documents', TesseraDocuments);

// Typed events for hosts that import only this entry.
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tessera-documents': TesseraDocuments;
  }
}
