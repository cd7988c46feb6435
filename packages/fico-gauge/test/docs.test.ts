import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFaults, createMemoryProvider, createMockStore } from '@tessera/mocks';
import '@tessera/fico-gauge/define';
import { TesseraFicoGauge } from '@tessera/fico-gauge';
import { BAND_COLORS } from '../src/palette.js';

/** The first column of the README table under `heading`, without backticks. */
function firstColumn(readme: string, heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
}

describe('README', () => {
  let readme = '';
  before(async () => {
    readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
  });

  it('documents every attribute the element observes', () => {
    const documented = firstColumn(readme, 'Attributes and properties').filter((name) => name !== 'lang');
    expect([...documented].sort()).to.deep.equal([...TesseraFicoGauge.observedAttributes].sort());
  });

  it('documents every part the element renders, and no other', async () => {
    const store = createMockStore();
    const noScore = createMockStore();
    noScore.creditScore = { ...noScore.creditScore!, score: null };
    const failing = createFaults();
    failing.set('creditScore.getCreditScore', { error: 'unavailable' });
    const hanging = createFaults();
    hanging.set('creditScore.getCreditScore', { hang: true });
    const ready = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge .provider=${createMemoryProvider(store)}></tessera-fico-gauge>`);
    await waitUntil(() => ready.shadowRoot!.querySelector('[part="gauge"]'));
    const partsOf = (el: Element): string[] =>
      [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
    const seen = new Set(partsOf(ready));
    // The history table takes the chart's place once asked for.
    ready.shadowRoot!.querySelector<HTMLButtonElement>('[part="history-toggle"]')!.click();
    await ready.updateComplete;
    for (const part of partsOf(ready)) seen.add(part);
    const leftOut = createMockStore();
    leftOut.creditScore = { ...leftOut.creditScore!, factors: [{ impact: 'neutral' as 'helping', text: '' }] };
    const others = [
      html`<tessera-fico-gauge .provider=${createMemoryProvider(noScore)}></tessera-fico-gauge>`,
      html`<tessera-fico-gauge .provider=${createMemoryProvider(leftOut)}></tessera-fico-gauge>`,
      html`<tessera-fico-gauge .provider=${createMemoryProvider(createMockStore(), { faults: failing })}></tessera-fico-gauge>`,
      html`<tessera-fico-gauge .provider=${createMemoryProvider(createMockStore(), { faults: hanging })}></tessera-fico-gauge>`,
    ];
    for (const template of others) {
      const el = await fixture<TesseraFicoGauge>(template);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="no-score"], [part="notice"], [part="retry"], [part="skeleton"]'));
      for (const part of partsOf(el)) seen.add(part);
    }
    expect([...seen].sort()).to.deep.equal([...firstColumn(readme, 'CSS parts')].sort());
    const invalid = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge score="1"></tessera-fico-gauge>`);
    expect(partsOf(invalid)).to.deep.equal(['base', 'error']);
  });

  it('documents every band color property', () => {
    const documented = firstColumn(readme, 'CSS custom properties').filter((name) => name.startsWith('--tessera-fico-gauge-'));
    expect(documented).to.deep.equal(Object.keys(BAND_COLORS).map((key) => `--tessera-fico-gauge-band-${key}`));
    for (const [key, [light, dark]] of Object.entries(BAND_COLORS)) {
      expect(readme, key).to.contain(`| \`--tessera-fico-gauge-band-${key}\` | \`light-dark(${light}, ${dark})\``);
    }
  });

  it('documents the events', () => {
    expect(firstColumn(readme, 'Events')).to.deep.equal(['tessera-fico-gauge-viewed', 'tessera-fico-gauge-failed']);
  });
});
