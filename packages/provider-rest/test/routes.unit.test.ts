import { expect } from '@open-wc/testing';
import type { AutoPayEnrollment, NewFundingAccount, PaymentRequest } from '@tessera/core';
import type { RestProvider } from '@tessera/provider-rest';
import { json, stubbedProvider, apiError, BASE_URL } from './fetch-stub.js';
import * as sample from './samples.js';

const newBankAccount: NewFundingAccount = {
  holderName: 'Avery Example',
  routingNumber: '021000021',
  accountNumber: '000123456789',
  type: 'checking',
};

const payment: PaymentRequest = {
  accountId: 'card-acct-1',
  fundingAccountId: 'bank-1',
  amount: { amount: 5_000, currency: 'USD' },
  date: '2026-11-23',
  idempotencyKey: 'pay-key-1',
};

const authorization = {
  version: 'EX-AUTOPAY-1',
  acceptedAt: '2026-11-21T14:05:00Z',
  locale: 'es' as const,
  text: 'Monto: Pago mínimo. Desde: First Example Bank ••••6789.',
};

const enrollment: AutoPayEnrollment = {
  rule: 'minimum-due',
  fundingAccountId: 'bank-1',
  startDate: '2026-12-01',
  authorization,
  idempotencyKey: 'autopay-key-1',
};

interface Route {
  name: string;
  call: (provider: RestProvider) => Promise<unknown>;
  method: string;
  path: string;
  body?: unknown;
  reply: Response;
  result: unknown;
}

const routes: Route[] = [
  { name: 'accounts.listAccounts', call: (p) => p.accounts.listAccounts(), method: 'GET', path: '/accounts', reply: json([sample.account]), result: [sample.account] },
  { name: 'accounts.getAccount', call: (p) => p.accounts.getAccount('card-acct-1'), method: 'GET', path: '/accounts/card-acct-1', reply: json(sample.account), result: sample.account },
  {
    name: 'accounts.getPayoffQuote',
    call: (p) => p.accounts.getPayoffQuote('auto-acct-1', '2026-11-25'),
    method: 'GET',
    path: '/accounts/auto-acct-1/payoff-quote?goodThrough=2026-11-25',
    reply: json(sample.payoffQuote),
    result: sample.payoffQuote,
  },
  {
    name: 'accounts.listScheduledPayments',
    call: (p) => p.accounts.listScheduledPayments('card-acct-1'),
    method: 'GET',
    path: '/accounts/card-acct-1/scheduled-payments',
    reply: json([]),
    result: [],
  },
  {
    name: 'payments.getPaymentOptions',
    call: (p) => p.payments.getPaymentOptions('card-acct-1'),
    method: 'GET',
    path: '/accounts/card-acct-1/payment-options',
    reply: json(sample.paymentOptions),
    result: sample.paymentOptions,
  },
  { name: 'payments.listFundingAccounts', call: (p) => p.payments.listFundingAccounts(), method: 'GET', path: '/funding-accounts', reply: json([sample.fundingAccount]), result: [sample.fundingAccount] },
  {
    name: 'payments.addFundingAccount',
    call: (p) => p.payments.addFundingAccount(newBankAccount),
    method: 'POST',
    path: '/funding-accounts',
    body: newBankAccount,
    reply: json(sample.fundingAccount, 201),
    result: sample.fundingAccount,
  },
  {
    name: 'payments.lookupRoutingNumber',
    call: (p) => p.payments.lookupRoutingNumber('021000021'),
    method: 'GET',
    path: '/routing-numbers/021000021',
    reply: json(sample.bankLookup),
    result: sample.bankLookup,
  },
  {
    name: 'payments.submitPayment',
    call: (p) => p.payments.submitPayment(payment),
    method: 'POST',
    path: '/payments',
    body: { accountId: 'card-acct-1', fundingAccountId: 'bank-1', amount: { amount: 5_000, currency: 'USD' }, date: '2026-11-23' },
    reply: json(sample.receipt, 201),
    result: sample.receipt,
  },
  {
    name: 'payments.cancelPayment',
    call: (p) => p.payments.cancelPayment('pay-1'),
    method: 'DELETE',
    path: '/payments/pay-1',
    reply: json({ ...sample.receipt, status: 'cancelled' }),
    result: { ...sample.receipt, status: 'cancelled' },
  },
  { name: 'payments.getAutoPay', call: (p) => p.payments.getAutoPay('card-acct-1'), method: 'GET', path: '/accounts/card-acct-1/autopay', reply: json(sample.autoPay), result: sample.autoPay },
  {
    name: 'payments.setAutoPay',
    call: (p) => p.payments.setAutoPay('card-acct-1', enrollment),
    method: 'PUT',
    path: '/accounts/card-acct-1/autopay',
    body: { rule: 'minimum-due', fundingAccountId: 'bank-1', startDate: '2026-12-01', authorization },
    reply: json(sample.autoPay),
    result: sample.autoPay,
  },
  {
    name: 'payments.cancelAutoPay',
    call: (p) => p.payments.cancelAutoPay('card-acct-1'),
    method: 'DELETE',
    path: '/accounts/card-acct-1/autopay',
    reply: json({ accountId: 'card-acct-1', enrolled: false }),
    result: { accountId: 'card-acct-1', enrolled: false },
  },
  { name: 'cards.listCards', call: (p) => p.cards.listCards(), method: 'GET', path: '/cards', reply: json([sample.card]), result: [sample.card] },
  { name: 'cards.getCard', call: (p) => p.cards.getCard('card-1'), method: 'GET', path: '/cards/card-1', reply: json(sample.card), result: sample.card },
  {
    name: 'cards.setCardLock',
    call: (p) => p.cards.setCardLock('card-1', { locked: false, relockAfterMinutes: 15 }),
    method: 'PUT',
    path: '/cards/card-1/lock',
    body: { locked: false, relockAfterMinutes: 15 },
    reply: json(sample.card),
    result: sample.card,
  },
  { name: 'cards.getLockPolicy', call: (p) => p.cards.getLockPolicy(), method: 'GET', path: '/card-lock-policy', reply: json(sample.lockPolicy), result: sample.lockPolicy },
  { name: 'cards.getCapabilities', call: (p) => p.cards.getCapabilities(), method: 'GET', path: '/card-capabilities', reply: json(sample.capabilities), result: sample.capabilities },
  {
    name: 'cards.setDeclineAlerts',
    call: (p) => p.cards.setDeclineAlerts('card-1', true),
    method: 'PUT',
    path: '/cards/card-1/decline-alerts',
    body: { enabled: true },
    reply: json(sample.card),
    result: sample.card,
  },
  { name: 'creditScore.getCreditScore', call: (p) => p.creditScore.getCreditScore(), method: 'GET', path: '/credit-score', reply: json(sample.creditScore), result: sample.creditScore },
  { name: 'titles.listTitles', call: (p) => p.titles.listTitles(), method: 'GET', path: '/titles', reply: json([sample.titleCase]), result: [sample.titleCase] },
  {
    name: 'titles.setTitleEmailUpdates',
    call: (p) => p.titles.setTitleEmailUpdates('title-1', false),
    method: 'PUT',
    path: '/titles/title-1/email-updates',
    body: { enabled: false },
    reply: json(sample.titleCase),
    result: sample.titleCase,
  },
  { name: 'help.getFaq', call: (p) => p.help.getFaq('es'), method: 'GET', path: '/help/faq?locale=es', reply: json(sample.faq), result: sample.faq },
  {
    name: 'help.getContactChannels',
    call: (p) => p.help.getContactChannels('es'),
    method: 'GET',
    path: '/help/contact-channels?locale=es',
    reply: json([sample.contactChannel]),
    result: [sample.contactChannel],
  },
  {
    name: 'help.sendFeedback',
    call: (p) => p.help.sendFeedback('when-posts', true),
    method: 'POST',
    path: '/help/faq/when-posts/feedback',
    body: { helpful: true },
    reply: new Response(null, { status: 204 }),
    result: undefined,
  },
  {
    name: 'help.getWaysToPay',
    call: (p) => p.help.getWaysToPay('es', { accountId: 'auto-acct-1' }),
    method: 'GET',
    path: '/help/ways-to-pay?locale=es&accountId=auto-acct-1',
    reply: json(sample.waysToPay),
    result: sample.waysToPay,
  },
  {
    name: 'help.revealAccountNumber',
    call: (p) => p.help.revealAccountNumber('auto-acct-1'),
    method: 'POST',
    path: '/accounts/auto-acct-1/account-number',
    reply: json({ accountId: 'auto-acct-1', accountNumber: '40021907730' }),
    result: { accountId: 'auto-acct-1', accountNumber: '40021907730' },
  },
  {
    name: 'documents.listDocuments',
    call: (p) => p.documents.listDocuments({ accountId: 'card-acct-1', type: 'statement', cursor: 'c2', limit: 12 }),
    method: 'GET',
    path: '/documents?accountId=card-acct-1&type=statement&cursor=c2&limit=12',
    reply: json(sample.documentPage),
    result: sample.documentPage,
  },
  {
    name: 'documents.openDocument',
    call: (p) => p.documents.openDocument('doc-1'),
    method: 'POST',
    path: '/documents/doc-1/open',
    reply: json(sample.documentLink),
    result: sample.documentLink,
  },
  {
    name: 'documents.getPaperless',
    call: (p) => p.documents.getPaperless('card-acct-1'),
    method: 'GET',
    path: '/accounts/card-acct-1/paperless',
    reply: json(sample.paperless),
    result: sample.paperless,
  },
  {
    name: 'documents.setPaperless',
    call: (p) => p.documents.setPaperless('card-acct-1', { paperless: true, consentVersion: 'e-2026-01', acceptedAt: '2026-11-21T14:05:00Z' }),
    method: 'PUT',
    path: '/accounts/card-acct-1/paperless',
    body: { paperless: true, consentVersion: 'e-2026-01', acceptedAt: '2026-11-21T14:05:00Z' },
    reply: json(sample.paperless),
    result: sample.paperless,
  },
  {
    name: 'disputes.getDisputeOptions',
    call: (p) => p.disputes.getDisputeOptions('card-acct-1', 'txn-2041'),
    method: 'GET',
    path: '/accounts/card-acct-1/transactions/txn-2041/dispute-options',
    reply: json(sample.disputeOptions),
    result: sample.disputeOptions,
  },
  {
    // multipart/form-data: the stub records no JSON body, and fetch sets the Content-Type with its boundary.
    name: 'disputes.uploadDisputeAttachment',
    call: (p) => p.disputes.uploadDisputeAttachment(new File(['%PDF-'], 'receipt.pdf', { type: 'application/pdf' }), 'receipt.pdf'),
    method: 'POST',
    path: '/dispute-attachments',
    reply: json({ id: 'att-1', name: 'receipt.pdf' }, 201),
    result: { id: 'att-1', name: 'receipt.pdf' },
  },
  {
    name: 'disputes.startDispute',
    call: (p) => p.disputes.startDispute({ accountId: 'card-acct-1', transactionId: 'txn-2041', reason: 'other', answers: { details: 'Charged twice' }, attachmentIds: ['att-1'], idempotencyKey: 'dispute-key-1' }),
    method: 'POST',
    path: '/disputes',
    body: { accountId: 'card-acct-1', transactionId: 'txn-2041', reason: 'other', answers: { details: 'Charged twice' }, attachmentIds: ['att-1'] },
    reply: json(sample.dispute, 201),
    result: sample.dispute,
  },
  {
    name: 'disputes.listDisputes',
    call: (p) => p.disputes.listDisputes({ accountId: 'card-acct-1' }),
    method: 'GET',
    path: '/disputes?accountId=card-acct-1',
    reply: json(sample.disputeList),
    result: sample.disputeList,
  },
  {
    name: 'disputes.getDispute',
    call: (p) => p.disputes.getDispute('dsp-7'),
    method: 'GET',
    path: '/disputes/dsp-7',
    reply: json(sample.dispute),
    result: sample.dispute,
  },
  {
    name: 'activity.listStatementPeriods',
    call: (p) => p.activity.listStatementPeriods('card-acct-1'),
    method: 'GET',
    path: '/accounts/card-acct-1/statement-periods',
    reply: json(sample.statementPeriods),
    result: sample.statementPeriods,
  },
  {
    name: 'activity.listTransactions',
    call: (p) => p.activity.listTransactions({ accountId: 'card-acct-1', periodId: '2026-10', status: 'posted', kind: 'fee', cursor: 'c2', limit: 25 }),
    method: 'GET',
    path: '/accounts/card-acct-1/transactions?periodId=2026-10&status=posted&kind=fee&cursor=c2&limit=25',
    reply: json(sample.transactionPage),
    result: sample.transactionPage,
  },
  {
    name: 'activity.listLoanPayments',
    call: (p) => p.activity.listLoanPayments('auto-acct-1', { cursor: 'c1', limit: 10 }),
    method: 'GET',
    path: '/accounts/auto-acct-1/loan-payments?cursor=c1&limit=10',
    reply: json(sample.loanPaymentPage),
    result: sample.loanPaymentPage,
  },
  {
    name: 'payments.changeScheduledPayment',
    call: (p) => p.payments.changeScheduledPayment('pay-1', { amount: { amount: 4_000, currency: 'USD' }, idempotencyKey: 'change-key-1' }),
    method: 'PATCH',
    path: '/payments/pay-1',
    body: { amount: { amount: 4_000, currency: 'USD' } },
    reply: json(sample.receipt),
    result: sample.receipt,
  },
  {
    name: 'alerts.getAlerts',
    call: (p) => p.alerts.getAlerts({ accountId: 'card-acct-1' }),
    method: 'GET',
    path: '/alerts?accountId=card-acct-1',
    reply: json(sample.alertSettings),
    result: sample.alertSettings,
  },
  {
    name: 'alerts.setAlert',
    call: (p) => p.alerts.setAlert('card-acct-1-balance-above', { threshold: { amount: 200_000, currency: 'USD' } }),
    method: 'PUT',
    path: '/alerts/card-acct-1-balance-above',
    body: { threshold: { amount: 200_000, currency: 'USD' } },
    reply: json(sample.alert),
    result: sample.alert,
  },
  {
    name: 'alerts.startPhoneVerification',
    call: (p) => p.alerts.startPhoneVerification('+15555550123'),
    method: 'POST',
    path: '/alerts/mobile-verifications',
    body: { phone: '+15555550123' },
    reply: json({ verificationId: 'verify-1', mobileLast4: '0123', expiresAt: '2026-11-21T14:15:00Z', resendAt: '2026-11-21T14:05:30Z' }),
    result: { verificationId: 'verify-1', mobileLast4: '0123', expiresAt: '2026-11-21T14:15:00Z', resendAt: '2026-11-21T14:05:30Z' },
  },
  {
    name: 'alerts.resendPhoneCode',
    call: (p) => p.alerts.resendPhoneCode('verify-1'),
    method: 'POST',
    path: '/alerts/mobile-verifications/verify-1/resend',
    reply: json({ verificationId: 'verify-1', mobileLast4: '0123', expiresAt: '2026-11-21T14:16:00Z', resendAt: '2026-11-21T14:06:30Z' }),
    result: { verificationId: 'verify-1', mobileLast4: '0123', expiresAt: '2026-11-21T14:16:00Z', resendAt: '2026-11-21T14:06:30Z' },
  },
  {
    name: 'alerts.confirmPhone',
    call: (p) => p.alerts.confirmPhone('verify-1', '246810'),
    method: 'POST',
    path: '/alerts/mobile-verifications/verify-1/confirm',
    body: { code: '246810' },
    reply: json({ status: 'wrong', attemptsLeft: 2 }),
    result: { status: 'wrong', attemptsLeft: 2 },
  },
  {
    name: 'alerts.acceptTextConsent',
    call: (p) => p.alerts.acceptTextConsent('2026-03', '2026-11-21T14:05:00Z'),
    method: 'PUT',
    path: '/text-consent',
    body: { version: '2026-03', acceptedAt: '2026-11-21T14:05:00Z' },
    reply: json({ ...sample.alertSettings.textConsent, acceptedAt: '2026-11-21T14:05:00Z' }),
    result: { ...sample.alertSettings.textConsent, acceptedAt: '2026-11-21T14:05:00Z' },
  },
  {
    name: 'alerts.setPayByText',
    call: (p) => p.alerts.setPayByText('card-acct-1', { enrolled: true, fundingAccountId: 'bank-1' }),
    method: 'PUT',
    path: '/accounts/card-acct-1/pay-by-text',
    body: { enrolled: true, fundingAccountId: 'bank-1' },
    reply: json(sample.payByText),
    result: sample.payByText,
  },
];

describe('createRestProvider routes', () => {
  for (const route of routes) {
    it(`${route.name} → ${route.method} ${route.path}`, async () => {
      const { provider, requests } = stubbedProvider([route.reply]);
      const result = await route.call(provider);
      expect(result).to.deep.equal(route.result);
      expect(requests).to.have.length(1);
      const [request] = requests;
      expect(request?.method).to.equal(route.method);
      expect(request?.path).to.equal(route.path);
      expect(request?.body).to.deep.equal(route.body);
      expect(request?.headers.get('Accept')).to.equal('application/json');
      expect(request?.headers.get('Content-Type')).to.equal(route.body === undefined ? null : 'application/json');
      expect(request?.headers.get('Authorization')).to.equal(null);
      const keys: Record<string, string> = { 'payments.submitPayment': 'pay-key-1', 'payments.setAutoPay': 'autopay-key-1', 'payments.changeScheduledPayment': 'change-key-1', 'disputes.startDispute': 'dispute-key-1' };
      expect(request?.headers.get('Idempotency-Key')).to.equal(keys[route.name] ?? null);
    });
  }

  it('implements every slice and every optional method', () => {
    const { provider } = stubbedProvider([json({})]);
    const methods = Object.entries(provider).flatMap(([slice, api]) => Object.keys(api as object).map((m) => `${slice}.${m}`));
    expect(methods.sort()).to.deep.equal(routes.map((r) => r.name).sort());
  });

  it('encodes ids as single path segments', async () => {
    const { provider, requests } = stubbedProvider([json(sample.card)]);
    await provider.cards.getCard('../accounts?x=1#y');
    expect(requests[0]?.url).to.equal(`${BASE_URL}/cards/..%2Faccounts%3Fx%3D1%23y`);
  });

  it('puts the full bank account number only in the POST body', async () => {
    const { provider, requests } = stubbedProvider([json(sample.fundingAccount, 201)]);
    await provider.payments.addFundingAccount(newBankAccount);
    const request = requests[0];
    expect(request?.url).not.to.include(newBankAccount.accountNumber);
    expect([...(request?.headers.values() ?? [])].join(' ')).not.to.include(newBankAccount.accountNumber);
    expect(request?.body).to.deep.include({ accountNumber: newBankAccount.accountNumber });
  });

  it('returns null for an unknown routing number', async () => {
    const { provider } = stubbedProvider([apiError(404, 'not-found')]);
    expect(await provider.payments.lookupRoutingNumber('011000015')).to.equal(null);
  });

  it('still reports other lookup failures', async () => {
    const { provider } = stubbedProvider([apiError(403, 'forbidden')]);
    const error = await provider.payments.lookupRoutingNumber('011000015').catch((e: unknown) => e);
    expect(error).to.include({ name: 'ProviderError', code: 'forbidden' });
  });

  it('joins paths to a base URL with or without a trailing slash', async () => {
    const { provider, requests } = stubbedProvider([json([])], { baseUrl: `${BASE_URL}/` });
    await provider.cards.listCards();
    expect(requests[0]?.url).to.equal(`${BASE_URL}/cards`);
  });

  it('works with a base URL relative to the page', async () => {
    const { provider, requests } = stubbedProvider([json([])], { baseUrl: '/api' });
    await provider.titles.listTitles();
    expect(requests[0]?.url).to.equal('/api/titles');
  });
});

describe('createRestProvider headers', () => {
  it('sends the bearer token from getAuthToken', async () => {
    const asked: boolean[] = [];
    const { provider, requests } = stubbedProvider([json([])], {
      getAuthToken: ({ refresh }) => {
        asked.push(refresh);
        return Promise.resolve('token-1');
      },
    });
    await provider.cards.listCards();
    expect(requests[0]?.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(asked).to.deep.equal([false]);
  });

  it('sends no Authorization header when getAuthToken has no token', async () => {
    const { provider, requests } = stubbedProvider([json([])], { getAuthToken: () => null });
    await provider.cards.listCards();
    expect(requests[0]?.headers.has('Authorization')).to.equal(false);
  });

  it('sends Accept-Language from the language option, and the locale for help requests', async () => {
    let language = 'en-US';
    const { provider, requests } = stubbedProvider([json([]), json(sample.faq)], { language: () => language });
    await provider.accounts.listAccounts();
    language = 'es-MX';
    await provider.help.getFaq('es');
    expect(requests.map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['en-US', 'es']);
  });

  it('adds the extra headers and the credentials mode', async () => {
    const { provider, requests } = stubbedProvider([json([])], {
      headers: { 'X-Client': 'dealer-site', Accept: 'text/html' },
      credentials: 'include',
    });
    await provider.cards.listCards();
    expect(requests[0]?.headers.get('X-Client')).to.equal('dealer-site');
    expect(requests[0]?.headers.get('Accept')).to.equal('application/json');
    expect(requests[0]?.credentials).to.equal('include');
  });
});
