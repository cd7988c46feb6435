import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { startMockApi } from '@tessera/mocks/browser';
import { MOCK_IDS } from '@tessera/mocks';
import { coreMessages } from '@tessera/core';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/ways-to-pay/define';
import type { TesseraWaysToPay } from '@tessera/ways-to-pay';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;

describe('<tessera-ways-to-pay> through <tessera-provider endpoint> and the REST API', () => {
  let api: MockApi;

  before(async () => {
    api = await startMockApi({ baseUrl: '/api', quiet: true });
  });

  after(() => api.stop());

  it('lists over GET /help/ways-to-pay, reveals over POST, and retries a failed load', async () => {
    // The REST provider retries a GET twice by itself: three failures reach the widget.
    api.faults.set('help.getWaysToPay', { error: 'unavailable', times: 3 });
    const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api" lang="es">
      <tessera-ways-to-pay account-id=${MOCK_IDS.activeLoan} open-id="bill-pay-loan"></tessera-ways-to-pay>
    </tessera-provider>`);
    const el = host.querySelector<TesseraWaysToPay>('tessera-ways-to-pay')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
    expect(root.querySelector('[part~="error"]')!.textContent).to.contain(coreMessages.es.errors.unavailable);
    root.querySelector<HTMLElement>('[part~="retry"]')!.click();
    await waitUntil(() => root.querySelector('[part~="list"]'), 'the retry did not load');
    const get = api.requests.filter((r) => r.method === 'GET').at(-1)!;
    expect(new URL(get.url).pathname + new URL(get.url).search).to.equal(`/api/help/ways-to-pay?locale=es&accountId=${MOCK_IDS.activeLoan}`);

    const revealed = oneEvent(el, 'tessera-ways-to-pay-revealed');
    root.querySelector<HTMLElement>('[part~="reveal"]')!.click();
    await revealed;
    await el.updateComplete;
    expect(root.querySelector('[part~="account-number"]')!.textContent).to.contain('40021907730');
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).to.equal(`/api/accounts/${MOCK_IDS.activeLoan}/account-number`);
    expect(post.url).to.not.contain('40021907730');
  });
});
