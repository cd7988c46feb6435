import { createContext } from '@lit/context';
import type { TesseraProvider } from './provider.js';

/**
 * The provider context. The key is global (`Symbol.for`) so a `<tessera-provider>` from
 * one bundle serves widgets from another bundle on the same page.
 */
export const providerContext = createContext<TesseraProvider | undefined>(Symbol.for('tessera.provider'));
