/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, waitUntil } from '@open-wc/testing';
import { PROVIDER_ERROR_CODES, coreMessages, isRetryable, type ProviderErrorCode, type TesseraProvider } from '@tessera/core';
import type { Fault } from '../faults.js';
import type { MemoryProvider } from '../memory-provider.js';
import type { Suite } from './context.js';
import { everyCase, expectFocusInside, shadow, text, until, type Mounted } from './harness.js';
import { pressOn } from './keyboard.js';

const ERROR = '[part~="error"]';
const RETRY = '[part~="retry"]';

function faultFor(code: ProviderErrorCode): Fault {
  return code === 'rate-limited' ? { error: code, retryAfter: 30, times: 1 } : { error: code, times: 1 };
}

/** The error block says the code's sentence, with a retry only where one can help. */
function expectErrorShown(el: HTMLElement, code: ProviderErrorCode, what: string): HTMLElement {
  const block = shadow(el, ERROR)!;
  expect(block.getAttribute('role'), `${what}: the error is announced`).to.equal('alert');
  expect(text(block), what).to.include(coreMessages.en.errors[code]);
  expect(Boolean(shadow(el, RETRY)), `${what}: a retry ${isRetryable(code) ? 'is' : 'is not'} offered`).to.equal(isRetryable(code));
  return block;
}

function failedEvents(mounted: Mounted<HTMLElement>, prefix: string): unknown[] {
  return mounted.events.filter((e) => e.type === `${prefix}-failed`).map((e) => e.detail);
}

/** The provider with one method taken away (a partial implementation). */
function without(provider: MemoryProvider, slice: string, method: string): TesseraProvider {
  const source = (provider as unknown as Record<string, object>)[slice]!;
  const partial = new Proxy(source, {
    get: (target, key) => (key === method ? undefined : (Reflect.get(target, key) as unknown)),
    has: (target, key) => key !== method && Reflect.has(target, key),
  });
  return { ...provider, [slice]: partial };
}

/** Outside Chromium: a retryable code, one that is not, and the one that says when to retry. */
const ENGINE_CODES: readonly ProviderErrorCode[] = ['network', 'forbidden', 'rate-limited'];
const codes = (): readonly ProviderErrorCode[] => (everyCase ? PROVIDER_ERROR_CODES : ENGINE_CODES);

export function failureRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const prefix = config.eventPrefix;

  describe('a load that fails', () => {
    for (const route of config.loads) {
      for (const code of codes()) {
        it(`${route} → ${code}: the message, a retry only where it helps, a failed event`, async () => {
          const mounted = await suite.mount({ faults: [[route, faultFor(code)]] });
          const { el } = mounted;
          await until(el, ERROR, `the ${code} error`);
          expectErrorShown(el, code, `${route} → ${code}`);
          const failures = failedEvents(mounted, prefix) as Array<{ action?: string; code?: string }>;
          expect(failures.filter((d) => d.action === 'load' && d.code === code), 'one failed event').to.have.length(1);
          suite.sawParts(el);
          if (isRetryable(code)) {
            await pressOn(el, RETRY);
            await until(el, config.ready, 'its data after the retry');
            expect(shadow(el, ERROR)).to.equal(null);
            expectFocusInside(el, `after retrying the ${code} load`);
          }
        });
      }
      it(`${route} → invalid data: says it cannot be shown, no retry, and tells the developer which method and field`, async () => {
        const logged: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
        try {
          const mounted = await suite.mount({ faults: [[route, { malformed: true }]] });
          const block = await until(mounted.el, ERROR, 'the error');
          expect(block.dataset['code']).to.equal('invalid-data');
          expect(text(block)).to.include(coreMessages.en.invalidData);
          expect(shadow(mounted.el, RETRY), 'no retry: the same data would come back').to.equal(null);
          expect(logged.filter((line) => line.includes(`${route} → `)), `a diagnostic naming ${route}: ${logged.join(' | ')}`).to.have.length(1);
        } finally {
          console.error = original;
        }
      });
    }
  });

  describe('a customer action that fails', () => {
    for (const action of config.actions ?? []) {
      for (const code of codes()) {
        it(`${action.action} (${action.route}) → ${code}: the message, focus kept, a failed event, a working retry`, async () => {
          const mounted = await suite.mount(action);
          const { el, faults, provider } = mounted;
          await until(el, config.ready, 'its data');
          faults.set(action.route, faultFor(code));
          const callsBefore = provider.calls.filter((c) => c.route === action.route).length;
          await action.perform(el);
          await until(el, ERROR, `the ${code} error`);
          expectErrorShown(el, code, `${action.action} → ${code}`);
          expect(failedEvents(mounted, prefix)).to.deep.include({ ...action.failedDetail, action: action.action, code });
          expectFocusInside(el, `after ${action.action} failed with ${code}`);
          suite.sawParts(el);
          if (!isRetryable(code)) return;
          await pressOn(el, RETRY);
          if (action.succeeded) {
            await waitUntil(() => mounted.events.some((e) => e.type === action.succeeded), `no ${action.succeeded} after the retry`);
          }
          await waitUntil(() => !shadow(el, ERROR), 'the error stayed after a successful retry');
          const calls = provider.calls.filter((c) => c.route === action.route).length - callsBefore;
          expect(calls, `${action.route} calls: the failed one and the retry`).to.equal(2);
          expectFocusInside(el, `after retrying ${action.action}`);
        });
      }
    }
  });

  describe('configuration', () => {
    it('without a provider: an error naming what is missing, no retry, no failed event', async () => {
      const mounted = await suite.mount({ provide: 'none' });
      const block = await until(mounted.el, ERROR, 'the configuration error');
      expect(block.dataset['code']).to.equal('configuration');
      const slice = config.requires[0]!.split('.')[0]!;
      expect(text(block)).to.include(`“${slice}”`);
      expect(shadow(mounted.el, RETRY)).to.equal(null);
      expect(failedEvents(mounted, prefix)).to.deep.equal([]);
    });

    for (const path of config.requires) {
      it(`without ${path}: an error naming the method`, async () => {
        const [slice, method] = path.split('.') as [string, string];
        const { el } = await suite.mount({ provider: (provider) => without(provider, slice, method) });
        const block = await until(el, ERROR, 'the configuration error');
        expect(block.dataset['code']).to.equal('configuration');
        expect(text(block)).to.include(`“${path}”`);
      });
    }
  });
}
