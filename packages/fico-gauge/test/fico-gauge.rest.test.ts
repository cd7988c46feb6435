import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { startMockApi } from '@tessera/mocks/browser';
import { coreMessages } from '@tessera/core';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/fico-gauge/define';
import type { TesseraFicoGauge } from '@tessera/fico-gauge';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

async function mount(lang = 'en'): Promise<TesseraFicoGauge> {
  const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api" lang=${lang}>
    <tessera-fico-gauge></tessera-fico-gauge>
  </tessera-provider>`);
  return host.querySelector<TesseraFicoGauge>('tessera-fico-gauge')!;
}

const loaded = (el: Element): Promise<void> =>
  waitUntil(() => el.shadowRoot!.querySelector('[role="meter"], [part="error"], [part="no-score"]'), 'the gauge did not load', {
    timeout: 5000,
  });

describe('<tessera-fico-gauge> through <tessera-provider endpoint> and the REST API', () => {
  let api: MockApi;

  before(async () => {
    api = await startMockApi({ baseUrl: '/api', quiet: true });
  });

  afterEach(() => {
    api.faults.clear();
    api.requests.length = 0;
  });

  after(() => api.stop());

  it('reads the score over GET /credit-score', async () => {
    const el = await mount();
    const viewed = await oneEvent(el, 'tessera-fico-gauge-viewed');
    await loaded(el);
    expect(viewed.detail).to.deep.equal({ model: 'fico-8', band: 'very-good' });
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuetext')).to.equal(`${api.store.creditScore!.score}, Very Good`);
    expect(api.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal(['GET /api/credit-score']);
    await expect(el).to.be.accessible();
  });

  it('shows a malformed response as an error, never a marker', async () => {
    api.faults.set('creditScore.getCreditScore', { malformed: true });
    const el = await mount();
    await loaded(el);
    expect(part(el, 'error')!.textContent).to.contain(coreMessages.en.errors.unknown);
    expect(el.shadowRoot!.querySelector('.marker')).to.equal(null);
  });

  it('shows a localized error with retry when the API fails', async () => {
    // The REST provider retries a GET by itself: enough failures reach the widget.
    api.faults.set('creditScore.getCreditScore', { error: 'unavailable', times: 3 });
    const el = await mount('es');
    await loaded(el);
    expect(part(el, 'error')!.textContent).to.contain(coreMessages.es.errors.unavailable);
    (part(el, 'retry') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="meter"]'), 'the retry did not load', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.match(/, Muy bueno$/);
  });

  it('shows the no-score state', async () => {
    const saved = api.store.creditScore!;
    api.store.creditScore = { ...saved, score: null };
    try {
      const el = await mount();
      await loaded(el);
      expect(part(el, 'no-score')!.textContent).to.contain('There isn’t enough credit history');
      await expect(el).to.be.accessible();
    } finally {
      api.store.creditScore = saved;
    }
  });
});
