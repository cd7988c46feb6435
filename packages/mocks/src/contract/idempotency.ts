/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isProviderError, type PaymentReceipt } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, rejectionOf, type Harness } from './harness.js';
import { validPayment } from './payments.js';

export function idempotencyContract(h: Harness): void {
  describe('payment idempotency', () => {
    it('pays once for the same key and body sent twice, with the same receipt', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const before = store.payments.length;
      const request = validPayment(store);
      const first = await api.submitPayment(request);
      const second = await api.submitPayment({ ...request });
      expect(second).to.deep.equal(first);
      expect(store.payments.length).to.equal(before + 1);
    });

    it('answers conflict for the same key with a different body, and pays nothing more', async () => {
      const { store } = h.subject;
      const api = h.slice('payments');
      const request = validPayment(store);
      await api.submitPayment(request);
      const after = store.payments.length;
      await expectProviderError(api.submitPayment({ ...request, amount: { amount: 6_000, currency: 'USD' } }), 'conflict');
      await expectProviderError(api.submitPayment({ ...request, fundingAccountId: MOCK_IDS.savings }), 'conflict');
      expect(store.payments.length).to.equal(after);
    });

    it('after a dropped response, a retry with the same key gets the one payment that was made', async () => {
      const { store, faults } = h.subject;
      const api = h.slice('payments');
      const before = store.payments.length;
      const request = validPayment(store);
      faults.set('payments.submitPayment', { dropResponse: true, times: 1 });

      // A provider may retry by itself (same key) and succeed; otherwise the drop surfaces as `network`.
      let firstReceipt: PaymentReceipt | undefined;
      try {
        firstReceipt = await api.submitPayment(request);
      } catch (error) {
        expect(isProviderError(error) && error.code, String(error)).to.equal('network');
      }
      expect(store.payments.length, 'the dropped request was applied').to.equal(before + 1);

      const retried = await api.submitPayment({ ...request });
      expect(store.payments.length, 'the retry paid nothing more').to.equal(before + 1);
      expect(retried).to.deep.equal(store.payments.at(-1));
      if (firstReceipt) expect(firstReceipt).to.deep.equal(retried);
    });

    it('keeps validating requests with a new key', async () => {
      const { store } = h.subject;
      const error = await rejectionOf(h.slice('payments').submitPayment(validPayment(store, { amount: { amount: -100, currency: 'USD' } })));
      expect(isProviderError(error) && error.code).to.equal('validation');
    });
  });
}
