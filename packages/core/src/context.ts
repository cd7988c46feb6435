import { ContextEvent, createContext, type Context, type ContextCallback } from '@lit/context';
import type { TesseraProvider } from './provider.js';

/**
 * The provider context. The key is global (`Symbol.for`) so a `<tessera-provider>` from
 * one bundle serves widgets from another bundle on the same page.
 */
export const providerContext = createContext<TesseraProvider | undefined>(Symbol.for('tessera.provider'));

const ROOT = Symbol.for('tessera.contextRoot');

type UnknownContext = Context<unknown, unknown>;
/** What @lit/context's providers announce (`context-provider`); the class is not exported. */
type ContextProviderEvent = Event & { context: UnknownContext };

interface PendingRequest {
  element: WeakRef<Element>;
  callback: WeakRef<ContextCallback<unknown>>;
}

/**
 * @lit/context's ContextRoot, pruned: it keeps every unanswered request until a provider
 * appears, so a page that mounts and removes widgets with no provider above them (a
 * presentational gauge) grew by one record per instance, for good. Here requests of
 * elements no longer in the page are dropped once the list doubles; an element put back
 * asks again when it reconnects, and is recorded again.
 */
class LateProviderRoot {
  private readonly pending = new Map<UnknownContext, { requests: PendingRequest[]; seen: WeakMap<Element, WeakSet<object>>; pruneAt: number }>();

  attach(element: Element): void {
    element.addEventListener('context-request', this.onRequest as EventListener);
    element.addEventListener('context-provider', this.onProvider as EventListener);
  }

  private readonly onRequest = (event: ContextEvent<UnknownContext>): void => {
    if (event.subscribe !== true) return;
    const element = (event.contextTarget ?? event.composedPath()[0]);
    const callback = event.callback;
    let entry = this.pending.get(event.context);
    if (!entry) this.pending.set(event.context, (entry = { requests: [], seen: new WeakMap(), pruneAt: 64 }));
    let callbacks = entry.seen.get(element);
    if (!callbacks) entry.seen.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(callback)) return;
    callbacks.add(callback);
    entry.requests.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (entry.requests.length >= entry.pruneAt) {
      const { seen } = entry;
      entry.requests = entry.requests.filter(({ element: elementRef, callback: callbackRef }) => {
        const el = elementRef.deref();
        const cb = callbackRef.deref();
        if (el?.isConnected && cb) return true;
        if (el && cb) seen.get(el)?.delete(cb);
        return false;
      });
      entry.pruneAt = Math.max(64, entry.requests.length * 2);
    }
  };

  private readonly onProvider = (event: ContextProviderEvent): void => {
    const entry = this.pending.get(event.context);
    if (!entry) return;
    // Requests still unanswered after the replay record themselves again.
    this.pending.delete(event.context);
    for (const { element: elementRef, callback: callbackRef } of entry.requests) {
      const element = elementRef.deref();
      const callback = callbackRef.deref();
      if (element && callback) element.dispatchEvent(new ContextEvent(event.context, element, callback, true));
    }
  };
}

/**
 * Lets a widget find a provider defined after it (a host that registers the widget
 * first, or lazy-loads `<tessera-provider>`): one context root per document holds the
 * unanswered requests and replays them when a provider appears. Shared by every copy of
 * core on the page, so two bundles never replay a request twice.
 */
export function watchForLateProviders(document: Document): void {
  const holder = document as Document & { [ROOT]?: { attach(element: Element): void } };
  if (holder[ROOT]) return;
  holder[ROOT] = new LateProviderRoot();
  holder[ROOT].attach(document.documentElement);
}
