import { MOCK_IDS, type MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance, until } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/ways-to-pay/define';
import type { TesseraWaysToPay } from '@tessera/ways-to-pay';

const summaryOf = (kind: string): string => `[data-kind="${kind}"] [part~="summary"]`;

/** Expands a way, as a keyboard user does. */
const expand = (kind: string) => async (el: TesseraWaysToPay) => {
  await pressOn(el, summaryOf(kind));
  await until(el, `[data-kind="${kind}"] [part~="panel"]:not([hidden])`, `the ${kind} details`);
};

/** Changes every way, in both languages. */
const everyWay = (change: (way: MockStore['waysToPay']['en'][number]) => void) => (store: MockStore) => {
  for (const ways of Object.values(store.waysToPay)) ways.forEach(change);
};

runWidgetConformance<TesseraWaysToPay>({
  tag: 'tessera-ways-to-pay',
  packageDir: 'ways-to-pay',
  eventPrefix: 'tessera-ways-to-pay',
  // The active vehicle loan: its ways, its masked number, a reveal the lender allows.
  attributes: { 'account-id': MOCK_IDS.activeLoan },
  // A weekday in Chicago: time zone names read the same in every mount.
  set: { now: new Date('2026-11-23T16:00:00Z') },
  requires: ['help.getWaysToPay'],
  loads: ['help.getWaysToPay'],
  ready: '[part~="list"] [part~="cost"]',
  states: [
    { name: 'every account kind, with the filter', attributes: { 'account-id': null }, shows: '[part~="filter-select"]' },
    { name: 'credit cards only', attributes: { 'account-id': null, 'account-kind': 'card' }, shows: summaryOf('bill-pay') },
    { name: 'compact: names and fees only', attributes: { compact: '' }, shows: '[part~="way"] [part~="cost"]' },
    { name: 'the online way open, with its action', reach: expand('online'), shows: '[part~="action"]' },
    { name: 'mail open: the payment address, the masked number, the correspondence address', reach: expand('mail'), shows: '[part~="correspondence"]' },
    {
      name: 'bill pay open, the full number shown',
      reach: async (el) => {
        await expand('bill-pay')(el);
        await pressOn(el, '[data-kind="bill-pay"] [part~="reveal"]');
      },
      shows: '[part~="account-number"] .full',
    },
    { name: 'by phone open: the fee, who charges it, the number and hours', attributes: { 'open-id': 'phone-loan' }, shows: '[part~="phone"]' },
    { name: 'cash open: the fee varies, a link to locations', attributes: { 'open-id': 'cash' }, shows: '[part~="link"]' },
    {
      name: 'a lender that does not reveal numbers: masked only',
      store: (store) => void (store.accountNumbers = {}),
      attributes: { 'open-id': 'bill-pay-loan' },
      shows: '[part~="payee"] ~ [part~="account-number"]',
    },
    { name: 'a way with invalid data left out, with a notice', store: (store) => Object.values(store.waysToPay).forEach((ways) => (ways[1]!.name = ' ')), shows: '[part~="notice"]' },
    { name: 'no way to pay for this account', store: (store) => void (store.waysToPay = { en: [], es: [] }), shows: '[part~="empty"]' },
  ],
  actions: [
    {
      action: 'reveal',
      route: 'help.revealAccountNumber',
      perform: async (el) => {
        await expand('bill-pay')(el);
        await pressOn(el, '[data-kind="bill-pay"] [part~="reveal"]');
      },
      succeeded: 'tessera-ways-to-pay-revealed',
      failedDetail: { accountId: MOCK_IDS.activeLoan },
    },
  ],
  text: {
    // Mail open, so its addresses and the masked number beside them are measured too.
    mount: { attributes: { 'open-id': 'mail-loan' } },
    masked: [{ selector: '[data-kind="mail"] [part~="account-number"]', digits: '7730' }],
    fill: (store, value) =>
      everyWay((way) => {
        way.name = value;
        way.posting = value;
        way.notes = [value];
        if (way.cost.type !== 'free') way.cost.chargedBy = value;
        if (way.payee) way.payee = { name: value, address: [value, value] };
        if (way.paymentAddress) way.paymentAddress = [value, value, value];
        if (way.correspondenceAddress) way.correspondenceAddress = [value, value];
      })(store),
  },
  properties: { accountId: MOCK_IDS.cardAccount, accountKind: 'card', openId: 'online', compact: true, now: new Date('2026-11-24T16:00:00Z') },
});
