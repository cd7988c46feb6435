import { expect } from '@open-wc/testing';
import { isProviderError, leftOutOf, type ProviderError } from '@tessera/core';
import { apiError, json, rejectionOf, stubbedProvider } from './fetch-stub.js';
import { parseRetryAfter } from '../src/response-errors.js';
import * as sample from './samples.js';

async function failure(reply: Response, call: 'get' | 'put' = 'put'): Promise<ProviderError> {
  const { provider } = stubbedProvider([reply], { retries: 0 });
  const promise = call === 'get' ? provider.cards.getCard('card-1') : provider.cards.setCardLock('card-1', { locked: true });
  const error = await rejectionOf(promise);
  expect(isProviderError(error), String(error)).to.equal(true);
  return error as ProviderError;
}

describe('error mapping', () => {
  const byStatus: Array<[number, string]> = [
    [400, 'validation'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'validation'],
    [429, 'rate-limited'],
    [500, 'unknown'],
    [502, 'unknown'],
    [503, 'unavailable'],
    [504, 'timeout'],
    [418, 'unknown'],
  ];

  for (const [status, code] of byStatus) {
    it(`maps ${status} without a body to ${code}`, async () => {
      const error = await failure(new Response('', { status }));
      expect(error).to.include({ code, status });
    });
  }

  it('trusts a known code in the body over the status', async () => {
    const error = await failure(apiError(400, 'conflict'));
    expect(error).to.include({ code: 'conflict', status: 400, message: 'Failed: conflict' });
  });

  it('derives the code from the status when the body names an unknown one', async () => {
    const error = await failure(apiError(403, 'not-a-code'));
    expect(error.code).to.equal('forbidden');
  });

  it('derives the code from the status when the error body is not JSON', async () => {
    const error = await failure(new Response('<h1>Bad gateway</h1>', { status: 409, headers: { 'Content-Type': 'text/html' } }));
    expect(error.code).to.equal('conflict');
    expect(error.message).to.equal('The request failed with status 409');
  });

  it('carries field errors for validation', async () => {
    const fieldErrors = [{ field: 'relockAfterMinutes', message: 'Choose 15 or 60 minutes' }];
    const error = await failure(apiError(422, 'validation', { fieldErrors }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.deep.equal(fieldErrors);
  });

  it('ignores malformed field errors but keeps the code and message', async () => {
    const error = await failure(apiError(422, 'validation', { fieldErrors: [{ field: 3 }] }));
    expect(error).to.include({ code: 'validation', message: 'Failed: validation' });
    expect(error.fieldErrors).to.deep.equal([]);
  });

  it('reads Retry-After seconds on 429', async () => {
    const error = await failure(apiError(429, 'rate-limited', {}, { 'Retry-After': '120' }));
    expect(error).to.include({ code: 'rate-limited', retryAfter: 120 });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30);
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:01:30 GMT', now)).to.equal(90);
    expect(parseRetryAfter('Sat, 21 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
  });

  it('reports a network failure as network', async () => {
    const { provider } = stubbedProvider(['network-error'], { retries: 0 });
    const error = await rejectionOf(provider.cards.getCard('card-1'));
    expect(error).to.include({ name: 'ProviderError', code: 'network' });
  });
});

describe('response shape checks', () => {
  it('rejects a body that is not JSON as malformed', async () => {
    const error = await failure(new Response('<html>maintenance</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }), 'get');
    expect(error).to.include({ code: 'unknown', message: 'cards.getCard → card: the response body is not JSON' });
    expect(error.invalidData, 'a proxy page may pass: a retry can help').to.equal(undefined);
  });

  it('rejects truncated JSON as malformed', async () => {
    const error = await failure(new Response('{"id":"card-1",', { status: 200 }), 'get');
    expect(error).to.include({ code: 'unknown', message: 'cards.getCard → card: the response body is not JSON' });
  });

  it('rejects an empty 200 body where data is expected', async () => {
    const error = await failure(new Response(null, { status: 200 }), 'get');
    expect(error.message).to.equal('cards.getCard → card: the response body is not JSON');
  });

  it('rejects a wrongly shaped body as invalid data, naming the method, field and rule', async () => {
    const error = await failure(json({ ...sample.card, lock: 'locked' }), 'get');
    expect(error).to.include({ code: 'unknown', invalidData: true, message: 'cards.getCard → card.lock: expected an object (got "locked")' });
  });

  it('rejects money in floats', async () => {
    const { provider } = stubbedProvider([json({ ...sample.paymentOptions, maxAmount: { amount: 900.5, currency: 'USD' } })]);
    const error = await rejectionOf(provider.payments.getPaymentOptions('card-acct-1'));
    expect(error).to.include({
      code: 'unknown',
      message: 'payments.getPaymentOptions → payment options.maxAmount.amount: expected a whole number (got 900.5)',
    });
  });

  it('leaves a bad item out of a list, keeping the good ones', async () => {
    const { provider } = stubbedProvider([json([sample.account, { ...sample.account, kind: 'boat' }])]);
    const accounts = await provider.accounts.listAccounts();
    expect(accounts).to.deep.equal([sample.account]);
    expect(leftOutOf(accounts)).to.equal(1);
  });

  it('rejects an object where a list is expected', async () => {
    const { provider } = stubbedProvider([json({ items: [sample.account] })]);
    const error = await rejectionOf(provider.accounts.listAccounts());
    expect(error).to.include({ message: 'accounts.listAccounts → accounts: expected a list (got an object)' });
  });

  it('accepts extra fields', async () => {
    const { provider } = stubbedProvider([json({ ...sample.card, issuedOn: '2025-01-01' })]);
    expect(await provider.cards.getCard('card-1')).to.include({ id: 'card-1' });
  });

  it('ignores the body of a void route', async () => {
    const { provider } = stubbedProvider([new Response('ok', { status: 200 })]);
    expect(await provider.help.sendFeedback('when-posts', false)).to.equal(undefined);
  });
});
