import { expect } from '@open-wc/testing';
import type { PaymentRequest } from '@tessera/core';
import { retryDelay, sleep } from '../src/backoff.js';
import { apiError, json, rejectionOf, stubbedProvider } from './fetch-stub.js';
import * as sample from './samples.js';

const payment: PaymentRequest = {
  accountId: 'card-acct-1',
  fundingAccountId: 'bank-1',
  amount: { amount: 5_000, currency: 'USD' },
  date: '2026-11-23',
  idempotencyKey: 'pay-key-7',
};

describe('retries', () => {
  it('retries a GET after a network error, a 5xx and a 429', async () => {
    const { provider, requests } = stubbedProvider(['network-error', apiError(502, 'unknown'), json(sample.card)], { retries: 2 });
    expect(await provider.cards.getCard('card-1')).to.deep.equal(sample.card);
    expect(requests).to.have.length(3);
  });

  it('retries a 429 after Retry-After seconds', async () => {
    const { provider, requests } = stubbedProvider([apiError(429, 'rate-limited', {}, { 'Retry-After': '0' }), json([])]);
    expect(await provider.cards.listCards()).to.deep.equal([]);
    expect(requests).to.have.length(2);
  });

  it('fails at once when Retry-After asks for longer than the longest wait', async () => {
    const { provider, requests } = stubbedProvider([apiError(429, 'rate-limited', {}, { 'Retry-After': '60' }), json([])], { maxRetryDelayMs: 5_000 });
    const error = await rejectionOf(provider.cards.listCards());
    expect(error).to.include({ code: 'rate-limited', retryAfter: 60 });
    expect(requests).to.have.length(1);
  });

  it('gives up after `retries` extra attempts with the last error', async () => {
    const { provider, requests } = stubbedProvider([apiError(500, 'unknown'), apiError(500, 'unknown'), apiError(503, 'unavailable')], { retries: 2 });
    const error = await rejectionOf(provider.creditScore.getCreditScore());
    expect(error).to.include({ code: 'unavailable', status: 503 });
    expect(requests).to.have.length(3);
  });

  it('does not retry with retries: 0', async () => {
    const { provider, requests } = stubbedProvider([apiError(503, 'unavailable'), json([])], { retries: 0 });
    await rejectionOf(provider.cards.listCards());
    expect(requests).to.have.length(1);
  });

  it('does not retry a GET that failed for a reason a retry cannot fix', async () => {
    const { provider, requests } = stubbedProvider([apiError(404, 'not-found'), json(sample.card)]);
    expect(await rejectionOf(provider.cards.getCard('card-9'))).to.include({ code: 'not-found' });
    expect(requests).to.have.length(1);
  });

  it('never retries a PUT', async () => {
    const failures = {
      network: 'network-error',
      503: apiError(503, 'unavailable'),
      429: apiError(429, 'rate-limited', {}, { 'Retry-After': '0' }),
    } as const;
    for (const [name, reply] of Object.entries(failures)) {
      const { provider, requests } = stubbedProvider([reply, json(sample.card)]);
      await rejectionOf(provider.cards.setCardLock('card-1', { locked: true }));
      expect(requests, name).to.have.length(1);
    }
  });

  it('never retries DELETE or the other POSTs', async () => {
    const { provider, requests } = stubbedProvider([apiError(503, 'unavailable')]);
    await rejectionOf(provider.payments.cancelAutoPay('card-acct-1'));
    await rejectionOf(
      provider.payments.addFundingAccount({ holderName: 'Avery Example', routingNumber: '021000021', accountNumber: '000123456789', type: 'checking' }),
    );
    await rejectionOf(provider.help.sendFeedback('when-posts', true));
    expect(requests.map((r) => r.method)).to.deep.equal(['DELETE', 'POST', 'POST']);
  });

  it('retries POST /payments with the same Idempotency-Key and body', async () => {
    const { provider, requests } = stubbedProvider(['network-error', apiError(503, 'unavailable'), json(sample.receipt, 201)]);
    expect(await provider.payments.submitPayment(payment)).to.deep.equal(sample.receipt);
    expect(requests).to.have.length(3);
    expect(requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['pay-key-7', 'pay-key-7', 'pay-key-7']);
    expect(requests[2]?.body).to.deep.equal(requests[0]?.body);
    expect(requests[0]?.body).not.to.have.property('idempotencyKey');
  });

  it('does not retry a payment conflict', async () => {
    const { provider, requests } = stubbedProvider([apiError(409, 'conflict'), json(sample.receipt, 201)]);
    expect(await rejectionOf(provider.payments.submitPayment(payment))).to.include({ code: 'conflict' });
    expect(requests).to.have.length(1);
  });

  it('backs off exponentially with jitter, capped', () => {
    const settings = { baseMs: 100, maxMs: 1_000 };
    expect(retryDelay(0, undefined, settings, () => 0)).to.equal(50);
    expect(retryDelay(0, undefined, settings, () => 1)).to.equal(100);
    expect(retryDelay(2, undefined, settings, () => 1)).to.equal(400);
    expect(retryDelay(6, undefined, settings, () => 1)).to.equal(1_000);
    expect(retryDelay(0, 1, settings)).to.equal(1_000);
    expect(retryDelay(0, 2, settings)).to.equal(undefined);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    expect(await rejectionOf(waiting)).to.include({ name: 'AbortError' });
    expect(await rejectionOf(sleep(60_000, AbortSignal.abort()))).to.include({ name: 'AbortError' });
  });

  it('an abort during the backoff wait ends the call', async () => {
    const controller = new AbortController();
    const { provider, requests } = stubbedProvider([apiError(503, 'unavailable'), json([])], { retryBaseDelayMs: 60_000, maxRetryDelayMs: 60_000 });
    const call = provider.cards.listCards({ signal: controller.signal });
    while (requests.length === 0) await sleep(1);
    controller.abort();
    expect(await rejectionOf(call)).to.include({ name: 'AbortError' });
    expect(requests).to.have.length(1);
  });
});

describe('401 and token refresh', () => {
  it('asks for a fresh token once and repeats the request', async () => {
    const asked: boolean[] = [];
    const { provider, requests } = stubbedProvider([apiError(401, 'unauthorized'), json(sample.card)], {
      getAuthToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? 'fresh' : 'stale';
      },
    });
    expect(await provider.cards.setCardLock('card-1', { locked: true })).to.deep.equal(sample.card);
    expect(asked).to.deep.equal([false, true]);
    expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);
  });

  it('fails as unauthorized when the fresh token is refused too', async () => {
    const asked: boolean[] = [];
    const { provider, requests } = stubbedProvider([apiError(401, 'unauthorized')], {
      getAuthToken: ({ refresh }) => {
        asked.push(refresh);
        return 'token';
      },
    });
    expect(await rejectionOf(provider.cards.listCards())).to.include({ code: 'unauthorized', status: 401 });
    expect(asked).to.deep.equal([false, true]);
    expect(requests).to.have.length(2);
  });

  it('fails as unauthorized at once without getAuthToken', async () => {
    const { provider, requests } = stubbedProvider([new Response(null, { status: 401 }), json([])]);
    expect(await rejectionOf(provider.cards.listCards())).to.include({ code: 'unauthorized' });
    expect(requests).to.have.length(1);
  });

  it('reports a getAuthToken failure as unauthorized without calling the API', async () => {
    const { provider, requests } = stubbedProvider([json([])], {
      getAuthToken: () => Promise.reject(new Error('session expired')),
    });
    expect(await rejectionOf(provider.cards.listCards())).to.include({ name: 'ProviderError', code: 'unauthorized' });
    expect(requests).to.have.length(0);
  });
});

describe('time limits and aborts', () => {
  it('fails as timeout when an attempt takes longer than timeoutMs', async () => {
    const { provider } = stubbedProvider(['hang'], { timeoutMs: 30 });
    expect(await rejectionOf(provider.cards.getCard('card-1'))).to.include({ name: 'ProviderError', code: 'timeout' });
  });

  it('does not retry a timed-out payment (the widget retries with the same key)', async () => {
    const { provider, requests } = stubbedProvider(['hang'], { timeoutMs: 30 });
    expect(await rejectionOf(provider.payments.submitPayment(payment))).to.include({ code: 'timeout' });
    expect(requests).to.have.length(1);
  });

  it('times out while the body is still arriving', async () => {
    // Like real fetch: aborting the request errors the body stream.
    const slowBody = ({ signal }: { signal: AbortSignal | undefined }) =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('['));
            signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
          },
        }),
        { status: 200 },
      );
    const { provider } = stubbedProvider([slowBody], { timeoutMs: 30 });
    expect(await rejectionOf(provider.cards.listCards())).to.include({ code: 'timeout' });
  });

  it('rethrows the caller’s abort as is, not as a ProviderError', async () => {
    const controller = new AbortController();
    const { provider, requests } = stubbedProvider(['hang']);
    const call = provider.cards.setCardLock('card-1', { locked: true }, { signal: controller.signal });
    while (requests.length === 0) await sleep(1);
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).to.equal(controller.signal.reason);
    expect(error).to.include({ name: 'AbortError' });
    expect(requests[0]?.signal?.aborted).to.equal(true);
  });

  describe('in browsers without AbortSignal.any', () => {
    const original = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    beforeEach(() => Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true }));
    afterEach(() => original && Object.defineProperty(AbortSignal, 'any', original));

    it('still times out', async () => {
      const { provider } = stubbedProvider(['hang'], { timeoutMs: 30 });
      expect(await rejectionOf(provider.cards.setCardLock('card-1', { locked: true }))).to.include({ code: 'timeout' });
    });

    it('still follows the caller’s abort', async () => {
      const controller = new AbortController();
      const { provider, requests } = stubbedProvider(['hang']);
      const call = provider.cards.setCardLock('card-1', { locked: true }, { signal: controller.signal });
      while (requests.length === 0) await sleep(1);
      controller.abort();
      expect(await rejectionOf(call)).to.equal(controller.signal.reason);
      expect(requests[0]?.signal?.aborted).to.equal(true);
    });
  });

  it('does not call the API for an already aborted signal', async () => {
    const { provider, requests } = stubbedProvider([json([])]);
    const error = await rejectionOf(provider.cards.listCards({ signal: AbortSignal.abort() }));
    expect(error).to.include({ name: 'AbortError' });
    expect(requests).to.have.length(0);
  });

  it('hands the caller’s signal to fetch for requests that are not shared', async () => {
    const controller = new AbortController();
    const { provider, requests } = stubbedProvider([json(sample.card)]);
    await provider.cards.setDeclineAlerts('card-1', true, { signal: controller.signal });
    controller.abort();
    expect(requests[0]?.signal?.aborted).to.equal(true);
  });
});
