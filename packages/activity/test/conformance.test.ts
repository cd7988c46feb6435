import { MOCK_IDS, scheduledPayment, type MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance, shadow } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/activity/define';
import type { TesseraActivity } from '@tessera/activity';

const NOW = new Date('2026-11-21T15:00:00Z');
// The CSV download would open the browser's own dialog: the element's click on its
// temporary link still happens (checked in activity.test.ts), the browser's saving does not.
document.addEventListener('click', (e) => {
  const target = e.composedPath()[0];
  if (target instanceof HTMLAnchorElement && target.download) e.preventDefault();
}, true);

/** A $50.00 payment on the card in ten days: `pmt-s3` (two payments are seeded). */
const withScheduled = (store: MockStore): void => void scheduledPayment(store, MOCK_IDS.cardAccount, 10, 5_000);

/** Opens the change form and types a new amount. */
async function changeAmount(el: TesseraActivity): Promise<void> {
  await pressOn(el, '[part~="change"]');
  const amount = shadow<HTMLInputElement>(el, '[part~="edit"] input[inputmode]')!;
  amount.value = '40.00';
  amount.dispatchEvent(new Event('input'));
  await pressOn(el, '[part~="save"]');
}

runWidgetConformance<TesseraActivity>({
  tag: 'tessera-activity',
  packageDir: 'activity',
  eventPrefix: 'tessera-activity',
  // The card: this statement period's transactions, ten to a page.
  attributes: { 'account-id': MOCK_IDS.cardAccount, 'page-size': '10' },
  set: { now: NOW },
  requires: ['accounts.getAccount', 'activity.listStatementPeriods', 'activity.listTransactions'],
  loads: ['accounts.getAccount', 'accounts.listScheduledPayments', 'activity.listStatementPeriods', 'activity.listTransactions'],
  ready: '[part~="table"] [part~="row"]',
  states: [
    { name: 'a vehicle loan’s payment history, one returned', attributes: { 'account-id': MOCK_IDS.activeLoan }, shows: '[part~="table"]' },
    { name: 'a scheduled payment that can still change', store: withScheduled, shows: '[part~="payment"] [part~="cancel"]' },
    { name: 'the cancel confirmation', store: withScheduled, reach: (el) => pressOn(el, '[part~="cancel"]'), shows: '[part~="confirm"]' },
    { name: 'the change form', store: withScheduled, reach: (el) => pressOn(el, '[part~="change"]'), shows: '[part~="edit"]' },
    { name: 'a period with no activity', store: (store) => void (store.transactions = []), shows: '[part~="empty"]' },
    {
      name: 'a transaction with invalid data left out, with a notice',
      store: (store) => void (store.transactions[0]!.description = ' '),
      shows: '[part~="notice"]',
    },
  ],
  actions: [
    { action: 'more', route: 'activity.listTransactions', perform: (el) => pressOn(el, '[part~="more"]'), failedDetail: { accountId: MOCK_IDS.cardAccount } },
    // The whole period's CSV: the standard mount has one page left to fetch.
    { action: 'export', route: 'activity.listTransactions', perform: (el) => pressOn(el, '[part~="export-all"]'), failedDetail: { accountId: MOCK_IDS.cardAccount } },
    {
      action: 'cancel',
      route: 'payments.cancelPayment',
      store: withScheduled,
      perform: async (el) => {
        await pressOn(el, '[part~="cancel"]');
        await pressOn(el, '[part~="confirm-cancel"]');
      },
      succeeded: 'tessera-activity-payment-cancelled',
      failedDetail: { accountId: MOCK_IDS.cardAccount, paymentId: 'pmt-s3' },
    },
    {
      action: 'change',
      route: 'payments.changeScheduledPayment',
      store: withScheduled,
      perform: changeAmount,
      succeeded: 'tessera-activity-payment-changed',
      failedDetail: { accountId: MOCK_IDS.cardAccount, paymentId: 'pmt-s3' },
    },
  ],
  text: {
    fill: (store, value) => {
      for (const t of store.transactions) t.description = value;
    },
  },
  properties: { accountId: MOCK_IDS.activeLoan, pageSize: 5, now: new Date('2026-12-24T12:00:00Z') },
});
