import type { TesseraProvider } from './provider.js';

/** What `<tessera-provider>` reads from its attributes to build a REST provider. */
export interface EndpointConfig {
  baseUrl: string;
  credentials?: RequestCredentials;
  authToken?: string;
}

export type ProviderFactory = (config: EndpointConfig) => TesseraProvider;

interface FactoryRegistry {
  rest?: ProviderFactory;
  listeners: Set<() => void>;
}

// Global so that a factory registered by one bundle serves <tessera-provider> from another.
const KEY = Symbol.for('tessera.providerFactory');

function registry(): FactoryRegistry {
  const store = globalThis as { [KEY]?: FactoryRegistry };
  return (store[KEY] ??= { listeners: new Set() });
}

/** Called by `@tessera/provider-rest/register`; the first registration wins. */
export function registerRestProviderFactory(factory: ProviderFactory): void {
  const current = registry();
  if (current.rest) return;
  current.rest = factory;
  for (const listener of current.listeners) listener();
  current.listeners.clear();
}

export function getRestProviderFactory(): ProviderFactory | undefined {
  return registry().rest;
}

/** Calls `listener` once when a factory is registered. Returns an unsubscribe function. */
export function onRestProviderFactory(listener: () => void): () => void {
  const current = registry();
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
