import { defineElement } from './define-element.js';
import { TesseraProviderElement } from './provider-element.js';

defineElement('tessera-provider', TesseraProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-provider': TesseraProviderElement;
  }
}
