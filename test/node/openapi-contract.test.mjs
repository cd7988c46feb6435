// The spec, the mocks and the client cannot drift: packages/provider-rest/openapi.yaml is
// the source of truth, and
// - the mock API (`@tessera/mocks/server`'s fetch handler, and the msw handlers, which share
//   its routes) answers every operation of the spec, for valid requests built from the seed
//   data and for requests that fail (unknown ids, bad bodies, every declared error status
//   injected as a fault), with the status, headers and body the spec declares, and in
//   Spanish when asked (Accept-Language: es): Content-Language: es, none of the store's
//   English in the body, and error and field messages worded otherwise than in English;
// - every request the REST provider (`@tessera/provider-rest`) sends, for every provider
//   method, is the spec's operation of that name with its declared parameters, headers and
//   body.
// A failure names the operation, the JSON pointer of the field and the rule. Needs
// `npm run build` (it imports the built packages).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createApiHandler } from '@tessera/mocks/server';
import { createHandlers } from '@tessera/mocks/handlers';
import { createFaults, createMockStore, DISPUTE_IDS, englishOnlyTexts, MOCK_IDS, ROUTES } from '@tessera/mocks';
import { createRestProvider } from '@tessera/provider-rest';
import { loadOpenApi } from './openapi-checker.mjs';

const api = loadOpenApi(new URL('../../packages/provider-rest/openapi.yaml', import.meta.url));
const BASE_URL = api.spec.servers[0].url;
const operationById = new Map(api.operations.map((o) => [o.id, o]));

function assertNoProblems(problems, context) {
  if (problems.length > 0) assert.fail(`${context}: ${problems.length} problem(s) with openapi.yaml\n  ${problems.join('\n  ')}`);
}

/** Every string value of a JSON body (not its keys). */
// An FAQ entry's `keywords` are never shown: they hold the words customers type in either
// language ("Auto Pay" on a Spanish page), so they are not read as English left in an answer.
const stringsOf = (value) =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => (key === 'keywords' ? [] : stringsOf(item)))
      : [];

/** The store's English (whose Spanish differs) found in a body: none belongs in a Spanish answer. */
function englishIn(store, body) {
  const strings = stringsOf(body);
  return englishOnlyTexts(store).filter((text) => strings.some((s) => s.includes(text)));
}

/** Error and field messages of an Error body. */
const messagesOf = (body) => [body?.error?.message, ...(body?.error?.fieldErrors ?? []).map((f) => f.message)];

/** Asked in Spanish: `Accept-Language: es…` and no other `?locale=`. */
const SPANISH = { 'Accept-Language': 'es-US,es;q=0.9,en;q=0.5' };

/** A dispute of the seeded charge inside its window ("Something else"). */
const DISPUTE_BODY = {
  accountId: MOCK_IDS.cardAccount,
  transactionId: DISPUTE_IDS.recent,
  reason: 'other',
  answers: { merchantContacted: false, details: 'Charged after I canceled.' },
  attachmentIds: [],
};

/** A dispute's file as a form: the file and its name. */
function attachmentForm(type) {
  const form = new FormData();
  form.set('file', new File(['%PDF-1.4'], 'receipt.pdf', { type }), 'receipt.pdf');
  form.set('name', 'receipt.pdf');
  return form;
}
/** The mock lender's today, and a day `n` days after it (payoff quotes are good through a date in a window). */
const TODAY = createMockStore().today;
const daysAfterToday = (n) => new Date(Date.parse(TODAY) + n * 86_400_000).toISOString().slice(0, 10);

/** The mock route (`cards.getCard`) of an operation (`getCard`): faults are set by route. */
function routeOf(operationId) {
  const route = ROUTES.find((r) => r.endsWith(`.${operationId}`));
  assert.ok(route, `operation ${operationId} has no route in @tessera/mocks' ROUTES (an operation the mock API does not serve)`);
  return route;
}

/** Two transports of the one mock API, each as `Request` → `Response | undefined`. */
const transports = {
  'fetch handler (@tessera/mocks/server)': (store, faults) => createApiHandler({ store, faults, basePath: new URL(BASE_URL).pathname }),
  'msw handlers (@tessera/mocks/handlers)': (store, faults) => {
    const handlers = createHandlers({ store, faults, baseUrl: BASE_URL });
    return (request) => getResponse(handlers, request);
  },
};

const NEW_ROUTING_NUMBER = '011000015';
const UNKNOWN_ROUTING_NUMBER = '011000028';

/** The authorization a customer accepted, as the widget sends it with an Auto Pay change. */
const AUTHORIZATION = {
  version: 'HB-AUTOPAY-2026-03',
  acceptedAt: '2026-11-20T16:04:05.000Z',
  locale: 'en',
  text: 'Amount: Fixed amount $300.00\nFrom: Lakeshore Community Bank ••••6789 (Checking)\nYou authorize Harborview Bank to debit the bank account shown each month.',
};

/** A fixed-amount Auto Pay enrollment of the loan from checking, authorized. */
const fixedEnrollment = (ctx, cents) => ({
  rule: 'fixed',
  fixedAmount: { amount: cents, currency: 'USD' },
  fundingAccountId: MOCK_IDS.checking,
  startDate: ctx.earliestDate,
  authorization: AUTHORIZATION,
});

/**
 * What to ask the mock API, per operation: a valid request (built from the seed data) with
 * the status it answers, and more requests, at least one failing. `ctx.earliestDate` is the
 * first date a payment can be made on, read from the API first.
 */
const cases = {
  listAccounts: { valid: () => ({ expect: 200 }), more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }] },
  getAccount: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [
      { why: 'a vehicle loan', params: { accountId: MOCK_IDS.activeLoan }, expect: 200 },
      { why: 'a paid-off loan', params: { accountId: MOCK_IDS.paidOffLoan }, expect: 200 },
      { why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 },
      { why: 'in Spanish', params: { accountId: MOCK_IDS.activeLoan }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown id, in Spanish', params: { accountId: 'no-such-account' }, headers: SPANISH, expect: 404, spanish: true },
    ],
  },
  getPayoffQuote: {
    valid: () => ({ params: { accountId: MOCK_IDS.activeLoan }, query: { goodThrough: daysAfterToday(10) }, expect: 200 }),
    more: () => [
      { why: 'good through today', params: { accountId: MOCK_IDS.activeLoan }, query: { goodThrough: TODAY }, expect: 200 },
      { why: 'a date past the window', params: { accountId: MOCK_IDS.activeLoan }, query: { goodThrough: daysAfterToday(11) }, expect: 422 },
      { why: 'a paid-off loan', params: { accountId: MOCK_IDS.paidOffLoan }, query: { goodThrough: TODAY }, expect: 422 },
      { why: 'an unknown id', params: { accountId: 'no-such-account' }, query: { goodThrough: TODAY }, expect: 404 },
    ],
  },
  listScheduledPayments: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [{ why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 }],
  },
  getPaymentOptions: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [
      { why: 'a vehicle loan', params: { accountId: MOCK_IDS.activeLoan }, expect: 200 },
      { why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  getAutoPay: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [{ why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 }],
  },
  setAutoPay: {
    valid: (ctx) => ({
      params: { accountId: MOCK_IDS.activeLoan },
      headers: { 'Idempotency-Key': 'contract-autopay-1' },
      body: fixedEnrollment(ctx, 60_000),
      expect: 200,
    }),
    more: (ctx) => [
      {
        why: 'the same key and body again (the enrollment again)',
        params: { accountId: MOCK_IDS.activeLoan },
        headers: { 'Idempotency-Key': 'contract-autopay-1' },
        body: fixedEnrollment(ctx, 60_000),
        expect: 200,
      },
      {
        why: 'the same key with another amount',
        params: { accountId: MOCK_IDS.activeLoan },
        headers: { 'Idempotency-Key': 'contract-autopay-1' },
        body: fixedEnrollment(ctx, 70_000),
        expect: 409,
      },
      {
        why: 'a card account, with an extra amount',
        params: { accountId: MOCK_IDS.cardAccount },
        headers: { 'Idempotency-Key': 'contract-autopay-2' },
        body: {
          rule: 'minimum-due',
          extraAmount: { amount: 2_500, currency: 'USD' },
          fundingAccountId: MOCK_IDS.savings,
          startDate: ctx.earliestDate,
          authorization: AUTHORIZATION,
        },
        expect: 200,
      },
      {
        why: 'an unknown rule (bad body)',
        params: { accountId: MOCK_IDS.cardAccount },
        headers: { 'Idempotency-Key': 'contract-autopay-3' },
        body: { rule: 'everything', fundingAccountId: MOCK_IDS.checking, startDate: ctx.earliestDate, authorization: AUTHORIZATION },
        expect: 422,
        invalidRequest: true,
      },
      {
        why: 'no authorization (bad body)',
        params: { accountId: MOCK_IDS.cardAccount },
        headers: { 'Idempotency-Key': 'contract-autopay-4' },
        body: { rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate: ctx.earliestDate },
        expect: 422,
        invalidRequest: true,
      },
      {
        why: 'no Idempotency-Key',
        params: { accountId: MOCK_IDS.cardAccount },
        body: { rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate: ctx.earliestDate, authorization: AUTHORIZATION },
        expect: 422,
        invalidRequest: true,
      },
      {
        why: 'a body that is not JSON',
        params: { accountId: MOCK_IDS.cardAccount },
        headers: { 'Idempotency-Key': 'contract-autopay-5' },
        body: '{"rule":',
        expect: 400,
        invalidRequest: true,
      },
      {
        why: 'an unknown account',
        params: { accountId: 'no-such-account' },
        headers: { 'Idempotency-Key': 'contract-autopay-6' },
        body: { rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate: ctx.earliestDate, authorization: AUTHORIZATION },
        expect: 404,
      },
    ],
  },
  cancelAutoPay: {
    valid: () => ({ params: { accountId: MOCK_IDS.activeLoan }, expect: 200 }),
    more: () => [{ why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 }],
  },
  listFundingAccounts: { valid: () => ({ expect: 200 }) },
  addFundingAccount: {
    valid: () => ({ body: { holderName: 'Jordan Rivera', routingNumber: NEW_ROUTING_NUMBER, accountNumber: '000123456789', type: 'savings' }, expect: 201 }),
    more: () => [
      {
        why: 'an account number with letters (bad body)',
        body: { holderName: 'Jordan Rivera', routingNumber: NEW_ROUTING_NUMBER, accountNumber: '12AB', type: 'checking' },
        expect: 422,
        invalidRequest: true,
      },
      { why: 'a body without fields', body: {}, expect: 422, invalidRequest: true },
      { why: 'a body without fields, in Spanish', headers: SPANISH, body: {}, expect: 422, invalidRequest: true, spanish: true },
      {
        why: 'the same account again',
        body: { holderName: 'Jordan Rivera', routingNumber: NEW_ROUTING_NUMBER, accountNumber: '000123456789', type: 'savings' },
        expect: 422,
      },
    ],
  },
  lookupRoutingNumber: {
    valid: () => ({ params: { routingNumber: NEW_ROUTING_NUMBER }, expect: 200 }),
    more: () => [{ why: 'an unknown routing number', params: { routingNumber: UNKNOWN_ROUTING_NUMBER }, expect: 404 }],
  },
  submitPayment: {
    valid: (ctx) => ({
      headers: { 'Idempotency-Key': 'contract-payment-1' },
      body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 5_000, currency: 'USD' }, date: ctx.earliestDate },
      expect: 201,
    }),
    more: (ctx) => [
      {
        why: 'the same key and body again (the first receipt)',
        headers: { 'Idempotency-Key': 'contract-payment-1' },
        body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 5_000, currency: 'USD' }, date: ctx.earliestDate },
        expect: 200,
      },
      {
        why: 'the same key with another amount',
        headers: { 'Idempotency-Key': 'contract-payment-1' },
        body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 6_000, currency: 'USD' }, date: ctx.earliestDate },
        expect: 409,
      },
      {
        why: 'an amount that is not in cents (bad body)',
        headers: { 'Idempotency-Key': 'contract-payment-2' },
        body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 50.5, currency: 'USD' }, date: ctx.earliestDate },
        expect: 422,
        invalidRequest: true,
      },
      {
        why: 'no Idempotency-Key',
        body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 5_000, currency: 'USD' }, date: ctx.earliestDate },
        expect: 422,
        invalidRequest: true,
      },
      {
        why: 'an unknown account',
        headers: { 'Idempotency-Key': 'contract-payment-3' },
        body: { accountId: 'no-such-account', fundingAccountId: MOCK_IDS.checking, amount: { amount: 5_000, currency: 'USD' }, date: ctx.earliestDate },
        expect: 404,
      },
    ],
  },
  cancelPayment: {
    valid: (ctx) => ({ params: { paymentId: ctx.scheduledPaymentId }, expect: 200 }),
    more: (ctx) => [
      { why: 'a cancelled payment again (answered again)', params: { paymentId: ctx.scheduledPaymentId }, expect: 200 },
      { why: 'a posted payment (past its cutoff)', params: { paymentId: 'pmt-1' }, expect: 422 },
      { why: 'an unknown payment', params: { paymentId: 'no-such-payment' }, expect: 404 },
    ],
  },
  changeScheduledPayment: {
    valid: (ctx) => ({ params: { paymentId: ctx.changeablePaymentId }, headers: { 'Idempotency-Key': 'contract-change-1' }, body: { amount: { amount: 900, currency: 'USD' } }, expect: 200 }),
    more: (ctx) => [
      { why: 'the same key and change (answered again)', params: { paymentId: ctx.changeablePaymentId }, headers: { 'Idempotency-Key': 'contract-change-1' }, body: { amount: { amount: 900, currency: 'USD' } }, expect: 200 },
      { why: 'the same key, another change', params: { paymentId: ctx.changeablePaymentId }, headers: { 'Idempotency-Key': 'contract-change-1' }, body: { amount: { amount: 800, currency: 'USD' } }, expect: 409 },
      { why: 'nothing to change', params: { paymentId: ctx.changeablePaymentId }, headers: { 'Idempotency-Key': 'contract-change-2' }, body: {}, expect: 422 },
      { why: 'a posted payment (past its cutoff)', params: { paymentId: 'pmt-1' }, headers: { 'Idempotency-Key': 'contract-change-3' }, body: { amount: { amount: 900, currency: 'USD' } }, expect: 422 },
      { why: 'an unknown payment', params: { paymentId: 'no-such-payment' }, headers: { 'Idempotency-Key': 'contract-change-4' }, body: { amount: { amount: 900, currency: 'USD' } }, expect: 404 },
    ],
  },
  listStatementPeriods: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [
      { why: 'a vehicle loan', params: { accountId: MOCK_IDS.activeLoan }, expect: 422 },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  listTransactions: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, query: { status: 'posted', kind: 'purchase', limit: '5' }, expect: 200 }),
    more: () => [
      { why: 'an unknown kind', params: { accountId: MOCK_IDS.cardAccount }, query: { kind: 'refund' }, expect: 422, invalidRequest: true },
      { why: 'a period the account does not have', params: { accountId: MOCK_IDS.cardAccount }, query: { periodId: '1999-01' }, expect: 422 },
      { why: 'a cursor from nowhere', params: { accountId: MOCK_IDS.cardAccount }, query: { cursor: 'nonsense' }, expect: 422 },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  listLoanPayments: {
    valid: () => ({ params: { accountId: MOCK_IDS.activeLoan }, query: { limit: '5' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', params: { accountId: MOCK_IDS.activeLoan }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'a card', params: { accountId: MOCK_IDS.cardAccount }, expect: 422 },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  listCards: { valid: () => ({ expect: 200 }), more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }] },
  getCard: {
    valid: () => ({ params: { cardId: MOCK_IDS.card }, expect: 200 }),
    more: () => [
      { why: "an authorized user's card", params: { cardId: MOCK_IDS.authorizedUserCard }, expect: 200 },
      { why: 'a replaced card', params: { cardId: MOCK_IDS.replacedCard }, expect: 200 },
      { why: 'a replaced card, in Spanish', params: { cardId: MOCK_IDS.replacedCard }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown id', params: { cardId: 'no-such-card' }, expect: 404 },
    ],
  },
  setCardLock: {
    valid: () => ({ params: { cardId: MOCK_IDS.card }, body: { locked: true }, expect: 200 }),
    more: () => [
      { why: 'unlock with an automatic re-lock', params: { cardId: MOCK_IDS.card }, body: { locked: false, relockAfterMinutes: 15 }, expect: 200 },
      { why: 'locked as a string (bad body)', params: { cardId: MOCK_IDS.card }, body: { locked: 'yes' }, expect: 422, invalidRequest: true },
      { why: 'in Spanish', params: { cardId: MOCK_IDS.card }, headers: SPANISH, body: { locked: true }, expect: 200, spanish: true },
      { why: 'a replaced card, in Spanish', params: { cardId: MOCK_IDS.replacedCard }, headers: SPANISH, body: { locked: false }, expect: 422, spanish: true },
      { why: 'a body that is not JSON', params: { cardId: MOCK_IDS.card }, body: 'locked', expect: 400, invalidRequest: true },
      { why: 'an unknown id', params: { cardId: 'no-such-card' }, body: { locked: true }, expect: 404 },
    ],
  },
  setDeclineAlerts: {
    valid: () => ({ params: { cardId: MOCK_IDS.card }, body: { enabled: true }, expect: 200 }),
    more: () => [
      { why: 'enabled missing (bad body)', params: { cardId: MOCK_IDS.card }, body: {}, expect: 422, invalidRequest: true },
      { why: 'in Spanish', params: { cardId: MOCK_IDS.card }, headers: SPANISH, body: { enabled: true }, expect: 200, spanish: true },
      { why: 'an unknown id', params: { cardId: 'no-such-card' }, body: { enabled: true }, expect: 404 },
    ],
  },
  getLockPolicy: { valid: () => ({ expect: 200 }), more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }] },
  getCapabilities: { valid: () => ({ expect: 200 }) },
  getCreditScore: { valid: () => ({ expect: 200 }), more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }] },
  listTitles: { valid: () => ({ expect: 200 }), more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }] },
  setTitleEmailUpdates: {
    valid: () => ({ params: { titleId: MOCK_IDS.title }, body: { enabled: false }, expect: 200 }),
    more: () => [
      { why: 'enabled as a number (bad body)', params: { titleId: MOCK_IDS.title }, body: { enabled: 1 }, expect: 422, invalidRequest: true },
      { why: 'in Spanish', params: { titleId: MOCK_IDS.title }, headers: SPANISH, body: { enabled: true }, expect: 200, spanish: true },
      { why: 'an unknown id, in Spanish', params: { titleId: 'no-such-title' }, headers: SPANISH, body: { enabled: true }, expect: 404, spanish: true },
      { why: 'an unknown id', params: { titleId: 'no-such-title' }, body: { enabled: true }, expect: 404 },
    ],
  },
  getFaq: {
    valid: () => ({ query: { locale: 'en' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', query: { locale: 'es' }, headers: { 'Accept-Language': 'es-US' }, expect: 200, spanish: true },
      { why: 'an unsupported locale', query: { locale: 'fr' }, expect: 422, invalidRequest: true },
    ],
  },
  getContactChannels: {
    valid: () => ({ query: { locale: 'en' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', query: { locale: 'es' }, headers: { 'Accept-Language': 'es' }, expect: 200, spanish: true },
      { why: 'in Spanish by ?locale= alone', query: { locale: 'es' }, expect: 200, spanish: true },
      { why: 'an unsupported locale', query: { locale: 'fr' }, expect: 422, invalidRequest: true },
    ],
  },
  getWaysToPay: {
    valid: () => ({ query: { locale: 'en' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish, for one account', query: { locale: 'es', accountId: MOCK_IDS.activeLoan }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unsupported locale', query: { locale: 'fr' }, expect: 422, invalidRequest: true },
      { why: 'an unknown account', query: { locale: 'en', accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  revealAccountNumber: {
    valid: () => ({ params: { accountId: MOCK_IDS.activeLoan }, expect: 200 }),
    more: () => [
      { why: 'an account whose number the lender does not reveal', params: { accountId: MOCK_IDS.cardAccount }, expect: 403 },
      { why: 'an unknown id', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  listDocuments: {
    valid: () => ({ query: { accountId: MOCK_IDS.cardAccount, limit: '5' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown type', query: { type: 'receipt' }, expect: 422, invalidRequest: true },
      { why: 'a cursor from nowhere', query: { cursor: 'nonsense' }, expect: 422 },
      { why: 'an unknown account', query: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  openDocument: {
    valid: () => ({ params: { documentId: 'doc-lien-release' }, expect: 200 }),
    more: () => [{ why: 'an unknown id', params: { documentId: 'no-such-document' }, expect: 404 }],
  },
  getPaperless: {
    valid: () => ({ params: { accountId: MOCK_IDS.activeLoan }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', params: { accountId: MOCK_IDS.activeLoan }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  setPaperless: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, body: { paperless: false }, expect: 200 }),
    more: () => [
      { why: 'paperless missing (bad body)', params: { accountId: MOCK_IDS.cardAccount }, body: {}, expect: 422, invalidRequest: true },
      { why: 'a body that is not JSON', params: { accountId: MOCK_IDS.cardAccount }, body: 'off', expect: 400, invalidRequest: true },
      { why: 'in Spanish', params: { accountId: MOCK_IDS.cardAccount }, headers: SPANISH, body: { paperless: false }, expect: 200, spanish: true },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, body: { paperless: false }, expect: 404 },
    ],
  },
  getDisputeOptions: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.recent }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', params: { accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.late }, headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown charge', params: { accountId: MOCK_IDS.cardAccount, transactionId: 'no-such-charge' }, expect: 404 },
    ],
  },
  uploadDisputeAttachment: {
    valid: () => ({ body: attachmentForm('application/pdf'), expect: 201 }),
    more: () => [
      { why: 'a type the lender does not accept', body: attachmentForm('text/html'), expect: 422 },
      { why: 'a body that is not a form', body: { name: 'receipt.pdf' }, expect: 400, invalidRequest: true },
    ],
  },
  startDispute: {
    valid: () => ({ headers: { 'Idempotency-Key': 'contract-dispute-1' }, body: DISPUTE_BODY, expect: 201 }),
    more: () => [
      { why: 'the same key and body again (the same case)', headers: { 'Idempotency-Key': 'contract-dispute-1' }, body: DISPUTE_BODY, expect: 200 },
      { why: 'the same key with another body', headers: { 'Idempotency-Key': 'contract-dispute-1' }, body: { ...DISPUTE_BODY, reason: 'duplicate' }, expect: 409 },
      { why: 'no idempotency key', body: DISPUTE_BODY, expect: 422, invalidRequest: true },
      { why: 'an unknown reason (bad body)', headers: { 'Idempotency-Key': 'contract-dispute-2' }, body: { ...DISPUTE_BODY, reason: 'bored' }, expect: 422, invalidRequest: true },
      { why: 'a body that is not JSON', headers: { 'Idempotency-Key': 'contract-dispute-3' }, body: '{"reason":', expect: 400, invalidRequest: true },
      { why: 'an unknown charge', headers: { 'Idempotency-Key': 'contract-dispute-4' }, body: { ...DISPUTE_BODY, transactionId: 'no-such-charge' }, expect: 404 },
    ],
  },
  listDisputes: {
    valid: () => ({ query: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [{ why: 'in Spanish', headers: SPANISH, expect: 200, spanish: true }],
  },
  getDispute: {
    valid: () => ({ params: { disputeId: 'dsp-3' }, expect: 200 }),
    more: () => [{ why: 'an unknown id', params: { disputeId: 'no-such-dispute' }, expect: 404 }],
  },
  getAlerts: {
    valid: () => ({ query: { accountId: MOCK_IDS.cardAccount }, expect: 200 }),
    more: () => [
      { why: 'every account, in Spanish', headers: SPANISH, expect: 200, spanish: true },
      { why: 'an unknown account', query: { accountId: 'no-such-account' }, expect: 404 },
    ],
  },
  setAlert: {
    valid: () => ({ params: { alertId: `${MOCK_IDS.cardAccount}-payment-received` }, body: { channel: 'email', enabled: true }, expect: 200 }),
    more: () => [
      { why: 'an amount below the limit', params: { alertId: `${MOCK_IDS.cardAccount}-balance-above` }, body: { threshold: { amount: 1, currency: 'USD' } }, expect: 422 },
      { why: 'days among the choices', params: { alertId: `${MOCK_IDS.cardAccount}-payment-due` }, body: { daysBefore: 3 }, expect: 200 },
      { why: 'text before the consent is accepted', params: { alertId: `${MOCK_IDS.cardAccount}-payment-due` }, body: { channel: 'text', enabled: true }, expect: 409 },
      { why: 'a channel that is not one', params: { alertId: `${MOCK_IDS.cardAccount}-payment-due` }, body: { channel: 'fax', enabled: true }, expect: 422, invalidRequest: true },
      { why: 'an unknown alert', params: { alertId: 'no-such-alert' }, body: { channel: 'email', enabled: true }, expect: 404 },
    ],
  },
  startPhoneVerification: {
    valid: () => ({ body: { phone: '+15555550166' }, expect: 200 }),
    more: () => [{ why: 'a number that is not E.164', body: { phone: '555-0166' }, expect: 422, invalidRequest: true }],
  },
  resendPhoneCode: {
    valid: (ctx) => ({ params: { verificationId: ctx.verificationId }, expect: 200 }),
    more: () => [{ why: 'an unknown code request', params: { verificationId: 'no-such-verification' }, expect: 404 }],
  },
  confirmPhone: {
    valid: (ctx) => ({ params: { verificationId: ctx.verificationId }, body: { code: '000000' }, expect: 200 }),
    more: () => [
      { why: 'no code (bad body)', params: { verificationId: 'no-such-verification' }, body: {}, expect: 404, invalidRequest: true },
      { why: 'an unknown code request', params: { verificationId: 'no-such-verification' }, body: { code: '246810' }, expect: 404 },
    ],
  },
  acceptTextConsent: {
    valid: () => ({ body: { version: '2026-03', acceptedAt: '2026-11-21T15:00:00.000Z' }, expect: 200 }),
    more: () => [
      { why: 'in Spanish', headers: SPANISH, body: { version: '2026-03', acceptedAt: '2026-11-21T15:00:00.000Z' }, expect: 200, spanish: true },
      { why: 'an old version', body: { version: '2020-01', acceptedAt: '2026-11-21T15:00:00.000Z' }, expect: 422 },
    ],
  },
  setPayByText: {
    valid: () => ({ params: { accountId: MOCK_IDS.cardAccount }, body: { enrolled: false }, expect: 200 }),
    more: () => [
      { why: 'on without payment reminders by text', params: { accountId: MOCK_IDS.activeLoan }, body: { enrolled: true, fundingAccountId: MOCK_IDS.checking }, expect: 409 },
      { why: 'an account that is not eligible', params: { accountId: MOCK_IDS.paidOffLoan }, body: { enrolled: true, fundingAccountId: MOCK_IDS.checking }, expect: 403 },
      { why: 'enrolled missing (bad body)', params: { accountId: MOCK_IDS.cardAccount }, body: {}, expect: 422, invalidRequest: true },
      { why: 'an unknown account', params: { accountId: 'no-such-account' }, body: { enrolled: false }, expect: 404 },
    ],
  },
  sendFeedback: {
    valid: (ctx) => ({ params: { entryId: ctx.faqEntryId }, body: { helpful: true }, expect: 204 }),
    more: (ctx) => [
      { why: 'helpful missing (bad body)', params: { entryId: ctx.faqEntryId }, body: {}, expect: 422, invalidRequest: true },
      { why: 'an unknown entry', params: { entryId: 'no-such-entry' }, body: { helpful: false }, expect: 404 },
    ],
  },
};

for (const [transport, createTransport] of Object.entries(transports)) {
  describe(`openapi.yaml and the mock API: ${transport}`, () => {
    const store = createMockStore();
    const faults = createFaults();
    const handle = createTransport(store, faults);
    /** Statuses the mock API answered, per operation. */
    const answered = new Map(api.operations.map((o) => [o.id, new Set()]));
    const ctx = {};

    /** Sends one request for `operationId`; checks the request (valid or not, as told) and the answer. */
    async function send(operationId, { why = 'a valid request', params = {}, query = {}, headers = {}, body, expect, invalidRequest = false, explicit = true, spanish = false }) {
      const operation = operationById.get(operationId);
      const context = `${operationId} (${operation.method} ${operation.template}), ${why}`;
      const path = operation.template.replace(/\{([^}]+)\}/g, (_, name) => {
        assert.ok(params[name] !== undefined, `${context}: the case gives no ${name}`);
        return encodeURIComponent(params[name]);
      });
      const search = new URLSearchParams(query).toString();
      const url = `${BASE_URL}${path}${search ? `?${search}` : ''}`;
      const init = { method: operation.method, headers: new Headers({ Accept: 'application/json', 'Accept-Language': 'en', ...headers }) };
      if (body instanceof FormData) init.body = body;
      else if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers.set('Content-Type', 'application/json');
      }
      // A form's Content-Type (with its boundary) is set by the Request.
      const checked = body instanceof FormData ? new Request(url, init).headers : init.headers;
      const { operation: matched, problems: requestProblems } = api.checkRequest({ method: init.method, url, headers: checked, body: init.body });
      assert.equal(matched?.id, operationId, `${context}: ${url} is not this operation: ${requestProblems.join('; ')}`);
      if (invalidRequest) assert.ok(requestProblems.length > 0, `${context}: the request should break openapi.yaml, and the check found nothing wrong`);
      else assertNoProblems(requestProblems, `${context}: the test's own request`);

      const response = await handle(new Request(url, init));
      assert.ok(response, `${context}: the mock API does not serve ${init.method} ${url}`);
      const text = await response.text();
      assert.equal(response.status, expect, `${context}: expected status ${expect}, the mock API answered ${response.status} ${text}`);
      assertNoProblems(api.checkResponse(operation, { status: response.status, headers: response.headers, body: text }, { explicit }), context);
      answered.get(operationId).add(response.status);
      const answer = text ? JSON.parse(text) : undefined;
      if (spanish) {
        assert.equal(response.headers.get('Content-Language'), 'es', `${context}: Content-Language`);
        assert.deepEqual(englishIn(store, answer), [], `${context}: the store's English in a Spanish answer`);
        if (response.status >= 400) {
          // Refusals change nothing: the same request in English words the same refusal otherwise.
          const headers = new Headers(init.headers);
          headers.set('Accept-Language', 'en');
          const english = await handle(new Request(url, { ...init, headers }));
          const inEnglish = messagesOf(await english.json());
          const inSpanish = messagesOf(answer);
          assert.equal(inSpanish.length, inEnglish.length, `${context}: the same messages in both languages`);
          inSpanish.forEach((message, i) => assert.notEqual(message, inEnglish[i], `${context}: a message left in English`));
        }
      }
      return answer;
    }

    it('reads what the cases build on: the first payment date, a scheduled payment and an FAQ entry', async () => {
      ctx.earliestDate = (await send('getPaymentOptions', { params: { accountId: MOCK_IDS.cardAccount }, expect: 200 })).earliestDate;
      const scheduled = await send('submitPayment', {
        why: 'a payment to cancel',
        headers: { 'Idempotency-Key': 'contract-payment-to-cancel' },
        body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 1_000, currency: 'USD' }, date: ctx.earliestDate },
        expect: 201,
      });
      assert.ok(scheduled.cancelBy, 'the payment to cancel can be cancelled');
      ctx.scheduledPaymentId = scheduled.id;
      ctx.changeablePaymentId = (
        await send('submitPayment', {
          why: 'a payment to change',
          headers: { 'Idempotency-Key': 'contract-payment-to-change' },
          body: { accountId: MOCK_IDS.cardAccount, fundingAccountId: MOCK_IDS.checking, amount: { amount: 1_200, currency: 'USD' }, date: ctx.earliestDate },
          expect: 201,
        })
      ).id;
      ctx.faqEntryId = (await send('getFaq', { query: { locale: 'en' }, expect: 200 })).entries[0].id;
      store.alerts.resendSeconds = 0;
      ctx.verificationId = (await send('startPhoneVerification', { why: 'a code request to resend and confirm', body: { phone: '+15555550155' }, expect: 200 })).verificationId;
      assert.ok(ctx.earliestDate && ctx.faqEntryId);
    });

    it('has a case for every operation of the spec, and none for an operation it lacks', () => {
      const missing = api.operations.filter((o) => !cases[o.id]).map((o) => `${o.id} (${o.method} ${o.template})`);
      assert.deepEqual(missing, [], `operations without a case in ${import.meta.url.split('/').pop()}: add a valid request and a failing one`);
      const stale = Object.keys(cases).filter((id) => !operationById.has(id));
      assert.deepEqual(stale, [], 'cases for operations that openapi.yaml does not have');
    });

    for (const operation of api.operations) {
      it(`${operation.id}: answers valid and failing requests as declared`, async () => {
        const spec = cases[operation.id];
        if (!spec) return; // reported by the test above
        await send(operation.id, await spec.valid(ctx));
        for (const request of (await spec.more?.(ctx)) ?? []) await send(operation.id, request);
      });
    }

    for (const operation of api.operations) {
      const errors = Object.keys(operation.responses).filter((s) => /^[45]\d\d$/.test(s)).map(Number);
      it(`${operation.id}: every declared error status (${errors.join(', ')}), and one left to "default", injected as a fault`, async () => {
        const spec = cases[operation.id];
        if (!spec) return;
        const route = routeOf(operation.id);
        for (const status of errors) {
          faults.set(route, { status, times: 1, ...(status === 429 || status === 503 ? { retryAfter: 30 } : {}) });
          await send(operation.id, { ...(await spec.valid(ctx)), why: `fault status ${status}`, expect: status });
        }
        if (operation.responses.default) {
          faults.set(route, { status: 500, times: 1 });
          await send(operation.id, { ...(await spec.valid(ctx)), why: 'fault status 500', expect: 500, explicit: false });
        }
        faults.clear(route);
      });
    }

    it('answered every status each operation declares', () => {
      const never = api.operations.flatMap((o) =>
        Object.keys(o.responses)
          .filter((s) => /^\d{3}$/.test(s) && !answered.get(o.id).has(Number(s)))
          .map((s) => `${o.id} ${s}`),
      );
      assert.deepEqual(never, [], 'declared statuses the mock API never answered in these cases: add a case that gets one');
    });
  });
}

// packages/reference-server/test/contract.test.mjs sets these to run the REST provider's
// calls once more, against the reference server over HTTP (the base URL of its API, and a
// customer's token).
const REFERENCE_API = process.env.TESSERA_REFERENCE_API;
const REFERENCE_TOKEN = process.env.TESSERA_REFERENCE_TOKEN;

/** The request, sent to the reference server instead of the spec's example host. */
async function toReferenceServer(request) {
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return fetch(request.url.replace(BASE_URL, REFERENCE_API), { method: request.method, headers: request.headers, body });
}

describe('openapi.yaml and the REST provider', () => {
  const store = createMockStore();
  const handle = REFERENCE_API ? toReferenceServer : createApiHandler({ store, basePath: new URL(BASE_URL).pathname });
  /** Every request sent, with the operation it is and what was wrong with it or its answer. */
  let sent = [];
  const provider = createRestProvider({
    baseUrl: BASE_URL,
    retries: 0,
    language: 'es-US',
    getAuthToken: () => REFERENCE_TOKEN ?? 'token-for-contract-tests',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const record = { method: request.method, url: request.url, headers: new Headers(request.headers), body: typeof init?.body === 'string' || init?.body instanceof FormData ? init.body : undefined };
      const { operation, problems } = api.checkRequest(record);
      const response = (await handle(request)) ?? new Response(null, { status: 404 });
      const text = await response.clone().text();
      if (operation) problems.push(...api.checkResponse(operation, { status: response.status, headers: response.headers, body: text }));
      sent.push({ ...record, operation, problems, language: response.headers.get('Content-Language') });
      return response;
    },
  });

  /** One or more calls per provider method, with seed data; the last call is the method's own. */
  const calls = {
    'accounts.listAccounts': (p) => p.accounts.listAccounts({ locale: 'es' }),
    'accounts.getAccount': (p) => p.accounts.getAccount(MOCK_IDS.activeLoan),
    'payments.getPaymentOptions': (p) => p.payments.getPaymentOptions(MOCK_IDS.cardAccount),
    'payments.listFundingAccounts': (p) => p.payments.listFundingAccounts(),
    'payments.addFundingAccount': (p) =>
      p.payments.addFundingAccount({ holderName: 'Jordan Rivera', routingNumber: NEW_ROUTING_NUMBER, accountNumber: '000123456789', type: 'savings' }),
    'payments.lookupRoutingNumber': async (p) => {
      assert.equal(await p.payments.lookupRoutingNumber(UNKNOWN_ROUTING_NUMBER), null);
      return p.payments.lookupRoutingNumber(NEW_ROUTING_NUMBER);
    },
    'payments.submitPayment': async (p) => {
      const { earliestDate } = await p.payments.getPaymentOptions(MOCK_IDS.cardAccount);
      return p.payments.submitPayment({
        accountId: MOCK_IDS.cardAccount,
        fundingAccountId: MOCK_IDS.checking,
        amount: { amount: 5_000, currency: 'USD' },
        date: earliestDate,
        idempotencyKey: 'contract-provider-payment-1',
      });
    },
    'payments.cancelPayment': async (p) => {
      const { earliestDate } = await p.payments.getPaymentOptions(MOCK_IDS.cardAccount);
      const receipt = await p.payments.submitPayment({
        accountId: MOCK_IDS.cardAccount,
        fundingAccountId: MOCK_IDS.checking,
        amount: { amount: 1_000, currency: 'USD' },
        date: earliestDate,
        idempotencyKey: 'contract-provider-payment-to-cancel',
      });
      return p.payments.cancelPayment(receipt.id);
    },
    'payments.getAutoPay': (p) => p.payments.getAutoPay(MOCK_IDS.cardAccount),
    'payments.setAutoPay': async (p) => {
      const { earliestDate } = await p.payments.getPaymentOptions(MOCK_IDS.activeLoan);
      return p.payments.setAutoPay(MOCK_IDS.activeLoan, {
        rule: 'fixed',
        fixedAmount: { amount: 60_000, currency: 'USD' },
        extraAmount: { amount: 1_000, currency: 'USD' },
        fundingAccountId: MOCK_IDS.checking,
        startDate: earliestDate,
        authorization: AUTHORIZATION,
        idempotencyKey: 'contract-provider-autopay-1',
      });
    },
    'payments.cancelAutoPay': (p) => p.payments.cancelAutoPay(MOCK_IDS.activeLoan),
    'cards.listCards': (p) => p.cards.listCards(),
    'cards.getCard': (p) => p.cards.getCard(MOCK_IDS.card, { locale: 'en' }),
    'cards.setCardLock': async (p) => {
      await p.cards.setCardLock(MOCK_IDS.card, { locked: true });
      return p.cards.setCardLock(MOCK_IDS.card, { locked: false, relockAfterMinutes: 60 });
    },
    'cards.getLockPolicy': (p) => p.cards.getLockPolicy(),
    'cards.getCapabilities': (p) => p.cards.getCapabilities(),
    'cards.setDeclineAlerts': (p) => p.cards.setDeclineAlerts(MOCK_IDS.card, true),
    'creditScore.getCreditScore': (p) => p.creditScore.getCreditScore(),
    'titles.listTitles': (p) => p.titles.listTitles(),
    'titles.setTitleEmailUpdates': (p) => p.titles.setTitleEmailUpdates(MOCK_IDS.title, false),
    'help.getFaq': (p) => p.help.getFaq('es'),
    'help.getContactChannels': (p) => p.help.getContactChannels('en'),
    'accounts.getPayoffQuote': (p) => p.accounts.getPayoffQuote(MOCK_IDS.activeLoan, daysAfterToday(5)),
    'accounts.listScheduledPayments': (p) => p.accounts.listScheduledPayments(MOCK_IDS.cardAccount),
    'help.getWaysToPay': (p) => p.help.getWaysToPay('es', { accountId: MOCK_IDS.activeLoan }),
    'help.revealAccountNumber': (p) => p.help.revealAccountNumber(MOCK_IDS.activeLoan),
    'documents.listDocuments': (p) => p.documents.listDocuments({ accountId: MOCK_IDS.cardAccount, type: 'statement', limit: 3 }),
    'documents.openDocument': (p) => p.documents.openDocument('doc-lien-release'),
    'documents.getPaperless': (p) => p.documents.getPaperless(MOCK_IDS.activeLoan),
    'documents.setPaperless': (p) => p.documents.setPaperless(MOCK_IDS.cardAccount, { paperless: false }),
    'disputes.getDisputeOptions': (p) => p.disputes.getDisputeOptions(MOCK_IDS.cardAccount, DISPUTE_IDS.recent),
    'disputes.uploadDisputeAttachment': (p) => p.disputes.uploadDisputeAttachment(new File(['%PDF-1.4'], 'receipt.pdf', { type: 'application/pdf' }), 'receipt.pdf'),
    'disputes.startDispute': (p) =>
      p.disputes.startDispute({ ...DISPUTE_BODY, idempotencyKey: 'contract-provider-dispute-1' }),
    'disputes.listDisputes': (p) => p.disputes.listDisputes({ accountId: MOCK_IDS.cardAccount }),
    'disputes.getDispute': (p) => p.disputes.getDispute('dsp-1'),
    'activity.listStatementPeriods': (p) => p.activity.listStatementPeriods(MOCK_IDS.cardAccount),
    'activity.listTransactions': (p) => p.activity.listTransactions({ accountId: MOCK_IDS.cardAccount, status: 'posted', kind: 'purchase', limit: 5 }),
    'activity.listLoanPayments': (p) => p.activity.listLoanPayments(MOCK_IDS.activeLoan, { limit: 3 }, { locale: 'es' }),
    'payments.changeScheduledPayment': async (p) => {
      const { earliestDate } = await p.payments.getPaymentOptions(MOCK_IDS.cardAccount);
      const receipt = await p.payments.submitPayment({
        accountId: MOCK_IDS.cardAccount,
        fundingAccountId: MOCK_IDS.checking,
        amount: { amount: 1_100, currency: 'USD' },
        date: earliestDate,
        idempotencyKey: 'contract-provider-payment-to-change',
      });
      return p.payments.changeScheduledPayment(receipt.id, { amount: { amount: 1_000, currency: 'USD' }, idempotencyKey: 'contract-provider-change-1' });
    },
    'alerts.getAlerts': (p) => p.alerts.getAlerts({ accountId: MOCK_IDS.cardAccount }),
    'alerts.setAlert': (p) => p.alerts.setAlert(`${MOCK_IDS.cardAccount}-payment-received`, { channel: 'email', enabled: true }),
    'alerts.startPhoneVerification': (p) => p.alerts.startPhoneVerification('+15555550166'),
    'alerts.resendPhoneCode': async (p) => {
      const { verificationId } = await p.alerts.startPhoneVerification('+15555550167');
      return p.alerts.resendPhoneCode(verificationId).catch((error) => {
        if (error.code !== 'rate-limited') throw error;
      });
    },
    'alerts.confirmPhone': async (p) => {
      const { verificationId } = await p.alerts.startPhoneVerification('+15555550168');
      return p.alerts.confirmPhone(verificationId, '246810');
    },
    'alerts.acceptTextConsent': (p) => p.alerts.acceptTextConsent('2026-03', '2026-11-21T15:00:00.000Z'),
    'alerts.setPayByText': (p) => p.alerts.setPayByText(MOCK_IDS.cardAccount, { enrolled: false }),
    'help.sendFeedback': async (p) => {
      const faq = await p.help.getFaq('en');
      return p.help.sendFeedback(faq.entries[0].id, true);
    },
  };
  const methods = Object.entries(provider).flatMap(([slice, methodsOfSlice]) => Object.keys(methodsOfSlice).map((m) => `${slice}.${m}`));
  const hit = new Set();

  it('has a call for every provider method, and none for a method it lacks', () => {
    assert.deepEqual(methods.filter((m) => !calls[m]), [], `provider methods without a call in ${import.meta.url.split('/').pop()}`);
    assert.deepEqual(Object.keys(calls).filter((m) => !methods.includes(m)), [], 'calls for methods the provider does not have');
  });

  for (const method of methods) {
    const operationId = method.split('.')[1];
    it(`${method} sends operation ${operationId} as declared`, async () => {
      const call = calls[method];
      if (!call) return; // reported by the test above
      sent = [];
      // The request's problems first: they say why the mock API refused it, if it did.
      const failed = await call(provider).then(
        () => undefined,
        (error) => error,
      );
      assert.ok(sent.length > 0, `${method} sent no request`);
      for (const request of sent) {
        const context = `${method}: ${request.method} ${request.url}`;
        assert.ok(request.operation, `${context}: ${request.problems.join('; ')}`);
        assertNoProblems(request.problems, context);
        // The spec's description: every request carries Accept-Language.
        assert.ok(request.headers.get('Accept-Language'), `${context}: no Accept-Language header`);
        hit.add(request.operation.id);
      }
      const own = sent.at(-1);
      assert.equal(own.operation.id, operationId, `${method} sent ${own.method} ${own.url}, which is operation ${own.operation.id} in openapi.yaml, not ${operationId}`);
      if (failed) throw failed;
    });
  }

  it('answers in Spanish what a widget asks in Spanish (locale: es), saying so with Content-Language', async () => {
    sent = [];
    const answers = await Promise.all([
      provider.accounts.listAccounts({ locale: 'es' }),
      provider.accounts.getAccount(MOCK_IDS.cardAccount, { locale: 'es' }),
      provider.cards.listCards({ locale: 'es' }),
      provider.cards.getLockPolicy({ locale: 'es' }),
      provider.creditScore.getCreditScore({ locale: 'es' }),
      provider.titles.listTitles({ locale: 'es' }),
      provider.help.getFaq('es'),
      provider.help.getContactChannels('es'),
    ]);
    assert.deepEqual(englishIn(store, answers), [], "the store's English in Spanish answers");
    assert.equal(answers[1].name, 'Tarjeta Visa Harborview Everyday Rewards');
    for (const request of sent) {
      assert.match(request.headers.get('Accept-Language'), /^es\b/, `${request.url}: Accept-Language`);
      assert.equal(request.language, 'es', `${request.url}: Content-Language`);
      assertNoProblems(request.problems, request.url);
    }
    const english = await provider.creditScore.getCreditScore({ locale: 'en' });
    assert.notDeepEqual(english.factors, answers[4].factors, 'asked in English, the factors are in English');
  });

  it('reaches every operation of the spec', () => {
    assert.deepEqual(api.operations.filter((o) => !hit.has(o.id)).map((o) => `${o.id} (${o.method} ${o.template})`), [], 'operations no provider method sends');
  });
});
