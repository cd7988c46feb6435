/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isProviderError, type ProviderError, type ProviderErrorCode, type TesseraProvider } from '@tessera/core';
import type { Faults } from '../faults.js';
import type { MockStore } from '../store/index.js';

/** What a host's setup gives the suite: a provider backed by `store`, with `faults` wired in. */
export interface ContractSubject {
  provider: TesseraProvider;
  store: MockStore;
  faults: Faults;
  teardown?: () => void;
}

export type ContractSetup = () => Promise<ContractSubject>;

/** The subject of the running test, set up fresh before each one. */
export interface Harness {
  readonly subject: ContractSubject;
  slice<K extends keyof TesseraProvider>(name: K): NonNullable<TesseraProvider[K]>;
}

export function createHarness(setup: ContractSetup): Harness {
  let current: ContractSubject | undefined;
  beforeEach(async () => {
    current = await setup();
  });
  afterEach(() => {
    current?.faults.clear();
    current?.teardown?.();
    current = undefined;
  });
  return {
    get subject() {
      if (!current) throw new Error('The contract setup has not run');
      return current;
    },
    slice(name) {
      const slice = this.subject.provider[name];
      expect(slice, `the provider has a "${name}" slice`).to.not.equal(undefined);
      return slice!;
    },
  };
}

/** The error a call fails with; fails the test when the call succeeds. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

export async function expectProviderError(call: Promise<unknown>, code: ProviderErrorCode): Promise<ProviderError> {
  const error = await rejectionOf(call);
  expect(isProviderError(error), `expected a ProviderError "${code}", got ${String(error)}`).to.equal(true);
  expect((error as ProviderError).code).to.equal(code);
  return error as ProviderError;
}

/** Field names of a validation error, sorted. */
export function fieldsOf(error: ProviderError): string[] {
  return error.fieldErrors.map((e) => e.field).sort();
}

let keys = 0;
/** A fresh idempotency key, the way a widget makes one per reviewed payment. */
export function newIdempotencyKey(): string {
  keys += 1;
  return `contract-${keys}-${Math.random().toString(36).slice(2, 10)}`;
}
