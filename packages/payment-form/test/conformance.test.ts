import { MOCK_IDS, type MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance, typeInto, until } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/payment-form/define';
import type { TesseraPaymentForm } from '@tessera/payment-form';

const CONTINUE = '[part~="continue"]';
const SPACE = ' ';

/**
 * A valid routing number with no digit twice in a row (some engines' drivers drop a repeated
 * character typed in one go), known to the mock lender.
 */
const ROUTING = '012345672';
const knowsRouting = (store: MockStore): void => {
  store.banks[ROUTING] = 'Tidewater Savings Bank';
};

// The customer's way through a one-time payment of the card, by keyboard: the first amount,
// the earliest date, the first saved bank account.
async function toDate(el: TesseraPaymentForm): Promise<void> {
  await pressOn(el, '#amount', SPACE);
  await pressOn(el, '#amount', 'Enter');
  await until(el, '#date');
}

async function toFrom(el: TesseraPaymentForm): Promise<void> {
  await toDate(el);
  await pressOn(el, '#date', 'Enter');
  await until(el, '#funding');
}

async function toReview(el: TesseraPaymentForm): Promise<void> {
  await toFrom(el);
  await pressOn(el, '#funding', SPACE);
  await pressOn(el, '#funding', 'Enter');
  await until(el, '#authorize');
}

async function submit(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await pressOn(el, '#authorize', SPACE);
  await pressOn(el, CONTINUE, 'Enter');
}

/** "Add a bank account" (after the two saved ones), typed in, then Enter in the last field. */
async function addBank(el: TesseraPaymentForm): Promise<void> {
  await toFrom(el);
  await pressOn(el, '#funding-2', SPACE);
  await until(el, '[part~="bank-form"]');
  await typeInto(el, '#holderName', 'Jordan Rivera');
  await typeInto(el, '#routingNumber', ROUTING);
  await typeInto(el, '#accountNumber', '13572468');
  await typeInto(el, '#confirmAccountNumber', '13572468');
  await pressOn(el, '#confirmAccountNumber', 'Enter');
}

const pastDue = (store: MockStore): void => {
  const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount)!;
  card.pastDueAmount = { amount: 3500, currency: 'USD' };
};

runWidgetConformance<TesseraPaymentForm>({
  tag: 'tessera-payment-form',
  packageDir: 'payment-form',
  eventPrefix: 'tessera-payment-form',
  attributes: { 'account-id': MOCK_IDS.cardAccount },
  requires: [
    'accounts.getAccount',
    'payments.getPaymentOptions',
    'payments.listFundingAccounts',
    'payments.addFundingAccount',
    'payments.submitPayment',
  ],
  loads: ['accounts.getAccount', 'payments.getPaymentOptions', 'payments.listFundingAccounts'],
  // Every step, once its data is there, has its row of buttons.
  ready: '[part~="actions"]',
  states: [
    { name: 'choosing among the accounts, one past due', attributes: { 'account-id': null }, store: pastDue, shows: '[part~="past-due"]' },
    { name: 'a vehicle loan', attributes: { 'account-id': MOCK_IDS.activeLoan } },
    {
      name: 'an account with invalid data left out, with a notice',
      attributes: { 'account-id': null },
      store: (store) => (store.accounts[1]!.last4 = '7'),
      shows: '[part~="notice"]',
    },
    { name: 'the amount, not chosen', reach: (el) => pressOn(el, CONTINUE, 'Enter'), shows: '[part~="error-summary"]' },
    {
      name: 'another amount, below the minimum due',
      reach: async (el) => {
        await pressOn(el, '#amount-3', SPACE);
        await typeInto(el, '#other', '20');
      },
      shows: '#other-note',
    },
    { name: 'the date', reach: toDate, shows: '#date-note' },
    {
      name: 'a new bank account',
      reach: async (el) => {
        await toFrom(el);
        await pressOn(el, '#funding-2', SPACE);
      },
      shows: '[part~="bank-form"]',
    },
    { name: 'review', reach: toReview, shows: '[part~="authorization"]' },
    { name: 'the receipt', reach: submit, shows: '[part~="confirmation-number"]' },
    {
      name: 'a payment not confirmed yet',
      faults: [['payments.submitPayment', { dropResponse: true }]],
      reach: submit,
      shows: '[part~="unconfirmed"]',
    },
    { name: 'nothing to pay', attributes: { 'account-id': MOCK_IDS.paidOffLoan }, shows: '[part~="empty"]' },
    {
      name: 'no accounts',
      attributes: { 'account-id': null },
      store: (store) => {
        store.accounts = [];
      },
      shows: '[part~="empty"]',
    },
    { name: 'Auto Pay off', attributes: { mode: 'autopay' }, shows: '[part~="set-up"]' },
    { name: 'Auto Pay on', attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan }, shows: '[part~="turn-off"]' },
    {
      name: 'changing Auto Pay',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      reach: (el) => pressOn(el, '[part~="change"]', 'Enter'),
      shows: '[part~="cancel"]',
    },
    {
      name: 'turning Auto Pay off',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      reach: (el) => pressOn(el, '[part~="turn-off"]', 'Enter'),
      shows: '[part~="keep"]',
    },
  ],
  actions: [
    {
      action: 'submit',
      route: 'payments.submitPayment',
      perform: submit,
      succeeded: 'tessera-payment-form-submitted',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'add-bank-account',
      route: 'payments.addFundingAccount',
      store: knowsRouting,
      perform: addBank,
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'autopay-enroll',
      route: 'payments.setAutoPay',
      attributes: { mode: 'autopay' },
      perform: async (el) => {
        await pressOn(el, '[part~="set-up"]', 'Enter');
        await until(el, '#rule');
        await pressOn(el, '#rule', SPACE);
        await pressOn(el, '#funding', SPACE);
        await pressOn(el, CONTINUE, 'Enter');
      },
      succeeded: 'tessera-payment-form-autopay-changed',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'autopay-cancel',
      route: 'payments.cancelAutoPay',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      perform: async (el) => {
        await pressOn(el, '[part~="turn-off"]', 'Enter');
        await until(el, '[part~="confirm-turn-off"]');
        await pressOn(el, '[part~="confirm-turn-off"]', 'Enter');
      },
      succeeded: 'tessera-payment-form-autopay-changed',
      failedDetail: { accountId: MOCK_IDS.activeLoan },
    },
  ],
  text: {
    mount: { attributes: { 'account-id': null } },
    shows: '#account',
    fill: (store, value) => {
      for (const account of store.accounts) {
        account.name = value;
        if (account.kind === 'vehicle-loan') Object.assign(account.vehicle, { make: value, model: value });
      }
    },
    masked: [{ selector: '[part~="option"]', digits: '4821' }],
  },
  properties: { accountId: MOCK_IDS.activeLoan, mode: 'autopay', minDate: '2026-11-30', maxDate: '2026-12-15' },
});
