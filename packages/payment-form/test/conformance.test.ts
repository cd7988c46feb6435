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
// then review (the earliest date and the preferred bank account are taken as they are); the
// date and bank account steps through review's edit buttons.
async function toReview(el: TesseraPaymentForm): Promise<void> {
  await pressOn(el, '#amount', SPACE);
  await pressOn(el, '#amount', 'Enter');
  await until(el, '#authorize');
}

async function toDate(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await pressOn(el, '#edit-date', 'Enter');
  await until(el, '#date');
}

async function toFrom(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await pressOn(el, '#edit-from', 'Enter');
  await until(el, '#funding');
}

async function submit(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await pressOn(el, '#authorize', SPACE);
  await pressOn(el, CONTINUE, 'Enter');
}

/** On the confirmation of a scheduled payment: "Cancel this payment", then confirm. */
async function cancelPayment(el: TesseraPaymentForm): Promise<void> {
  await submit(el);
  await until(el, '[part~="cancel-payment"]');
  await pressOn(el, '[part~="cancel-payment"]', 'Enter');
  await until(el, '[part~="confirm-cancel-payment"]');
  await pressOn(el, '[part~="confirm-cancel-payment"]', 'Enter');
}

/** Auto Pay set up (or changed) as it comes, to its authorization. */
async function toAutopayReview(el: TesseraPaymentForm, start = '[part~="set-up"]'): Promise<void> {
  await pressOn(el, start, 'Enter');
  await until(el, '#rule');
  await pressOn(el, CONTINUE, 'Enter');
  await until(el, '#authorize');
}

async function authorizeAutopay(el: TesseraPaymentForm): Promise<void> {
  await toAutopayReview(el);
  await pressOn(el, '#authorize', SPACE);
  await pressOn(el, CONTINUE, 'Enter');
}

/** A fixed Auto Pay amount of $10.00. */
async function fixedTen(el: TesseraPaymentForm, start: string, fixed: string): Promise<void> {
  await pressOn(el, start, 'Enter');
  await until(el, '#rule');
  await pressOn(el, fixed, SPACE);
  await typeInto(el, '#fixed', '10');
}

/** The loan's Auto Pay drafts on the 23rd: the next draft, November 23, is past its cutoff (November 18). */
const draftTooLate = (store: MockStore): void => {
  store.autoPay[MOCK_IDS.activeLoan]!.startDate = '2025-06-23';
};

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
  loads: ['accounts.getAccount', 'payments.getPaymentOptions', 'payments.listFundingAccounts', 'payments.getAutoPay'],
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
    {
      name: 'another amount, left empty',
      reach: async (el) => {
        await pressOn(el, '#amount-3', SPACE);
        await pressOn(el, CONTINUE, 'Enter');
      },
      shows: '[part~="error-summary"]',
    },
    {
      name: 'a field left with a problem',
      reach: async (el) => {
        await pressOn(el, '#amount-3', SPACE);
        await typeInto(el, '#other', '12a');
        await pressOn(el, '#other', 'Tab');
      },
      shows: '#other-error',
    },
    { name: 'a one-time payment with Auto Pay on', attributes: { 'account-id': MOCK_IDS.activeLoan }, shows: '[part~="autopay-note"]' },
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
    {
      name: 'review of less than the amount due',
      reach: async (el) => {
        await pressOn(el, '#amount-3', SPACE);
        await typeInto(el, '#other', '20');
        await pressOn(el, '#other', 'Enter');
      },
      shows: '[part~="on-time"].warning',
    },
    { name: 'the receipt', reach: submit, shows: '[part~="cancel-payment"]' },
    {
      name: 'cancelling the payment',
      reach: async (el) => {
        await submit(el);
        await until(el, '[part~="cancel-payment"]');
        await pressOn(el, '[part~="cancel-payment"]', 'Enter');
      },
      shows: '[part~="confirm-cancel-payment"]',
    },
    { name: 'a cancelled payment', reach: cancelPayment, shows: '[part~="receipt"][data-status="cancelled"]' },
    {
      name: 'a payment not confirmed yet',
      faults: [['payments.submitPayment', { dropResponse: true }]],
      reach: submit,
      shows: '[part~="unconfirmed"] [part~="contact"] a[href^="tel:"]',
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
    { name: 'authorizing Auto Pay', attributes: { mode: 'autopay' }, reach: (el) => toAutopayReview(el), shows: '[part~="authorization"]' },
    {
      name: 'authorizing a change of Auto Pay',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      reach: (el) => toAutopayReview(el, '[part~="change"]'),
      shows: '[part~="authorization"]',
    },
    { name: 'Auto Pay set up, its copy sent', attributes: { mode: 'autopay' }, reach: authorizeAutopay, shows: '[part~="autopay-confirmation"]' },
    {
      name: 'Auto Pay set up, its copy shown',
      attributes: { mode: 'autopay' },
      store: (store) => {
        store.authorizationCopy = null;
      },
      reach: authorizeAutopay,
      shows: '[part~="autopay-confirmation"] .copy',
    },
    {
      name: 'a fixed Auto Pay amount below the minimum due, with a warning',
      attributes: { mode: 'autopay' },
      reach: (el) => fixedTen(el, '[part~="set-up"]', '#rule-2'),
      shows: '#fixed-note',
    },
    {
      name: 'a fixed Auto Pay amount below the installment, refused',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      reach: async (el) => {
        await fixedTen(el, '[part~="change"]', '#rule-1');
        await pressOn(el, CONTINUE, 'Enter');
      },
      shows: '#fixed-error',
    },
    {
      name: 'turning Auto Pay off too late to stop the next draft',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      store: draftTooLate,
      reach: (el) => pressOn(el, '[part~="turn-off"]', 'Enter'),
      shows: '.note.warning',
    },
    {
      name: 'Auto Pay turned off, its next draft still made',
      attributes: { mode: 'autopay', 'account-id': MOCK_IDS.activeLoan },
      store: draftTooLate,
      reach: async (el) => {
        await pressOn(el, '[part~="turn-off"]', 'Enter');
        await until(el, '[part~="confirm-turn-off"]');
        await pressOn(el, '[part~="confirm-turn-off"]', 'Enter');
      },
      shows: '[part~="autopay-confirmation"]',
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
      action: 'cancel-payment',
      route: 'payments.cancelPayment',
      perform: cancelPayment,
      succeeded: 'tessera-payment-form-payment-cancelled',
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
      perform: authorizeAutopay,
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
