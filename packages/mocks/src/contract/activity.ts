/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isLoanPaymentPage, isPaymentReceipt, isStatementPeriod, isTransactionPage, type Transaction } from '@tessera/core';
import { scheduledPayment } from '../store/account-states.js';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, type Harness } from './harness.js';

export function activityContract(h: Harness): void {
  describe('activity', () => {
    it('lists a card’s statement periods, the current one first, and refuses a loan', async () => {
      const api = h.slice('activity');
      const periods = await api.listStatementPeriods(MOCK_IDS.cardAccount);
      expect(periods.every((p) => isStatementPeriod(p)), 'passes isStatementPeriod').to.equal(true);
      expect(periods[0]!.current).to.equal(true);
      expect(periods.length).to.equal(13);
      await expectProviderError(api.listStatementPeriods(MOCK_IDS.activeLoan), 'validation');
      await expectProviderError(api.listStatementPeriods('no-such-account'), 'not-found');
    });

    it('pages a period’s transactions newest first with a cursor, filtered by status and kind', async () => {
      const api = h.slice('activity');
      const [, older] = await api.listStatementPeriods(MOCK_IDS.cardAccount);
      const first = await api.listTransactions({ accountId: MOCK_IDS.cardAccount, periodId: older!.id, limit: 20 });
      expect(isTransactionPage(first), 'passes isTransactionPage').to.equal(true);
      const all: Transaction[] = [...first.transactions];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await api.listTransactions({ accountId: MOCK_IDS.cardAccount, periodId: older!.id, limit: 20, cursor });
        all.push(...page.transactions);
        cursor = page.nextCursor;
      }
      expect(all).to.have.length(first.total!);
      expect(new Set(all.map((t) => t.id)).size, 'no transaction twice').to.equal(all.length);
      expect(all.every((t) => t.date >= older!.from && t.date <= older!.to)).to.equal(true);
      expect(all.map((t) => t.date)).to.deep.equal(all.map((t) => t.date).sort().reverse());
      const interest = await api.listTransactions({ accountId: MOCK_IDS.cardAccount, periodId: older!.id, kind: 'interest' });
      expect(interest.transactions.map((t) => t.kind)).to.deep.equal(['interest']);
      const pending = await api.listTransactions({ accountId: MOCK_IDS.cardAccount, status: 'pending' });
      expect(pending.transactions.length).to.be.greaterThan(0);
      expect(pending.transactions.every((t) => t.status === 'pending' && !t.disputableUntil)).to.equal(true);
      const current = await api.listTransactions({ accountId: MOCK_IDS.cardAccount, status: 'posted', kind: 'purchase', limit: 100 });
      expect(current.transactions.some((t) => t.disputableUntil)).to.equal(true);
      await expectProviderError(api.listTransactions({ accountId: MOCK_IDS.cardAccount, cursor: 'nonsense' }), 'validation');
      await expectProviderError(api.listTransactions({ accountId: MOCK_IDS.cardAccount, periodId: '1999-01' }), 'validation');
    });

    it('lists a loan’s payments with how each was applied, one returned with its reason', async () => {
      const api = h.slice('activity');
      const page = await api.listLoanPayments!(MOCK_IDS.activeLoan, { limit: 50 });
      expect(isLoanPaymentPage(page), 'passes isLoanPaymentPage').to.equal(true);
      expect(page.payments).to.have.length(12);
      const returned = page.payments.find((p) => p.status === 'returned')!;
      expect(returned.returnReason).to.be.a('string');
      const posted = page.payments.find((p) => p.status === 'posted')!;
      const { principal, interest, fees } = posted.applied!;
      expect(principal.amount + interest.amount + fees.amount).to.equal(posted.amount.amount);
      await expectProviderError(api.listLoanPayments!(MOCK_IDS.cardAccount), 'validation');
    });

    it('changes a scheduled payment once per key, and refuses an empty change', async () => {
      const payment = scheduledPayment(h.subject.store, MOCK_IDS.cardAccount, 10, 5_000);
      const api = h.slice('payments');
      const change = { amount: { amount: 4_000, currency: 'USD' as const }, idempotencyKey: 'change-key-1' };
      const changed = await api.changeScheduledPayment!(payment.id, change);
      expect(isPaymentReceipt(changed), 'passes isPaymentReceipt').to.equal(true);
      expect(changed.amount.amount).to.equal(4_000);
      expect((await api.changeScheduledPayment!(payment.id, change)).amount.amount, 'same key, same answer').to.equal(4_000);
      await expectProviderError(api.changeScheduledPayment!(payment.id, { amount: { amount: 3_000, currency: 'USD' }, idempotencyKey: 'change-key-1' }), 'conflict');
      await expectProviderError(api.changeScheduledPayment!(payment.id, { idempotencyKey: 'change-key-2' }), 'validation');
      const cancelled = await api.cancelPayment!(payment.id, { idempotencyKey: 'cancel-key-1' });
      expect(cancelled.status).to.equal('cancelled');
    });
  });
}
