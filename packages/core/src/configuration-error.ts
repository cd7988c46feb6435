import type { ProviderSlice, TesseraProvider } from './provider.js';

/** Thrown when a widget has no provider, or its provider lacks the slice it needs. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  readonly slice: ProviderSlice;

  constructor(slice: ProviderSlice) {
    super(`Missing provider slice: ${slice}`);
    this.slice = slice;
  }
}

export function isConfigurationError(value: unknown): value is ConfigurationError {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'ConfigurationError';
}

/** Returns the slice or throws a ConfigurationError naming it. */
export function requireSlice<K extends ProviderSlice>(
  provider: TesseraProvider | undefined,
  slice: K,
): NonNullable<TesseraProvider[K]> {
  const value = provider?.[slice];
  if (!value) throw new ConfigurationError(slice);
  return value;
}
