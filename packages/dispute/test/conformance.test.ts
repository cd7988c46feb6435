import { DISPUTE_IDS, MOCK_IDS } from '@tessera/mocks';
import { runWidgetConformance } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/dispute/define';
import type { TesseraDispute } from '@tessera/dispute';
import { NOW, chooseReason, clickOn, pdf, pickFiles, reachReview } from './steps.js';

const list = { 'transaction-id': null, 'account-id': null };

runWidgetConformance<TesseraDispute>({
  tag: 'tessera-dispute',
  packageDir: 'dispute',
  eventPrefix: 'tessera-dispute',
  // A charge on the last statement, 40 days left.
  attributes: { 'account-id': MOCK_IDS.cardAccount, 'transaction-id': DISPUTE_IDS.recent },
  set: { now: NOW },
  requires: ['disputes.getDisputeOptions', 'disputes.startDispute'],
  loads: ['disputes.getDisputeOptions'],
  ready: '[part~="reasons"]',
  states: [
    { name: 'disputes in every status, with escalation links', attributes: list, shows: '[part~="case"]' },
    { name: 'no disputes', attributes: list, store: (s) => void (s.disputes.cases = []), shows: '[part~="empty"]' },
    { name: 'a dispute with invalid data left out, with a notice', attributes: list, store: (s) => void (s.disputes.cases[0]!.caseNumber = ''), shows: '[part~="notice"]' },
    { name: 'past the 60-day window', attributes: { 'transaction-id': DISPUTE_IDS.late }, shows: '.late' },
    { name: 'a vehicle loan charge', attributes: { 'account-id': MOCK_IDS.activeLoan, 'transaction-id': DISPUTE_IDS.loan }, shows: '[part~="loan"]' },
    { name: 'a charge already disputed', attributes: { 'transaction-id': DISPUTE_IDS.disputed }, shows: '[part~="not-disputable"]' },
    { name: 'fraud: not liable, lock the card', reach: (el) => chooseReason(el, 'fraud'), shows: '[part~="lock"]' },
    {
      name: 'questions with errors and a file',
      reach: async (el) => {
        await chooseReason(el, 'duplicate');
        await pickFiles(el, [pdf(), new File(['x'], 'notes.exe', { type: 'application/x-msdownload' })]);
        await clickOn(el, '[part~="continue"]');
      },
      shows: '[part~="file"]',
    },
    { name: 'review with what happens next', reach: reachReview, shows: '[part~="next-steps"]' },
  ],
  actions: [
    {
      action: 'submit',
      route: 'disputes.startDispute',
      perform: async (el) => {
        await reachReview(el);
        await clickOn(el, '[part~="submit"]');
      },
      succeeded: 'tessera-dispute-submitted',
      failedDetail: { accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.recent },
    },
    {
      action: 'attach',
      route: 'disputes.uploadDisputeAttachment',
      perform: async (el) => {
        await chooseReason(el, 'duplicate');
        await pickFiles(el, [pdf()]);
      },
      failedDetail: { accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.recent },
    },
  ],
  text: {
    fill: (store, value) => {
      for (const t of store.disputes.transactions) t.merchant = value;
      for (const c of store.disputes.cases) c.merchant = value;
    },
  },
  properties: { transactionId: DISPUTE_IDS.late, now: new Date('2026-12-01T12:00:00Z') },
});
