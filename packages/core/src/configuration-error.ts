import type { ProviderSlice, TesseraProvider } from './provider.js';

/**
 * Thrown when a widget has no provider, or its provider lacks the slice or a method the
 * widget needs. A developer's mistake, not the customer's: never retried.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  readonly slice: ProviderSlice;
  /** The missing method, when the slice is there but lacks it. */
  readonly method?: string;

  constructor(slice: ProviderSlice, method?: string) {
    super(method ? `Missing provider method: ${slice}.${method}` : `Missing provider slice: ${slice}`);
    this.slice = slice;
    if (method) this.method = method;
  }
}

export function isConfigurationError(value: unknown): value is ConfigurationError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ConfigurationError';
}

/** The names of a slice's methods. */
export type MethodOf<K extends ProviderSlice> = Extract<keyof NonNullable<TesseraProvider[K]>, string>;

/**
 * Returns the slice, or throws a ConfigurationError naming the slice, or the first of
 * `methods` it lacks. Pass every method the widget will call in its current
 * configuration, so a missing one is reported on load, not on the customer's click.
 */
export function requireSlice<K extends ProviderSlice>(
  provider: TesseraProvider | undefined,
  slice: K,
  methods: readonly MethodOf<K>[] = [],
): NonNullable<TesseraProvider[K]> {
  const value = provider?.[slice];
  if (!value) throw new ConfigurationError(slice);
  for (const method of methods) {
    if (typeof (value as unknown as Record<string, unknown>)[method] !== 'function') throw new ConfigurationError(slice, method);
  }
  return value;
}
