import { expect } from '@open-wc/testing';
import type { Card } from '@tessera/core';
import { sleep } from '../src/backoff.js';
import { apiError, json, rejectionOf, stubbedProvider } from './fetch-stub.js';
import * as sample from './samples.js';

/** A reply that waits until `release()` is called, so requests overlap. */
function gate(response: () => Response) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    reply: async () => {
      await opened;
      return response();
    },
    release: () => open(),
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(1);
}

describe('identical concurrent GETs', () => {
  it('share one request: 3 callers → 1 fetch, each gets its own copy', async () => {
    const held = gate(() => json(sample.card));
    const { provider, requests } = stubbedProvider([held.reply]);
    const calls = [provider.cards.getCard('card-1'), provider.cards.getCard('card-1'), provider.cards.getCard('card-1')];
    await until(() => requests.length > 0);
    held.release();
    const cards = await Promise.all(calls);
    expect(requests).to.have.length(1);
    for (const card of cards) expect(card).to.deep.equal(sample.card);
    (cards[0] as Card).nickname = 'changed by one widget';
    expect(cards[1]?.nickname).to.equal(undefined);
  });

  it('share the failure too', async () => {
    const held = gate(() => apiError(403, 'forbidden'));
    const { provider, requests } = stubbedProvider([held.reply]);
    const calls = [provider.cards.listCards(), provider.cards.listCards()].map(rejectionOf);
    await until(() => requests.length > 0);
    held.release();
    for (const error of await Promise.all(calls)) expect(error).to.include({ code: 'forbidden' });
    expect(requests).to.have.length(1);
  });

  it('keeps the shared request going when one caller aborts', async () => {
    const held = gate(() => json(sample.card));
    const { provider, requests } = stubbedProvider([held.reply]);
    const leaving = new AbortController();
    const left = provider.cards.getCard('card-1', { signal: leaving.signal });
    const staying = [provider.cards.getCard('card-1', { signal: new AbortController().signal }), provider.cards.getCard('card-1')];
    await until(() => requests.length > 0);
    leaving.abort();
    expect(await rejectionOf(left)).to.include({ name: 'AbortError' });
    expect(requests[0]?.signal?.aborted).to.equal(false);
    held.release();
    expect(await Promise.all(staying)).to.deep.equal([sample.card, sample.card]);
    expect(requests).to.have.length(1);
  });

  it('aborts the shared request when every caller has aborted, and starts afresh after', async () => {
    const { provider, requests } = stubbedProvider(['hang', json(sample.card)]);
    const controllers = [new AbortController(), new AbortController()];
    const calls = controllers.map((c) => rejectionOf(provider.cards.getCard('card-1', { signal: c.signal })));
    await until(() => requests.length > 0);
    controllers[0]?.abort();
    expect(requests[0]?.signal?.aborted).to.equal(false);
    controllers[1]?.abort();
    for (const error of await Promise.all(calls)) expect(error).to.include({ name: 'AbortError' });
    expect(requests[0]?.signal?.aborted).to.equal(true);

    expect(await provider.cards.getCard('card-1')).to.deep.equal(sample.card);
    expect(requests).to.have.length(2);
  });

  it('do not share across different URLs, tokens or methods', async () => {
    const held = gate(() => json(sample.card));
    let token = 'a';
    const { provider, requests } = stubbedProvider([held.reply], { getAuthToken: () => token });
    const calls: Promise<unknown>[] = [provider.cards.getCard('card-1'), provider.cards.getCard('card-2')];
    await until(() => requests.length === 2);
    token = 'b';
    calls.push(provider.cards.getCard('card-1'));
    calls.push(provider.cards.setDeclineAlerts('card-1', true), provider.cards.setDeclineAlerts('card-1', true));
    await until(() => requests.length === 5);
    held.release();
    await Promise.all(calls);
    expect(requests.map((r) => `${r.method} ${r.path} ${r.headers.get('Authorization')}`)).to.deep.equal([
      'GET /cards/card-1 Bearer a',
      'GET /cards/card-2 Bearer a',
      'GET /cards/card-1 Bearer b',
      'PUT /cards/card-1/decline-alerts Bearer b',
      'PUT /cards/card-1/decline-alerts Bearer b',
    ]);
  });

  it('do not share a request that has already finished', async () => {
    const { provider, requests } = stubbedProvider([json([])]);
    await provider.cards.listCards();
    await provider.cards.listCards();
    expect(requests).to.have.length(2);
  });
});
