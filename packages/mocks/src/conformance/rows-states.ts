/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages } from '@tessera/core';
import type { Suite } from './context.js';
import { everyCase, expectNoOverflow, measure, shadow, text, until } from './harness.js';
import type { ConformanceState } from './types.js';

/** Less than this is not a visible jump. */
const TOLERANCE_PX = 4;
const HANG = [['*', { hang: true }]] as const;

/** The whole widget sits in one `base` part, in every state. */
function expectOneBase(el: HTMLElement, what: string): void {
  const children = [...el.shadowRoot!.children].filter((child) => child.localName !== 'style');
  expect(
    children.map((child) => `<${child.localName} part="${child.getAttribute('part') ?? ''}">`),
    `${what}: the shadow root holds one element, part="base"`,
  ).to.have.length(1);
  expect(children[0]!.getAttribute('part')?.split(/\s+/), `${what}: the outer box`).to.include('base');
}

export function stateRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const states: Array<ConformanceState<E>> = [{ name: 'ready' }, ...(config.states ?? [])];

  describe('every state', () => {
    it('loading: a skeleton part in the base, the loading text for assistive technology, no axe violation', async () => {
      const { el } = await suite.mount({ faults: HANG });
      const skeleton = await until(el, '[part~="skeleton"]');
      expectOneBase(el, 'loading');
      expect(text(el.shadowRoot)).to.include(coreMessages.en.loading);
      expect(skeleton.querySelector('button, input, select, textarea, a[href], [tabindex]'), 'the skeleton takes no focus').to.equal(null);
      suite.sawParts(el);
      await expect(el).to.be.accessible();
    });

    for (const state of states) {
      for (const lang of ['en', 'es']) {
        it(`${state.name} (${lang}): shows, fits 320 px, one base part, no axe violation`, async () => {
          const { el } = await suite.mount({ ...state, lang, width: 320 });
          if (state.reach) {
            await until(el, config.ready, 'its data');
            await state.reach(el);
          }
          await until(el, state.shows ?? config.ready, state.name);
          expectOneBase(el, state.name);
          expectNoOverflow(el, `${state.name} at 320 px`);
          suite.sawParts(el);
          if (everyCase || lang === 'en') await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('the skeleton reserves the ready size', () => {
    for (const lang of ['en', 'es']) {
      for (const width of [320, 640, 960]) {
        it(`${lang} at ${width} px`, async () => {
          const loading = await suite.mount({ faults: HANG, lang, width });
          const ready = await suite.mount({ lang, width });
          await until(loading.el, '[part~="skeleton"]');
          await until(ready.el, config.ready, 'its data');
          const [reserved, shown] = [measure(loading.el), measure(ready.el)];
          const measured = `skeleton ${reserved.width}×${reserved.height}, ready ${shown.width}×${shown.height}`;
          expect(Math.abs(reserved.height - shown.height), measured).to.be.at.most(TOLERANCE_PX);
          expect(Math.abs(reserved.width - shown.width), measured).to.be.at.most(TOLERANCE_PX);
        });
      }
    }
  });

  describe('language', () => {
    it('follows a lang change at run time, reading as a Spanish mount does', async () => {
      const english = await suite.mount({ lang: 'en' });
      await until(english.el, config.ready, 'its data');
      const before = text(english.el.shadowRoot);
      const spanish = await suite.mount({ lang: 'es' });
      await until(spanish.el, config.ready, 'its data');
      const expected = text(spanish.el.shadowRoot);
      expect(expected, 'English and Spanish read differently').to.not.equal(before);
      english.container.lang = 'es';
      // On a timeout, the comparison below shows what it reads instead (a provider text
      // still in English: the widget did not ask again in the new language).
      await waitUntil(() => text(english.el.shadowRoot) === expected, '').catch(() => undefined);
      expect(text(english.el.shadowRoot), 'after lang="es" it reads as a Spanish mount does').to.equal(expected);
      expect(shadow(english.el, '[part~="error"]')).to.equal(null);
    });
  });
}
