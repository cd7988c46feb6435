import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { startMockApi } from '@tessera/mocks/browser';
import { MOCK_IDS } from '@tessera/mocks';
import { coreMessages } from '@tessera/core';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/title-tracker/define';
import type { TesseraTitleTracker } from '@tessera/title-tracker';
import { messages } from '../src/messages.js';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;

describe('<tessera-title-tracker> through <tessera-provider endpoint> and the REST API', () => {
  let api: MockApi;

  before(async () => {
    api = await startMockApi({ baseUrl: '/api', quiet: true });
  });

  after(() => api.stop());

  it('lists titles over GET /titles and saves email updates with PUT', async () => {
    const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api">
      <tessera-title-tracker account-id=${MOCK_IDS.paidOffLoan} .now=${new Date(`${api.store.today}T12:00:00`)}></tessera-title-tracker>
    </tessera-provider>`);
    const el = host.querySelector<TesseraTitleTracker>('tessera-title-tracker')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.list, [part="error"]'), 'the tracker did not load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain(messages.en.steps['lien-released']);

    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[role="switch"]')!;
    const changed = oneEvent(el, 'tessera-title-tracker-email-updates-changed');
    toggle.click();
    expect((await changed).detail).to.deep.equal({ titleId: MOCK_IDS.title, enabled: true });
    expect(api.store.titles.find((t) => t.id === MOCK_IDS.title)!.emailUpdates.enabled).to.be.true;
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(new URL(put!.url).pathname).to.equal(`/api/titles/${MOCK_IDS.title}/email-updates`);
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with retry when the API fails', async () => {
    // The REST provider retries a GET twice by itself: three failures reach the widget.
    api.faults.set('titles.listTitles', { error: 'unavailable', times: 3 });
    const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api" lang="es">
      <tessera-title-tracker></tessera-title-tracker>
    </tessera-provider>`);
    const el = host.querySelector<TesseraTitleTracker>('tessera-title-tracker')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(coreMessages.es.errors.unavailable);
    el.shadowRoot!.querySelector<HTMLElement>('[part="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.list'), 'the retry did not load');
    expect(el.shadowRoot!.querySelectorAll('[part="summary"]')).to.have.length(api.store.titles.length);
  });
});
