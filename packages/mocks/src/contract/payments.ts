/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import {
  arrayOf,
  isAutoPaySettings,
  isBankLookup,
  isBusinessDay,
  isFundingAccount,
  isPaymentOptions,
  isPaymentReceipt,
  type AutoPayEnrollment,
  type AuthorizationRecord,
  type PaymentRequest,
} from '@tessera/core';
import type { MockStore } from '../store/index.js';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, fieldsOf, newIdempotencyKey, type Harness } from './harness.js';

/** A payment the lender accepts: $50.00 on the card account, on the earliest date. */
export function validPayment(store: MockStore, change: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    accountId: MOCK_IDS.cardAccount,
    fundingAccountId: MOCK_IDS.checking,
    amount: { amount: 5_000, currency: 'USD' },
    date: store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate,
    idempotencyKey: newIdempotencyKey(),
    ...change,
  };
}

/** What a widget sends once the customer accepted an authorization. */
export function authorizationRecord(change: Partial<AuthorizationRecord> = {}): AuthorizationRecord {
  return {
    version: 'HB-AUTOPAY-2026-03',
    acceptedAt: new Date().toISOString(),
    locale: 'en',
    text: 'Amount: Statement balance. First payment: November 23, 2026. From: Prairie State Savings ••••2040. I authorize Auto Pay.',
    ...change,
  };
}

/** An Auto Pay enrollment the lender accepts: the card's statement balance, from savings, on the earliest date. */
export function validEnrollment(store: MockStore, change: Partial<AutoPayEnrollment> = {}): AutoPayEnrollment {
  return {
    rule: 'statement-balance',
    fundingAccountId: MOCK_IDS.savings,
    startDate: store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate,
    authorization: authorizationRecord(),
    idempotencyKey: newIdempotencyKey(),
    ...change,
  };
}

export function paymentsContract(h: Harness): void {
  describe('payments', () => {
    it('gives payment options for an open account: after today, on a business day', async () => {
      const { store } = h.subject;
      const options = await h.slice('payments').getPaymentOptions(MOCK_IDS.cardAccount);
      expect(isPaymentOptions(options), 'passes isPaymentOptions').to.equal(true);
      expect(options).to.deep.equal(store.paymentOptions[MOCK_IDS.cardAccount]);
      expect(options.earliestDate > store.today, 'earliest date is after today').to.equal(true);
      expect(isBusinessDay(options.earliestDate, options), 'earliest date is a business day').to.equal(true);
    });

    it('answers not-found for the options of an unknown account', async () => {
      await expectProviderError(h.slice('payments').getPaymentOptions('no-such-account'), 'not-found');
    });

    it('gives the lender wording in both languages, with versions, and its Auto Pay rules', async () => {
      const api = h.slice('payments');
      for (const id of [MOCK_IDS.cardAccount, MOCK_IDS.activeLoan]) {
        const options = await api.getPaymentOptions(id);
        for (const wording of [options.authorizationText, options.autopayAuthorizationText]) {
          expect(wording, `${id}: wording in English and Spanish`).to.have.keys('en', 'es');
        }
        expect(options.authorizationVersion, id).to.be.a('string');
        expect(options.autopayAuthorizationVersion, id).to.be.a('string');
        expect(options.autopayNoticeDays, id).to.equal(3);
      }
      expect((await api.getPaymentOptions(MOCK_IDS.cardAccount)).suggestedAmount).to.equal('statement-balance');
      expect((await api.getPaymentOptions(MOCK_IDS.activeLoan)).autopayBelowDue).to.equal('refuse');
    });

    it('lists the saved bank accounts, masked, one of them preferred', async () => {
      const accounts = await h.slice('payments').listFundingAccounts();
      expect(arrayOf(isFundingAccount)(accounts), 'every account passes isFundingAccount').to.equal(true);
      expect(accounts.map((a) => a.id)).to.include.members([MOCK_IDS.checking, MOCK_IDS.savings]);
      expect(accounts.filter((a) => a.preferred).map((a) => a.id)).to.deep.equal([MOCK_IDS.checking]);
    });

    it('adds a bank account and keeps only its last 4 digits', async () => {
      const { store } = h.subject;
      const added = await h.slice('payments').addFundingAccount({
        holderName: 'Jordan Rivera',
        routingNumber: '021000021',
        accountNumber: '000123456789',
        type: 'checking',
      });
      expect(isFundingAccount(added), 'passes isFundingAccount').to.equal(true);
      expect(added.last4).to.equal('6789');
      expect(added.bankName).to.equal(store.banks['021000021']);
      expect(store.fundingAccounts.map((a) => a.id)).to.include(added.id);
      expect(JSON.stringify(store), 'the full number is not kept').to.not.include('000123456789');
      const listed = await h.slice('payments').listFundingAccounts();
      expect(listed.map((a) => a.id)).to.include(added.id);
    });

    it('refuses a bad routing number and account number with field errors', async () => {
      const before = h.subject.store.fundingAccounts.length;
      const error = await expectProviderError(
        h.slice('payments').addFundingAccount({ holderName: 'Jordan Rivera', routingNumber: '021000022', accountNumber: '12', type: 'checking' }),
        'validation',
      );
      expect(fieldsOf(error)).to.deep.equal(['accountNumber', 'routingNumber']);
      expect(h.subject.store.fundingAccounts.length).to.equal(before);
    });

    it('looks up a routing number, and gives null for an unknown one', async function () {
      const api = h.slice('payments');
      if (!api.lookupRoutingNumber) return this.skip();
      const bank = await api.lookupRoutingNumber('021000021');
      expect(isBankLookup(bank), 'passes isBankLookup').to.equal(true);
      expect(bank).to.deep.equal({ routingNumber: '021000021', bankName: h.subject.store.banks['021000021'] });
      expect(await api.lookupRoutingNumber('122000247')).to.equal(null);
    });

    it('schedules a payment and records it, with the amount due after it and until when it can be cancelled', async () => {
      const { store } = h.subject;
      const before = store.payments.length;
      const request = validPayment(store, { amount: { amount: 2_000, currency: 'USD' } });
      const receipt = await h.slice('payments').submitPayment(request);
      expect(isPaymentReceipt(receipt), 'passes isPaymentReceipt').to.equal(true);
      expect(receipt).to.include({ accountId: request.accountId, fundingAccountId: request.fundingAccountId, date: request.date });
      expect(receipt.amount).to.deep.equal(request.amount);
      expect(receipt.amountDueAfter).to.deep.equal({ amount: 1_500, currency: 'USD' });
      expect(Date.parse(receipt.cancelBy!)).to.be.below(Date.parse(`${request.date}T00:00:00-06:00`));
      expect(store.payments.length).to.equal(before + 1);
      expect(store.payments.at(-1)).to.deep.equal(receipt);
      const card = await h.slice('accounts').getAccount(MOCK_IDS.cardAccount);
      expect(card.kind === 'card' && card.minimumDue.amount, 'the amount due counts the payment').to.equal(1_500);
    });

    it('records the authorization sent with a payment', async () => {
      const { store } = h.subject;
      const authorization = authorizationRecord({ version: 'HB-ONETIME-2026-03', locale: 'es', text: 'Autorizo este pago.' });
      await h.slice('payments').submitPayment(validPayment(store, { authorization }));
      expect(store.authorizations.at(-1)).to.deep.equal({ kind: 'payment', accountId: MOCK_IDS.cardAccount, record: authorization });
    });

    it('cancels a scheduled payment before its cutoff, giving the amount due back', async function () {
      const { store } = h.subject;
      const api = h.slice('payments');
      if (!api.cancelPayment) return this.skip();
      const receipt = await api.submitPayment(validPayment(store));
      const cancelled = await api.cancelPayment(receipt.id);
      expect(isPaymentReceipt(cancelled), 'passes isPaymentReceipt').to.equal(true);
      expect(cancelled).to.include({ id: receipt.id, status: 'cancelled' });
      expect(cancelled.cancelBy).to.equal(undefined);
      expect(cancelled.amountDueAfter).to.deep.equal({ amount: 3_500, currency: 'USD' });
      expect(await api.cancelPayment(receipt.id), 'cancelling again answers the same').to.deep.equal(cancelled);
      expect(store.payments.find((p) => p.id === receipt.id)?.status).to.equal('cancelled');
      const error = await expectProviderError(api.cancelPayment('pmt-1'), 'validation');
      expect(fieldsOf(error)).to.deep.equal(['paymentId']);
      await expectProviderError(api.cancelPayment('no-such-payment'), 'not-found');
    });

    it('refuses amounts of zero or above the maximum, and dates before the earliest, with field errors', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const options = store.paymentOptions[MOCK_IDS.cardAccount]!;
      const before = store.payments.length;
      const zero = await expectProviderError(api.submitPayment(validPayment(store, { amount: { amount: 0, currency: 'USD' } })), 'validation');
      expect(fieldsOf(zero)).to.deep.equal(['amount']);
      const tooMuch = validPayment(store, { amount: { amount: options.maxAmount.amount + 1, currency: 'USD' } });
      expect(fieldsOf(await expectProviderError(api.submitPayment(tooMuch), 'validation'))).to.deep.equal(['amount']);
      const early = await expectProviderError(api.submitPayment(validPayment(store, { date: store.today })), 'validation');
      expect(fieldsOf(early)).to.deep.equal(['date']);
      expect(store.payments.length).to.equal(before);
    });

    it('answers not-found for a payment to an unknown account', async () => {
      await expectProviderError(h.slice('payments').submitPayment(validPayment(h.subject.store, { accountId: 'no-such-account' })), 'not-found');
    });

    it('reads Auto Pay settings with the next draft and until when it can be stopped', async () => {
      const api = h.slice('payments');
      const loan = await api.getAutoPay(MOCK_IDS.activeLoan);
      expect(isAutoPaySettings(loan), 'passes isAutoPaySettings').to.equal(true);
      expect(loan).to.deep.include(h.subject.store.autoPay[MOCK_IDS.activeLoan]);
      // Monthly on the 1st (the start date's day), amount due + the extra $25.00.
      expect(loan.nextDraft).to.deep.include({ date: '2026-12-01', amount: { amount: 51_112, currency: 'USD' }, stoppable: true });
      // Three business days before, Thanksgiving skipped: 5:00 p.m. Central on November 25.
      expect(loan.nextDraft!.stopBy).to.equal('2026-11-25T23:00:00Z');
      expect((await api.getAutoPay(MOCK_IDS.cardAccount)).nextDraft).to.equal(undefined);
      await expectProviderError(api.getAutoPay('no-such-account'), 'not-found');
    });

    it('enrolls in Auto Pay with the authorization, says where its copy went, and cancels it', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const enrollment = validEnrollment(store);
      const enrolled = await api.setAutoPay(MOCK_IDS.cardAccount, enrollment);
      expect(isAutoPaySettings(enrolled), 'passes isAutoPaySettings').to.equal(true);
      expect(enrolled).to.include({
        accountId: MOCK_IDS.cardAccount,
        enrolled: true,
        rule: 'statement-balance',
        fundingAccountId: MOCK_IDS.savings,
        startDate: enrollment.startDate,
      });
      expect(enrolled.authorizationCopy).to.deep.equal(store.authorizationCopy);
      expect(enrolled.nextDraft?.date).to.equal(enrollment.startDate);
      expect(store.autoPay[MOCK_IDS.cardAccount]).to.include({ enrolled: true, rule: 'statement-balance' });
      expect(store.authorizations.at(-1)).to.deep.equal({ kind: 'autopay', accountId: MOCK_IDS.cardAccount, record: enrollment.authorization });
      expect(await api.getAutoPay(MOCK_IDS.cardAccount)).to.deep.include({ enrolled: true, rule: 'statement-balance' });

      const cancelled = await api.cancelAutoPay(MOCK_IDS.cardAccount);
      expect(cancelled).to.include({ accountId: MOCK_IDS.cardAccount, enrolled: false });
      expect(store.autoPay[MOCK_IDS.cardAccount]?.enrolled).to.equal(false);
    });

    it('records one enrollment per idempotency key, and refuses the key for another one', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const enrollment = validEnrollment(store);
      const first = await api.setAutoPay(MOCK_IDS.cardAccount, enrollment);
      const again = await api.setAutoPay(MOCK_IDS.cardAccount, { ...enrollment });
      expect(again).to.deep.equal(first);
      expect(store.authorizations.filter((a) => a.kind === 'autopay')).to.have.length(1);
      await expectProviderError(api.setAutoPay(MOCK_IDS.cardAccount, { ...enrollment, rule: 'minimum-due' }), 'conflict');
      expect(store.autoPay[MOCK_IDS.cardAccount]?.rule).to.equal('statement-balance');
    });

    it('refuses an enrollment without an authorization or an idempotency key', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const missing = { ...validEnrollment(store), authorization: undefined } as unknown as AutoPayEnrollment;
      expect(fieldsOf(await expectProviderError(api.setAutoPay(MOCK_IDS.cardAccount, missing), 'validation'))).to.deep.equal(['authorization']);
      const noKey = { ...validEnrollment(store), idempotencyKey: '' };
      expect(fieldsOf(await expectProviderError(api.setAutoPay(MOCK_IDS.cardAccount, noKey), 'validation'))).to.deep.equal(['idempotencyKey']);
      expect(store.autoPay[MOCK_IDS.cardAccount]?.enrolled).to.equal(false);
    });

    it('refuses a fixed Auto Pay amount that is missing', async () => {
      const { store } = h.subject;
      const error = await expectProviderError(
        h.slice('payments').setAutoPay(MOCK_IDS.cardAccount, validEnrollment(store, { rule: 'fixed' })),
        'validation',
      );
      expect(fieldsOf(error)).to.deep.equal(['fixedAmount']);
      expect(store.autoPay[MOCK_IDS.cardAccount]?.enrolled).to.equal(false);
    });

    it('refuses a fixed Auto Pay amount below the installment where the lender does, and takes it where it warns', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const ten = { amount: 1_000, currency: 'USD' as const };
      const startDate = store.paymentOptions[MOCK_IDS.activeLoan]!.earliestDate;
      const loan = validEnrollment(store, { rule: 'fixed', fixedAmount: ten, fundingAccountId: MOCK_IDS.checking, startDate });
      const error = await expectProviderError(api.setAutoPay(MOCK_IDS.activeLoan, loan), 'validation');
      expect(fieldsOf(error)).to.deep.equal(['fixedAmount']);
      expect(store.autoPay[MOCK_IDS.activeLoan]?.rule).to.equal('amount-due');
      const card = await api.setAutoPay(MOCK_IDS.cardAccount, validEnrollment(store, { rule: 'fixed', fixedAmount: ten }));
      expect(card.fixedAmount).to.deep.equal(ten);
    });

    it('turning Auto Pay off says when the next draft is too late to stop', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      expect((await api.cancelAutoPay(MOCK_IDS.activeLoan)).nextDraft, 'stopped in time').to.equal(undefined);
      // Drafts on the 23rd: the next one, November 23, could only be stopped until November 18.
      store.autoPay[MOCK_IDS.activeLoan] = { ...store.autoPay[MOCK_IDS.activeLoan]!, enrolled: true, startDate: '2025-06-23' };
      const off = await api.cancelAutoPay(MOCK_IDS.activeLoan);
      expect(isAutoPaySettings(off), 'passes isAutoPaySettings').to.equal(true);
      expect(off.enrolled).to.equal(false);
      expect(off.nextDraft).to.deep.include({ date: '2026-11-23', stoppable: false });
    });
  });
}
