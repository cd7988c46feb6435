import { ContextRoot, createContext } from '@lit/context';
import type { TesseraProvider } from './provider.js';

/**
 * The provider context. The key is global (`Symbol.for`) so a `<tessera-provider>` from
 * one bundle serves widgets from another bundle on the same page.
 */
export const providerContext = createContext<TesseraProvider | undefined>(Symbol.for('tessera.provider'));

const ROOT = Symbol.for('tessera.contextRoot');

/**
 * Lets a widget find a provider defined after it (a host that registers the widget
 * first, or lazy-loads `<tessera-provider>`): one context root per document holds the
 * unanswered requests and replays them when a provider appears. Shared by every copy of
 * core on the page, so two bundles never replay a request twice.
 */
export function watchForLateProviders(document: Document): void {
  const holder = document as Document & { [ROOT]?: ContextRoot };
  if (holder[ROOT]) return;
  holder[ROOT] = new ContextRoot();
  holder[ROOT].attach(document.documentElement);
}
