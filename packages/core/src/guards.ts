import { ProviderError } from './errors.js';

/** A type guard for data coming from a provider. */
export type Guard<T> = (value: unknown) => value is T;

/**
 * Returns `value` when it has the expected shape; otherwise throws a ProviderError
 * (`unknown`, "Malformed …") so a widget shows an error instead of crashing.
 */
export function assertShape<T>(value: unknown, guard: Guard<T>, what: string): T {
  if (guard(value)) return value;
  throw new ProviderError('unknown', `Malformed ${what} from the provider`);
}
