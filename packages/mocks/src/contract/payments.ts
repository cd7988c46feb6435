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

    it('lists the saved bank accounts, masked', async () => {
      const accounts = await h.slice('payments').listFundingAccounts();
      expect(arrayOf(isFundingAccount)(accounts), 'every account passes isFundingAccount').to.equal(true);
      expect(accounts.map((a) => a.id)).to.include.members([MOCK_IDS.checking, MOCK_IDS.savings]);
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

    it('schedules a payment and records it', async () => {
      const { store } = h.subject;
      const before = store.payments.length;
      const request = validPayment(store);
      const receipt = await h.slice('payments').submitPayment(request);
      expect(isPaymentReceipt(receipt), 'passes isPaymentReceipt').to.equal(true);
      expect(receipt).to.include({ accountId: request.accountId, fundingAccountId: request.fundingAccountId, date: request.date });
      expect(receipt.amount).to.deep.equal(request.amount);
      expect(store.payments.length).to.equal(before + 1);
      expect(store.payments.at(-1)).to.deep.equal(receipt);
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

    it('reads Auto Pay settings', async () => {
      const api = h.slice('payments');
      const loan = await api.getAutoPay(MOCK_IDS.activeLoan);
      expect(isAutoPaySettings(loan), 'passes isAutoPaySettings').to.equal(true);
      expect(loan).to.deep.equal(h.subject.store.autoPay[MOCK_IDS.activeLoan]);
      await expectProviderError(api.getAutoPay('no-such-account'), 'not-found');
    });

    it('enrolls in Auto Pay and cancels it', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const startDate = store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate;
      const enrolled = await api.setAutoPay(MOCK_IDS.cardAccount, { rule: 'statement-balance', fundingAccountId: MOCK_IDS.savings, startDate });
      expect(isAutoPaySettings(enrolled), 'passes isAutoPaySettings').to.equal(true);
      expect(enrolled).to.include({ accountId: MOCK_IDS.cardAccount, enrolled: true, rule: 'statement-balance', fundingAccountId: MOCK_IDS.savings, startDate });
      expect(store.autoPay[MOCK_IDS.cardAccount]).to.deep.equal(enrolled);
      expect(await api.getAutoPay(MOCK_IDS.cardAccount)).to.deep.equal(enrolled);

      const cancelled = await api.cancelAutoPay(MOCK_IDS.cardAccount);
      expect(cancelled).to.include({ accountId: MOCK_IDS.cardAccount, enrolled: false });
      expect(store.autoPay[MOCK_IDS.cardAccount]?.enrolled).to.equal(false);
    });

    it('refuses a fixed Auto Pay amount that is missing', async () => {
      const { store } = h.subject;
      const startDate = store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate;
      const error = await expectProviderError(
        h.slice('payments').setAutoPay(MOCK_IDS.cardAccount, { rule: 'fixed', fundingAccountId: MOCK_IDS.checking, startDate }),
        'validation',
      );
      expect(fieldsOf(error)).to.deep.equal(['fixedAmount']);
      expect(store.autoPay[MOCK_IDS.cardAccount]?.enrolled).to.equal(false);
    });
  });
}
