import { expect } from '@open-wc/testing';
import type { RestProvider } from '@tessera/provider-rest';
import { json, stubbedProvider } from './fetch-stub.js';

/** Calls every provider method with `{name}` placeholders as ids, so paths come out as templates. */
async function pathsTheClientCalls(): Promise<string[]> {
  const { provider, requests } = stubbedProvider([json(null)], { retries: 0 });
  const calls: Array<(p: RestProvider) => Promise<unknown>> = [
    (p) => p.accounts.listAccounts(),
    (p) => p.accounts.getAccount('{accountId}'),
    (p) => p.accounts.getPayoffQuote('{accountId}', '2026-11-25'),
    (p) => p.accounts.listScheduledPayments('{accountId}'),
    (p) => p.payments.getPaymentOptions('{accountId}'),
    (p) => p.payments.listFundingAccounts(),
    (p) => p.payments.addFundingAccount({ holderName: 'A', routingNumber: '021000021', accountNumber: '1234', type: 'checking' }),
    (p) => p.payments.lookupRoutingNumber('{routingNumber}'),
    (p) => p.payments.submitPayment({ accountId: 'a', fundingAccountId: 'b', amount: { amount: 1, currency: 'USD' }, date: '2026-11-23', idempotencyKey: 'k' }),
    (p) => p.payments.cancelPayment('{paymentId}'),
    (p) => p.payments.getAutoPay('{accountId}'),
    (p) =>
      p.payments.setAutoPay('{accountId}', {
        rule: 'fixed',
        fundingAccountId: 'b',
        startDate: '2026-12-01',
        authorization: { version: 'v1', acceptedAt: '2026-11-21T14:05:00Z', locale: 'en', text: 'I authorize Auto Pay.' },
        idempotencyKey: 'k',
      }),
    (p) => p.payments.cancelAutoPay('{accountId}'),
    (p) => p.cards.listCards(),
    (p) => p.cards.getCard('{cardId}'),
    (p) => p.cards.setCardLock('{cardId}', { locked: true }),
    (p) => p.cards.setDeclineAlerts('{cardId}', true),
    (p) => p.cards.getLockPolicy(),
    (p) => p.cards.getCapabilities(),
    (p) => p.creditScore.getCreditScore(),
    (p) => p.titles.listTitles(),
    (p) => p.titles.setTitleEmailUpdates('{titleId}', true),
    (p) => p.help.getFaq('en'),
    (p) => p.help.getContactChannels('en'),
    (p) => p.help.sendFeedback('{entryId}', true),
    (p) => p.help.getWaysToPay('en'),
    (p) => p.help.revealAccountNumber('{accountId}'),
    (p) => p.documents.listDocuments({}),
    (p) => p.documents.openDocument('{documentId}'),
    (p) => p.documents.getPaperless('{accountId}'),
    (p) => p.documents.setPaperless('{accountId}', { paperless: false }),
    (p) => p.disputes.getDisputeOptions('{accountId}', '{transactionId}'),
    (p) => p.disputes.uploadDisputeAttachment(new Blob(['x'], { type: 'application/pdf' }), 'a.pdf'),
    (p) => p.disputes.startDispute({ accountId: 'a', transactionId: 't', reason: 'other', answers: {}, attachmentIds: [], idempotencyKey: 'k' }),
    (p) => p.disputes.listDisputes({}),
    (p) => p.disputes.getDispute('{disputeId}'),
    (p) => p.activity.listStatementPeriods('{accountId}'),
    (p) => p.activity.listTransactions({ accountId: '{accountId}' }),
    (p) => p.activity.listLoanPayments('{accountId}'),
    (p) => p.payments.changeScheduledPayment('{paymentId}', { idempotencyKey: 'k' }),
    (p) => p.alerts.getAlerts({}),
    (p) => p.alerts.setAlert('{alertId}', { channel: 'email', enabled: true }),
    (p) => p.alerts.startPhoneVerification('+15555550123'),
    (p) => p.alerts.resendPhoneCode('{verificationId}'),
    (p) => p.alerts.confirmPhone('{verificationId}', '246810'),
    (p) => p.alerts.acceptTextConsent('2026-03', '2026-11-21T14:05:00Z'),
    (p) => p.alerts.setPayByText('{accountId}', { enrolled: false }),
  ];
  for (const call of calls) await call(provider).catch(() => undefined);
  return requests.map((r) => `${r.method.toLowerCase()} ${r.path.split('?')[0]}`);
}

/** `get /accounts/{accountId}`-style operations declared under `paths:` in the YAML. */
function operationsIn(yaml: string): Set<string> {
  const operations = new Set<string>();
  let path: string | undefined;
  let inPaths = false;
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPaths = line.startsWith('paths:');
    if (!inPaths) continue;
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1];
    const methodMatch = /^ {4}(get|put|post|delete|patch):\s*$/.exec(line);
    if (methodMatch && path) operations.add(`${methodMatch[1]} ${path}`);
  }
  return operations;
}

describe('openapi.yaml', () => {
  it('declares every operation the client calls, and nothing else', async () => {
    const response = await fetch('/packages/provider-rest/openapi.yaml');
    expect(response.ok).to.equal(true);
    const yaml = await response.text();
    expect(yaml).to.match(/^openapi: 3\.1\.\d+$/m);
    const called = await pathsTheClientCalls();
    expect(called).to.have.length(47);
    expect([...operationsIn(yaml)].sort()).to.deep.equal([...new Set(called)].sort());
  });

  it('describes the error shape and a schema for every domain type', async () => {
    const yaml = await (await fetch('/packages/provider-rest/openapi.yaml')).text();
    for (const schema of [
      'Error', 'FieldError', 'Money', 'Account', 'CardAccount', 'VehicleLoanAccount', 'FundingAccount', 'NewFundingAccount',
      'BankLookup', 'PaymentOptions', 'PaymentRequestBody', 'PaymentReceipt', 'AutoPaySettings', 'AutoPayEnrollment', 'Card',
      'LocalizedText', 'AuthorizationRecord', 'AutoPayDraft', 'AuthorizationCopy',
      'SetCardLock', 'CardLockPolicy', 'CardCapabilities', 'CreditScore', 'TitleCase', 'Faq', 'RichBlock', 'RichInline',
      'ContactChannel', 'Enabled', 'Feedback',
      'WayToPay', 'WayToPayCost', 'WaysToPay', 'PostalAddress', 'RevealedAccountNumber',
      'DisputeOptions', 'DisputeRequestBody', 'Dispute', 'DisputeList', 'DisputeAttachment',
    ]) {
      expect(yaml, schema).to.match(new RegExp(`^ {4}${schema}:\\s*$`, 'm'));
    }
  });
});
