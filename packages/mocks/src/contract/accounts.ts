/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { arrayOf, isAccount } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { accountIn } from '../store/texts.js';
import { expectProviderError, type Harness } from './harness.js';

export function accountsContract(h: Harness): void {
  describe('accounts', () => {
    it('lists the accounts in the store, well formed', async () => {
      const accounts = await h.slice('accounts').listAccounts();
      expect(arrayOf(isAccount)(accounts), 'every account passes isAccount').to.equal(true);
      expect(accounts).to.deep.equal(h.subject.store.accounts.map((a) => accountIn(a, 'en')));
    });

    it('gets each account by id', async () => {
      const api = h.slice('accounts');
      for (const id of [MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan]) {
        const account = await api.getAccount(id);
        expect(isAccount(account), id).to.equal(true);
        expect(account).to.deep.equal(accountIn(h.subject.store.accounts.find((a) => a.id === id)!, 'en'));
      }
    });

    it('answers not-found for an unknown account', async () => {
      await expectProviderError(h.slice('accounts').getAccount('no-such-account'), 'not-found');
    });

    it('hands out copies: changing a result changes nothing at the lender', async () => {
      const api = h.slice('accounts');
      const account = await api.getAccount(MOCK_IDS.cardAccount);
      account.name = 'Changed by the caller';
      const [listed] = await api.listAccounts();
      listed!.last4 = '0000';
      const again = await api.getAccount(MOCK_IDS.cardAccount);
      expect(again.name).to.not.equal('Changed by the caller');
      expect(again.last4).to.not.equal('0000');
    });
  });
}
