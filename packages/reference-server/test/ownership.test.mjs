// Who may see what: every path that names a customer's record (an account, payment, card,
// title, document, charge, dispute, alert or code request), asked with another customer's
// token, answers 404 with an error and nothing else, and changes nothing. The same requests
// with the owner's token are answered, so the ids are real.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TODAY } from '@tessera/mocks';
import { api, clientFor, CUSTOMERS, startTestServer } from './support.mjs';

const CARD_ACCOUNT = 'card-acct-1';
const LOAN = 'auto-acct-1';

/** Requests for the first customer's records, by operation (ids in the path, the query or the body). */
function requestsFor(ctx) {
  const key = (name) => ({ 'Idempotency-Key': `ownership-${name}` });
  return {
    getAccount: { path: `/accounts/${CARD_ACCOUNT}` },
    getPayoffQuote: { path: `/accounts/${LOAN}/payoff-quote`, query: { goodThrough: ctx.today } },
    listScheduledPayments: { path: `/accounts/${CARD_ACCOUNT}/scheduled-payments` },
    getPaymentOptions: { path: `/accounts/${CARD_ACCOUNT}/payment-options` },
    getAutoPay: { path: `/accounts/${CARD_ACCOUNT}/autopay` },
    setAutoPay: {
      method: 'PUT',
      path: `/accounts/${LOAN}/autopay`,
      headers: key('autopay'),
      body: {
        rule: 'fixed',
        fixedAmount: { amount: 60_000, currency: 'USD' },
        fundingAccountId: 'bank-1',
        startDate: ctx.loanDate,
        authorization: { version: 'HB-AUTOPAY-2026-03', acceptedAt: '2026-11-20T16:04:05.000Z', locale: 'en', text: 'You authorize Harborview Bank to debit the bank account shown each month.' },
      },
    },
    cancelAutoPay: { method: 'DELETE', path: `/accounts/${CARD_ACCOUNT}/autopay` },
    submitPayment: {
      method: 'POST',
      path: '/payments',
      headers: key('payment'),
      body: { accountId: CARD_ACCOUNT, fundingAccountId: 'bank-1', amount: { amount: 1_000, currency: 'USD' }, date: ctx.cardDate },
    },
    cancelPayment: { method: 'DELETE', path: `/payments/${ctx.paymentId}` },
    changeScheduledPayment: { method: 'PATCH', path: `/payments/${ctx.paymentId}`, headers: key('change'), body: { amount: { amount: 900, currency: 'USD' } } },
    getCard: { path: '/cards/card-1' },
    setCardLock: { method: 'PUT', path: '/cards/card-1/lock', body: { locked: true } },
    setDeclineAlerts: { method: 'PUT', path: '/cards/card-1/decline-alerts', body: { enabled: true } },
    setTitleEmailUpdates: { method: 'PUT', path: '/titles/title-1/email-updates', body: { enabled: false } },
    getWaysToPay: { path: '/help/ways-to-pay', query: { locale: 'en', accountId: LOAN } },
    revealAccountNumber: { method: 'POST', path: `/accounts/${LOAN}/account-number` },
    listDocuments: { path: '/documents', query: { accountId: CARD_ACCOUNT } },
    openDocument: { method: 'POST', path: '/documents/doc-lien-release/open' },
    getPaperless: { path: `/accounts/${LOAN}/paperless` },
    setPaperless: { method: 'PUT', path: `/accounts/${CARD_ACCOUNT}/paperless`, body: { paperless: false } },
    getDisputeOptions: { path: `/accounts/${CARD_ACCOUNT}/transactions/txn-2041/dispute-options` },
    listDisputes: { path: '/disputes', query: { accountId: CARD_ACCOUNT } },
    startDispute: {
      method: 'POST',
      path: '/disputes',
      headers: key('dispute'),
      body: { accountId: CARD_ACCOUNT, transactionId: 'txn-2041', reason: 'other', answers: { merchantContacted: false, details: 'Charged after I canceled.' }, attachmentIds: [] },
    },
    getDispute: { path: '/disputes/dsp-1' },
    listStatementPeriods: { path: `/accounts/${CARD_ACCOUNT}/statement-periods` },
    listTransactions: { path: `/accounts/${CARD_ACCOUNT}/transactions` },
    listLoanPayments: { path: `/accounts/${LOAN}/loan-payments` },
    getAlerts: { path: '/alerts', query: { accountId: CARD_ACCOUNT } },
    setAlert: { method: 'PUT', path: `/alerts/${CARD_ACCOUNT}-payment-received`, body: { channel: 'email', enabled: true } },
    resendPhoneCode: { method: 'POST', path: `/alerts/mobile-verifications/${ctx.verificationId}/resend` },
    confirmPhone: { method: 'POST', path: `/alerts/mobile-verifications/${ctx.verificationId}/confirm`, body: { code: '246810' } },
    setPayByText: { method: 'PUT', path: `/accounts/${CARD_ACCOUNT}/pay-by-text`, body: { enrolled: false } },
  };
}

/** Operations with no customer's id anywhere: the lender's own lists, or the caller's own (no id to name). */
const NO_CUSTOMER_ID = new Set([
  'listAccounts', 'listFundingAccounts', 'addFundingAccount', 'lookupRoutingNumber', 'listCards', 'getLockPolicy', 'getCapabilities',
  'getCreditScore', 'listTitles', 'getFaq', 'getContactChannels', 'sendFeedback', 'uploadDisputeAttachment', 'startPhoneVerification', 'acceptTextConsent',
]);

describe("another customer's ids", () => {
  let server;
  let owner;
  let other;
  const ctx = {};
  const stateOf = async (id) => JSON.stringify((await server.db.query('SELECT state FROM customers WHERE id = $1', [id]))[0].state);

  before(async () => {
    server = await startTestServer();
    owner = clientFor(server, CUSTOMERS.jordan.token);
    other = clientFor(server, CUSTOMERS.avery.token);
    ctx.cardDate = (await owner({ path: `/accounts/${CARD_ACCOUNT}/payment-options` })).body.earliestDate;
    ctx.loanDate = (await owner({ path: `/accounts/${LOAN}/payment-options` })).body.earliestDate;
    ctx.today = DEFAULT_TODAY;
    const payment = { accountId: CARD_ACCOUNT, fundingAccountId: 'bank-1', amount: { amount: 1_200, currency: 'USD' }, date: ctx.cardDate };
    ctx.paymentId = (await owner({ method: 'POST', path: '/payments', headers: { 'Idempotency-Key': 'ownership-setup' }, body: payment })).body.id;
    ctx.verificationId = (await owner({ method: 'POST', path: '/alerts/mobile-verifications', body: { phone: '+15555550155' } })).body.verificationId;
  });
  after(() => server.close());

  it('every operation that names a record is covered here, or names none', () => {
    const covered = new Set([...Object.keys(requestsFor(ctx)), ...NO_CUSTOMER_ID]);
    assert.deepEqual(api.operations.map((o) => o.id).filter((id) => !covered.has(id)), []);
  });

  it('answers 404 with an error body and nothing else, and changes nothing', async () => {
    const before = await stateOf(CUSTOMERS.jordan.id);
    const rowsBefore = await server.db.query('SELECT count(*)::int AS n FROM idempotency_keys');
    for (const [operation, request] of Object.entries(requestsFor(ctx))) {
      const answer = await other(request);
      assert.equal(answer.status, 404, `${operation}: ${answer.text}`);
      assert.deepEqual(Object.keys(answer.body), ['error'], operation);
      assert.equal(answer.body.error.code, 'not-found', operation);
      assert.deepEqual(Object.keys(answer.body.error).sort(), ['code', 'message'], operation);
    }
    assert.equal(await stateOf(CUSTOMERS.jordan.id), before, "the first customer's state is unchanged");
    assert.deepEqual(await server.db.query('SELECT count(*)::int AS n FROM idempotency_keys'), rowsBefore);
  });

  it("and the owner's token reaches the same records", async () => {
    for (const [operation, request] of Object.entries(requestsFor(ctx))) {
      const answer = await owner(request);
      assert.notEqual(answer.status, 404, `${operation}: ${answer.text}`);
      assert.ok(answer.status < 500, `${operation}: ${answer.text}`);
    }
  });

  it('ignores the Tessera-Fault header unless faults are enabled', async () => {
    assert.equal((await owner({ path: '/cards', headers: { 'Tessera-Fault': 'status=503' } })).status, 200);
  });

  it("each customer's lists hold only their own records", async () => {
    const mine = (await owner({ path: '/accounts' })).body.map((a) => a.id);
    const theirs = (await other({ path: '/accounts' })).body.map((a) => a.id);
    assert.ok(mine.length > 0 && theirs.length === mine.length);
    assert.deepEqual(mine.filter((id) => theirs.includes(id)), []);
    const payments = (await other({ path: `/accounts/${theirs[0]}/scheduled-payments` })).body;
    assert.ok(!JSON.stringify(payments).includes(ctx.paymentId));
  });
});
