import type { TesseraProvider } from './provider.js';

/** Returns the bearer token to send (`refresh: true` after the API answered 401), or nothing. */
export type AuthTokenGetter = (request: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

/** What `<tessera-provider>` reads from its attributes and properties to build a REST provider. */
export interface EndpointConfig {
  baseUrl: string;
  credentials?: RequestCredentials;
  getAuthToken?: AuthTokenGetter;
  /** `Accept-Language` for requests whose widget did not say (the provider element's `lang`). */
  language?: () => string | undefined;
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

// Global, like the factory: a token source registered by the host's script serves a
// <tessera-provider> from any bundle.
const TOKENS = Symbol.for('tessera.authTokenSources');

function tokenSources(): Map<string, AuthTokenGetter> {
  const store = globalThis as { [TOKENS]?: Map<string, AuthTokenGetter> };
  return (store[TOKENS] ??= new Map<string, AuthTokenGetter>());
}

/**
 * Registers a token getter under a name, for `<tessera-provider auth-token-source="name">`:
 * the token stays in the host's script, out of the DOM.
 */
export function registerAuthTokenSource(name: string, getter: AuthTokenGetter): void {
  tokenSources().set(name, getter);
}

export function getAuthTokenSource(name: string): AuthTokenGetter | undefined {
  return tokenSources().get(name);
}
