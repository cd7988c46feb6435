import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PROVIDER_ERROR_CODES, coreMessages, isRetryable, type Faq, type TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, type Faults, type MockStore } from '@tessera/mocks';
import { HARD_TEXTS } from '@tessera/mocks/conformance';
import { TesseraHelpFaq, type HelpFaqFailedDetail, type HelpFaqFeedbackSentDetail, type HelpFaqSearchedDetail } from '@tessera/help-faq';
import '@tessera/help-faq/define';
import { FIRST_VIEW_COUNT } from '../src/faq-view.js';
import { messages } from '../src/messages.js';
import { hostileFaq, testChannels, testFaq, testFaqEs } from './fixtures.js';

const en = messages.en;
const es = messages.es;
/** Monday 23 November 2026, 09:00 in Chicago (15:00 UTC). */
const MONDAY_MORNING = new Date('2026-11-23T15:00:00Z');

interface Setup {
  store: MockStore;
  faults: Faults;
  provider: ReturnType<typeof createMemoryProvider>;
}

function setup(change?: (store: MockStore) => void): Setup {
  const store = createMockStore();
  store.faq.en = testFaq();
  store.faq.es = testFaqEs();
  store.contactChannels.en = testChannels();
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

interface RenderOptions {
  topic?: string;
  topics?: string;
  query?: string;
  openId?: string;
  lang?: string;
  syncHash?: boolean;
  faqSchema?: boolean;
  hideContact?: boolean;
  emitQuery?: boolean;
  now?: Date;
}

async function renderFaq(provider: TesseraProvider | undefined, o: RenderOptions = {}): Promise<TesseraHelpFaq> {
  const el = await fixture<TesseraHelpFaq>(html`<tessera-help-faq
    .provider=${provider}
    .now=${o.now ?? MONDAY_MORNING}
    topic=${ifDefined(o.topic)}
    topics=${ifDefined(o.topics)}
    query=${ifDefined(o.query)}
    open-id=${ifDefined(o.openId)}
    lang=${ifDefined(o.lang)}
    ?sync-hash=${o.syncHash}
    ?faq-schema=${o.faqSchema}
    ?hide-contact=${o.hideContact}
    ?emit-query=${o.emitQuery}
  ></tessera-help-faq>`);
  await settled(el);
  return el;
}

async function settled(el: TesseraHelpFaq): Promise<void> {
  await waitUntil(() => $(el, '[part="search"], [part="empty"], [part="error"]'), 'the FAQ did not finish loading');
  if (!el.hideContact) await waitUntil(() => !$(el, '.contact [part="skeleton"]'), 'the contact channels did not load');
  await el.updateComplete;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const questions = (el: Element): string[] => $$(el, '.question').map(text);
/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const question = (el: Element, id: string): HTMLButtonElement => $<HTMLButtonElement>(el, `[id="${id}"] .question`)!;
const answer = (el: Element, id: string): HTMLElement => $(el, `[id="${id}"] [role="region"]`)!;

async function typeQuery(el: TesseraHelpFaq, value: string): Promise<HelpFaqSearchedDetail> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.select();
  const details: HelpFaqSearchedDetail[] = [];
  const listener = (event: CustomEvent<HelpFaqSearchedDetail>): void => void details.push(event.detail);
  el.addEventListener('tessera-help-faq-searched', listener);
  await sendKeys({ type: value });
  // Slow drivers type slower than the debounce: wait for the event about the whole query.
  await waitUntil(() => el.query === value && details.at(-1)?.queryLength === value.trim().length, 'no search event for the query', { timeout: 5000 });
  el.removeEventListener('tessera-help-faq-searched', listener);
  await el.updateComplete;
  return details.at(-1)!;
}

beforeEach(() => sessionStorage.clear());

describe('<tessera-help-faq>', () => {
  it('is registered and exposes its version', () => {
    expect(customElements.get('tessera-help-faq')).to.equal(TesseraHelpFaq);
    expect(TesseraHelpFaq.version).to.match(/^\d+\.\d+\.\d+/);
  });

  describe('accordion', () => {
    it('groups questions by topic under headings, each a heading > button controlling a region', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      expect($$(el, '.group > h2').map(text)).to.deep.equal(['Payments', 'Auto Pay', 'Cards']);
      expect(questions(el)).to.have.length(5);
      for (const button of $$<HTMLButtonElement>(el, '.question')) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(region.hidden).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });

    it('starts its headings at heading-level: topics and contact at the level, questions and channels one below', async () => {
      const { provider } = setup();
      const el = await fixture<TesseraHelpFaq>(html`<tessera-help-faq .provider=${provider} .now=${MONDAY_MORNING} heading-level="3"></tessera-help-faq>`);
      await settled(el);
      $<HTMLButtonElement>(el, '[part="contact-toggle"]')!.click();
      await el.updateComplete;
      expect($$(el, '.group > h3').map(text)).to.deep.equal(['Payments', 'Auto Pay', 'Cards']);
      expect($$(el, '.question').every((button) => button.parentElement!.localName === 'h4')).to.equal(true);
      expect(text($(el, '.contact > h3'))).to.equal(en.contactTitle);
      expect($$(el, '[part="channel"] > h4').map(text)).to.deep.equal(['Customer service', 'Fraud line', 'Secure message', 'Mail']);
      expect($$(el, 'h2, h5, h6')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('opens several answers at once and fires tessera-help-faq-opened for each', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      const opened = oneEvent(el, 'tessera-help-faq-opened');
      question(el, 'payment-cutoff').click();
      expect((await opened).detail).to.deep.equal({ entryId: 'payment-cutoff' });
      const second = oneEvent(el, 'tessera-help-faq-opened');
      question(el, 'card-fraud').click();
      expect((await second).detail).to.deep.equal({ entryId: 'card-fraud' });
      await el.updateComplete;
      expect(question(el, 'payment-cutoff').getAttribute('aria-expanded')).to.equal('true');
      expect(answer(el, 'payment-cutoff').hidden).to.equal(false);
      expect(text(answer(el, 'payment-cutoff'))).to.contain('Pay by 5:00 p.m. Central on a business day.');
      expect(answer(el, 'card-fraud').hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('closes an open answer without an open event', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      question(el, 'payment-mail').click();
      await el.updateComplete;
      let events = 0;
      el.addEventListener('tessera-help-faq-opened', () => events++);
      question(el, 'payment-mail').click();
      await el.updateComplete;
      expect(question(el, 'payment-mail').getAttribute('aria-expanded')).to.equal('false');
      expect(answer(el, 'payment-mail').hidden).to.equal(true);
      expect(events).to.equal(0);
    });

    it('renders answers as paragraphs, lists, emphasis and safe links', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { openId: 'card-fraud' });
      question(el, 'payment-mail').click();
      question(el, 'card-replace').click();
      await el.updateComplete;
      expect($$(el, '[id="payment-mail"] ol > li').map(text)).to.deep.equal([
        'Write your account number on the check.',
        'Mail it to the address below.',
      ]);
      const links = $$<HTMLAnchorElement>(el, '.answer a').map((a) => [a.getAttribute('href'), text(a)]);
      expect(links).to.deep.include.members([
        ['tel:+18005550199', '1-800-555-0199'],
        ['https://bank.example.com/fraud', 'report it online'],
        ['mailto:help@example.com', 'email'],
      ]);
    });

    it('moves between questions with arrow keys, Home and End, and toggles with Enter and Space', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      const buttons = $$<HTMLButtonElement>(el, '.question');
      const focused = (): Element | null => el.shadowRoot!.activeElement;
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(buttons[1]);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(buttons[4]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(buttons[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(buttons[4]);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(buttons[0]);
      // The click a key makes can land after sendKeys returns (Firefox): wait for it.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => buttons[0]!.getAttribute('aria-expanded') === 'true', 'Enter did not open the answer');
      await sendKeys({ press: ' ' });
      await waitUntil(() => buttons[0]!.getAttribute('aria-expanded') === 'false', 'Space did not close the answer');
      // Tab goes from the search box through the topic buttons to the first question.
      $<HTMLInputElement>(el, 'input')!.focus();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      expect(text(focused())).to.equal('Cards');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(buttons[0]);
    });
  });

  describe('first view', () => {
    /** The seeded FAQ: 26 questions in 7 topics. */
    const seeded = (): ReturnType<typeof createMemoryProvider> => createMemoryProvider(createMockStore());

    it('shows the first five questions and "Show all 26 questions", which expands in place', async () => {
      const provider = seeded();
      const el = await renderFaq(provider, { hideContact: true });
      expect(questions(el)).to.have.length(FIRST_VIEW_COUNT);
      expect($$(el, '.group > h2').map(text)).to.deep.equal(['Payments']);
      const more = $<HTMLButtonElement>(el, '[part="show-all"]')!;
      expect(text(more)).to.equal(en.showAll(26));
      await expect(el).to.be.accessible();
      const top = (): number => question(el, 'payment-cutoff').getBoundingClientRect().top - el.getBoundingClientRect().top;
      const firstTop = top();
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => questions(el).length === 26, 'Show all did not show every question');
      expect($(el, '[part="show-all"]')).to.equal(null);
      expect(top(), 'the first questions stay in place').to.equal(firstTop);
      expect($$(el, '.group > h2').map(text)).to.deep.equal(['Payments', 'Auto Pay', 'Card lock', 'Credit score', 'Vehicle title', 'Disputes', 'Contact us']);
      await waitUntil(() => el.shadowRoot!.activeElement === $$(el, '.question')[FIRST_VIEW_COUNT], 'focus did not go to the first new question');
    });

    it('opens a deep link past the first view, showing every question', async () => {
      const { hash } = location;
      history.replaceState(null, '', '#contact-message');
      try {
        const el = await renderFaq(seeded(), { hideContact: true });
        expect(questions(el)).to.have.length(26);
        expect(question(el, 'contact-message').getAttribute('aria-expanded')).to.equal('true');
        expect(answer(el, 'contact-message').hidden).to.equal(false);
      } finally {
        history.replaceState(null, '', location.pathname + location.search + hash);
      }
      const opened = await renderFaq(seeded(), { hideContact: true, openId: 'dispute-report' });
      expect(question(opened, 'dispute-report').getAttribute('aria-expanded')).to.equal('true');
      expect($(opened, '[part="show-all"]')).to.equal(null);
    });

    it('shows every question of a topic, and every search result', async () => {
      const el = await renderFaq(seeded(), { hideContact: true });
      $$<HTMLButtonElement>(el, '.topic').find((b) => text(b) === 'Payments')!.click();
      await el.updateComplete;
      expect(questions(el)).to.have.length(6);
      expect($(el, '[part="show-all"]')).to.equal(null);
      $$<HTMLButtonElement>(el, '.topic').find((b) => text(b) === 'Card lock')!.click();
      await el.updateComplete;
      expect(questions(el)).to.have.length(4);
      el.topic = '';
      await el.updateComplete;
      expect(questions(el)).to.have.length(FIRST_VIEW_COUNT);
      const detail = await typeQuery(el, 'card');
      expect(detail.resultCount).to.be.greaterThan(FIRST_VIEW_COUNT);
      expect(questions(el)).to.have.length(detail.resultCount);
      expect($(el, '[part="show-all"]')).to.equal(null);
    });
  });

  describe('topics', () => {
    it('filters by topic with toggle buttons', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      const topicButtons = $$<HTMLButtonElement>(el, '.topic');
      expect(topicButtons.map(text)).to.deep.equal(['All topics', 'Payments', 'Auto Pay', 'Cards']);
      expect(topicButtons[0]!.getAttribute('aria-pressed')).to.equal('true');
      topicButtons[3]!.click();
      await el.updateComplete;
      expect(el.topic).to.equal('cards');
      expect(topicButtons[3]!.getAttribute('aria-pressed')).to.equal('true');
      expect(topicButtons[0]!.getAttribute('aria-pressed')).to.equal('false');
      expect(questions(el)).to.deep.equal(['What should I do about fraud on my card?', 'How do I get a replacement card?']);
      expect(text($(el, '[role="status"]'))).to.equal(en.results(2));
      await expect(el).to.be.accessible();
    });

    it('preselects the topic attribute and limits the set with topics', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { topic: 'autopay', topics: 'payments, autopay' });
      expect($$(el, '.topic').map(text)).to.deep.equal(['All topics', 'Payments', 'Auto Pay']);
      expect(questions(el)).to.deep.equal(['How do I set up Auto Pay?']);
      el.topic = '';
      await el.updateComplete;
      expect(questions(el)).to.have.length(3);
      expect(questions(el).some((q) => q.includes('fraud'))).to.equal(false);
    });

    it('ignores an unknown topic and hides the filter when only one topic is left', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { topic: 'nope', topics: 'cards' });
      expect($(el, '.topics')).to.equal(null);
      expect(questions(el)).to.have.length(2);
    });

    it('lists entries with a topic the FAQ does not name under a general heading', async () => {
      const { provider } = setup((store) => {
        store.faq.en.entries.push({ id: 'orphan', topic: 'unlisted', question: 'Where do I start?', answer: [] });
      });
      const el = await renderFaq(provider);
      // Six questions: the first five, then the rest on demand.
      expect($$(el, '.group > h2').map(text)).to.deep.equal(['Payments', 'Auto Pay', 'Cards']);
      $<HTMLButtonElement>(el, '[part="show-all"]')!.click();
      await el.updateComplete;
      expect($$(el, '.group > h2').map(text)).to.deep.equal(['Payments', 'Auto Pay', 'Cards', en.otherTopic]);
    });
  });

  describe('search', () => {
    it('finds, highlights and announces matches, tolerating typos', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      const detail = await typeQuery(el, 'fruad');
      expect(detail).to.deep.equal({ queryLength: 5, resultCount: 1 });
      expect(el.query).to.equal('fruad');
      expect(questions(el)).to.deep.equal(['What should I do about fraud on my card?']);
      expect($$(el, '.question mark').map(text)).to.deep.equal(['fraud']);
      expect($(el, '.group > h2')!.textContent).to.equal(en.resultsHeading);
      expect(text($(el, '[role="status"]'))).to.equal(en.results(1));
      await expect(el).to.be.accessible();
    });

    it('highlights matches inside an opened answer', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      // No doubled letters: WebKit's driver can drop the second of two equal keys.
      await typeQuery(el, 'central');
      question(el, 'payment-cutoff').click();
      await el.updateComplete;
      expect($$(el, '.answer mark').map(text)).to.deep.equal(['Central']);
    });

    it('ranks question matches first', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      await typeQuery(el, 'payment');
      expect(questions(el)).to.deep.equal([
        'What is the cutoff time for a payment?',
        'How do I set up Auto Pay?',
        'Can I mail a check?',
      ]);
    });

    it('sends the query text only when the host opts in', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { emitQuery: true });
      expect(await typeQuery(el, 'card')).to.deep.equal({ queryLength: 4, resultCount: 2, query: 'card' });
    });

    it('shows a helpful empty state and clears the search', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      await typeQuery(el, 'zebra');
      const empty = $(el, '[part="empty"]')!;
      expect(text(empty)).to.contain(en.noResults('zebra'));
      expect(text(empty)).to.contain(en.noResultsHint);
      expect(text(empty)).to.contain(en.askUs);
      expect(text($(el, '[role="status"]'))).to.equal(en.results(0));
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(questions(el)).to.have.length(5);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
    });

    it('offers to search all topics when the match is in another topic, and moves focus to the first match', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { topic: 'payments', hideContact: true });
      await typeQuery(el, 'fraud');
      const buttons = $$<HTMLButtonElement>(el, '[part="empty"] button');
      expect(buttons.map(text)).to.deep.equal([en.clearSearch, en.searchAllTopics]);
      expect(text($(el, '[part="empty"]'))).not.to.contain(en.askUs);
      // The button goes away with the empty state: focus must not fall to the page.
      buttons[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.topic === '', 'Search all topics did nothing');
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(['What should I do about fraud on my card?']);
      await waitUntil(() => deepActive() === question(el, 'card-fraud'), `focus went to <${deepActive()?.localName}>, not the match`);
    });

    it('finds what customers type: a missing letter in a short word, keywords, other words for a feature', async () => {
      const provider = createMemoryProvider(createMockStore());
      const el = await renderFaq(provider, { hideContact: true });
      await typeQuery(el, 'lok card');
      expect(questions(el)[0]).to.equal('What happens when I lock my card?');
      expect($$(el, '.question mark').slice(0, 2).map(text)).to.deep.equal(['lock', 'card']);
      // "late fee" is set, not typed: a driver can drop the second of two equal keys (WebKit).
      el.query = 'late fee';
      await el.updateComplete;
      expect(questions(el)[0]).to.equal('What happens if my payment is late?');
      const es = await renderFaq(provider, { hideContact: true, lang: 'es' });
      const detail = await typeQuery(es, 'autopago');
      expect(detail.resultCount).to.equal(4);
      expect(questions(es)[0]).to.equal('¿Cómo activo el pago automático?');
    });

    it('searches a query set by the host without firing an event', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { query: 'replacement' });
      let events = 0;
      el.addEventListener('tessera-help-faq-searched', () => events++);
      expect(questions(el)).to.deep.equal(['How do I get a replacement card?']);
      expect($<HTMLInputElement>(el, 'input')!.value).to.equal('replacement');
      el.query = 'check';
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(['Can I mail a check?']);
      await aTimeout(500);
      expect(events).to.equal(0);
    });
  });

  describe('the other language', () => {
    const faqCalls = (provider: Setup['provider']): unknown[] => provider.calls.filter((c) => c.route === 'help.getFaq').map((c) => c.args[0]);
    const hint = (el: TesseraHelpFaq): HTMLButtonElement | null => $<HTMLButtonElement>(el, '[part="other-language"]');

    it('offers "Search in English" on a Spanish page that finds nothing, and loads English only when asked', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { lang: 'es', hideContact: true });
      expect(hint(el)).to.equal(null);
      await typeQuery(el, 'check');
      expect(text($(el, '[part="empty"]'))).to.contain(es.noResults('check'));
      const button = hint(el)!;
      expect(text(button)).to.equal(en.searchHere);
      expect(button.lang).to.equal('en');
      expect(faqCalls(provider)).to.deep.equal(['es']);
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#tf-other'), 'no English results');
      expect(faqCalls(provider)).to.deep.equal(['es', 'en']);
      const section = $(el, '#tf-other')!.closest('section')!;
      expect(section.lang).to.equal('en');
      expect(text($(el, '#tf-other'))).to.equal(en.resultsHere);
      const item = section.querySelector('[part="item"]')!;
      expect(item.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect([...section.querySelectorAll('.question')].map(text)).to.deep.equal(['Can I mail a check?']);
      expect(hint(el)).to.equal(null);
      // The button went away: focus is on the heading of what it brought.
      await waitUntil(() => deepActive() === $(el, '#tf-other'), 'focus did not move to the English results');
      await expect(el).to.be.accessible();

      // An English answer opens like any other, under its own id, without a URL anchor.
      const opened = oneEvent(el, 'tessera-help-faq-opened');
      section.querySelector<HTMLButtonElement>('.question')!.click();
      expect((await opened).detail).to.deep.equal({ entryId: 'payment-mail' });
      await el.updateComplete;
      expect(text(section.querySelector('[part="answer"]'))).to.contain('Mailed payments take longer');
      expect(section.querySelector('[id="payment-mail"]')).to.equal(null);

      // Cleared, the search offers the hint again; English is not asked for twice.
      el.query = '';
      await el.updateComplete;
      expect($(el, '#tf-other')).to.equal(null);
      el.query = 'check';
      await el.updateComplete;
      expect(hint(el)).to.not.equal(null);
      hint(el)!.click();
      await waitUntil(() => $(el, '#tf-other'), 'no English results the second time');
      expect(faqCalls(provider)).to.deep.equal(['es', 'en']);
    });

    it('offers "Buscar en español" on an English page, with the Spanish results marked lang="es"', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { hideContact: true });
      await typeQuery(el, 'hora');
      const button = hint(el)!;
      expect(text(button)).to.equal(es.searchHere);
      expect(button.lang).to.equal('es');
      button.click();
      await waitUntil(() => $(el, '#tf-other'), 'no Spanish results');
      const section = $(el, '#tf-other')!.closest('section')!;
      expect(section.lang).to.equal('es');
      expect(text($(el, '#tf-other'))).to.equal(es.resultsHere);
      expect([...section.querySelectorAll('.question')].map(text)).to.deep.equal(['¿Cuál es la hora límite para un pago?']);
      expect([...section.querySelectorAll('mark')].map(text)).to.deep.equal(['hora']);
      expect(faqCalls(provider)).to.deep.equal(['en', 'es']);
    });

    it('offers it when the search finds little, not when it finds plenty', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { hideContact: true });
      el.query = 'card';
      await el.updateComplete;
      expect(questions(el)).to.have.length(2);
      expect(hint(el)).to.not.equal(null);
      el.query = 'payment';
      await el.updateComplete;
      expect(questions(el)).to.have.length(3);
      expect(hint(el)).to.equal(null);
    });

    it('says so when the other language does not load, keeps focus on the hint, and tries again from it', async () => {
      const { provider, faults } = setup();
      const el = await renderFaq(provider, { lang: 'es', hideContact: true, query: 'check' });
      faults.set('help.getFaq', { error: 'unavailable', times: 1 });
      const failed = oneEvent(el, 'tessera-help-faq-failed');
      hint(el)!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await failed).detail).to.deep.equal({ action: 'load', code: 'unavailable' });
      await el.updateComplete;
      expect(text($(el, '[part="error"]'))).to.contain(coreMessages.es.errors.unavailable);
      expect(deepActive()).to.equal(hint(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#tf-other'), 'the second try did not load English');
      expect($(el, '[part="error"]')).to.equal(null);
    });
  });

  describe('provider text from the real world', () => {
    for (const [name, value] of Object.entries(HARD_TEXTS)) {
      it(`${name}: the open answer and the open channels fit 320 px`, async () => {
        const { provider } = setup((store) => {
          const entry = store.faq.en.entries[0]!;
          entry.question = value;
          entry.answer = [{ type: 'paragraph', content: [value, ' ', { type: 'strong', text: value }] }];
          store.faq.en.topics[0]!.label = value;
          for (const channel of store.contactChannels.en) {
            channel.label = value;
            channel.bestFor = [value];
          }
        });
        const wrapper = document.createElement('div');
        wrapper.style.width = '320px';
        document.body.append(wrapper);
        try {
          render(html`<tessera-help-faq .provider=${provider} .now=${MONDAY_MORNING} open-id="payment-cutoff"></tessera-help-faq>`, wrapper);
          const el = wrapper.querySelector('tessera-help-faq')!;
          await settled(el);
          // Whitespace-only names break a data rule: those items are left out, with the notice.
          const refused = !value.trim();
          if (refused) expect($(el, '[part~="notice"]'), `${name}: the left-out notice`).to.not.equal(null);
          else $<HTMLButtonElement>(el, '[part="contact-toggle"]')!.click();
          await el.updateComplete;
          const base = $(el, '[part="base"]')!;
          expect(base.scrollWidth, `${name}: nothing sticks out`).to.be.at.most(base.clientWidth + 1);
          expect(el.getBoundingClientRect().width).to.be.at.most(321);
          if (!refused) expect(text($(el, '[part="channel"] h3'))).to.equal(value.replace(/\s+/g, ' ').trim());
        } finally {
          wrapper.remove();
        }
      });
    }
  });

  describe('safety', () => {
    it('shows hostile provider text as text and links only safe URLs', async () => {
      const { provider } = setup((store) => {
        store.faq.en = hostileFaq();
      });
      const el = await renderFaq(provider, { openId: 'hostile', hideContact: true });
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, b')).to.equal(null);
      expect(text(question(el, 'hostile'))).to.equal('<img src=x onerror="window.__pwned=1">Question');
      const region = answer(el, 'hostile');
      expect(text(region)).to.contain('<script>window.__pwned=2</script>');
      expect(text(region.querySelector('strong'))).to.equal('<img src=y onerror="window.__pwned=3">');
      const links = [...region.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://bank.example.com/ok']);
      for (const label of ['click me', 'or me', 'data link', 'relative link']) expect(text(region)).to.contain(label);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('deep links', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('expands and scrolls to the entry named by the URL hash on load', async () => {
      history.replaceState(null, '', '#card-replace');
      const scrolled: Element[] = [];
      const scrollIntoView = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      try {
        const { provider } = setup();
        const el = await renderFaq(provider);
        expect(question(el, 'card-replace').getAttribute('aria-expanded')).to.equal('true');
        expect(scrolled).to.deep.equal([$(el, '[id="card-replace"]')]);
      } finally {
        Element.prototype.scrollIntoView = scrollIntoView;
      }
    });

    it('moves focus to the question a deep link opened: the URL hash, its changes, and open-id', async () => {
      history.replaceState(null, '', '#card-replace');
      const { provider } = setup();
      const el = await renderFaq(provider);
      await waitUntil(() => deepActive() === question(el, 'card-replace'), `focus is on <${deepActive()?.localName}>, not the opened question`);
      location.hash = 'payment-mail';
      await waitUntil(() => deepActive() === question(el, 'payment-mail'), 'focus did not follow the hash change');
      el.openId = 'autopay-enroll';
      await waitUntil(() => deepActive() === question(el, 'autopay-enroll'), 'focus did not follow open-id');
      expect(question(el, 'autopay-enroll').getAttribute('aria-expanded')).to.equal('true');
    });

    it('ignores a hash that names no entry', async () => {
      history.replaceState(null, '', '#somewhere-else');
      const { provider } = setup();
      const el = await renderFaq(provider);
      expect($$(el, '[aria-expanded="true"]')).to.have.length(0);
    });

    it('opens open-id, clearing a topic filter or search that hides it, without an open event', async () => {
      const { provider } = setup();
      let events = 0;
      const el = await renderFaq(provider, { topic: 'payments', query: 'check', openId: 'card-fraud' });
      el.addEventListener('tessera-help-faq-opened', () => events++);
      expect(el.topic).to.equal('');
      expect(el.query).to.equal('');
      expect(question(el, 'card-fraud').getAttribute('aria-expanded')).to.equal('true');
      el.openId = 'autopay-enroll';
      await el.updateComplete;
      expect(question(el, 'autopay-enroll').getAttribute('aria-expanded')).to.equal('true');
      expect(question(el, 'card-fraud').getAttribute('aria-expanded')).to.equal('true');
      expect(events).to.equal(0);
    });

    it('follows hash changes on the page', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      location.hash = 'payment-mail';
      await waitUntil(() => question(el, 'payment-mail').getAttribute('aria-expanded') === 'true');
    });

    it('writes the hash only with sync-hash', async () => {
      const { provider } = setup();
      const plain = await renderFaq(provider);
      question(plain, 'payment-mail').click();
      await plain.updateComplete;
      expect(location.hash).to.equal('');

      const length = history.length;
      const synced = await renderFaq(provider, { syncHash: true });
      question(synced, 'payment-mail').click();
      expect(location.hash).to.equal('#payment-mail');
      question(synced, 'card-fraud').click();
      expect(location.hash).to.equal('#card-fraud');
      question(synced, 'card-fraud').click();
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(length);
    });
  });

  describe('feedback', () => {
    it('asks once per answer, calls the provider and fires an event once the lender accepted it', async () => {
      const { provider, store } = setup();
      const el = await renderFaq(provider, { openId: 'payment-cutoff' });
      const group = $(el, '[id="payment-cutoff"] [part="feedback"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(text(group)).to.contain(en.helpful);
      const event = oneEvent(el, 'tessera-help-faq-feedback-sent');
      [...group.querySelectorAll('button')].find((b) => text(b).startsWith(`${en.yes}:`))!.click();
      expect((await event).detail).to.deep.equal({ entryId: 'payment-cutoff', helpful: true } satisfies HelpFaqFeedbackSentDetail);
      expect(store.feedback).to.deep.equal([{ entryId: 'payment-cutoff', helpful: true }]);
      expect(provider.calls.filter((c) => c.route === 'help.sendFeedback').map((c) => c.args)).to.deep.equal([['payment-cutoff', true]]);
      await el.updateComplete;
      const thanks = $(el, '[id="payment-cutoff"] [part="feedback"]')!;
      expect(text(thanks)).to.equal(en.thanks);
      await waitUntil(() => el.shadowRoot!.activeElement === thanks, 'focus did not move to the thanks');
      await expect(el).to.be.accessible();

      // Another element in the same browser session does not ask again.
      const again = await renderFaq(provider, { openId: 'payment-cutoff' });
      expect($(again, '[id="payment-cutoff"] [part="feedback"]')).to.equal(null);
      expect(answer(again, 'payment-cutoff').textContent).to.contain('Pay by');
    });

    it('names each Yes and No button after its question, so several open answers do not repeat them', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { openId: 'payment-cutoff' });
      question(el, 'card-fraud').click();
      await el.updateComplete;
      const names = $$(el, '[part="feedback-button"]').map(text);
      expect(names).to.deep.equal([
        'Yes: What is the cutoff time for a payment?',
        'No: What is the cutoff time for a payment?',
        'Yes: What should I do about fraud on my card?',
        'No: What should I do about fraud on my card?',
      ]);
      // The visible label stays "Yes" and "No".
      const visible = (b: HTMLElement): string => [...b.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      expect($$(el, '[part="feedback-button"]').map(visible)).to.deep.equal([en.yes, en.no, en.yes, en.no]);
      expect($$(el, '[part="feedback-button"] > .visually-hidden')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('still thanks the customer when storage fails; without sendFeedback it does not ask', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { provider } = setup();
        const el = await renderFaq(provider, { openId: 'card-fraud' });
        const event = oneEvent(el, 'tessera-help-faq-feedback-sent');
        $$<HTMLButtonElement>(el, '[id="card-fraud"] [part="feedback"] button')[1]!.click();
        expect((await event).detail).to.deep.equal({ entryId: 'card-fraud', helpful: false });
        await el.updateComplete;
        expect(text($(el, '[id="card-fraud"] [part="feedback"]'))).to.equal(en.thanks);

        const bare: TesseraProvider = {
          help: { getFaq: provider.help.getFaq, getContactChannels: provider.help.getContactChannels },
        };
        const el2 = await renderFaq(bare, { openId: 'card-fraud' });
        expect(text(answer(el2, 'card-fraud'))).to.contain('right away');
        expect($(el2, '[id="card-fraud"] [part="feedback"]')).to.equal(null);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('says so when the lender does not take the answer, keeps focus, and retries from the keyboard', async () => {
      const failing = setup();
      failing.faults.set('help.sendFeedback', { error: 'unavailable', times: 1 });
      const el = await renderFaq(failing.provider, { openId: 'card-fraud' });
      const failed = oneEvent(el, 'tessera-help-faq-failed');
      let sent = 0;
      el.addEventListener('tessera-help-faq-feedback-sent', () => sent++);
      const yes = $$<HTMLButtonElement>(el, '[id="card-fraud"] [part="feedback"] button')[0]!;
      yes.focus();
      await sendKeys({ press: 'Enter' });
      expect((await failed).detail).to.deep.equal({ action: 'feedback', entryId: 'card-fraud', code: 'unavailable' } satisfies HelpFaqFailedDetail);
      await el.updateComplete;
      const error = $(el, '[id="card-fraud"] [part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain(coreMessages.en.errors.unavailable);
      expect(sent).to.equal(0);
      expect(failing.store.feedback).to.deep.equal([]);
      const retry = $<HTMLButtonElement>(el, '[id="card-fraud"] [part="retry"]')!;
      await waitUntil(() => el.shadowRoot!.activeElement === retry, 'focus did not move to the retry');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sent === 1, 'the retry did not send the answer');
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(failing.store.feedback).to.deep.equal([{ entryId: 'card-fraud', helpful: true }]);
      expect(failing.provider.calls.filter((c) => c.route === 'help.sendFeedback')).to.have.length(2);
      const thanks = $(el, '[id="card-fraud"] [part="feedback"]')!;
      await waitUntil(() => el.shadowRoot!.activeElement === thanks, 'focus did not move to the thanks');
    });

    it('keeps focus on the answer given when a retry cannot help', async () => {
      const failing = setup();
      failing.faults.set('help.sendFeedback', { error: 'forbidden', times: 1 });
      const el = await renderFaq(failing.provider, { openId: 'card-fraud' });
      const failed = oneEvent(el, 'tessera-help-faq-failed');
      const no = $$<HTMLButtonElement>(el, '[id="card-fraud"] [part="feedback"] button')[1]!;
      no.focus();
      await sendKeys({ press: 'Enter' });
      expect((await failed).detail).to.deep.equal({ action: 'feedback', entryId: 'card-fraud', code: 'forbidden' });
      await el.updateComplete;
      expect(text($(el, '[id="card-fraud"] [part="error"]'))).to.contain(coreMessages.en.errors.forbidden);
      expect($(el, '[part="retry"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(no);
    });
  });

  describe('contact channels', () => {
    it('shows phone links, hours, open status, secure message, mail and what each is best for', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      const contact = $(el, '[part="contact"]')!;
      expect(text(contact.querySelector('h2'))).to.equal(en.contactTitle);
      // Behind a disclosure button, closed at first.
      const toggle = contact.querySelector<HTMLButtonElement>('[part="contact-toggle"]')!;
      expect(text(toggle)).to.equal(en.contactToggle);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const list = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(list.hidden).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter did not open the channels');
      expect(list.hidden).to.equal(false);
      const channels = [...contact.querySelectorAll<HTMLElement>('[part="channel"]')];
      expect(channels.map((c) => text(c.querySelector('h3')))).to.deep.equal(['Customer service', 'Fraud line', 'Secure message', 'Mail']);
      const [service, fraud, secure, mail] = channels as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
      expect(service.querySelector('a')!.getAttribute('href')).to.equal('tel:18005550142');
      expect(text(service.querySelector('a'))).to.equal('1-800-555-0142');
      expect(text(service.querySelector('.hours'))).to.equal(
        'Hours Monday–Friday, 8:00 AM – 8:00 PM CST Saturday, 9:00 AM – 1:00 PM CST',
      );
      expect(text(service.querySelector('[part="channel-status"]'))).to.equal(en.openNow);
      expect([...service.querySelectorAll('.best-for li')].map(text)).to.deep.equal(['Payments', 'Billing questions']);
      expect(text(fraud.querySelector('[part="channel-status"]'))).to.equal(en.openNow);
      // Round-the-clock hours read as such, without a time zone.
      expect(text(fraud.querySelector('.hours'))).to.equal('Hours Open 24 hours');
      expect(text(fraud.querySelector('.best-for'))).to.equal('Fraud: call now');
      expect(secure.querySelector('a')!.getAttribute('href')).to.equal('https://bank.example.com/messages');
      expect(text(secure.querySelector('a'))).to.equal(en.secureMessage);
      expect(secure.querySelector('[part="channel-status"]')).to.equal(null);
      expect([...mail.querySelectorAll('address span')].map(text)).to.deep.equal([
        'Harborview Bank',
        'PO Box 5550',
        'Springfield, IL 62705-5550',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says closed outside the hours, in the channel’s own time zone', async () => {
      const { provider } = setup();
      // Monday 23 November 2026, 02:30 UTC: Sunday evening in Chicago and New York.
      const el = await renderFaq(provider, { now: new Date('2026-11-23T02:30:00Z') });
      const status = $$(el, '[part="channel-status"]').map(text);
      expect(status).to.deep.equal([en.closedNow, en.openNow]);
      el.now = new Date('2026-11-23T14:00:00Z'); // 08:00 in Chicago
      await el.updateComplete;
      expect(text($(el, '[part="channel-status"]'))).to.equal(en.openNow);
      el.now = new Date('2026-11-24T02:00:00Z'); // Monday 20:00 in Chicago: just closed
      await el.updateComplete;
      expect(text($(el, '[part="channel-status"]'))).to.equal(en.closedNow);
    });

    it('links a secure message only over https; leaves out a channel with an unknown time zone, with a notice', async () => {
      const { provider } = setup((store) => {
        const [service, , secure] = store.contactChannels.en;
        secure!.value = 'http://bank.example.com/messages';
        service!.timeZone = 'Mars/Olympus_Mons';
      });
      const original = console.error;
      const logged: unknown[][] = [];
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const el = await renderFaq(provider);
        const channels = $$(el, '[part="channel"]');
        // The time zone breaks a data rule (an IANA zone): that channel is left out and the developer told why.
        expect(channels.map((c) => text(c.querySelector('h3')))).to.deep.equal(['Fraud line', 'Secure message', 'Mail']);
        expect(text($(el, '[part="contact"] [part="notice"]'))).to.equal(coreMessages.en.leftOut(1));
        expect(logged.map(String).join(' ')).to.contain('help.getContactChannels → ');
        expect(channels[1]!.querySelector('a')).to.equal(null);
        expect(text(channels[1])).to.contain('Secure message');
      } finally {
        console.error = original;
      }
    });

    it('hides the section with hide-contact and does not load it', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { hideContact: true });
      expect($(el, '[part="contact"]')).to.equal(null);
      expect(provider.calls.some((c) => c.route === 'help.getContactChannels')).to.equal(false);
    });

    it('hides the section when the lender lists no channels', async () => {
      const { provider } = setup((store) => {
        store.contactChannels.en = [];
      });
      const el = await renderFaq(provider);
      await waitUntil(() => provider.calls.some((c) => c.route === 'help.getContactChannels'));
      await el.updateComplete;
      expect($(el, '[part="contact"]')).to.equal(null);
    });
  });

  describe('faq-schema', () => {
    it('writes schema.org FAQPage JSON-LD into the light DOM, and removes it when turned off', async () => {
      const { provider } = setup((store) => {
        store.faq.en.entries[0]!.question = 'Is </script><b>safe</b> here?';
      });
      const el = await renderFaq(provider, { faqSchema: true, topics: 'payments autopay' });
      const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
      expect(script).to.exist;
      expect(script.textContent).not.to.contain('<');
      const data = JSON.parse(script.textContent ?? '') as { '@type': string; mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> };
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q) => q.name)).to.deep.equal([
        'Is </script><b>safe</b> here?',
        'Can I mail a check?',
        'How do I set up Auto Pay?',
      ]);
      expect(data.mainEntity[1]!.acceptedAnswer.text).to.equal(
        'Yes. Mailed payments take longer than paying online.\nWrite your account number on the check.\nMail it to the address below.',
      );
      expect(el.querySelectorAll('b')).to.have.length(0);
      el.faqSchema = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });

    it('writes nothing without the attribute', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider);
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('locale', () => {
    it('renders Spanish and refetches when lang changes at run time', async () => {
      const { provider } = setup((store) => {
        store.contactChannels.es = testChannels().map((c) => ({ ...c, label: `${c.label} (es)` }));
      });
      // A plain wrapper, not fixture(): fixture waits for an animation frame on non-Lit roots,
      // which never comes in a background page when files run side by side.
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      document.body.append(wrapper);
      try {
        render(html`<tessera-help-faq .provider=${provider} .now=${MONDAY_MORNING}></tessera-help-faq>`, wrapper);
        const el = wrapper.querySelector('tessera-help-faq')!;
        await settled(el);
        expect(text($(el, 'label'))).to.equal(en.searchLabel);
        wrapper.lang = 'es-MX';
        await waitUntil(() => questions(el).includes('¿Cuál es la hora límite para un pago?'), 'Spanish FAQ');
        await waitUntil(() => text($(el, '.contact h3')) === 'Customer service (es)', 'Spanish channels');
        expect(provider.calls.filter((c) => c.route === 'help.getFaq').map((c) => c.args)).to.deep.equal([['en'], ['es']]);
        expect(text($(el, 'label'))).to.equal(es.searchLabel);
        expect($$(el, '.topic').map(text)).to.deep.equal([es.allTopics, 'Pagos', 'Tarjetas']);
        expect(text($(el, '.contact h2'))).to.equal(es.contactTitle);
        expect(text($(el, '[part="channel-status"]'))).to.equal(es.openNow);
        expect(text($(el, '.hours'))).to.contain('lunes–viernes');
        await expect(el).to.be.accessible();
      } finally {
        wrapper.remove();
      }
    });

    it('searches Spanish accent-insensitively and announces in Spanish', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { lang: 'es' });
      const detail = await typeQuery(el, 'credito');
      expect(detail.resultCount).to.equal(1);
      expect($$(el, '.question mark').map(text)).to.deep.equal(['crédito']);
      expect(text($(el, '[role="status"]'))).to.equal(es.results(1));
      await typeQuery(el, 'xyz');
      expect(text($(el, '[part="empty"]'))).to.contain(es.noResults('xyz'));
    });

    it('names the contact hours’ time zone as US customers read it in Spanish: CST, not GMT-6', async () => {
      const { provider } = setup((store) => {
        store.contactChannels.es = testChannels();
      });
      const el = await renderFaq(provider, { lang: 'es' });
      $<HTMLButtonElement>(el, '[part="contact-toggle"]')!.click();
      await el.updateComplete;
      const hours = text($(el, '[part="channel"] .hours'));
      expect(hours).to.match(/^Horario lunes–viernes, 8:00 a\.\s?m\. – 8:00 p\.\s?m\. CST sábado, 9:00 a\.\s?m\. – 1:00 p\.\s?m\. CST$/);
      expect(hours).not.to.contain('GMT');
    });

    it('says "Abierto las 24 horas" for a round-the-clock channel written 00:00–23:59', async () => {
      const { provider } = setup();
      const el = await renderFaq(provider, { lang: 'es' });
      await waitUntil(() => $$(el, '[part="channel"]').length > 0, 'no contact channels');
      const fraud = $$(el, '[part="channel"]').find((c) => text(c.querySelector('h3')) === 'Tarjetas perdidas o robadas y fraude');
      expect(text(fraud?.querySelector('.hours'))).to.equal(`${es.hours} ${es.openAllDay}`);
    });
  });

  describe('states and faults', () => {
    it('shows a skeleton while loading', async () => {
      const { provider, faults } = setup();
      faults.set('help.getFaq', { hang: true });
      faults.set('help.getContactChannels', { hang: true });
      const el = await fixture<TesseraHelpFaq>(html`<tessera-help-faq .provider=${provider}></tessera-help-faq>`);
      await el.updateComplete;
      expect($$(el, '[part="skeleton"]')).to.have.length(2);
      expect(text($(el, '[part="skeleton"] > .visually-hidden'))).to.equal(coreMessages.en.loading);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when the FAQ has no entries', async () => {
      const { provider } = setup((store) => {
        store.faq.en = { locale: 'en', topics: [], entries: [] } satisfies Faq;
      });
      const el = await renderFaq(provider);
      expect(text($(el, '[part="empty"]'))).to.equal(en.empty);
      expect($(el, '[part="contact"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    for (const code of PROVIDER_ERROR_CODES) {
      it(`explains a ${code} error${isRetryable(code) ? ' and retries' : ''}`, async () => {
        const { provider, faults } = setup();
        faults.set('help.getFaq', { error: code, times: 1 });
        const el = await renderFaq(provider, { hideContact: true });
        const error = $(el, '[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(coreMessages.en.errors[code]);
        await expect(el).to.be.accessible();
        const retry = $<HTMLButtonElement>(el, '[part="retry"]');
        if (!isRetryable(code)) {
          expect(retry).to.equal(null);
          return;
        }
        retry!.click();
        await waitUntil(() => $(el, '.question'), 'the retry did not load the FAQ');
      });
    }

    it('explains a timeout and malformed data', async () => {
      const { provider, faults } = setup();
      faults.set('help.getFaq', { timeout: true, times: 1 });
      const el = await renderFaq(provider, { hideContact: true });
      expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.errors.timeout);
      faults.set('help.getFaq', { malformed: true, times: 1 });
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        $<HTMLButtonElement>(el, '[part="retry"]')!.click();
        // Invalid data: said as such, with no retry (the same data would come back), and the developer told why.
        await waitUntil(() => text($(el, '[part="error"]')).includes(coreMessages.en.invalidData));
      } finally {
        console.error = original;
      }
      expect($(el, '[part="error"]')!.dataset['code']).to.equal('invalid-data');
      expect($(el, '[part="retry"]')).to.equal(null);
      expect(logged.map(String).join(' ')).to.contain('help.getFaq → ');
    });

    it('leaves out a question or a channel with invalid data, and says so', async () => {
      const { provider } = setup((store) => {
        store.faq.en.entries[1]!.question = '';
        store.contactChannels.en[0]!.label = ' ';
      });
      const original = console.error;
      console.error = () => undefined;
      try {
        const el = await renderFaq(provider);
        expect(questions(el)).to.have.length(4);
        expect(questions(el)).not.to.include('Can I mail a check?');
        const notices = $$(el, '[part="notice"]');
        expect(notices.map(text)).to.deep.equal([coreMessages.en.leftOut(1), coreMessages.en.leftOut(1)]);
        expect($$(el, '[part="channel"]')).to.have.length(3);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('leaves out a question whose keywords break a data rule, naming the field', async () => {
      const { provider } = setup((store) => {
        store.faq.en.entries[0]!.keywords = ['deadline', ''];
        store.faq.en.entries[1]!.keywords = Array.from({ length: 21 }, (_, i) => `word ${i}`);
        store.faq.en.entries[2]!.keywords = ['x'.repeat(61)];
        store.faq.en.entries[3]!.keywords = ['chargeback', 'x'.repeat(60)];
      });
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const el = await renderFaq(provider, { hideContact: true });
        expect(questions(el)).to.deep.equal(['What should I do about fraud on my card?', 'How do I get a replacement card?']);
        expect(text($(el, '[part="notice"]'))).to.equal(coreMessages.en.leftOut(3));
        const lines = logged.map(String).join('\n');
        const rule = 'expected a list of at most 20 non-empty strings of at most 60 characters';
        expect(lines).to.contain(`help.getFaq → faq.entries[0].keywords: ${rule} (got a list of 2)`);
        expect(lines).to.contain(`help.getFaq → faq.entries[1].keywords: ${rule} (got a list of 21)`);
        expect(lines).to.contain(`help.getFaq → faq.entries[2].keywords: ${rule} (got a list of 1)`);
        // Valid keywords are searched.
        el.query = 'chargeback';
        await el.updateComplete;
        expect(questions(el)).to.deep.equal(['What should I do about fraud on my card?']);
      } finally {
        console.error = original;
      }
    });

    it('keeps the questions when only the contact channels fail, and retries them', async () => {
      const { provider, faults } = setup();
      faults.set('help.getContactChannels', { error: 'unavailable', times: 1 });
      const el = await renderFaq(provider);
      expect(questions(el)).to.have.length(5);
      const contact = $(el, '[part="contact"]')!;
      expect(text(contact.querySelector('[part="error"]'))).to.contain(coreMessages.en.errors.unavailable);
      await expect(el).to.be.accessible();
      contact.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => $$(el, '[part="channel"]').length === 4);
    });

    it('names the missing provider slice', async () => {
      const el = await renderFaq({});
      expect($(el, '[part="error"]')!.getAttribute('data-code')).to.equal('configuration');
      expect(text($(el, '[part="error"]'))).to.contain('help');
      await expect(el).to.be.accessible();
    });
  });
});
