import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryProvider, createMockStore, MOCK_IDS, type MockStore } from '@tessera/mocks';
import type * as Wrappers from '@tessera/react';
import type { CardLockChangedDetail, FicoGaugeViewedDetail, HelpFaqOpenedDetail } from '@tessera/react';
import type { TitleTrackerEmailUpdatesChangedDetail, TitleTrackerViewedDetail } from '@tessera/react';
import type { WaysToPayChosenDetail } from '@tessera/react';
import type { DocumentsPaperlessChangedDetail } from '@tessera/react';
import type { AlertsChangedDetail } from '@tessera/react';
import type { createElement as CreateElement, StrictMode as ReactStrictMode } from 'react';
import type { createRoot as CreateRoot, hydrateRoot as HydrateRoot, Root } from 'react-dom/client';
import type { flushSync as FlushSync } from 'react-dom';

const SERVER_HTML =
  '<tessera-provider><tessera-card-lock card-id="card-1" confirm-unlock=""></tessera-card-lock>' +
  '<tessera-help-faq topics="payments cards" hide-contact=""></tessera-help-faq></tessera-provider>';

/** React ships CommonJS only: packages/react/test/prepare.mjs bundles it with this package's source. */
const BUNDLE = '/node_modules/.cache/tessera-react/react-test.js';

type Bundle = typeof Wrappers & {
  createElement: typeof CreateElement;
  StrictMode: typeof ReactStrictMode;
  createRoot: typeof CreateRoot;
  hydrateRoot: typeof HydrateRoot;
  flushSync: typeof FlushSync;
};

let r: Bundle;

before(async function () {
  // The bundle holds React and every widget: in WebKit on a loaded 2-core machine its first
  // import took longer than a test's 10 s.
  this.timeout(60_000);
  try {
    r = (await import(BUNDLE)) as Bundle;
  } catch (error) {
    throw new Error(`${BUNDLE} is missing or broken: run \`node packages/react/test/prepare.mjs\` (npm test does).`, { cause: error });
  }
});

const shadow = (el: Element | null): ShadowRoot => {
  if (!el?.shadowRoot) throw new Error(`<${el?.localName ?? '?'}> has no shadow root`);
  return el.shadowRoot;
};
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until `find` returns something, and returns it. */
async function until<T>(find: () => T | null | undefined | false, message?: string): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()), message);
  return found as T;
}

/** Rendered, and neither loading nor failed. */
function isReady(el: Element | null): boolean {
  const root = el?.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('[part~="skeleton"], [part~="loading"], [part~="error"]');
}

describe('@tessera/react in React 19', () => {
  let container: HTMLElement;
  let root: Root;
  let store: MockStore;
  let provider: ReturnType<typeof createMemoryProvider>;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = r.createRoot(container);
    store = createMockStore();
    provider = createMemoryProvider(store);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('locks a card through TesseraDataProvider and reports it through onCardLockChanged', async () => {
    const changes: CardLockChangedDetail[] = [];
    const { createElement: h, StrictMode, TesseraDataProvider, TesseraCardLock } = r;
    root.render(
      h(StrictMode, null, h(TesseraDataProvider, { provider }, h(TesseraCardLock, { cardId: MOCK_IDS.card, onCardLockChanged: (e) => changes.push(e.detail) }))),
    );
    const el = await until(() => container.querySelector('tessera-card-lock'), 'the card lock was not rendered');
    expect(el.cardId, 'set as a property').to.equal(MOCK_IDS.card);
    expect(container.querySelector('tessera-provider')?.provider).to.equal(provider);

    const button = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="lock-switch"]'), 'the switch never showed');
    expect(button.getAttribute('aria-checked')).to.equal('false');
    button.click();
    await waitUntil(() => changes.length > 0, 'onCardLockChanged was not called');

    const stored = store.cards.find((c) => c.id === MOCK_IDS.card)!;
    expect(changes).to.deep.equal([{ cardId: MOCK_IDS.card, locked: true, at: stored.lock.changedAt }]);
    expect(provider.calls.filter((c) => c.route === 'cards.setCardLock')).to.have.length(1);
    await waitUntil(() => button.getAttribute('aria-checked') === 'true', 'the switch did not end locked');
  });

  it('swaps event handlers on re-render without calling the old one', async () => {
    const first: CardLockChangedDetail[] = [];
    const second: CardLockChangedDetail[] = [];
    const { createElement: h, TesseraCardLock } = r;
    const view = (handler: (detail: CardLockChangedDetail) => void) =>
      h(TesseraCardLock, { provider, cardId: MOCK_IDS.card, onCardLockChanged: (e) => handler(e.detail) });
    root.render(view((d) => first.push(d)));
    const el = await until(() => container.querySelector('tessera-card-lock'));
    await waitUntil(() => isReady(el), 'the card lock never loaded');
    // root.render only schedules the update; the click must come after React committed it.
    r.flushSync(() => root.render(view((d) => second.push(d))));
    const button = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="lock-switch"]'));
    button.click();
    await waitUntil(() => first.length + second.length > 0, 'no handler was called');
    expect(first, 'the replaced handler').to.deep.equal([]);
    expect(second.map((d) => d.locked)).to.deep.equal([true]);
  });

  it('renders the FICO gauge from the provider and reports onFicoGaugeViewed', async () => {
    const viewed: FicoGaugeViewedDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraFicoGauge } = r;
    root.render(h(TesseraDataProvider, { provider }, h(TesseraFicoGauge, { onFicoGaugeViewed: (e) => viewed.push(e.detail) })));
    const el = await until(() => container.querySelector('tessera-fico-gauge'));
    const meter = await until(() => shadow(el).querySelector('[role="meter"]'), 'the gauge never showed a score');
    const seeded = store.creditScore;
    if (!seeded) throw new Error('the mock store has no credit score');
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(seeded.score));
    await waitUntil(() => viewed.length > 0, 'onFicoGaugeViewed was not called');
    expect(viewed[0]!.model).to.equal(seeded.model);
    expect(viewed[0]).not.to.have.property('score');
  });

  it('draws a presentational gauge from props alone', async () => {
    const { createElement: h, TesseraFicoGauge } = r;
    root.render(h(TesseraFicoGauge, { score: 742, model: 'fico-8', asOf: '2026-11-01' }));
    const el = await until(() => container.querySelector('tessera-fico-gauge'));
    const meter = await until(() => shadow(el).querySelector('[role="meter"]'));
    expect(meter.getAttribute('aria-valuenow')).to.equal('742');
    expect(text(shadow(el).querySelector('[part="score"]'))).to.equal('742');
    expect(provider.calls).to.deep.equal([]);
  });

  it('renders the help FAQ and reports onHelpFaqOpened', async () => {
    const opened: HelpFaqOpenedDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraHelpFaq } = r;
    root.render(h(TesseraDataProvider, { provider }, h(TesseraHelpFaq, { hideContact: true, onHelpFaqOpened: (e) => opened.push(e.detail) })));
    const el = await until(() => container.querySelector('tessera-help-faq'));
    const question = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part="question"]'), 'no question showed');
    expect(el.hasAttribute('hide-contact') || el.hideContact).to.equal(true);
    expect(provider.calls.some((c) => c.route === 'help.getContactChannels')).to.equal(false);
    question.click();
    await waitUntil(() => opened.length > 0, 'onHelpFaqOpened was not called');
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(opened[0]!.entryId).to.be.a('string').and.not.equal('');
  });

  it('renders the title tracker and reports onTitleTrackerViewed and onTitleTrackerEmailUpdatesChanged', async () => {
    const viewed: TitleTrackerViewedDetail[] = [];
    const changed: TitleTrackerEmailUpdatesChangedDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraTitleTracker } = r;
    root.render(
      h(
        TesseraDataProvider,
        { provider },
        h(TesseraTitleTracker, {
          accountId: MOCK_IDS.paidOffLoan,
          onTitleTrackerViewed: (e) => viewed.push(e.detail),
          onTitleTrackerEmailUpdatesChanged: (e) => changed.push(e.detail),
        }),
      ),
    );
    const el = await until(() => container.querySelector('tessera-title-tracker'));
    expect(el.accountId, 'set as a property').to.equal(MOCK_IDS.paidOffLoan);
    const toggle = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="switch"]'), 'the email-updates switch never showed');
    await waitUntil(() => viewed.length > 0, 'onTitleTrackerViewed was not called');
    expect(viewed[0]!.titleId).to.equal(MOCK_IDS.title);
    toggle.click();
    await waitUntil(() => changed.length > 0, 'onTitleTrackerEmailUpdatesChanged was not called');
    expect(changed).to.deep.equal([{ titleId: MOCK_IDS.title, enabled: true }]);
  });

  it('renders the ways to pay and reports onWaysToPayChosen', async () => {
    const chosen: WaysToPayChosenDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraWaysToPay } = r;
    root.render(
      h(TesseraDataProvider, { provider }, h(TesseraWaysToPay, { accountId: MOCK_IDS.activeLoan, onWaysToPayChosen: (e) => chosen.push(e.detail) })),
    );
    const el = await until(() => container.querySelector('tessera-ways-to-pay'));
    expect(el.accountId, 'set as a property').to.equal(MOCK_IDS.activeLoan);
    const action = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="action"]'), 'the online way never showed');
    action.click();
    expect(chosen).to.deep.equal([{ wayId: 'online', kind: 'online', accountId: MOCK_IDS.activeLoan }]);
  });

  it('renders the documents and reports onDocumentsPaperlessChanged', async () => {
    const changed: DocumentsPaperlessChangedDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraDocuments } = r;
    root.render(
      h(TesseraDataProvider, { provider }, h(TesseraDocuments, { accountId: MOCK_IDS.cardAccount, onDocumentsPaperlessChanged: (e) => changed.push(e.detail) })),
    );
    const el = await until(() => container.querySelector('tessera-documents'));
    expect(el.accountId, 'set as a property').to.equal(MOCK_IDS.cardAccount);
    const toggle = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="switch"]'), 'the paperless switch never showed');
    toggle.click();
    await waitUntil(() => changed.length > 0, 'onDocumentsPaperlessChanged was not called');
    expect(changed).to.deep.equal([{ accountId: MOCK_IDS.cardAccount, paperless: false }]);
  });

  it('renders the alerts and reports onAlertsChanged', async () => {
    const changed: AlertsChangedDetail[] = [];
    const { createElement: h, TesseraDataProvider, TesseraAlerts } = r;
    root.render(h(TesseraDataProvider, { provider }, h(TesseraAlerts, { accountId: MOCK_IDS.cardAccount, onAlertsChanged: (e) => changed.push(e.detail) })));
    const el = await until(() => container.querySelector('tessera-alerts'));
    expect(el.accountId, 'set as a property').to.equal(MOCK_IDS.cardAccount);
    const toggle = await until(() => shadow(el).querySelector<HTMLButtonElement>('#a0-email'), 'the e-mail switch never showed');
    toggle.click();
    await waitUntil(() => changed.length > 0, 'onAlertsChanged was not called');
    expect(changed).to.deep.equal([{ alertId: `${MOCK_IDS.cardAccount}-payment-due`, accountId: MOCK_IDS.cardAccount, kind: 'payment-due', channel: 'email', enabled: false }]);
  });

  it('renders every widget ready inside one TesseraDataProvider', async () => {
    const { createElement: h, TesseraDataProvider, TesseraCardLock, TesseraFicoGauge, TesseraHelpFaq, TesseraPaymentForm, TesseraTitleTracker } = r;
    root.render(
      h(
        TesseraDataProvider,
        { provider },
        h(TesseraPaymentForm, { accountId: MOCK_IDS.cardAccount }),
        h(TesseraCardLock, { cardId: MOCK_IDS.card }),
        h(TesseraFicoGauge, null),
        h(TesseraTitleTracker, null),
        h(TesseraHelpFaq, null),
      ),
    );
    const tags = ['tessera-payment-form', 'tessera-card-lock', 'tessera-fico-gauge', 'tessera-title-tracker', 'tessera-help-faq'];
    for (const tag of tags) {
      await waitUntil(() => isReady(container.querySelector(tag)), `<${tag}> did not become ready`);
    }
    expect(container.querySelector('tessera-payment-form')?.accountId).to.equal(MOCK_IDS.cardAccount);
  });

  it('types raw tags too: properties, attributes and on<event> listeners (React 19)', async () => {
    const changes: CardLockChangedDetail[] = [];
    const { createElement: h } = r;
    root.render(
      h('tessera-card-lock', {
        provider,
        'card-id': MOCK_IDS.card,
        'ontessera-card-lock-changed': (e: CustomEvent<CardLockChangedDetail>) => changes.push(e.detail),
      }),
    );
    const el = await until(() => container.querySelector('tessera-card-lock'));
    expect(el.getAttribute('card-id')).to.equal(MOCK_IDS.card);
    const button = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part~="lock-switch"]'), 'the switch never showed');
    button.click();
    await waitUntil(() => changes.length > 0, 'the listener was not called');
    expect(changes[0]).to.include({ cardId: MOCK_IDS.card, locked: true });
  });

  it('stops the widget when React unmounts it', async () => {
    const { createElement: h, TesseraCardLock } = r;
    root.render(h(TesseraCardLock, { provider, cardId: MOCK_IDS.card }));
    const el = await until(() => container.querySelector('tessera-card-lock'));
    await waitUntil(() => isReady(el));
    root.render(h('p', null, 'gone'));
    await waitUntil(() => !el.isConnected, 'still on the page');
    expect(container.querySelector('tessera-card-lock')).to.equal(null);
  });
  it('renders each prop that has an attribute as that attribute too, and follows the props', () => {
    const { createElement: h, TesseraCardLock } = r;
    r.flushSync(() => root.render(h(TesseraCardLock, { provider, cardId: MOCK_IDS.card, confirmUnlock: true, relockAfter: 60 })));
    const el = container.querySelector('tessera-card-lock')!;
    expect(el.getAttribute('card-id')).to.equal(MOCK_IDS.card);
    expect(el.getAttribute('confirm-unlock')).to.equal('');
    expect(el.getAttribute('relock-after')).to.equal('60');
    expect(el.provider, 'objects are properties only').to.equal(provider);
    expect(el.hasAttribute('provider')).to.equal(false);

    r.flushSync(() => root.render(h(TesseraCardLock, { provider, cardId: MOCK_IDS.card, confirmUnlock: false })));
    expect(el.hasAttribute('confirm-unlock')).to.equal(false);
    expect(el.hasAttribute('relock-after')).to.equal(false);
    expect(el.confirmUnlock).to.equal(false);
    expect(el.relockAfter ?? undefined).to.equal(undefined);
  });

  it('hydrates server-rendered HTML onto the same elements, attributes and all, and loads', async () => {
    const { createElement: h, TesseraDataProvider, TesseraCardLock, TesseraHelpFaq } = r;
    const app = () =>
      h(
        TesseraDataProvider,
        { provider },
        h(TesseraCardLock, { cardId: MOCK_IDS.card, confirmUnlock: true }),
        h(TesseraHelpFaq, { topics: ['payments', 'cards'], hideContact: true }),
      );
    root.unmount();
    // What renderToString writes for app() in Node (test/ssr/react-server.test.mjs checks it).
    container.innerHTML = SERVER_HTML;
    const served = container.querySelector('tessera-card-lock');
    const errors: unknown[] = [];
    root = r.hydrateRoot(container, app(), { onRecoverableError: (error) => errors.push(error) });
    const el = await until(() => container.querySelector('tessera-card-lock'));
    await waitUntil(() => isReady(el), 'the hydrated card lock never loaded');
    expect(el, 'hydrated, not rendered again').to.equal(served);
    expect(errors).to.deep.equal([]);
    expect(el.cardId).to.equal(MOCK_IDS.card);
    expect(el.getAttribute('card-id')).to.equal(MOCK_IDS.card);
    const faq = container.querySelector('tessera-help-faq');
    expect(faq?.topics).to.deep.equal(['payments', 'cards']);
    expect(faq?.getAttribute('topics')).to.equal('payments cards');
  });
});
