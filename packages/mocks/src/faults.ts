import type { FieldError, ProviderErrorCode, TesseraProvider } from '@tessera/core';
import { isRoute } from './routes.js';

/** A provider method (`'cards.setCardLock'`), or `'*'` for every method. */
export type FaultRoute = `${keyof TesseraProvider}.${string}` | '*';

/** What goes wrong on a route. Combine `latencyMs` with any other field. */
export interface Fault {
  /** Reject with ProviderError(code) (REST: the matching HTTP status and error body). */
  error?: ProviderErrorCode;
  /** REST only: the exact HTTP status to answer (the memory provider derives the code from it). */
  status?: number;
  /** Seconds, with `error: 'rate-limited'` (REST: the `Retry-After` header). */
  retryAfter?: number;
  /** With `error: 'validation'`. */
  fieldErrors?: FieldError[];
  /** Reject with ProviderError('timeout') (REST: the request hangs until the client gives up). */
  timeout?: boolean;
  /** Resolve with a wrongly shaped value (REST: 200 with a body that is not valid JSON). */
  malformed?: boolean;
  /** Apply the change to the store, then fail with `network`: a response lost on the way back. */
  dropResponse?: boolean;
  /** Never settle until the call is aborted: loading states. */
  hang?: boolean;
  /** Wait this long before answering (an abort ends the wait). */
  latencyMs?: number;
  /** Apply to the next N calls only; by default until cleared. */
  times?: number;
}

export interface Faults {
  set(route: FaultRoute, fault: Fault): void;
  /** Clears one route, or every fault when called without one. */
  clear(route?: FaultRoute): void;
}

// Symbol.for: the transports find the fault table even when two copies of this module meet.
const TAKE = Symbol.for('tessera.mocks.takeFault');

interface FaultTable extends Faults {
  [TAKE](route: string): Fault | undefined;
}

export function createFaults(): Faults {
  const active = new Map<FaultRoute, { fault: Fault; remaining: number }>();
  const table: FaultTable = {
    set(route, fault) {
      if (route !== '*' && !isRoute(route)) throw new RangeError(`Unknown fault route "${route}"`);
      const times = fault.times ?? Infinity;
      if (!(times > 0)) throw new RangeError(`Fault times must be a positive number, got ${String(fault.times)}`);
      active.set(route, { fault: structuredClone(fault), remaining: times });
    },
    clear(route) {
      if (route === undefined) active.clear();
      else active.delete(route);
    },
    [TAKE](route) {
      const key: FaultRoute | undefined = active.has(route as FaultRoute) ? (route as FaultRoute) : active.has('*') ? '*' : undefined;
      if (key === undefined) return undefined;
      const entry = active.get(key)!;
      entry.remaining -= 1;
      if (entry.remaining <= 0) active.delete(key);
      return structuredClone(entry.fault);
    },
  };
  return table;
}

/** The fault for this call, counting it against `times`; `undefined` when none applies. */
export function takeFault(faults: Faults | undefined, route: string): Fault | undefined {
  const take = (faults as Partial<FaultTable> | undefined)?.[TAKE];
  return typeof take === 'function' ? take.call(faults, route) : undefined;
}
