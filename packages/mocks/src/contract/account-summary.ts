/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { addDays, isPaymentReceipt, isPayoffQuote, listOf } from '@tessera/core';
import { accountStates } from '../store/account-states.js';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, fieldsOf, type Harness } from './harness.js';

/** `accounts.getPayoffQuote` and `accounts.listScheduledPayments` (optional methods): `<tessera-account-summary>`. */
export function accountSummaryContract(h: Harness): void {
  describe('accounts: payoff quotes and scheduled payments', () => {
    it('quotes a payoff within the window: the breakdown adds up, a per diem, an https letter', async () => {
      const api = h.slice('accounts');
      const { today } = h.subject.store;
      const quote = await api.getPayoffQuote!(MOCK_IDS.activeLoan, addDays(today, 10));
      expect(isPayoffQuote(quote), 'passes isPayoffQuote').to.equal(true);
      expect(quote).to.include({ accountId: MOCK_IDS.activeLoan, goodThrough: addDays(today, 10) });
      const sooner = await api.getPayoffQuote!(MOCK_IDS.activeLoan, today);
      expect(quote.interest.amount - sooner.interest.amount, 'ten days of per diem').to.equal(10 * quote.perDiem.amount);
      expect(new URL(quote.letterUrl!).protocol).to.equal('https:');
    });

    it('refuses a date outside the window (field goodThrough) and a loan it does not quote (field accountId)', async () => {
      const api = h.slice('accounts');
      const { store } = h.subject;
      const late = await expectProviderError(api.getPayoffQuote!(MOCK_IDS.activeLoan, addDays(store.today, 11)), 'validation');
      expect(fieldsOf(late)).to.deep.equal(['goodThrough']);
      const paidOff = await expectProviderError(api.getPayoffQuote!(MOCK_IDS.paidOffLoan, store.today), 'validation');
      expect(fieldsOf(paidOff)).to.deep.equal(['accountId']);
      await expectProviderError(api.getPayoffQuote!('no-such-account', store.today), 'not-found');
    });

    it('lists the scheduled payments of an account, soonest first, and none when there are none', async () => {
      const api = h.slice('accounts');
      expect(await api.listScheduledPayments!(MOCK_IDS.cardAccount)).to.deep.equal([]);
      accountStates.scheduledAndPending(h.subject.store);
      const listed = await api.listScheduledPayments!(MOCK_IDS.cardAccount);
      expect(listOf(isPaymentReceipt)(listed)).to.equal(true);
      expect(listed.map((p) => [p.status, p.accountId])).to.deep.equal([['scheduled', MOCK_IDS.cardAccount]]);
      await expectProviderError(api.listScheduledPayments!('no-such-account'), 'not-found');
    });

    it('answers every account state the summary shows, each passing the data rules', async () => {
      const api = h.slice('accounts');
      const { store } = h.subject;
      accountStates.pastDue(store);
      const card = await api.getAccount(MOCK_IDS.cardAccount);
      expect(card).to.deep.include({ pastDueAmount: { amount: 3_500, currency: 'USD' }, daysPastDue: 12 });
      accountStates.overLimit(store);
      const over = await api.getAccount(MOCK_IDS.cardAccount);
      expect(over.kind === 'card' && over.currentBalance.amount > over.creditLimit.amount).to.equal(true);
      accountStates.creditBalance(store);
      const credit = await api.getAccount(MOCK_IDS.cardAccount);
      expect(credit.kind === 'card' && credit.currentBalance.amount < 0).to.equal(true);
      const paidOff = await api.getAccount(MOCK_IDS.paidOffLoan);
      expect(paidOff).to.include({ status: 'paid-off', paidOffDate: addDays(store.today, -9) });
    });
  });
}
