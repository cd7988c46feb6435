import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { coreMessages } from '@tessera/core';
import { startMockApi } from '@tessera/mocks/browser';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/help-faq/define';
import type { TesseraHelpFaq } from '@tessera/help-faq';
import { FIRST_VIEW_COUNT } from '../src/faq-view.js';
import { messages } from '../src/messages.js';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;

const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const paths = (api: MockApi): string[] => api.requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);

async function renderThroughRest(lang = 'en'): Promise<{ host: HTMLElement; el: TesseraHelpFaq }> {
  const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api" lang=${lang}>
    <tessera-help-faq .now=${new Date('2026-11-23T15:00:00Z')}></tessera-help-faq>
  </tessera-provider>`);
  const el = host.querySelector('tessera-help-faq')!;
  // The REST provider retries an unavailable server twice with backoff: allow for it.
  await waitUntil(() => $(el, '[part="search"], [part="error"]') && !$(el, '.contact [part="skeleton"]'), 'the FAQ did not load', {
    timeout: 5000,
  });
  await el.updateComplete;
  return { host, el };
}

describe('<tessera-help-faq> through <tessera-provider endpoint> and the REST API', () => {
  let api: MockApi;

  before(async () => {
    api = await startMockApi({ baseUrl: '/api', quiet: true });
  });

  beforeEach(() => {
    sessionStorage.clear();
    api.requests.length = 0;
    api.faults.clear();
  });

  after(() => api.stop());

  it('loads the FAQ and contact channels, searches them and sends feedback', async () => {
    const { el } = await renderThroughRest();
    expect(paths(api)).to.include.members(['GET /api/help/faq?locale=en', 'GET /api/help/contact-channels?locale=en']);
    expect($(el, '[part="error"]')).to.equal(null);
    // The first view, and a button for every question the API returned.
    expect(el.shadowRoot!.querySelectorAll('.question').length).to.equal(FIRST_VIEW_COUNT);
    expect(text($(el, '[part="show-all"]'))).to.equal(messages.en.showAll(api.store.faq.en.entries.length));
    const phone = $<HTMLAnchorElement>(el, '[part="channel"] a')!;
    expect(phone.getAttribute('href')).to.match(/^tel:\d+$/);

    const input = $<HTMLInputElement>(el, 'input')!;
    input.focus();
    const searched = oneEvent(el, 'tessera-help-faq-searched');
    await sendKeys({ type: 'disptue' });
    const { detail } = await searched;
    expect(detail.resultCount).to.be.greaterThan(0);
    await el.updateComplete;
    const first = $<HTMLButtonElement>(el, '.question')!;
    expect(text(first)).to.match(/dispute/i);
    expect(text(first.querySelector('mark'))).to.match(/^dispute$/i);

    first.click();
    await el.updateComplete;
    const id = first.closest('.item')!.id;
    const feedback = oneEvent(el, 'tessera-help-faq-feedback-sent');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[id="${id}"] [part="feedback"] button`)][0]!.click();
    expect((await feedback).detail).to.deep.equal({ entryId: id, helpful: true });
    expect(api.store.feedback).to.deep.equal([{ entryId: id, helpful: true }]);
    expect(paths(api)).to.include(`POST /api/help/faq/${id}/feedback`);
    await expect(el).to.be.accessible();
  });

  it('asks for Spanish with ?locale=es', async () => {
    const { el } = await renderThroughRest('es');
    expect(paths(api)).to.include('GET /api/help/faq?locale=es');
    expect(text($(el, 'label'))).to.equal(messages.es.searchLabel);
    expect(text($(el, '.question'))).to.equal(api.store.faq.es.entries[0]!.question);
  });

  it('explains a server error and retries', async () => {
    api.faults.set('help.getFaq', { error: 'unavailable' });
    const { el } = await renderThroughRest();
    expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.errors.unavailable);
    api.faults.clear('help.getFaq');
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitUntil(() => $(el, '.question'), 'the retry did not load the FAQ');
  });
});
