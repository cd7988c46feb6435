import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PROVIDER_ERROR_CODES, coreMessages, isRetryable, type CallOptions, type CardsApi, type TesseraProvider } from '@tessera/core';
import {
  createFaults,
  createMemoryProvider,
  createMockStore,
  lockPolicyIn,
  MOCK_IDS,
  textIn,
  type Faults,
  type MockStore,
  type StoredCard,
} from '@tessera/mocks';
import { startMockApi } from '@tessera/mocks/browser';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/card-lock/define';
import { TesseraCardLock, messages, type CardLockChangedDetail, type CardLockFailedDetail } from '@tessera/card-lock';
import { chromiumNames, nameOf } from '../../../test/support/accessible-name.js';

type MemoryProvider = ReturnType<typeof createMemoryProvider>;

interface Setup {
  store: MockStore;
  faults: Faults;
  provider: MemoryProvider;
}

function setup(change?: (store: MockStore) => void): Setup {
  const store = createMockStore();
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

const card = (store: MockStore, id: string): StoredCard => {
  const found = store.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const lock = (id: string) => (store: MockStore) => {
  card(store, id).lock = { locked: true, changedAt: '2026-11-20T22:41:00Z' };
};

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const lockSwitch = (el: Element, index = 0): HTMLButtonElement => $$<HTMLButtonElement>(el, '[part~="lock-switch"]')[index]!;
/** Text as read: spaces folded, the invisible bidirectional isolates around provider text left out. */
const text = (node: Element | null): string =>
  node?.textContent?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the element shows something other than its skeleton. */
async function loaded(el: TesseraCardLock): Promise<void> {
  await waitUntil(
    () => $(el, '[part~="lock-switch"], [part="empty"], [part="error"], [part="not-lockable"]'),
    'the card lock never finished loading',
  );
  await el.updateComplete;
}

/** Waits until no request is under way. */
async function settled(el: TesseraCardLock): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !$(el, '[aria-busy="true"]'), 'a request never settled');
  await el.updateComplete;
}

async function mount(provider: TesseraProvider, attrs: { cardId?: string; confirmUnlock?: boolean; relockAfter?: number } = {}) {
  const el = await fixture<TesseraCardLock>(html`<tessera-card-lock
    .provider=${provider}
    card-id=${attrs.cardId ?? MOCK_IDS.card}
    ?confirm-unlock=${attrs.confirmUnlock ?? false}
    relock-after=${ifDefined(attrs.relockAfter)}
  ></tessera-card-lock>`);
  await loaded(el);
  return el;
}

async function mountList(provider: TesseraProvider) {
  const el = await fixture<TesseraCardLock>(html`<tessera-card-lock .provider=${provider}></tessera-card-lock>`);
  await loaded(el);
  return el;
}

function record<K extends 'tessera-card-lock-changed' | 'tessera-card-lock-failed'>(target: EventTarget, type: K) {
  const details: Array<K extends 'tessera-card-lock-changed' ? CardLockChangedDetail : CardLockFailedDetail> = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
  return details;
}

const lockCalls = (provider: MemoryProvider) => provider.calls.filter((call) => call.route === 'cards.setCardLock');

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const en = messages.en;

describe('<tessera-card-lock>', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'visibilityState');
  });

  describe('one card', () => {
    it('shows the card, a switch with a visible label and the state in words', async () => {
      const { provider } = setup();
      const el = await mount(provider);
      const button = lockSwitch(el);
      expect(button.getAttribute('role')).to.equal('switch');
      expect(button.getAttribute('aria-checked')).to.equal('false');
      expect(text($(el, '[part~="label"]'))).to.equal('Lock card');
      expect(text($(el, '[part="card-name"]'))).to.equal('Visa Everyday card ••••1942');
      expect(text($(el, '[part="state"]'))).to.equal('Unlocked');
      expect(el.locked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('names the switch by its label and the card, and describes it by the state', async () => {
      const { provider } = setup();
      const el = await mount(provider);
      const button = lockSwitch(el);
      const names = button.getAttribute('aria-labelledby')!.split(' ').map((id) => text($(el, `#${id}`)));
      expect(names).to.deep.equal(['Lock card', 'Visa Everyday card ••••1942']);
      expect(text($(el, `#${button.getAttribute('aria-describedby')!}`))).to.equal('Unlocked');
    });

    it('shows a locked card with the time it was locked, formatted for the locale', async () => {
      const { provider } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');
      const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-11-20T22:41:00Z'),
      );
      expect(text($(el, '[part="state"]'))).to.equal(`Locked since ${when}`);
      expect(el.locked).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the skeleton while loading, and `locked` is undefined until loaded', async () => {
      const { provider, faults } = setup();
      faults.set('cards.getCard', { hang: true });
      const el = await fixture<TesseraCardLock>(
        html`<tessera-card-lock .provider=${provider} card-id=${MOCK_IDS.card}></tessera-card-lock>`,
      );
      await el.updateComplete;
      expect($(el, '[part="skeleton"]')).to.exist;
      expect($(el, '[part~="lock-switch"]')).to.equal(null);
      expect(el.locked).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('shows an authorized user’s card with the user’s name', async () => {
      const { provider, store } = setup();
      const el = await mount(provider, { cardId: MOCK_IDS.authorizedUserCard });
      const holder = card(store, MOCK_IDS.authorizedUserCard).holderName;
      expect(text($(el, '[part="card-meta"]'))).to.equal(`Authorized user: ${holder}`);
      await expect(el).to.be.accessible();
    });

    it('explains why a card cannot be locked, in the provider’s words, without a switch', async () => {
      const { provider, store } = setup();
      const el = await mount(provider, { cardId: MOCK_IDS.replacedCard });
      const reason = textIn(card(store, MOCK_IDS.replacedCard).notLockableReason!, 'en');
      expect(text($(el, '[part="not-lockable"]'))).to.equal(`This card can’t be locked. ${reason}`);
      expect($(el, '[part~="lock-switch"]')).to.equal(null);
      expect($(el, '[part="policy"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading skeleton', () => {
    /** Mounts a card lock in a container `width` px wide, with `lang` on the container. */
    async function mountIn(width: number, provider: TesseraProvider, lang = 'en'): Promise<TesseraCardLock> {
      const container = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px">
        <tessera-card-lock .provider=${provider} card-id=${MOCK_IDS.card}></tessera-card-lock>
      </div>`);
      const el = container.querySelector('tessera-card-lock')!;
      await el.updateComplete;
      return el;
    }

    const TOLERANCE_PX = 4;
    const cases: Array<[number, string]> = [
      [320, 'en'],
      [640, 'en'],
      [960, 'en'],
      [320, 'es'],
    ];
    for (const [width, lang] of cases) {
      it(`reserves the ready card’s box at ${width} px wide (${lang})`, async () => {
        const loading = setup();
        loading.faults.set('cards.getCard', { hang: true });
        const skeleton = await mountIn(width, loading.provider, lang);
        const ready = await mountIn(width, setup().provider, lang);
        await loaded(ready);
        expect($(skeleton, '[part="skeleton"]'), 'still loading').to.exist;
        expect($(ready, '[part="card"]'), 'ready').to.exist;

        const reserved = skeleton.getBoundingClientRect();
        const shown = ready.getBoundingClientRect();
        expect(reserved.width).to.equal(width);
        expect(shown.width).to.equal(width);
        expect(Math.abs(reserved.height - shown.height), `skeleton ${reserved.height} px, ready ${shown.height} px`).to.be.at.most(
          TOLERANCE_PX,
        );
        // Block for block: the disclosure summary starts where its placeholder did.
        const top = (el: Element, selector: string): number =>
          $(el, selector)!.getBoundingClientRect().top - el.getBoundingClientRect().top;
        expect(top(skeleton, '.summary')).to.be.closeTo(top(ready, '[part="policy-summary"]'), TOLERANCE_PX);
        await expect(skeleton).to.be.accessible();
      });
    }
  });

  describe('toggling', () => {
    it('locks on click, in one action, and reports it once the lender confirms', async () => {
      const { provider, store, faults } = setup();
      faults.set('cards.setCardLock', { latencyMs: 50 });
      const el = await mount(provider);
      const changes = record(el, 'tessera-card-lock-changed');
      const confirmed = oneEvent(el, 'tessera-card-lock-changed');
      lockSwitch(el).click();
      await el.updateComplete;
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');
      expect(lockSwitch(el).getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part="state"]'))).to.equal('Locking…');
      expect(changes, 'no event before the lender confirms').to.deep.equal([]);
      await expect(el).to.be.accessible();

      const event = await confirmed;
      const stored = card(store, MOCK_IDS.card);
      expect(event.detail).to.deep.equal({ cardId: MOCK_IDS.card, locked: true, at: stored.lock.changedAt });
      expect(event.bubbles && event.composed).to.equal(true);
      await settled(el);
      expect(stored.lock.locked).to.equal(true);
      expect(lockCalls(provider).map((call) => call.args)).to.deep.equal([[MOCK_IDS.card, { locked: true }]]);
      expect(el.locked).to.equal(true);
      expect(text($(el, '[part="state"]'))).to.match(/^Locked since /);
      expect(text($(el, '[role="status"]'))).to.equal('Visa Everyday card ••••1942 is locked.');
      expect($(el, '[role="status"]')!.textContent, 'provider text and digits isolated').to.contain('\u2068Everyday card\u2069 \u2066••••1942\u2069');
      await expect(el).to.be.accessible();
    });

    it('unlocks on click when no confirmation is asked for', async () => {
      const { provider, store } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider);
      lockSwitch(el).click();
      const event = await oneEvent(el, 'tessera-card-lock-changed');
      expect(event.detail.locked).to.equal(false);
      await settled(el);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
    });

    it('toggles with Space and with Enter, once per key press', async () => {
      const { provider, store } = setup();
      const el = await mount(provider);
      lockSwitch(el).focus();
      await sendKeys({ press: ' ' });
      await settled(el);
      expect(lockCalls(provider)).to.have.length(1);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');

      await sendKeys({ press: 'Enter' });
      await settled(el);
      await aTimeout(50);
      expect(lockCalls(provider), 'Enter toggles exactly once').to.have.length(2);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
      expect(el.shadowRoot!.activeElement === lockSwitch(el), 'focus').to.equal(true);
    });
  });

  describe('confirm-unlock', () => {
    it('asks before unlocking; Keep locked and Escape cancel; Unlock unlocks', async () => {
      const { provider, store } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider, { confirmUnlock: true });
      const changes = record(el, 'tessera-card-lock-changed');

      lockSwitch(el).click();
      await el.updateComplete;
      const confirm = $(el, '[part="confirm"]')!;
      expect(text(confirm)).to.contain('Unlock this card?');
      expect(el.shadowRoot!.activeElement === $(el, '[part="confirm-button"]'), 'focus').to.equal(true);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');
      await expect(el).to.be.accessible();

      $(el, '[part="cancel-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement === lockSwitch(el), 'focus').to.equal(true);

      lockSwitch(el).click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(lockCalls(provider)).to.have.length(0);

      lockSwitch(el).click();
      await el.updateComplete;
      $(el, '[part="confirm-button"]')!.click();
      await oneEvent(el, 'tessera-card-lock-changed');
      await settled(el);
      expect(lockCalls(provider).map((call) => call.args)).to.deep.equal([[MOCK_IDS.card, { locked: false }]]);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
      expect(changes.map((c) => c.locked)).to.deep.equal([false]);
    });

    it('keeps keyboard focus on the lock switch when the confirmation goes away, whichever key closes it', async () => {
      for (const key of ['Enter', ' ', 'Escape']) {
        const { provider } = setup(lock(MOCK_IDS.card));
        const el = await mount(provider, { confirmUnlock: true });
        lockSwitch(el).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="confirm-button"]'), `${key}: focus on Unlock`);
        await sendKeys({ press: key });
        await settled(el);
        await aTimeout(50);
        expect($(el, '[part="confirm"]'), key).to.equal(null);
        expect(document.activeElement === el && el.shadowRoot!.activeElement === lockSwitch(el), `${key}: focus on the lock switch`).to.equal(true);
        expect(lockSwitch(el).getAttribute('aria-checked'), key).to.equal(key === 'Escape' ? 'true' : 'false');
        expect(lockCalls(provider).map((call) => call.args[1]), key).to.deep.equal(key === 'Escape' ? [] : [{ locked: false }]);
        fixtureCleanup();
      }
    });

    it('moves focus to the lock switch when a refresh closes the confirmation it was in', async () => {
      const { provider, store } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider, { confirmUnlock: true });
      lockSwitch(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="confirm-button"]'), 'focus on Unlock');
      // Unlocked on another device; the customer comes back to this tab.
      card(store, MOCK_IDS.card).lock = { locked: false };
      setVisibility('hidden');
      setVisibility('visible');
      await waitUntil(() => lockSwitch(el).getAttribute('aria-checked') === 'false', 'the refresh never landed');
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement === lockSwitch(el), 'focus on the lock switch, not the page').to.equal(true);

      // Locked again elsewhere: the closed confirmation does not come back on its own.
      card(store, MOCK_IDS.card).lock = { locked: true, changedAt: '2026-11-21T08:00:00Z' };
      setVisibility('hidden');
      setVisibility('visible');
      await waitUntil(() => lockSwitch(el).getAttribute('aria-checked') === 'true', 'the second refresh never landed');
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
    });

    it('keeps focus in the widget when a retry goes away, and leaves focus alone once the customer moved on', async () => {
      const { provider, faults } = setup();
      faults.set('cards.setCardLock', { error: 'unavailable', times: 1 });
      const el = await mount(provider);
      lockSwitch(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="retry"]'), 'focus on the retry');
      const changed = oneEvent(el, 'tessera-card-lock-changed');
      await sendKeys({ press: 'Enter' });
      await changed;
      await settled(el);
      expect($(el, '[part="retry"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement === lockSwitch(el), 'focus back on the lock switch').to.equal(true);

      const outside = document.createElement('button');
      el.after(outside);
      outside.focus();
      lockSwitch(el).click();
      await settled(el);
      expect(document.activeElement, 'focus stays where the customer put it').to.equal(outside);
      outside.remove();
    });

    it('never asks before locking', async () => {
      const { provider, store } = setup();
      const el = await mount(provider, { confirmUnlock: true });
      lockSwitch(el).click();
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      await oneEvent(el, 'tessera-card-lock-changed');
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);
    });
  });

  describe('every card', () => {
    it('lists every lockable card, authorized users’ too, with one switch each', async () => {
      const { provider, store } = setup();
      const el = await mountList(provider);
      const names = $$(el, '[part="card-name"]').map(text);
      expect(names).to.deep.equal(['Visa Everyday card ••••1942', 'Visa ••••5067']);
      expect($$(el, '[part~="lock-switch"]')).to.have.length(2);
      expect($(el, '[part="list"]')!.localName).to.equal('ul');
      expect(el.locked, 'undefined in list mode').to.equal(undefined);
      await expect(el).to.be.accessible();

      lockSwitch(el, 1).click();
      const event = await oneEvent(el, 'tessera-card-lock-changed');
      expect(event.detail.cardId).to.equal(MOCK_IDS.authorizedUserCard);
      await settled(el);
      expect(card(store, MOCK_IDS.authorizedUserCard).lock.locked).to.equal(true);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
      expect(lockSwitch(el, 0).getAttribute('aria-checked')).to.equal('false');
      expect(lockSwitch(el, 1).getAttribute('aria-checked')).to.equal('true');
    });

    it('gives each switch its own accessible name', async () => {
      const { provider } = setup();
      const el = await mountList(provider);
      const labels = $$(el, '[part~="lock-switch"]').map((button) =>
        button
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => text($(el, `#${id}`)))
          .join(' '),
      );
      expect(labels).to.deep.equal(['Lock card Visa Everyday card ••••1942', 'Lock card Visa ••••5067']);
    });

    it('names every repeated control with its card, read as displayed (no space lost)', async () => {
      const { provider, faults } = setup((store) => store.cards.forEach((c) => (c.lock = { locked: true })));
      faults.set('cards.setDeclineAlerts', { error: 'unavailable', times: 1 });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <tessera-card-lock .provider=${provider} confirm-unlock></tessera-card-lock>
      </div>`);
      const el = wrapper.querySelector('tessera-card-lock')!;
      await loaded(el);
      const cards = ['Visa Everyday card ••••1942', 'Visa ••••5067'];
      expect($$(el, '[part="card-name"]').map(text)).to.deep.equal(cards);
      // Both confirmations open, the first card's alerts change failed: every control at once.
      lockSwitch(el, 0).click();
      lockSwitch(el, 1).click();
      await el.updateComplete;
      $(el, '[part~="alerts-switch"]')!.click();
      await oneEvent(el, 'tessera-card-lock-failed');
      await settled(el);
      expect($$(el, '[part="confirm"]'), 'both confirmations').to.have.length(2);

      const controls: Array<[string, string]> = [
        ['[part~="lock-switch"]', 'Lock card'],
        ['[part~="alerts-switch"]', en.declineAlerts],
        ['[part="relock"] select', en.relockLabel],
        ['[part="confirm"]', en.confirmTitle],
        ['[part="confirm-button"]', en.confirmUnlock],
        ['[part="cancel-button"]', en.keepLocked],
        ['[part="retry"]', coreMessages.en.retry],
      ];
      for (const [selector, label] of controls) {
        const names = $$(el, `li:first-child ${selector}, li:last-child ${selector}`).map(nameOf);
        const expected = selector === '[part="retry"]' ? [`${label} ${cards[0]}`] : cards.map((name) => `${label} ${name}`);
        expect(names, selector).to.deep.equal(expected);
      }
      expect(await chromiumNames('switch'), 'Chromium’s accessibility tree').to.satisfy(
        (names: string[] | undefined) =>
          names === undefined ||
          JSON.stringify(names) ===
            JSON.stringify(cards.flatMap((name) => [`Lock card ${name}`, `${en.declineAlerts} ${name}`])),
      );
      await expect(el).to.be.accessible();
    });

    it('says so when no card can be locked', async () => {
      const { provider } = setup((store) => void (store.cards = store.cards.filter((c) => !c.lockable)));
      const el = await mountList(provider);
      expect(text($(el, '[part="empty"]'))).to.equal('You have no cards that can be locked.');
      await expect(el).to.be.accessible();
    });
  });

  describe('failures', () => {
    for (const code of PROVIDER_ERROR_CODES) {
      it(`returns to the true state and explains a “${code}” failure`, async () => {
        const { provider, store, faults } = setup();
        faults.set('cards.setCardLock', { error: code, times: 1, ...(code === 'rate-limited' ? { retryAfter: 30 } : {}) });
        const el = await mount(provider);
        const changes = record(el, 'tessera-card-lock-changed');
        lockSwitch(el).click();
        const event = await oneEvent(el, 'tessera-card-lock-failed');
        expect(event.detail).to.deep.equal({ cardId: MOCK_IDS.card, action: 'lock', code });
        await settled(el);
        expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
        expect(text($(el, '[part="state"]'))).to.equal('Unlocked');
        const error = $(el, '[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain(coreMessages.en.errors[code]);
        if (code === 'rate-limited') expect(text(error)).to.contain('30 seconds');
        expect(changes).to.deep.equal([]);
        expect(el.locked).to.equal(false);
        await expect(el).to.be.accessible();

        const retry = $(el, '[part="retry"]');
        if (!isRetryable(code)) {
          expect(retry).to.equal(null);
          return;
        }
        retry!.click();
        await oneEvent(el, 'tessera-card-lock-changed');
        await settled(el);
        expect($(el, '[part="error"]')).to.equal(null);
        expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);
        expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');
        expect(el.shadowRoot!.activeElement === lockSwitch(el), 'focus').to.equal(true);
      });
    }

    it('explains a timeout', async () => {
      const { provider, faults } = setup();
      faults.set('cards.setCardLock', { timeout: true });
      const el = await mount(provider);
      lockSwitch(el).click();
      const event = await oneEvent(el, 'tessera-card-lock-failed');
      expect(event.detail.code).to.equal('timeout');
      await settled(el);
      expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.errors.timeout);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
    });

    it('treats a malformed answer as a failure, not as a state', async () => {
      const { provider, faults } = setup();
      faults.set('cards.setCardLock', { malformed: true });
      const el = await mount(provider);
      lockSwitch(el).click();
      const event = await oneEvent(el, 'tessera-card-lock-failed');
      expect(event.detail.code).to.equal('unknown');
      await settled(el);
      expect(text($(el, '[part="error"]'))).to.contain(coreMessages.en.invalidData);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
      expect(el.locked).to.equal(false);
    });

    it('a retry after a lost answer ends in the lender’s state', async () => {
      const { provider, store, faults } = setup();
      faults.set('cards.setCardLock', { dropResponse: true, times: 1 });
      const el = await mount(provider);
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-failed');
      await settled(el);
      expect(card(store, MOCK_IDS.card).lock.locked, 'the lender applied it').to.equal(true);
      $(el, '[part="retry"]')!.click();
      await settled(el);
      await waitUntil(() => lockSwitch(el).getAttribute('aria-checked') === 'true');
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);
      expect($(el, '[part="error"]')).to.equal(null);
    });

    for (const code of PROVIDER_ERROR_CODES) {
      it(`explains a “${code}” failure while loading, with a retry when it can help`, async () => {
        const { provider, faults } = setup();
        faults.set('cards.getCard', { error: code, times: 1 });
        const el = await mount(provider);
        const error = $(el, '[part="error"]')!;
        expect(text(error)).to.contain(coreMessages.en.errors[code]);
        expect(el.locked).to.equal(undefined);
        await expect(el).to.be.accessible();
        const retry = $(el, '[part="retry"]');
        if (!isRetryable(code)) {
          expect(retry).to.equal(null);
          return;
        }
        retry!.click();
        await waitUntil(() => $(el, '[part~="lock-switch"]'));
        expect(el.locked).to.equal(false);
      });
    }

    it('explains a load timeout and a malformed card', async () => {
      const timedOut = setup();
      timedOut.faults.set('cards.getCard', { timeout: true });
      const first = await mount(timedOut.provider);
      expect(text($(first, '[part="error"]'))).to.contain(coreMessages.en.errors.timeout);

      const malformed = setup();
      malformed.faults.set('cards.listCards', { malformed: true });
      const second = await mountList(malformed.provider);
      expect(text($(second, '[part="error"]'))).to.contain(coreMessages.en.invalidData);
      await expect(second).to.be.accessible();
    });

    it('names the missing data source when there is no provider', async () => {
      const el = await fixture<TesseraCardLock>(html`<tessera-card-lock card-id="card-1"></tessera-card-lock>`);
      await loaded(el);
      expect(text($(el, '[part="error"]'))).to.contain('“cards”');
      expect($(el, '[part="retry"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('races', () => {
    it('50 rapid toggles against a slow lender end in the lender’s state, with few requests', async () => {
      const { provider, store, faults } = setup();
      faults.set('cards.setCardLock', { latencyMs: 40 });
      const el = await mount(provider);
      const changes = record(el, 'tessera-card-lock-changed');
      for (let i = 0; i < 50; i++) {
        lockSwitch(el).click();
        if (i % 7 === 0) await aTimeout(15);
      }
      await settled(el);
      const stored = card(store, MOCK_IDS.card).lock.locked;
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal(String(stored));
      expect(el.locked).to.equal(stored);
      expect(stored, 'an even number of toggles ends where it started').to.equal(false);
      expect(lockCalls(provider).length).to.be.within(1, 10);
      // Every event is a change the lender confirmed, alternating from the start state.
      expect(changes.map((change) => change.locked)).to.deep.equal(changes.map((_, i) => i % 2 === 0));
    });

    it('the last intent wins: toggling during a request sends one more when it settles', async () => {
      const { provider, store, faults } = setup();
      faults.set('cards.setCardLock', { latencyMs: 60 });
      const el = await mount(provider);
      lockSwitch(el).click();
      lockSwitch(el).click();
      lockSwitch(el).click();
      await el.updateComplete;
      expect(lockSwitch(el).getAttribute('aria-checked'), 'shows the latest intent').to.equal('true');
      await settled(el);
      expect(lockCalls(provider).map((call) => call.args[1])).to.deep.equal([{ locked: true }]);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);

      lockSwitch(el).click();
      lockSwitch(el).click();
      await settled(el);
      expect(lockCalls(provider).map((call) => call.args[1])).to.deep.equal([
        { locked: true },
        { locked: false },
        { locked: true },
      ]);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('true');
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(true);
    });

    it('whatever the rhythm of toggles, the switch ends on the lender’s answer and the last intent', async function () {
      this.timeout(60_000);
      const burst = fc.record({ clicks: fc.integer({ min: 1, max: 6 }), pause: fc.integer({ min: 0, max: 40 }) });
      await fc.assert(
        fc.asyncProperty(fc.array(burst, { minLength: 1, maxLength: 5 }), async (bursts) => {
          const { provider, store, faults } = setup();
          faults.set('cards.setCardLock', { latencyMs: 20 });
          const el = await mount(provider);
          const changes = record(el, 'tessera-card-lock-changed');
          for (const { clicks, pause } of bursts) {
            for (let i = 0; i < clicks; i++) lockSwitch(el).click();
            await aTimeout(pause);
          }
          await settled(el);
          const stored = card(store, MOCK_IDS.card).lock.locked;
          const total = bursts.reduce((sum, b) => sum + b.clicks, 0);
          expect(stored, 'the last intent').to.equal(total % 2 === 1);
          expect(lockSwitch(el).getAttribute('aria-checked')).to.equal(String(stored));
          expect(lockCalls(provider).length).to.be.at.most(2 * bursts.length);
          expect(changes.map((c) => c.locked)).to.deep.equal(changes.map((_, i) => i % 2 === 0));
          fixtureCleanup();
        }),
        { numRuns: 12 },
      );
    });

    it('an answer that arrives after the element is removed does nothing', async () => {
      const { provider, faults } = setup();
      faults.set('cards.setCardLock', { latencyMs: 30 });
      // A provider that ignores the abort signal, so the answer really arrives.
      let arrived = false;
      const deaf: TesseraProvider = {
        cards: {
          ...provider.cards,
          setCardLock: async (id, change) => {
            const answer = await provider.cards.setCardLock(id, change);
            arrived = true;
            return answer;
          },
        },
      };
      const el = await mount(deaf);
      const changes = record(el, 'tessera-card-lock-changed');
      const errors = record(el, 'tessera-card-lock-failed');
      lockSwitch(el).click();
      el.remove();
      await waitUntil(() => arrived, 'the answer never arrived');
      await aTimeout(20);
      expect(changes).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('aborts the request when the element is removed', async () => {
      const { provider, faults, store } = setup();
      faults.set('cards.setCardLock', { latencyMs: 50 });
      const el = await mount(provider);
      const errors = record(el, 'tessera-card-lock-failed');
      lockSwitch(el).click();
      el.remove();
      await aTimeout(100);
      expect(errors).to.deep.equal([]);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
    });
  });

  describe('refreshing', () => {
    it('reads again when the page becomes visible, without a skeleton and without events', async () => {
      const { provider, store, faults } = setup();
      const el = await mount(provider);
      const changes = record(el, 'tessera-card-lock-changed');
      const reads = () => provider.calls.filter((call) => call.route === 'cards.getCard').length;
      const before = reads();

      setVisibility('hidden');
      await aTimeout(20);
      expect(reads(), 'no read when hidden').to.equal(before);

      card(store, MOCK_IDS.card).lock = { locked: true, changedAt: '2026-11-21T08:00:00Z' };
      faults.set('cards.getCard', { latencyMs: 50 });
      setVisibility('visible');
      await el.updateComplete;
      expect($(el, '[part="skeleton"]'), 'no skeleton while refreshing').to.equal(null);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
      await waitUntil(() => lockSwitch(el).getAttribute('aria-checked') === 'true', 'the refresh never landed');
      expect(reads()).to.equal(before + 1);
      expect(el.locked).to.equal(true);
      expect(changes, 'no event for a refresh').to.deep.equal([]);
    });

    it('fires no event when the host changes properties', async () => {
      const { provider } = setup(lock(MOCK_IDS.authorizedUserCard));
      const el = await mount(provider);
      const changes = record(el, 'tessera-card-lock-changed');
      const errors = record(el, 'tessera-card-lock-failed');
      el.cardId = MOCK_IDS.authorizedUserCard;
      await waitUntil(() => el.locked === true, 'the new card never loaded');
      el.confirmUnlock = true;
      el.provider = createMemoryProvider(createMockStore());
      await waitUntil(() => el.locked === false, 'the new provider was never read');
      expect(changes).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('lock policy', () => {
    it('tells what still goes through and what is blocked, under a disclosure', async () => {
      const { provider, store } = setup();
      const el = await mount(provider);
      const details = $<HTMLDetailsElement>(el, '[part="policy"]')!;
      expect(details.localName).to.equal('details');
      expect(details.open).to.equal(false);
      expect(text($(el, '[part="policy-summary"]'))).to.equal(en.policySummary);
      $(el, '[part="policy-summary"]')!.click();
      await waitUntil(() => details.open);
      const lists = [...details.querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map(text));
      const policy = lockPolicyIn(store.lockPolicy, 'en');
      expect(lists).to.deep.equal([policy.allowedWhileLocked, policy.blockedWhileLocked]);
      await expect(el).to.be.accessible();
    });

    it('falls back to the default lists when the provider has no policy', async () => {
      const { provider } = setup();
      const { listCards, getCard, setCardLock } = provider.cards;
      const el = await mount({ cards: { listCards, getCard, setCardLock } });
      const lists = [...$(el, '[part="policy"]')!.querySelectorAll('ul')].map((ul) =>
        [...ul.querySelectorAll('li')].map(text),
      );
      expect(lists).to.deep.equal([en.defaultAllowed, en.defaultBlocked]);
      expect($(el, '[part="relock"]'), 'no re-lock without the capability').to.equal(null);
      expect($(el, '[part~="alerts-switch"]'), 'no alerts without the capability').to.equal(null);
    });
  });

  describe('automatic re-lock', () => {
    it('offers the lender’s choices when unlocking and sends the one picked', async () => {
      const { provider, store } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider);
      const select = $<HTMLSelectElement>(el, '[part="relock"] select')!;
      expect([...select.options].map((o) => text(o))).to.deep.equal([
        'Don’t lock again',
        'After 15 minutes',
        'After 1 hour',
        'After 1 day',
      ]);
      expect(select.value).to.equal('0');
      await expect(el).to.be.accessible();
      select.value = '60';
      select.dispatchEvent(new Event('change'));
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-changed');
      await settled(el);
      expect(lockCalls(provider).map((call) => call.args)).to.deep.equal([
        [MOCK_IDS.card, { locked: false, relockAfterMinutes: 60 }],
      ]);
      expect(card(store, MOCK_IDS.card).lock.locked).to.equal(false);
      expect($(el, '[part="relock"]'), 'only offered while locked').to.equal(null);
    });

    it('preselects relock-after, and says when the card locks again', async () => {
      const { provider, store } = setup(lock(MOCK_IDS.card));
      const el = await mount(provider, { relockAfter: 15 });
      expect($<HTMLSelectElement>(el, '[part="relock"] select')!.value).to.equal('15');
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-changed');
      await settled(el);
      expect(lockCalls(provider)[0]!.args[1]).to.deep.equal({ locked: false, relockAfterMinutes: 15 });
      expect(card(store, MOCK_IDS.card).lock.relockAt).to.be.a('string');
      expect(text($(el, '[part="state"]'))).to.match(/^Unlocked\. Locks again on /);
    });

    it('ignores relock-after when the lender does not offer that choice', async () => {
      const { provider } = setup((store) => {
        lock(MOCK_IDS.card)(store);
        delete store.capabilities.relockAfterMinutes;
      });
      const el = await mount(provider, { relockAfter: 15 });
      expect($(el, '[part="relock"]')).to.equal(null);
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-changed');
      expect(lockCalls(provider)[0]!.args[1]).to.deep.equal({ locked: false });
    });

    it('shows a scheduled re-lock in words', async () => {
      const relockAt = new Date(Date.now() + 3_600_000);
      const { provider } = setup((store) => {
        card(store, MOCK_IDS.card).lock = { locked: false, relockAt: relockAt.toISOString() };
      });
      const el = await mount(provider);
      const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(relockAt);
      expect(text($(el, '[part="state"]'))).to.equal(`Unlocked. Locks again on ${when}`);
    });
  });

  describe('declined-attempt alerts', () => {
    it('is a second switch that the customer can turn off and on', async () => {
      const { provider, store } = setup();
      const el = await mount(provider);
      const alerts = $<HTMLButtonElement>(el, '[part~="alerts-switch"]')!;
      expect(alerts.getAttribute('role')).to.equal('switch');
      expect(text(alerts)).to.equal(en.declineAlerts);
      expect(alerts.getAttribute('aria-checked')).to.equal('true');
      alerts.click();
      await settled(el);
      await waitUntil(() => alerts.getAttribute('aria-checked') === 'false');
      expect(card(store, MOCK_IDS.card).declineAlerts).to.equal(false);
      expect(provider.calls.filter((c) => c.route === 'cards.setDeclineAlerts').map((c) => c.args)).to.deep.equal([
        [MOCK_IDS.card, false],
      ]);
      await expect(el).to.be.accessible();
    });

    it('explains a failure, with a retry', async () => {
      const { provider, store, faults } = setup();
      faults.set('cards.setDeclineAlerts', { error: 'unavailable', times: 1 });
      const el = await mount(provider);
      $(el, '[part~="alerts-switch"]')!.click();
      const event = await oneEvent(el, 'tessera-card-lock-failed');
      expect(event.detail).to.deep.equal({ cardId: MOCK_IDS.card, action: 'alerts', code: 'unavailable' });
      await settled(el);
      expect($(el, '[part~="alerts-switch"]')!.getAttribute('aria-checked')).to.equal('true');
      $(el, '[part="retry"]')!.click();
      await waitUntil(() => $(el, '[part~="alerts-switch"]')!.getAttribute('aria-checked') === 'false');
      expect(card(store, MOCK_IDS.card).declineAlerts).to.equal(false);
      expect(el.shadowRoot!.activeElement === $(el, '[part~="alerts-switch"]'), 'focus back on the alerts switch').to.equal(true);
    });

    it('is hidden when the lender does not offer it', async () => {
      const { provider } = setup((store) => void (store.capabilities.declineAlerts = false));
      const el = await mount(provider);
      expect($(el, '[part~="alerts-switch"]')).to.equal(null);
    });
  });

  describe('language', () => {
    it('speaks Spanish, and follows a lang change at run time', async () => {
      const { provider } = setup(lock(MOCK_IDS.card));
      const el = await fixture<TesseraCardLock>(
        html`<div lang="es"><tessera-card-lock .provider=${provider} card-id=${MOCK_IDS.card}></tessera-card-lock></div>`,
      ).then((wrapper) => wrapper.firstElementChild as TesseraCardLock);
      await loaded(el);
      expect(text($(el, '[part~="label"]'))).to.equal('Bloquear tarjeta');
      expect(text($(el, '[part="state"]'))).to.match(/^Bloqueada desde /);
      expect(text($(el, '[part="policy-summary"]'))).to.equal(messages.es.policySummary);
      expect(text($(el, '[part="relock"] option'))).to.equal('No volver a bloquear');
      await expect(el).to.be.accessible();

      el.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => text($(el, '[part~="label"]')) === 'Lock card', 'the language never changed');
      expect(text($(el, '[part="state"]'))).to.match(/^Locked since /);
    });

    it('asks the lender for every answer in the page’s language, and reads again when it changes', async () => {
      const { provider } = setup();
      const asked: string[] = [];
      const policies = {
        en: { allowedWhileLocked: ['Refunds'], blockedWhileLocked: ['New purchases'] },
        es: { allowedWhileLocked: ['Reembolsos'], blockedWhileLocked: ['Compras nuevas'] },
      };
      const heard = (method: string, options?: CallOptions): CallOptions | undefined => {
        asked.push(`${method} ${options?.locale ?? '(none)'}`);
        return options;
      };
      const cards: CardsApi = {
        listCards: (o) => provider.cards.listCards(heard('listCards', o)),
        getCard: (id, o) => provider.cards.getCard(id, heard('getCard', o)),
        setCardLock: (id, change, o) => provider.cards.setCardLock(id, change, heard('setCardLock', o)),
        getLockPolicy: (o) => Promise.resolve(policies[heard('getLockPolicy', o)?.locale ?? 'en']),
        getCapabilities: (o) => provider.cards.getCapabilities(heard('getCapabilities', o)),
        setDeclineAlerts: (id, enabled, o) => provider.cards.setDeclineAlerts(id, enabled, heard('setDeclineAlerts', o)),
      };
      const el = await fixture<TesseraCardLock>(
        html`<div lang="es"><tessera-card-lock .provider=${{ cards }}></tessera-card-lock></div>`,
      ).then((wrapper) => wrapper.firstElementChild as TesseraCardLock);
      await loaded(el);
      const policy = () => [...$(el, '[part="policy"]')!.querySelectorAll('li')].map(text);
      expect(policy()).to.deep.equal(['Reembolsos', 'Compras nuevas']);
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-changed');
      $(el, '[part~="alerts-switch"]')!.click();
      await oneEvent(el, 'tessera-card-lock-alerts-changed');
      await settled(el);
      expect([...asked].sort()).to.deep.equal(
        ['getCapabilities es', 'getLockPolicy es', 'listCards es', 'setCardLock es', 'setDeclineAlerts es'].sort(),
      );

      asked.length = 0;
      el.parentElement!.setAttribute('lang', 'en-US');
      await waitUntil(() => policy()[0] === 'Refunds', 'the English policy never came');
      expect($(el, '[part="skeleton"]'), 'no skeleton while reading again').to.equal(null);
      expect([...asked].sort()).to.deep.equal(['getCapabilities en', 'getLockPolicy en', 'listCards en']);
      expect(lockSwitch(el).getAttribute('aria-checked'), 'the lock as the lender has it').to.equal('true');
    });

    it('explains failures in Spanish', async () => {
      const { provider, faults } = setup();
      faults.set('cards.setCardLock', { error: 'network' });
      const el = await mount(provider);
      el.setAttribute('lang', 'es');
      await waitUntil(() => text($(el, '[part~="label"]')) === 'Bloquear tarjeta');
      lockSwitch(el).click();
      await oneEvent(el, 'tessera-card-lock-failed');
      await settled(el);
      expect(text($(el, '[part="error"]'))).to.contain(coreMessages.es.errors.network);
      expect(text($(el, '[part="retry"]'))).to.equal(coreMessages.es.retry);
      await expect(el).to.be.accessible();
    });

    it('has every message in both languages', () => {
      const shape = (catalog: object) =>
        Object.entries(catalog)
          .map(([key, value]) => `${key}:${Array.isArray(value) ? 'list' : typeof value}`)
          .sort();
      expect(shape(messages.es)).to.deep.equal(shape(messages.en));
    });
  });

  describe('through the REST provider', () => {
    let api: Awaited<ReturnType<typeof startMockApi>>;

    before(async () => {
      api = await startMockApi({ baseUrl: '/api', quiet: true });
    });
    after(() => api.stop());

    it('loads and locks a card inside <tessera-provider endpoint>', async () => {
      const wrapper = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api">
        <tessera-card-lock card-id=${MOCK_IDS.card}></tessera-card-lock>
      </tessera-provider>`);
      const el = wrapper.querySelector('tessera-card-lock')!;
      await loaded(el);
      expect(el.locked).to.equal(false);
      lockSwitch(el).click();
      const event = await oneEvent(el, 'tessera-card-lock-changed');
      expect(event.detail.locked).to.equal(true);
      await settled(el);
      expect(card(api.store, MOCK_IDS.card).lock.locked).to.equal(true);
      const put = api.requests.find((request) => request.method === 'PUT');
      expect(new URL(put!.url).pathname).to.equal(`/api/cards/${MOCK_IDS.card}/lock`);
      await expect(el).to.be.accessible();
    });

    it('explains a malformed body from the server', async () => {
      api.faults.set('cards.setCardLock', { malformed: true, times: 1 });
      const wrapper = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api">
        <tessera-card-lock card-id=${MOCK_IDS.authorizedUserCard}></tessera-card-lock>
      </tessera-provider>`);
      const el = wrapper.querySelector('tessera-card-lock')!;
      await loaded(el);
      lockSwitch(el).click();
      const event = await oneEvent(el, 'tessera-card-lock-failed');
      expect(event.detail.code).to.equal('unknown');
      await settled(el);
      expect(lockSwitch(el).getAttribute('aria-checked')).to.equal('false');
    });
  });

  it('exposes its class and version', () => {
    expect(customElements.get('tessera-card-lock') === TesseraCardLock).to.equal(true);
    expect(TesseraCardLock.version).to.match(/^\d+\.\d+\.\d+/);
  });
});
