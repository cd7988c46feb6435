import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { startMockApi } from '@tessera/mocks/browser';
import { MOCK_IDS } from '@tessera/mocks';
import '@tessera/provider-rest/register';
import '@tessera/core/define';
import '@tessera/payment-form/define';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import { $, atStep, authorizeAndSubmit, click, continueTo, fill, shown, text, toFrom, toReview } from './helpers.js';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;

async function mount(attributes: { accountId?: string; mode?: string } = {}): Promise<TesseraPaymentForm> {
  const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api">
    <tessera-payment-form account-id=${attributes.accountId ?? MOCK_IDS.cardAccount} mode=${attributes.mode ?? 'one-time'}></tessera-payment-form>
  </tessera-provider>`);
  const el = host.querySelector<TesseraPaymentForm>('tessera-payment-form')!;
  await shown(el, '[part="actions"]');
  return el;
}

const routes = (api: MockApi): string[] => api.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);

describe('<tessera-payment-form> through <tessera-provider endpoint> and the REST API', () => {
  let api: MockApi;

  before(async () => {
    api = await startMockApi({ baseUrl: '/api', quiet: true });
  });

  afterEach(() => {
    api.faults.clear();
    api.requests.length = 0;
  });

  after(() => api.stop());

  it('adds a bank account and pays once, with an Idempotency-Key; the account number only in the POST body', async () => {
    const el = await mount();
    const before = api.store.payments.length;
    await toFrom(el);
    await click(el, '#funding-2');
    await fill(el, '#holderName', 'Jordan Rivera');
    await fill(el, '#routingNumber', '021000021');
    await shown(el, '#routingNumber-note');
    expect(text(el, '#routingNumber-note')).to.equal('Bank: Granite Harbor Trust');
    await fill(el, '#accountNumber', '4444333322');
    await fill(el, '#confirmAccountNumber', '4444333322');
    await continueTo(el, 'review');
    const submitted = oneEvent(el, 'tessera-payment-form-submitted');
    await authorizeAndSubmit(el);
    const { detail } = await submitted;
    await atStep(el, 'result');

    expect(api.store.payments).to.have.length(before + 1);
    expect(detail.confirmationNumber).to.equal(api.store.payments.at(-1)!.confirmationNumber);
    const post = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/payments'))!;
    expect(post.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    for (const request of api.requests) expect(request.url).not.to.contain('4444333322');
    const bodies = await Promise.all(api.requests.map((r) => r.clone().text()));
    const withNumber = routes(api).filter((_, i) => bodies[i]!.includes('4444333322'));
    expect(withNumber).to.deep.equal(['POST /api/funding-accounts']);
    await expect(el).to.be.accessible();
  });

  it('a response dropped after the payment was made: "check again" resends the same key and shows that payment', async () => {
    const el = await mount({ accountId: MOCK_IDS.activeLoan });
    const before = api.store.payments.length;
    await toReview(el);
    // The REST provider itself retries twice with the same key: drop all three answers.
    api.faults.set('payments.submitPayment', { dropResponse: true, times: 3 });
    await authorizeAndSubmit(el);
    await shown(el, '[part~="unconfirmed"]');
    expect(api.store.payments).to.have.length(before + 1);
    await click(el, '[part~="check-again"]');
    await atStep(el, 'result');
    expect(api.store.payments).to.have.length(before + 1);
    const posts = api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/payments'));
    expect(posts).to.have.length(4);
    expect(new Set(posts.map((r) => r.headers.get('Idempotency-Key'))).size).to.equal(1);
    expect(text(el, '[part="confirmation-number"]')).to.equal(api.store.payments.at(-1)!.confirmationNumber);
  });

  it('shows a malformed body as an error with a retry', async () => {
    api.faults.set('payments.getPaymentOptions', { malformed: true, times: 1 });
    const host = await fixture<HTMLElement>(html`<tessera-provider endpoint="/api">
      <tessera-payment-form account-id=${MOCK_IDS.cardAccount}></tessera-payment-form>
    </tessera-provider>`);
    const el = host.querySelector<TesseraPaymentForm>('tessera-payment-form')!;
    await shown(el, '[part="error"]');
    expect($(el, '[part="error"]')!.dataset.code).to.equal('unknown');
    await click(el, '[part="retry"]');
    await atStep(el, 'amount');
  });

  it('turns Auto Pay off over DELETE /accounts/{id}/autopay', async () => {
    const el = await mount({ accountId: MOCK_IDS.activeLoan, mode: 'autopay' });
    await atStep(el, 'autopay');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    await click(el, '[part="confirm-turn-off"]');
    await atStep(el, 'autopay');
    expect(routes(api)).to.include(`DELETE /api/accounts/${MOCK_IDS.activeLoan}/autopay`);
    expect(api.store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(false);
  });
});
