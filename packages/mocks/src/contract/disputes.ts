/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isDispute, isDisputeList, isDisputeOptions, isProviderError, type Dispute, type DisputeRequest } from '@tessera/core';
import { DISPUTE_IDS } from '../store/disputes.js';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, newIdempotencyKey, type Harness } from './harness.js';

const request = (more: Partial<DisputeRequest> = {}): DisputeRequest => ({
  accountId: MOCK_IDS.cardAccount,
  transactionId: DISPUTE_IDS.recent,
  reason: 'other',
  answers: { merchantContacted: false, details: 'Charged after I canceled.' },
  attachmentIds: [],
  idempotencyKey: newIdempotencyKey(),
  ...more,
});

export function disputesContract(h: Harness): void {
  describe('disputes', () => {
    it('gives a charge’s facts, the reasons with their questions, attachment limits and the terms', async () => {
      const options = await h.slice('disputes').getDisputeOptions(MOCK_IDS.cardAccount, DISPUTE_IDS.recent);
      expect(isDisputeOptions(options), 'passes isDisputeOptions').to.equal(true);
      expect(options.transaction).to.include({ id: DISPUTE_IDS.recent, disputable: true, accountKind: 'card' });
      expect(options.transaction.statementDate).to.be.a('string');
      expect(options.reasons.map((r) => r.reason)).to.include.members(['fraud', 'duplicate', 'other']);
      expect(options.attachments?.maxBytes).to.be.above(0);
      const loan = await h.slice('disputes').getDisputeOptions(MOCK_IDS.activeLoan, DISPUTE_IDS.loan);
      expect(loan.transaction.accountKind).to.equal('vehicle-loan');
      await expectProviderError(h.slice('disputes').getDisputeOptions(MOCK_IDS.cardAccount, 'no-such-charge'), 'not-found');
    });

    it('opens a case, listed first with its steps; checks the answers', async () => {
      const api = h.slice('disputes');
      const dispute = await api.startDispute(request());
      expect(isDispute(dispute), 'passes isDispute').to.equal(true);
      expect(dispute.status).to.equal('submitted');
      const list = await api.listDisputes({ accountId: MOCK_IDS.cardAccount });
      expect(isDisputeList(list), 'passes isDisputeList').to.equal(true);
      expect(list.disputes[0]!.id).to.equal(dispute.id);
      expect(new Set(list.disputes.map((d) => d.status)).size, 'every status in the seeded store').to.equal(6);
      expect(await api.getDispute(dispute.id)).to.deep.equal(dispute);
      await expectProviderError(api.getDispute('no-such-dispute'), 'not-found');
      const error = await expectProviderError(api.startDispute(request({ transactionId: DISPUTE_IDS.late, answers: {} })), 'validation');
      expect(error.fieldErrors.map((e) => e.field)).to.include('answers.details');
    });

    it('the same idempotency key never opens two cases; another body under it is a conflict', async () => {
      const { store, faults } = h.subject;
      const api = h.slice('disputes');
      const before = store.disputes.cases.length;
      const asked = request();
      faults.set('disputes.startDispute', { dropResponse: true, times: 1 });
      let first: Dispute | undefined;
      try {
        first = await api.startDispute(asked);
      } catch (e) {
        expect(isProviderError(e) && e.code, String(e)).to.equal('network');
      }
      const again = await api.startDispute({ ...asked });
      const third = await api.startDispute({ ...asked });
      expect(store.disputes.cases.length, 'one case').to.equal(before + 1);
      expect(third).to.deep.equal(again);
      if (first) expect(first).to.deep.equal(again);
      await expectProviderError(api.startDispute({ ...asked, reason: 'duplicate' }), 'conflict');
      expect(store.disputes.cases.length).to.equal(before + 1);
    });

    it('takes a file of an accepted type and size, keeping only its name', async () => {
      const api = h.slice('disputes');
      const sent = await api.uploadDisputeAttachment!(new File([new Uint8Array(64)], 'receipt.pdf', { type: 'application/pdf' }), 'receipt.pdf');
      expect(sent.name).to.equal('receipt.pdf');
      await expectProviderError(api.uploadDisputeAttachment!(new File(['<p>'], 'page.html', { type: 'text/html' }), 'page.html'), 'validation');
      const dispute = await api.startDispute(request({ attachmentIds: [sent.id] }));
      expect(dispute.attachments).to.deep.equal(['receipt.pdf']);
    });
  });
}
