import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { PROVIDER_ERROR_CODES, coreMessages, formatDate, isRetryable, type CreditScoreApi } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, textIn, type Faults, type MockStore, type StoredCreditScore } from '@tessera/mocks';
import '@tessera/fico-gauge/define';
import type { FicoGaugeFailedDetail, TesseraFicoGauge } from '@tessera/fico-gauge';
import { scoreAngle } from '../src/geometry.js';
import { SCORE_MODELS } from '../src/models.js';
import { BOUNDARIES, MODELS, NAMES } from './boundaries.js';

const BAND_WORDS: Record<string, string> = {
  poor: 'Poor',
  fair: 'Fair',
  good: 'Good',
  'very-good': 'Very Good',
  exceptional: 'Exceptional',
  excellent: 'Excellent',
};

const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const meter = (el: Element) => $(el, '[role="meter"]');
const markerAngle = (el: Element): number => {
  const transform = $(el, '.marker')?.getAttribute('transform') ?? '';
  return Number(/rotate\((-?[\d.]+) 100 100\)/.exec(transform)?.[1]);
};

async function settled(el: TesseraFicoGauge): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.skeleton'), 'the gauge never left its loading state');
  await el.updateComplete;
}

interface Setup {
  store?: MockStore;
  faults?: Faults;
}

async function mount({ store = createMockStore(), faults = createFaults() }: Setup = {}, attributes = '') {
  const provider = createMemoryProvider(store, { faults });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const failures: FicoGaugeFailedDetail[] = [];
  // Listening before the element upgrades: a failure can come before mount() returns.
  wrapper.addEventListener('tessera-fico-gauge-failed', (event) => failures.push(event.detail));
  wrapper.append(document.createRange().createContextualFragment(`<tessera-fico-gauge ${attributes}></tessera-fico-gauge>`));
  const el = wrapper.firstElementChild as TesseraFicoGauge;
  el.provider = provider;
  return { el, provider, store, faults, failures };
}

describe('<tessera-fico-gauge> presentational mode', () => {
  it('renders from attributes with no provider at all', async () => {
    const el = await fixture<TesseraFicoGauge>(
      html`<tessera-fico-gauge score="742" previous-score="730" model="fico-8" bureau="TransUnion" as-of="2026-11-01"></tessera-fico-gauge>`,
    );
    const gauge = meter(el)!;
    expect(gauge.getAttribute('aria-valuemin')).to.equal('300');
    expect(gauge.getAttribute('aria-valuemax')).to.equal('850');
    expect(gauge.getAttribute('aria-valuenow')).to.equal('742');
    expect(gauge.getAttribute('aria-valuetext')).to.equal('742, Very Good');
    expect(gauge.getAttribute('aria-label')).to.equal('FICO® Score 8');
    expect($(el, '.dial')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text($(el, '[part="score"]'))).to.equal('742');
    expect(text($(el, '[part="band"]'))).to.equal('Very Good');
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Score 8 based on TransUnion® data');
    expect(text($(el, '[part="as-of"]'))).to.equal('As of Nov 1, 2026');
    expect(text($(el, '[part="change"]'))).to.equal('▲ +12 Up 12 points since your last score');
    expect(text($(el, '[part="note"]'))).to.equal('Checking your score won’t affect it.');
    expect($(el, '[part="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('defaults to FICO® Score 8 and leaves out what was not given', async () => {
    const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge score="640"></tessera-fico-gauge>`);
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('640, Fair');
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Score 8');
    expect($(el, '[part="as-of"]')).to.equal(null);
    expect($(el, '[part="change"]')).to.equal(null);
    expect($(el, '[part="history"]')).to.equal(null);
    expect($(el, '[part="factors"]')).to.equal(null);
  });

  for (const model of MODELS) {
    it(`maps every ${model} boundary to its band, marker angle and value text`, async () => {
      const { min, max, cases } = BOUNDARIES[model];
      const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge model=${model} score=${min}></tessera-fico-gauge>`);
      for (const [score, band] of cases) {
        el.setAttribute('score', String(score));
        await el.updateComplete;
        const gauge = meter(el)!;
        expect(gauge.getAttribute('aria-valuetext'), `${score}`).to.equal(`${score}, ${BAND_WORDS[band]}`);
        expect(gauge.getAttribute('aria-valuemin')).to.equal(String(min));
        expect(gauge.getAttribute('aria-valuemax')).to.equal(String(max));
        expect(gauge.getAttribute('aria-label')).to.equal(NAMES[model]);
        expect(text($(el, '[part="band"]')), `${score}`).to.equal(BAND_WORDS[band]);
        expect(markerAngle(el), `${score}`).to.equal(scoreAngle(score, min, max));
      }
      expect(markerAngle(el)).to.equal(90);
      el.setAttribute('score', String(min));
      await el.updateComplete;
      expect(markerAngle(el)).to.equal(-90);
    });

    it(`rejects ${model} scores off its range or not whole`, async () => {
      const { min, max } = BOUNDARIES[model];
      const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge model=${model} score=${min}></tessera-fico-gauge>`);
      for (const bad of [min - 1, max + 1, `${min}.5`, 'abc', '', ' ']) {
        el.setAttribute('score', String(bad));
        await el.updateComplete;
        expect(meter(el), `score="${bad}"`).to.equal(null);
        expect($(el, '.marker'), `score="${bad}"`).to.equal(null);
        expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      }
    });
  }

  it('draws one arc per band, in the band’s color', async () => {
    const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge model="vantage-3" score="700"></tessera-fico-gauge>`);
    expect($$(el, '.arc').map((arc) => arc.getAttribute('data-band'))).to.deep.equal(['poor', 'fair', 'good', 'excellent']);
    el.style.setProperty('--tessera-fico-gauge-band-excellent', 'rgb(1, 2, 3)');
    el.style.setProperty('--tessera-fico-gauge-band-poor', 'rgb(4, 5, 6)');
    expect(getComputedStyle($(el, '.arc[data-band="excellent"]')!).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.arc[data-band="poor"]')!).stroke).to.equal('rgb(4, 5, 6)');
  });

  it('shows invalid attributes as an error, never a marker off the dial', async () => {
    const cases = [
      'score="742" model="fico-99"',
      'score="742" bureau="Acme"',
      'score="742" as-of="yesterday"',
      'score="742" previous-score="120"',
      'score="900" model="vantage-4"',
    ];
    for (const attributes of cases) {
      const { el, provider } = await mount({}, attributes);
      await el.updateComplete;
      expect(meter(el), attributes).to.equal(null);
      expect(text($(el, '[part="error"]'))).to.equal('This score can’t be shown: its score, model, bureau or date isn’t valid.');
      expect(provider.calls).to.deep.equal([]);
    }
    const { el } = await mount({}, 'score="9000"');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('does not ask the provider when the score is given, and fires no event', async () => {
    const { el, provider, failures } = await mount({}, 'score="810" model="fico-9"');
    let fired = 0;
    el.addEventListener('tessera-fico-gauge-viewed', () => fired++);
    await el.updateComplete;
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('810, Exceptional');
    expect(provider.calls).to.deep.equal([]);
    el.setAttribute('score', '700');
    await el.updateComplete;
    el.setAttribute('score', '9000');
    await el.updateComplete;
    expect($(el, '[part="base"] > [part="error"]'), 'an invalid score is shown in the base').to.exist;
    expect(fired).to.equal(0);
    expect(failures, 'no provider was asked, so nothing failed').to.deep.equal([]);
  });

  it('switches to the provider when the score attribute is removed', async () => {
    const { el, provider } = await mount({}, 'score="600"');
    await el.updateComplete;
    el.removeAttribute('score');
    await settled(el);
    expect(provider.calls.map((c) => c.route)).to.deep.equal(['creditScore.getCreditScore']);
    expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('742');
  });
});

describe('<tessera-fico-gauge> provider mode', () => {
  it('shows the score, change, attribution, history and factors from the provider', async () => {
    const { el, store, provider } = await mount();
    await settled(el);
    const data = store.creditScore!;
    expect(provider.calls.map((c) => c.route)).to.deep.equal(['creditScore.getCreditScore']);
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('742, Very Good');
    const since = formatDate(data.previous!.date, 'en');
    expect(text($(el, '[part="change"]'))).to.equal(`▲ +11 Up 11 points since ${since}`);
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Score 8 based on TransUnion® data');
    expect(text($(el, '[part="as-of"]'))).to.equal(`As of ${formatDate(data.asOf, 'en')}`);
    const factors = $$(el, '[part="factor"]');
    expect(factors.map((f) => text(f))).to.deep.equal(
      data.factors.map((f) => `${f.impact === 'helping' ? 'Helping' : 'Hurting'}: ${textIn(f.text, 'en')}`),
    );
    await expect(el).to.be.accessible();
  });

  it('offers the history as a table in place of the chart, with the same points', async () => {
    const { el, store } = await mount();
    await settled(el);
    const history = store.creditScore!.history;
    const toggle = $<HTMLButtonElement>(el, '[part="history-toggle"]')!;
    expect($(el, '[part="history-table"]') === null, 'no table while the chart shows').to.equal(true);

    const chart = $(el, '[part="history-chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const first = history[0]!;
    const last = history.at(-1)!;
    expect(chart.getAttribute('aria-label')).to.equal(
      `${history.length} scores, from ${first.score} on ${formatDate(first.date, 'en')} to ${last.score} on ${formatDate(last.date, 'en')}`,
    );
    // The chart draws the points in order: higher score, higher point.
    const ys = ($(el, '.trend polyline')!.getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys).to.have.length(history.length);
    for (let i = 1; i < history.length; i++) {
      expect(Math.sign(ys[i - 1]! - ys[i]!), `point ${i}`).to.equal(Math.sign(history[i]!.score - history[i - 1]!.score));
    }

    toggle.click();
    await el.updateComplete;
    const table = $<HTMLTableElement>(el, '[part="history-table"]')!;
    expect($(el, '[part="history-chart"]') === null, 'the table takes the chart’s place').to.equal(true);
    const rows = [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => text(cell)));
    expect(rows).to.deep.equal(history.map((p) => [formatDate(p.date, 'en'), String(p.score)]));
    await expect(el).to.be.accessible();
  });

  it('switches between chart and table from the keyboard, the button saying what pressing it does', async () => {
    const { el } = await mount();
    await settled(el);
    const toggle = $<HTMLButtonElement>(el, '[part="history-toggle"]')!;
    const said = (): Array<string | null> => [
      text(toggle),
      toggle.getAttribute('aria-expanded'),
      toggle.getAttribute('aria-pressed'),
      $(el, '[part="history-table"]') ? 'table' : 'chart',
    ];
    // A label that changes with the view, and no state beside it that would contradict it.
    expect(said(), 'the chart shows').to.deep.equal(['View as table', null, null, 'chart']);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(said(), 'the table shows').to.deep.equal(['View as chart', null, null, 'table']);
    expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(toggle);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(said(), 'the chart again').to.deep.equal(['View as table', null, null, 'chart']);

    el.setAttribute('lang', 'es');
    await waitUntil(() => text(toggle) === 'Ver como tabla', 'no Spanish toggle');
    toggle.click();
    await el.updateComplete;
    expect(said(), 'in Spanish').to.deep.equal(['Ver como gráfico', null, null, 'table']);
  });

  it('hides the note, history and factors on request', async () => {
    const { el } = await mount({}, 'hide-note hide-history hide-factors');
    await settled(el);
    expect(meter(el)).to.not.equal(null);
    expect($(el, '[part="note"]')).to.equal(null);
    expect($(el, '[part="history"]')).to.equal(null);
    expect($(el, '[part="factors"]')).to.equal(null);
  });

  it('uses the bands the provider passes, with its labels for unknown keys', async () => {
    const store = createMockStore();
    store.creditScore = {
      ...store.creditScore!,
      bands: [
        { key: 'building', label: 'Building', min: 300, max: 649 },
        { key: 'strong', label: 'Strong', min: 650, max: 850 },
      ],
    };
    const { el } = await mount({ store });
    await settled(el);
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('742, Strong');
    expect($$(el, '.arc').map((arc) => arc.getAttribute('data-band'))).to.deep.equal(['building', 'strong']);
  });

  it('draws each model’s own range and bands', async () => {
    const store = createMockStore();
    const data: StoredCreditScore = { ...store.creditScore!, model: 'fico-auto-8', score: 880 };
    delete data.bands;
    delete data.range;
    store.creditScore = data;
    const { el } = await mount({ store });
    await settled(el);
    expect(meter(el)!.getAttribute('aria-valuemax')).to.equal('900');
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('880, Exceptional');
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Auto Score 8 based on TransUnion® data');
    expect(markerAngle(el)).to.equal(scoreAngle(880, 250, 900));
    expect(SCORE_MODELS['fico-auto-8'].scale.min).to.equal(250);
  });

  it('shows the no-score state when there is not enough credit history', async () => {
    const store = createMockStore();
    store.creditScore = { ...store.creditScore!, score: null };
    const { el } = await mount({ store });
    let fired = 0;
    el.addEventListener('tessera-fico-gauge-viewed', () => fired++);
    await settled(el);
    expect(meter(el)).to.equal(null);
    expect(text($(el, '[part="no-score"]'))).to.contain('There isn’t enough credit history to calculate a score yet.');
    expect($(el, '[part="change"]')).to.equal(null);
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Score 8 based on TransUnion® data');
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton the size of the gauge while loading', async () => {
    const faults = createFaults();
    faults.set('creditScore.getCreditScore', { hang: true, times: 1 });
    const { el } = await mount({ faults });
    await el.updateComplete;
    expect($(el, '[part="base"] > [part="skeleton"]'), 'the placeholder sits in the base').to.exist;
    const skeleton = $(el, '[part="skeleton"] .gauge.skeleton')!;
    expect(text($(el, '[role="status"]'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
    const loadingBox = skeleton.getBoundingClientRect();
    const ready = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge score="742"></tessera-fico-gauge>`);
    const readyBox = meter(ready)!.getBoundingClientRect();
    expect(loadingBox.width).to.be.closeTo(readyBox.width, 0.5);
    expect(loadingBox.height).to.be.closeTo(readyBox.height, 0.5);
    expect(loadingBox.height).to.be.greaterThan(0);
  });

  for (const code of PROVIDER_ERROR_CODES) {
    it(`shows the ${code} error with${isRetryable(code) ? '' : 'out'} a retry`, async () => {
      const faults = createFaults();
      faults.set('creditScore.getCreditScore', { error: code, times: 1 });
      const { el, provider, failures } = await mount({ faults });
      await settled(el);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect($(el, '[part="base"] > [part="error"]'), 'the error sits in the base').to.exist;
      expect(failures).to.deep.equal([{ action: 'load', code }]);
      expect(text(error)).to.contain(coreMessages.en.errors[code]);
      expect(meter(el)).to.equal(null);
      await expect(el).to.be.accessible();
      const retry = $<HTMLButtonElement>(el, '[part="retry"]');
      if (!isRetryable(code)) {
        expect(retry).to.equal(null);
        return;
      }
      retry!.click();
      await waitUntil(() => meter(el), 'the retry did not load the score');
      expect(provider.calls).to.have.length(2);
    });
  }

  it('shows a timeout as an error with a retry', async () => {
    const faults = createFaults();
    faults.set('creditScore.getCreditScore', { timeout: true });
    const { el } = await mount({ faults });
    await settled(el);
    expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.errors.timeout);
    expect($(el, '[part="retry"]')).to.not.equal(null);
  });

  it('shows malformed data as an error', async () => {
    const faults = createFaults();
    faults.set('creditScore.getCreditScore', { malformed: true });
    const { el } = await mount({ faults });
    await settled(el);
    expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.invalidData);
    expect(meter(el)).to.equal(null);
  });

  it('shows scores off the scale as an error, never a marker off the dial', async () => {
    const broken: Array<(data: StoredCreditScore) => StoredCreditScore> = [
      (d) => ({ ...d, score: 900 }),
      (d) => ({ ...d, score: 741.5 }),
      (d) => ({ ...d, previous: { date: d.asOf, score: 100 } }),
      (d) => ({ ...d, range: { min: 250, max: 900 } }),
    ];
    for (const breakIt of broken) {
      const store = createMockStore();
      store.creditScore = breakIt(store.creditScore!);
      const { el } = await mount({ store });
      await settled(el);
      expect($(el, '[part="error"]')).to.not.equal(null);
      expect($(el, '.marker')).to.equal(null);
    }
  });

  it('names the missing slice when there is no provider', async () => {
    const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge></tessera-fico-gauge>`);
    let failed = 0;
    el.addEventListener('tessera-fico-gauge-failed', () => failed++);
    await settled(el);
    expect(failed, 'a developer’s mistake, not a provider failure').to.equal(0);
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('data-code')).to.equal('configuration');
    expect(text(error)).to.contain('creditScore');
    expect($(el, '[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<tessera-fico-gauge> tessera-fico-gauge-viewed', () => {
  it('fires once per loaded score with the model and band, without the score', async () => {
    const { el } = await mount();
    const event = await oneEvent(el, 'tessera-fico-gauge-viewed');
    expect(event.detail).to.deep.equal({ model: 'fico-8', band: 'very-good' });
    expect(event.bubbles && event.composed).to.equal(true);
    let again = 0;
    el.addEventListener('tessera-fico-gauge-viewed', () => again++);
    el.lang = 'es';
    el.hideNote = true;
    await el.updateComplete;
    await el.updateComplete;
    expect(again).to.equal(0);
  });

  it('includes the score only when the host opts in with emit-score', async () => {
    const { el } = await mount({}, 'emit-score');
    const event = await oneEvent(el, 'tessera-fico-gauge-viewed');
    expect(event.detail).to.deep.equal({ model: 'fico-8', band: 'very-good', score: 742 });
  });

  it('fires again for a score loaded by a retry', async () => {
    const faults = createFaults();
    faults.set('creditScore.getCreditScore', { error: 'unavailable', times: 1 });
    const { el } = await mount({ faults });
    await settled(el);
    setTimeout(() => $<HTMLButtonElement>(el, '[part="retry"]')!.click());
    const event = await oneEvent(el, 'tessera-fico-gauge-viewed');
    expect(event.detail.band).to.equal('very-good');
  });
});

describe('<tessera-fico-gauge> locale', () => {
  it('switches to Spanish at run time', async () => {
    const { el, store } = await mount();
    await settled(el);
    el.setAttribute('lang', 'es');
    await waitUntil(() => meter(el)?.getAttribute('aria-valuetext') === '742, Muy bueno', 'no Spanish value text');
    const data = store.creditScore!;
    expect(text($(el, '[part="band"]'))).to.equal('Muy bueno');
    expect(text($(el, '[part="attribution"]'))).to.equal('FICO® Score 8 según datos de TransUnion®');
    expect(text($(el, '[part="as-of"]'))).to.equal(`Al ${formatDate(data.asOf, 'es')}`);
    expect(text($(el, '[part="change"]'))).to.equal(`▲ +11 Subió 11 puntos desde el ${formatDate(data.previous!.date, 'es')}`);
    expect(text($(el, '[part="note"]'))).to.equal('Consultar su puntaje no lo afecta.');
    expect(text($(el, '[part="history-toggle"]'))).to.equal('Ver como tabla');
    $<HTMLButtonElement>(el, '[part="history-toggle"]')!.click();
    await el.updateComplete;
    expect($$(el, 'th').map((th) => text(th))).to.deep.equal(['Fecha', 'Puntaje']);
    expect(text($(el, 'tbody td'))).to.equal(formatDate(data.history[0]!.date, 'es'));
    expect($$(el, '[part="factor"] .impact').map((impact) => text(impact))).to.deep.equal(
      store.creditScore!.factors.map((f) => (f.impact === 'helping' ? 'A su favor:' : 'En su contra:')),
    );
    await expect(el).to.be.accessible();
  });

  it('asks for the score in the page’s language, shows the factors it answers in it, and asks again on a change', async () => {
    const lender = createMemoryProvider(createMockStore());
    const asked: Array<string | undefined> = [];
    const factor = { en: 'You pay on time', es: 'Paga a tiempo' };
    const creditScore: CreditScoreApi = {
      getCreditScore: async (options) => {
        asked.push(options?.locale);
        const score = await lender.creditScore.getCreditScore(options);
        return { ...score, factors: [{ impact: 'helping', text: factor[options?.locale ?? 'en'] }] };
      },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><tessera-fico-gauge .provider=${{ creditScore }}></tessera-fico-gauge></div>`);
    const el = wrapper.firstElementChild as TesseraFicoGauge;
    await settled(el);
    expect(text($(el, '[part="factor"]'))).to.equal('A su favor: Paga a tiempo');
    wrapper.lang = 'en-US';
    await waitUntil(() => text($(el, '[part="factor"]')) === 'Helping: You pay on time', 'no English factor');
    expect(asked).to.deep.equal(['es', 'en']);
  });

  it('speaks Spanish in every band, the no-score state and errors', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><tessera-fico-gauge score="300" model="vantage-4"></tessera-fico-gauge></div>`);
    const el = wrapper.firstElementChild as TesseraFicoGauge;
    const words: Array<[number, string]> = [[300, 'Deficiente'], [601, 'Regular'], [661, 'Bueno'], [781, 'Excelente']];
    for (const [score, word] of words) {
      el.score = score;
      await el.updateComplete;
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal(`${score}, ${word}`);
    }
    el.model = 'fico-10';
    el.score = 750;
    el.previousScore = 751;
    await el.updateComplete;
    expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('750, Muy bueno');
    expect(text($(el, '[part="change"]'))).to.equal('▼ -1 Bajó 1 punto desde su último puntaje');
    el.score = 820;
    el.previousScore = 820;
    await el.updateComplete;
    expect(text($(el, '[part="band"]'))).to.equal('Excepcional');
    expect(text($(el, '[part="change"]'))).to.equal('Sin cambios desde su último puntaje');
    el.score = 1000;
    await el.updateComplete;
    expect(text($(el, '[part="error"]'))).to.equal(
      'No se puede mostrar este puntaje: el puntaje, el modelo, la agencia o la fecha no son válidos.',
    );

    const store = createMockStore();
    store.creditScore = { ...store.creditScore!, score: null };
    const noScore = await fixture<HTMLDivElement>(html`<div lang="es"><tessera-fico-gauge .provider=${createMemoryProvider(store)}></tessera-fico-gauge></div>`);
    const gauge = noScore.firstElementChild as TesseraFicoGauge;
    await settled(gauge);
    expect(text($(gauge, '[part="no-score"]'))).to.contain('Todavía no hay suficiente historial de crédito');

    const faults = createFaults();
    faults.set('creditScore.getCreditScore', { error: 'network' });
    const failing = await fixture<HTMLDivElement>(html`<div lang="es"><tessera-fico-gauge .provider=${createMemoryProvider(createMockStore(), { faults })}></tessera-fico-gauge></div>`);
    const failed = failing.firstElementChild as TesseraFicoGauge;
    await settled(failed);
    expect(text($(failed, '[part="error"]'))).to.contain(coreMessages.es.errors.network);
    expect(text($(failed, '[part="retry"]'))).to.equal('Intentar de nuevo');
  });
});

/** Emulates the motion preference; false where the browser cannot (no CDP: Firefox, WebKit). */
async function preferReducedMotion(reduce: boolean): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    return true;
  } catch {
    return false;
  }
}

/** The `.sweep` rules inside `@media (prefers-reduced-motion: reduce)` of the element's styles. */
function reducedMotionSweepRules(el: TesseraFicoGauge): CSSStyleRule[] {
  const sheets = el.shadowRoot!.adoptedStyleSheets;
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'))
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.sweep');
}

describe('<tessera-fico-gauge> motion and layout', () => {
  afterEach(() => preferReducedMotion(false));

  it('sweeps the marker in, unless reduced motion is preferred', async () => {
    const emulated = await preferReducedMotion(false);
    const el = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge score="742"></tessera-fico-gauge>`);
    const sweep = $(el, '.sweep')!;
    // The start angle is set through the CSSOM (strict-CSP safe), from the dial's minimum.
    expect(sweep.style.getPropertyValue('--_sweep-from')).to.equal(`${-90 - scoreAngle(742, 300, 850)}deg`);
    const rules = reducedMotionSweepRules(el);
    expect(rules.map((rule) => rule.style.animationName)).to.deep.equal(['none']);
    if (!emulated) return;
    expect(getComputedStyle(sweep).animationName).to.equal('tessera-sweep');
    expect(sweep.getAnimations().length).to.equal(1);
    await preferReducedMotion(true);
    expect(getComputedStyle(sweep).animationName).to.equal('none');
    const still = await fixture<TesseraFicoGauge>(html`<tessera-fico-gauge score="742"></tessera-fico-gauge>`);
    expect($(still, '.sweep')!.getAnimations()).to.deep.equal([]);
    expect(markerAngle(still)).to.equal(scoreAngle(742, 300, 850));
  });

  it('fits 200 px without overflowing and sets details beside the gauge when wide', async () => {
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 200px"></div>`);
    const wide = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const els: TesseraFicoGauge[] = [];
    for (const box of [narrow, wide]) {
      const el = document.createElement('tessera-fico-gauge');
      el.provider = createMemoryProvider(createMockStore());
      box.append(el);
      els.push(el);
      await settled(el);
    }
    const [small, large] = els as [TesseraFicoGauge, TesseraFicoGauge];
    const smallBase = $(small, '[part="base"]')!;
    expect(smallBase.scrollWidth).to.be.at.most(smallBase.clientWidth);
    expect(meter(small)!.getBoundingClientRect().width).to.be.at.most(200);
    const gauge = meter(large)!.getBoundingClientRect();
    const history = $(large, '[part="history"]')!.getBoundingClientRect();
    expect(history.left).to.be.greaterThan(gauge.right);
    const smallHistory = $(small, '[part="history"]')!.getBoundingClientRect();
    expect(smallHistory.top).to.be.greaterThan(meter(small)!.getBoundingClientRect().bottom);
  });
});

describe('<tessera-fico-gauge> loading skeleton', () => {
  const TOLERANCE_PX = 4;

  /** A provider-mode gauge in a container `width` px wide; `hang` keeps it loading. */
  async function mountIn(width: number, attributes: string, hang: boolean): Promise<TesseraFicoGauge> {
    const faults = createFaults();
    if (hang) faults.set('creditScore.getCreditScore', { hang: true });
    const container = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    container.append(document.createRange().createContextualFragment(`<tessera-fico-gauge ${attributes}></tessera-fico-gauge>`));
    const el = container.firstElementChild as TesseraFicoGauge;
    el.provider = createMemoryProvider(createMockStore(), { faults });
    await el.updateComplete;
    if (!hang) await settled(el);
    return el;
  }

  const cases: Array<[number, string]> = [
    [320, ''],
    [640, ''],
    [960, ''],
    [320, 'hide-history hide-factors hide-note'],
    [640, 'hide-history hide-factors hide-note'],
    [320, 'hide-history'],
    [640, 'hide-factors'],
  ];
  for (const [width, attributes] of cases) {
    it(`reserves the ready layout’s box at ${width} px wide${attributes ? ` with ${attributes}` : ''}`, async () => {
      const skeleton = await mountIn(width, attributes, true);
      const ready = await mountIn(width, attributes, false);
      expect($(skeleton, '[part="skeleton"]'), 'still loading').to.exist;
      expect(meter(ready), 'ready').to.exist;

      const reserved = skeleton.getBoundingClientRect();
      const shown = ready.getBoundingClientRect();
      expect(reserved.width).to.equal(width);
      expect(shown.width).to.equal(width);
      expect(Math.abs(reserved.height - shown.height), `skeleton ${reserved.height} px, ready ${shown.height} px`).to.be.at.most(
        TOLERANCE_PX,
      );
      // Block for block: the details column (history, factors) sits where its placeholder did.
      const details = (el: Element): DOMRect | undefined => $(el, '.details')?.getBoundingClientRect();
      const [placeholder, real] = [details(skeleton), details(ready)];
      expect(!!placeholder, 'a details column in both or neither').to.equal(!!real);
      if (placeholder && real) {
        expect(placeholder.left - reserved.left).to.be.closeTo(real.left - shown.left, TOLERANCE_PX);
        expect(placeholder.top - reserved.top).to.be.closeTo(real.top - shown.top, TOLERANCE_PX);
        expect(placeholder.height).to.be.closeTo(real.height, TOLERANCE_PX);
      }
      await expect(skeleton).to.be.accessible();
    });
  }

  it('reserves one placeholder per key factor the gauge shows at most', async () => {
    const skeleton = await mountIn(640, '', true);
    expect($$(skeleton, '.factor')).to.have.length(5);
    const ready = await mountIn(640, '', false);
    expect($$(ready, '[part="factor"]')).to.have.length(5);
  });
});
