import { ProviderError, type FieldError, type Locale, type Money } from '@tessera/core';
import type { MockStore } from '../store/index.js';
import type { LenderMessages, Thing } from './messages.js';

/**
 * What every rule works on: the store, a clock for instants (dates come from
 * `store.today`), and the language the call asked for, which its answer and its
 * messages are in.
 */
export interface LenderContext {
  store: MockStore;
  now(): Date;
  locale: Locale;
  say: LenderMessages;
}

/** Callers get copies, so they can never change the store by accident. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

export function notFound({ say }: LenderContext, what: Thing, id: unknown): ProviderError {
  return new ProviderError('not-found', say.notFound(what, String(id)));
}

export function invalid(message: string, fieldErrors: FieldError[]): ProviderError {
  return new ProviderError('validation', message, { fieldErrors });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A well-formed USD amount in integer cents (any sign). */
export function isMoneyInput(value: unknown): value is Money {
  return isRecord(value) && Number.isSafeInteger(value.amount) && value.currency === 'USD';
}

/** The next id in a `prefix-N` series, never reusing one. */
export function nextId(prefix: string, items: ReadonlyArray<{ id: string }>): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const highest = items.reduce((max, item) => Math.max(max, Number(pattern.exec(item.id)?.[1] ?? 0)), 0);
  return `${prefix}-${highest + 1}`;
}
