import { expect } from '@open-wc/testing';
import { isAbortError, type Locale } from '@tessera/core';
import {
  accountIn,
  cardIn,
  createFaults,
  createMockStore,
  creditScoreIn,
  englishOnlyTexts,
  lockPolicyIn,
  MOCK_IDS,
  titleIn,
  type MockStore,
} from '@tessera/mocks';
import { startMockApi, type MockApi } from '@tessera/mocks/browser';

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** Every string value of a JSON answer (not its keys). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : [];

describe('msw handlers (through the service worker)', () => {
  let api: MockApi;
  const start = async (options: Parameters<typeof startMockApi>[0] = {}) => {
    api = await startMockApi(options);
    return api;
  };
  afterEach(() => api?.stop());

  function paymentBody(store = api.store) {
    return {
      accountId: MOCK_IDS.cardAccount,
      fundingAccountId: MOCK_IDS.checking,
      amount: { amount: 2_500, currency: 'USD' },
      date: store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate,
    };
  }

  function pay(key: string | undefined, body: unknown = paymentBody()) {
    return fetch('/api/payments', {
      method: 'POST',
      headers: { ...json, ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify(body),
    });
  }

  it('serves the store as JSON, and records each request', async () => {
    const { store, requests } = await start();
    const response = await fetch('/api/accounts', { headers: { Accept: 'application/json', Authorization: 'Bearer t0k3n' } });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal(store.accounts.map((a) => accountIn(a, 'en')));
    await fetch(`/api/cards/${MOCK_IDS.card}`);
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/accounts', `/api/cards/${MOCK_IDS.card}`]);
    expect(requests[0]!.headers.get('Authorization')).to.equal('Bearer t0k3n');
  });

  it('takes payments once per Idempotency-Key: 201, then 200 with the same receipt, 409 for another body', async () => {
    const { store, requests } = await start();
    const missing = await pay(undefined);
    expect(missing.status).to.equal(422);
    expect(await missing.json()).to.have.nested.property('error.fieldErrors[0].field', 'idempotencyKey');

    const first = await pay('abc');
    expect(first.status).to.equal(201);
    const receipt: unknown = await first.json();
    const again = await pay('abc');
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal(receipt);
    const other = await pay('abc', { ...paymentBody(), amount: { amount: 2_600, currency: 'USD' } });
    expect(other.status).to.equal(409);
    expect((await other.json()) as unknown).to.have.nested.property('error.code', 'conflict');
    expect(store.payments.length).to.equal(3);
    expect(await requests[1]!.json()).to.deep.equal(paymentBody());
  });

  it('answers errors with the JSON error body and the matching status', async () => {
    await start();
    const notFound = await fetch('/api/cards/nope');
    expect(notFound.status).to.equal(404);
    expect(await notFound.json()).to.deep.equal({ error: { code: 'not-found', message: 'No card with id "nope"' } });
    expect((await fetch('/api/routing-numbers/122000247')).status).to.equal(404);
    const badJson = await fetch(`/api/cards/${MOCK_IDS.card}/lock`, { method: 'PUT', headers: json, body: '{locked:' });
    expect(badJson.status).to.equal(400);
    expect(await badJson.json()).to.have.nested.property('error.code', 'validation');
    const invalid = await fetch('/api/funding-accounts', { method: 'POST', headers: json, body: JSON.stringify({ holderName: 'A' }) });
    expect(invalid.status).to.equal(422);
    const body = (await invalid.json()) as { error: { fieldErrors: Array<{ field: string }> } };
    expect(body.error.fieldErrors.map((e) => e.field).sort()).to.deep.equal(['accountNumber', 'routingNumber', 'type']);
  });

  it('serves every route of the API', async () => {
    const { store } = await start();
    const ok = async (method: string, path: string, body?: unknown, status = 200) => {
      const response = await fetch(`/api${path}`, { method, headers: json, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect(response.status, `${method} ${path}`).to.equal(status);
      return status === 204 ? undefined : ((await response.json()) as unknown);
    };
    const startDate = store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate;
    expect(await ok('GET', `/accounts/${MOCK_IDS.activeLoan}`)).to.deep.equal(accountIn(store.accounts[1]!, 'en'));
    expect(await ok('GET', `/accounts/${MOCK_IDS.cardAccount}/payment-options`)).to.deep.equal(store.paymentOptions[MOCK_IDS.cardAccount]);
    expect(await ok('GET', `/accounts/${MOCK_IDS.activeLoan}/autopay`)).to.deep.include(store.autoPay[MOCK_IDS.activeLoan]);
    const authorization = { version: 'HB-AUTOPAY-2026-03', acceptedAt: '2026-11-21T15:00:00Z', locale: 'en', text: 'I authorize Auto Pay.' };
    const enroll = { rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking, startDate, authorization };
    const put = (key?: string) =>
      fetch(`/api/accounts/${MOCK_IDS.cardAccount}/autopay`, {
        method: 'PUT',
        headers: { ...json, ...(key ? { 'Idempotency-Key': key } : {}) },
        body: JSON.stringify(enroll),
      });
    expect((await put()).status, 'no Idempotency-Key').to.equal(422);
    expect((await put('autopay-1')).status).to.equal(200);
    expect((await put('autopay-1')).status, 'the same key again').to.equal(200);
    expect(store.autoPay[MOCK_IDS.cardAccount]!.enrolled).to.equal(true);
    expect(store.authorizations).to.have.length(1);
    // The first draft (the earliest date) is too late to stop: the answer says it is still made.
    expect(await ok('DELETE', `/accounts/${MOCK_IDS.cardAccount}/autopay`)).to.deep.include({
      accountId: MOCK_IDS.cardAccount,
      enrolled: false,
      nextDraft: { date: startDate, amount: { amount: 3_500, currency: 'USD' }, stopBy: '2026-11-18T23:00:00Z', stoppable: false },
    });
    const paid = (await (await pay('cancel-me')).json()) as { id: string };
    expect(await ok('DELETE', `/payments/${paid.id}`)).to.include({ id: paid.id, status: 'cancelled' });
    expect(await ok('GET', '/funding-accounts')).to.deep.equal(store.fundingAccounts);
    await ok('POST', '/funding-accounts', { holderName: 'Jordan Rivera', routingNumber: '121000358', accountNumber: '44443333', type: 'checking' }, 201);
    expect(await ok('GET', '/routing-numbers/021000021')).to.deep.equal({ routingNumber: '021000021', bankName: store.banks['021000021'] });
    expect(await ok('GET', '/cards')).to.deep.equal(store.cards.map((c) => cardIn(c, 'en')));
    expect(await ok('PUT', `/cards/${MOCK_IDS.card}/lock`, { locked: true })).to.have.nested.property('lock.locked', true);
    expect(await ok('PUT', `/cards/${MOCK_IDS.card}/decline-alerts`, { enabled: false })).to.have.property('declineAlerts', false);
    expect(await ok('GET', '/card-lock-policy')).to.deep.equal(lockPolicyIn(store.lockPolicy, 'en'));
    expect(await ok('GET', '/card-capabilities')).to.deep.equal(store.capabilities);
    expect(await ok('GET', '/credit-score')).to.deep.equal(creditScoreIn(store.creditScore!, 'en'));
    expect(await ok('GET', '/titles')).to.deep.equal(store.titles.map((t) => titleIn(t, 'en')));
    expect(await ok('PUT', `/titles/${MOCK_IDS.title}/email-updates`, { enabled: true })).to.have.nested.property('emailUpdates.enabled', true);
    expect(await ok('GET', '/help/faq?locale=es')).to.deep.equal(store.faq.es);
    expect(await ok('GET', '/help/contact-channels?locale=en')).to.deep.equal(store.contactChannels.en);
    await ok('POST', '/help/faq/payment-cutoff/feedback', { helpful: true }, 204);
    expect(store.feedback).to.deep.equal([{ entryId: 'payment-cutoff', helpful: true }]);
  });

  it('picks the FAQ language from Accept-Language when no locale is given', async () => {
    const { store } = await start();
    const response = await fetch('/api/help/faq', { headers: { 'Accept-Language': 'es-MX,es;q=0.9' } });
    expect(await response.json()).to.deep.equal(store.faq.es);
  });

  it('answers customer text in the language of Accept-Language, saying so with Content-Language', async () => {
    const { store } = await start();
    const get = async (path: string, language: string) => {
      const response = await fetch(`/api${path}`, { headers: { 'Accept-Language': language } });
      return { language: response.headers.get('Content-Language'), body: (await response.json()) as unknown };
    };
    const views: Array<[string, (s: MockStore, locale: Locale) => unknown]> = [
      ['/accounts', (s, locale) => s.accounts.map((a) => accountIn(a, locale))],
      [`/cards/${MOCK_IDS.replacedCard}`, (s, locale) => cardIn(s.cards[2]!, locale)],
      ['/card-lock-policy', (s, locale) => lockPolicyIn(s.lockPolicy, locale)],
      ['/credit-score', (s, locale) => creditScoreIn(s.creditScore!, locale)],
      ['/titles', (s, locale) => s.titles.map((t) => titleIn(t, locale))],
    ];
    for (const [path, view] of views) {
      const answer = await get(path, 'es-US,es;q=0.9,en;q=0.8');
      expect(answer, path).to.deep.equal({ language: 'es', body: view(store, 'es') });
      const strings = stringsOf(answer.body);
      const english = englishOnlyTexts(store).filter((text) => strings.some((value) => value.includes(text)));
      expect(english, `${path}: English in a Spanish answer`).to.deep.equal([]);
      expect(await get(path, 'en-US'), path).to.deep.equal({ language: 'en', body: view(store, 'en') });
      expect(await get(path, 'fr-CA'), `${path}: a language the lender does not write`).to.deep.equal({ language: 'en', body: view(store, 'en') });
    }
    const refused = await fetch(`/api/cards/${MOCK_IDS.replacedCard}/lock`, {
      method: 'PUT',
      headers: { ...json, 'Accept-Language': 'es' },
      body: JSON.stringify({ locked: false }),
    });
    expect(refused.headers.get('Content-Language')).to.equal('es');
    expect(await refused.json()).to.have.nested.property('error.message', cardIn(store.cards[2]!, 'es').notLockableReason);
  });

  it('serves an absolute base URL', async () => {
    const { store } = await start({ baseUrl: 'https://api.example.com/servicing/' });
    const response = await fetch('https://api.example.com/servicing/titles');
    expect(await response.json()).to.deep.equal(store.titles.map((t) => titleIn(t, 'en')));
  });

  describe('faults', () => {
    it('error: the status, the error body and Retry-After', async () => {
      const faults = createFaults();
      await start({ faults });
      faults.set('cards.listCards', { error: 'rate-limited', retryAfter: 12 });
      const limited = await fetch('/api/cards');
      expect(limited.status).to.equal(429);
      expect(limited.headers.get('Retry-After')).to.equal('12');
      expect(await limited.json()).to.deep.equal({ error: { code: 'rate-limited', message: 'Too many requests' } });
      faults.set('cards.listCards', { error: 'validation', fieldErrors: [{ field: 'x', message: 'y' }] });
      expect(await (await fetch('/api/cards')).json()).to.have.deep.nested.property('error.fieldErrors', [{ field: 'x', message: 'y' }]);
    });

    it('status: the exact status, with the code it stands for', async () => {
      const faults = createFaults();
      await start({ faults });
      faults.set('titles.listTitles', { status: 502 });
      const bad = await fetch('/api/titles');
      expect(bad.status).to.equal(502);
      expect(await bad.json()).to.have.nested.property('error.code', 'unknown');
      faults.set('titles.listTitles', { error: 'unavailable', status: 500 });
      const both = await fetch('/api/titles');
      expect(both.status).to.equal(500);
      expect(await both.json()).to.have.nested.property('error.code', 'unavailable');
    });

    it('error network: the connection fails', async () => {
      const faults = createFaults();
      await start({ faults });
      faults.set('accounts.listAccounts', { error: 'network' });
      const error = await fetch('/api/accounts').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(TypeError);
    });

    it('dropResponse: the change is made, then the connection fails', async () => {
      const store = createMockStore();
      const faults = createFaults();
      await start({ store, faults });
      faults.set('payments.submitPayment', { dropResponse: true, times: 1 });
      expect(await pay('drop-1').catch((e: unknown) => e)).to.be.instanceOf(TypeError);
      expect(store.payments.length).to.equal(3);
      const retry = await pay('drop-1');
      expect(retry.status).to.equal(200);
      expect(await retry.json()).to.deep.equal(store.payments[2]);
    });

    it('malformed: 200 with a body that does not parse', async () => {
      const faults = createFaults();
      await start({ faults });
      faults.set('creditScore.getCreditScore', { malformed: true });
      const response = await fetch('/api/credit-score');
      expect(response.status).to.equal(200);
      const text = await response.text();
      expect(() => JSON.parse(text) as unknown).to.throw(SyntaxError);
    });

    it('hang and timeout: no answer until the client gives up', async () => {
      const faults = createFaults();
      await start({ faults });
      faults.set('cards.getCard', { hang: true });
      const controller = new AbortController();
      const call = fetch(`/api/cards/${MOCK_IDS.card}`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      expect(isAbortError(await call.catch((e: unknown) => e))).to.equal(true);
      faults.set('cards.getCard', { timeout: true });
      const timeout = AbortSignal.timeout(50);
      const timedOut = await fetch(`/api/cards/${MOCK_IDS.card}`, { signal: timeout }).catch((e: unknown) => e);
      expect(timeout.aborted, 'the request was still open when the client gave up').to.equal(true);
      // Chromium and Firefox reject with the signal's reason (TimeoutError); WebKitGTK with AbortError.
      expect(['TimeoutError', 'AbortError']).to.include((timedOut as DOMException).name);
    });

    it('latencyMs: a late but good answer', async () => {
      const faults = createFaults();
      const { store } = await start({ faults });
      faults.set('*', { latencyMs: 30 });
      expect(await (await fetch('/api/titles')).json()).to.deep.equal(store.titles.map((t) => titleIn(t, 'en')));
    });
  });

  it('stops serving: later requests go to the network', async () => {
    await start();
    api.stop();
    const response = await fetch('/api/accounts');
    // Whatever the dev server answers, it is not the mock API.
    expect(response.headers.get('Content-Type') ?? '').to.not.include('application/json');
  });
});
