/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isRevealedAccountNumber, isWaysToPay, type Locale } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, type Harness } from './harness.js';

const LOCALES: Locale[] = ['en', 'es'];

/** `help.getWaysToPay` and `help.revealAccountNumber`: optional, so skipped where a lender does not offer them. */
export function waysToPayContract(h: Harness): void {
  describe('ways to pay', () => {
    it('gives every way to pay in English and Spanish, the same ways in each', async function () {
      const api = h.slice('help');
      if (!api.getWaysToPay) return this.skip();
      const [en, es] = await Promise.all(LOCALES.map((locale) => api.getWaysToPay!(locale)));
      for (const [locale, answer] of [['en', en], ['es', es]] as const) {
        expect(isWaysToPay(answer), `${locale} passes isWaysToPay`).to.equal(true);
        expect(answer!.locale).to.equal(locale);
        expect(answer!.ways).to.deep.equal(h.subject.store.waysToPay[locale]);
        expect(answer!.account, 'no account asked for, none given').to.equal(undefined);
      }
      expect(es!.ways.map((w) => w.id)).to.deep.equal(en!.ways.map((w) => w.id));
      expect(es!.ways[0]!.name).to.not.equal(en!.ways[0]!.name);
    });

    it("with an account: its masked number and whether it can be revealed; not-found for an unknown one", async function () {
      const api = h.slice('help');
      if (!api.getWaysToPay) return this.skip();
      const { account } = await api.getWaysToPay('en', { accountId: MOCK_IDS.activeLoan });
      expect(account).to.deep.equal({ id: MOCK_IDS.activeLoan, kind: 'vehicle-loan', last4: '7730', revealable: true });
      const card = await api.getWaysToPay('en', { accountId: MOCK_IDS.cardAccount });
      expect(card.account?.revealable).to.equal(false);
      await expectProviderError(api.getWaysToPay('en', { accountId: 'no-such-account' }), 'not-found');
    });

    it('reveals a full number only where the lender allows it, ending in the last four shown', async function () {
      const api = h.slice('help');
      if (!api.revealAccountNumber) return this.skip();
      const revealed = await api.revealAccountNumber(MOCK_IDS.activeLoan);
      expect(isRevealedAccountNumber(revealed), 'passes isRevealedAccountNumber').to.equal(true);
      expect(revealed.accountId).to.equal(MOCK_IDS.activeLoan);
      expect(revealed.accountNumber.endsWith('7730')).to.equal(true);
      await expectProviderError(api.revealAccountNumber(MOCK_IDS.cardAccount), 'forbidden');
      await expectProviderError(api.revealAccountNumber('no-such-account'), 'not-found');
      h.subject.faults.set('help.revealAccountNumber', { error: 'unavailable', times: 1 });
      await expectProviderError(api.revealAccountNumber(MOCK_IDS.activeLoan), 'unavailable');
    });
  });
}
