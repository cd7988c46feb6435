/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { arrayOf, isCard, isCardCapabilities, isCardLockPolicy, isIsoInstantString } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { cardIn, lockPolicyIn } from '../store/texts.js';
import { expectProviderError, fieldsOf, type Harness } from './harness.js';

export function cardsContract(h: Harness): void {
  describe('cards', () => {
    it('lists the cards, well formed, with the replaced card not lockable and saying why', async () => {
      const cards = await h.slice('cards').listCards();
      expect(arrayOf(isCard)(cards), 'every card passes isCard').to.equal(true);
      expect(cards).to.deep.equal(h.subject.store.cards.map((c) => cardIn(c, 'en')));
      const replaced = cards.find((c) => c.id === MOCK_IDS.replacedCard);
      expect(replaced?.lockable).to.equal(false);
      expect(replaced?.notLockableReason).to.be.a('string').and.not.equal('');
    });

    it('gets a card, and answers not-found for an unknown one', async () => {
      const api = h.slice('cards');
      const card = await api.getCard(MOCK_IDS.authorizedUserCard);
      expect(isCard(card), 'passes isCard').to.equal(true);
      expect(card.authorizedUser).to.equal(true);
      await expectProviderError(api.getCard('no-such-card'), 'not-found');
    });

    it('locks and unlocks a card, stamping the time of the change', async () => {
      const { store } = h.subject;
      const api = h.slice('cards');
      const before = Date.now();
      const locked = await api.setCardLock(MOCK_IDS.card, { locked: true });
      expect(isCard(locked), 'passes isCard').to.equal(true);
      expect(locked.lock.locked).to.equal(true);
      expect(isIsoInstantString(locked.lock.changedAt), 'changedAt is an instant').to.equal(true);
      expect(Date.parse(locked.lock.changedAt!)).to.be.at.least(before - 1_000);
      expect(store.cards.find((c) => c.id === MOCK_IDS.card)?.lock.locked).to.equal(true);
      expect((await api.getCard(MOCK_IDS.card)).lock.locked).to.equal(true);

      const unlocked = await api.setCardLock(MOCK_IDS.card, { locked: false });
      expect(unlocked.lock.locked).to.equal(false);
      expect(store.cards.find((c) => c.id === MOCK_IDS.card)?.lock.locked).to.equal(false);
    });

    it('unlocks with an automatic re-lock when the capability offers it', async () => {
      const api = h.slice('cards');
      const minutes = h.subject.store.capabilities.relockAfterMinutes?.[0] ?? 15;
      await api.setCardLock(MOCK_IDS.card, { locked: true });
      const card = await api.setCardLock(MOCK_IDS.card, { locked: false, relockAfterMinutes: minutes });
      expect(card.lock.locked).to.equal(false);
      expect(Date.parse(card.lock.relockAt!) - Date.parse(card.lock.changedAt!)).to.equal(minutes * 60_000);
      const bad = await expectProviderError(api.setCardLock(MOCK_IDS.card, { locked: false, relockAfterMinutes: 7 }), 'validation');
      expect(fieldsOf(bad)).to.deep.equal(['relockAfterMinutes']);
    });

    it('refuses to lock a card that is not lockable', async () => {
      const { store } = h.subject;
      const before = structuredClone(store.cards.find((c) => c.id === MOCK_IDS.replacedCard));
      await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.replacedCard, { locked: false }), 'validation');
      expect(store.cards.find((c) => c.id === MOCK_IDS.replacedCard)).to.deep.equal(before);
      await expectProviderError(h.slice('cards').setCardLock('no-such-card', { locked: true }), 'not-found');
    });

    it('gives the lock policy and capabilities', async function () {
      const api = h.slice('cards');
      if (!api.getLockPolicy || !api.getCapabilities) return this.skip();
      const policy = await api.getLockPolicy();
      expect(isCardLockPolicy(policy), 'passes isCardLockPolicy').to.equal(true);
      expect(policy).to.deep.equal(lockPolicyIn(h.subject.store.lockPolicy, 'en'));
      const capabilities = await api.getCapabilities();
      expect(isCardCapabilities(capabilities), 'passes isCardCapabilities').to.equal(true);
      expect(capabilities).to.deep.equal(h.subject.store.capabilities);
    });

    it('turns decline alerts on and off', async function () {
      const api = h.slice('cards');
      if (!api.setDeclineAlerts) return this.skip();
      const off = await api.setDeclineAlerts(MOCK_IDS.card, false);
      expect(isCard(off), 'passes isCard').to.equal(true);
      expect(off.declineAlerts).to.equal(false);
      expect(h.subject.store.cards.find((c) => c.id === MOCK_IDS.card)?.declineAlerts).to.equal(false);
      expect((await api.setDeclineAlerts(MOCK_IDS.card, true)).declineAlerts).to.equal(true);
      await expectProviderError(api.setDeclineAlerts('no-such-card', true), 'not-found');
    });
  });
}
