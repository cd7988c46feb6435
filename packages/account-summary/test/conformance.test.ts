import { DEFAULT_TODAY, MOCK_IDS, accountStates } from '@tessera/mocks';
import { pressOn, runWidgetConformance } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/account-summary/define';
import type { TesseraAccountSummary } from '@tessera/account-summary';

const ALL = { 'account-id': null };
const LOAN = { 'account-id': MOCK_IDS.activeLoan };

/** Opens the loan's payoff-quote form and asks for the amount, with the keyboard. */
async function quote(el: TesseraAccountSummary): Promise<void> {
  await pressOn(el, '[part~="quote-toggle"]');
  await pressOn(el, '[part~="get-quote"]');
}

runWidgetConformance<TesseraAccountSummary>({
  tag: 'tessera-account-summary',
  packageDir: 'account-summary',
  eventPrefix: 'tessera-account-summary',
  // One card: what the skeleton reserves for a single account.
  attributes: { 'account-id': MOCK_IDS.cardAccount },
  // Days left count from the mock lender's day.
  set: { now: new Date(`${DEFAULT_TODAY}T12:00:00`) },
  requires: ['accounts.getAccount'],
  loads: ['accounts.getAccount', 'accounts.listScheduledPayments'],
  ready: '[part~="facts"]',
  states: [
    { name: 'every account: a card, a loan, a paid-off loan', attributes: ALL, shows: '[part~="account"] + [part~="account"] + [part~="account"]' },
    { name: 'a vehicle loan with its payoff quote and letter', attributes: LOAN, reach: quote, shows: '[part~="payoff-letter"]' },
    {
      name: 'a good-through date left empty: the rule, tied to the field',
      attributes: LOAN,
      reach: async (el) => {
        await pressOn(el, '[part~="quote-toggle"]');
        el.shadowRoot!.querySelector<HTMLInputElement>('[part~="date"]')!.value = '';
        await pressOn(el, '[part~="get-quote"]');
      },
      shows: '[part~="field-error"]',
    },
    { name: 'past due, right to left', attributes: { ...ALL, dir: 'rtl' }, store: accountStates.pastDue, shows: '[part~="status-late"]' },
    { name: 'due today', store: accountStates.dueToday, shows: '[part~="status-today"]' },
    { name: 'a credit balance', store: accountStates.creditBalance, shows: '[part~="status-credit"]' },
    { name: 'over the limit', store: accountStates.overLimit, shows: '[part~="status-over"]' },
    { name: 'a pending payment, a scheduled one, Auto Pay on', store: accountStates.scheduledAndPending, shows: '.badge.pending' },
    { name: 'a paid-off loan with the way to its title', attributes: { 'account-id': MOCK_IDS.paidOffLoan }, shows: '[part~="track-title"]' },
    { name: 'an account with invalid data left out, with a notice', attributes: ALL, store: (s) => void (s.accounts[1]!.last4 = '77'), shows: '[part~="notice"]' },
    { name: 'no account', attributes: ALL, store: (s) => void (s.accounts = []), shows: '[part~="empty"]' },
  ],
  actions: [
    {
      action: 'payoff-quote',
      route: 'accounts.getPayoffQuote',
      attributes: LOAN,
      perform: quote,
      succeeded: 'tessera-account-summary-payoff-quoted',
      failedDetail: { accountId: MOCK_IDS.activeLoan },
    },
  ],
  text: {
    fill: (store, value) => {
      for (const account of store.accounts) account.name = value;
    },
    masked: [{ selector: '[part~="account"] .heading', digits: '4821' }],
  },
  properties: { accountId: MOCK_IDS.activeLoan, now: new Date('2026-12-24T12:00:00') },
});
