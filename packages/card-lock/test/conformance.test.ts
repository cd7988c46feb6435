import { MOCK_IDS, type MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance, until } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/card-lock/define';
import type { TesseraCardLock } from '@tessera/card-lock';

const lockCard = (id: string) => (store: MockStore) => {
  const card = store.cards.find((c) => c.id === id)!;
  card.lock = { locked: true, changedAt: '2026-11-20T22:41:00Z' };
};

const LOCK_SWITCH = '[part~="lock-switch"]';

runWidgetConformance<TesseraCardLock>({
  tag: 'tessera-card-lock',
  packageDir: 'card-lock',
  eventPrefix: 'tessera-card-lock',
  attributes: { 'card-id': MOCK_IDS.card },
  requires: ['cards.getCard', 'cards.setCardLock'],
  loads: ['cards.getCard'],
  ready: LOCK_SWITCH,
  states: [
    { name: 'every lockable card, an authorized user’s included', attributes: { 'card-id': null }, shows: '[part~="card-meta"]' },
    {
      name: 'a card with invalid data left out of the list, with a notice',
      attributes: { 'card-id': null },
      store: (store) => (store.cards[1]!.last4 = '12'),
      shows: '[part~="notice"]',
    },
    { name: 'a card that cannot be locked', attributes: { 'card-id': MOCK_IDS.replacedCard }, shows: '[part~="not-lockable"]' },
    {
      name: 'no card to lock',
      attributes: { 'card-id': null },
      store: (store) => store.cards.forEach((card) => (card.lockable = false)),
      shows: '[part~="empty"]',
    },
    { name: 'locked, with the re-lock choice', store: lockCard(MOCK_IDS.card), shows: '[part~="relock"]' },
    {
      name: 'the unlock confirmation',
      store: lockCard(MOCK_IDS.card),
      attributes: { 'confirm-unlock': '' },
      reach: (el) => pressOn(el, LOCK_SWITCH),
      shows: '[part~="confirm"]',
    },
    {
      name: 'the policy, open',
      reach: (el) => pressOn(el, '[part~="policy-summary"]'),
      shows: '[part~="policy"][open]',
    },
  ],
  actions: [
    {
      action: 'lock',
      route: 'cards.setCardLock',
      perform: (el) => pressOn(el, LOCK_SWITCH),
      succeeded: 'tessera-card-lock-changed',
      failedDetail: { cardId: MOCK_IDS.card },
    },
    {
      action: 'unlock',
      route: 'cards.setCardLock',
      store: lockCard(MOCK_IDS.card),
      attributes: { 'confirm-unlock': '' },
      perform: async (el) => {
        await pressOn(el, LOCK_SWITCH);
        await until(el, '[part~="confirm-button"]');
        await pressOn(el, '[part~="confirm-button"]');
      },
      succeeded: 'tessera-card-lock-changed',
      failedDetail: { cardId: MOCK_IDS.card },
    },
    {
      action: 'alerts',
      route: 'cards.setDeclineAlerts',
      perform: (el) => pressOn(el, '[part~="alerts-switch"]'),
      succeeded: 'tessera-card-lock-alerts-changed',
      failedDetail: { cardId: MOCK_IDS.card },
    },
  ],
  text: {
    mount: { attributes: { 'card-id': null } },
    shows: '[part~="card-meta"]',
    fill: (store, value) => {
      for (const card of store.cards) {
        card.nickname = value;
        card.holderName = value;
        card.notLockableReason = value;
      }
      store.lockPolicy.allowedWhileLocked = [value];
    },
    masked: [
      { selector: '[part~="card-name"]', digits: '1942' },
      { selector: 'li:nth-child(2) [part~="card-name"]', digits: '5067' },
    ],
  },
  properties: { cardId: MOCK_IDS.authorizedUserCard, confirmUnlock: true, relockAfter: 60 },
});
