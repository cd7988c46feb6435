/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { assertShape, isAbortError, isCard, type ProviderErrorCode } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, rejectionOf, type Harness } from './harness.js';

/** Codes a fault injects as an HTTP status + error body; tried on a route no provider retries. */
const CODES: ProviderErrorCode[] = ['unauthorized', 'forbidden', 'not-found', 'conflict', 'unavailable', 'unknown', 'network'];

function cardIn(h: Harness, id: string) {
  return h.subject.store.cards.find((c) => c.id === id);
}

export function faultsContract(h: Harness): void {
  describe('faults', () => {
    for (const code of CODES) {
      it(`surfaces an injected "${code}" as a ProviderError with that code, changing nothing`, async () => {
        h.subject.faults.set('cards.setCardLock', { error: code });
        await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), code);
        expect(cardIn(h, MOCK_IDS.card)?.lock.locked).to.equal(false);
      });
    }

    it('surfaces validation with its field errors', async () => {
      const fieldErrors = [{ field: 'locked', message: 'Not now' }];
      h.subject.faults.set('cards.setCardLock', { error: 'validation', fieldErrors });
      const error = await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), 'validation');
      expect(error.fieldErrors).to.deep.equal(fieldErrors);
    });

    it('surfaces rate-limited with its retry-after seconds', async () => {
      h.subject.faults.set('cards.setCardLock', { error: 'rate-limited', retryAfter: 7 });
      const error = await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), 'rate-limited');
      expect(error.retryAfter).to.equal(7);
    });

    it('surfaces a timeout as timeout', async function () {
      this.timeout(60_000);
      h.subject.faults.set('cards.setCardLock', { timeout: true });
      await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), 'timeout');
    });

    it('gives a malformed answer that fails the shape check, never good-looking data', async () => {
      h.subject.faults.set('cards.getCard', { malformed: true });
      // What a widget does with every answer: a provider may reject first, or resolve junk.
      const checked = h.slice('cards').getCard(MOCK_IDS.card).then((card) => assertShape(card, isCard, 'card', 'cards.getCard'));
      const error = await expectProviderError(checked, 'unknown');
      expect(error.message).to.match(/^cards\.getCard → card(\.[a-zA-Z]+)*: (expected|the response body is not JSON)/);
    });

    it('after a dropped response the change is made but the call fails with network', async () => {
      h.subject.faults.set('cards.setCardLock', { dropResponse: true });
      await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), 'network');
      expect(cardIn(h, MOCK_IDS.card)?.lock.locked).to.equal(true);
    });

    it('a hanging call ends with an AbortError when its signal aborts', async () => {
      h.subject.faults.set('cards.getCard', { hang: true });
      const controller = new AbortController();
      const call = h.slice('cards').getCard(MOCK_IDS.card, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await rejectionOf(call);
      expect(isAbortError(error), `expected an AbortError, got ${String(error)}`).to.equal(true);
    });

    it('a slow answer is still a good one', async () => {
      h.subject.faults.set('cards.getCard', { latencyMs: 30 });
      expect(isCard(await h.slice('cards').getCard(MOCK_IDS.card)), 'passes isCard').to.equal(true);
    });

    it('applies "*" to every route, and "times" to that many calls only', async () => {
      const { faults } = h.subject;
      const titles = h.slice('titles');
      faults.set('*', { error: 'forbidden' });
      await expectProviderError(titles.setTitleEmailUpdates(MOCK_IDS.title, true), 'forbidden');
      await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.card, { locked: true }), 'forbidden');
      faults.clear();
      faults.set('titles.setTitleEmailUpdates', { error: 'forbidden', times: 1 });
      await expectProviderError(titles.setTitleEmailUpdates(MOCK_IDS.title, true), 'forbidden');
      expect((await titles.setTitleEmailUpdates(MOCK_IDS.title, true)).emailUpdates.enabled).to.equal(true);
    });
  });
}
