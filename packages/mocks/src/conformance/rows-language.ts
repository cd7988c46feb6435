/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import type { Suite } from './context.js';
import { until, type Mounted } from './harness.js';
import { englishIn } from './language.js';
import type { ConformanceState, MountSpec } from './types.js';

const HANG = [['*', { hang: true }]] as const;

/** A state to read in both languages: how to mount it, and what shows once it is there. */
interface Reading<E extends HTMLElement> extends MountSpec {
  name: string;
  shows: string;
  reach?: ConformanceState<E>['reach'];
}

export function languageRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;

  /** Mounts `reading` with `lang`, brings it to its state, and waits until it shows. */
  async function show(reading: Reading<E>, lang: 'en' | 'es'): Promise<Mounted<E>> {
    const { name, shows, reach, ...spec } = reading;
    const mounted = await suite.mount({ ...spec, lang });
    if (reach) {
      await until(mounted.el, config.ready, 'its data');
      await reach(mounted.el);
    }
    await until(mounted.el, shows, `${name} (${lang})`);
    return mounted;
  }

  const readings: Array<Reading<E>> = [
    { name: 'ready', shows: config.ready },
    ...(config.states ?? []).map((state) => ({ ...state, shows: state.shows ?? config.ready })),
    { name: 'loading', faults: HANG, shows: '[part~="skeleton"]' },
    ...config.loads.slice(0, 1).map((route) => ({
      name: `a load that failed (${route})`,
      faults: [[route, { error: 'unavailable' as const }]] as const,
      shows: '[part~="error"]',
    })),
  ];

  describe('Spanish as US customers read it', () => {
    for (const reading of readings) {
      it(`${reading.name}: no English in the Spanish render (the store's English, text left as in English, English words)`, async () => {
        const spanish = await show(reading, 'es');
        const english = await show(reading, 'en');
        const findings = englishIn(spanish.el.shadowRoot!, english.el.shadowRoot!, spanish.store);
        expect(findings, `<${config.tag}> ${reading.name} with lang="es" shows English`).to.deep.equal([]);
      });
    }
  });
}
