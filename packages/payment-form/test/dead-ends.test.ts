import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';
import { $, $$, atStep, authorizeAndSubmit, click, continueTo, focused, mount, press, shown, tabTo, text, toReview } from './helpers.js';

/** The buttons the customer can act with on the step (not the edit links of the summary). */
const actions = (el: Element): string[] => $$(el, '[part~="actions"] button').map((b) => b.getAttribute('part')!);

describe('<tessera-payment-form> "we couldn’t confirm your payment"', () => {
  it('gives the lender’s phone line from its help channels, says not to pay again, and offers one action', async () => {
    const { el, provider } = await mount({ accountId: MOCK_IDS.cardAccount, faults: [['payments.submitPayment', { dropResponse: true, times: 1 }]] });
    await toReview(el);
    await authorizeAndSubmit(el);
    await shown(el, '[part~="contact"] a');
    const notice = text(el, '[part~="unconfirmed"]');
    expect(notice).to.contain('Don’t pay again');
    expect(text(el, '[part~="contact"]')).to.equal('Questions about this payment? Call Customer service: 1-800-555-0142');
    expect($(el, '[part~="contact"] a')!.getAttribute('href')).to.equal('tel:18005550142');
    expect(provider.calls.find((c) => c.route === 'help.getContactChannels')?.args).to.deep.equal(['en']);
    expect(actions(el)).to.deep.equal(['check-again retry']);
    await expect(el).to.be.accessible();

    // A language change reads the lender's Spanish channels.
    el.setAttribute('lang', 'es');
    await waitUntil(() => text(el, '[part~="contact"]') === '¿Preguntas sobre este pago? Llame a Servicio al cliente: 1-800-555-0142');
    expect(text(el, '[part~="unconfirmed"]')).to.contain('No vuelva a pagar');
  });

  it('without help channels, still says to contact the lender before paying again', async () => {
    const provider = createMemoryProvider(createMockStore());
    const submitPayment = provider.payments.submitPayment;
    // The payment is made, and the answer is lost on the way back.
    provider.payments.submitPayment = async (request, options) => {
      await submitPayment(request, options);
      throw new TypeError('Failed to fetch');
    };
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, provider: { ...provider, help: undefined } as unknown as typeof provider });
    await toReview(el);
    await authorizeAndSubmit(el);
    await shown(el, '[part~="contact"]');
    expect(text(el, '[part~="contact"]')).to.equal('Questions about this payment? Contact us before you pay again.');
    expect(actions(el)).to.deep.equal(['check-again retry']);
  });
});

describe('<tessera-payment-form> one action per failure', () => {
  it('a refused payment offers "Try again", not "Submit payment" as well (keyboard only)', async () => {
    const { el, faults, store } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    faults.set('payments.submitPayment', { error: 'unavailable', times: 1 });
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await shown(el, '[part="retry"]');
    expect($$(el, 'button').filter((b) => /Submit payment|Try again/.test(b.textContent)).map((b) => b.textContent.trim())).to.deep.equal(['Try again']);
    await waitUntil(() => focused(el)?.getAttribute('part') === 'retry');
    await press('Enter');
    await atStep(el, 'result');
    expect(store.payments.at(-1)!.status).to.equal('scheduled');
  });

  it('Auto Pay refused or not turned off: the retry is the one action', async () => {
    const { el, faults } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    faults.set('payments.cancelAutoPay', { error: 'unavailable', times: 1 });
    await click(el, '[part="confirm-turn-off"]');
    await shown(el, '[part="retry"]');
    expect($(el, '[part="confirm-turn-off"]')).to.equal(null);
    expect($(el, '[part="keep"]'), 'keeping Auto Pay is still possible').not.to.equal(null);
  });
});

describe('<tessera-payment-form> the confirmation shows what changed', () => {
  it('the new amount due, the date once, and the scheduled payment with a way to cancel it before the cutoff', async () => {
    const { el, store } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    await authorizeAndSubmit(el);
    await atStep(el, 'result');
    const receipt = text(el, '[part="receipt"]');
    expect(receipt).to.contain('Amount due after this payment $0.00');
    expect(receipt.split('November 23, 2026'), 'the date once').to.have.length(2);
    expect(text(el, '[part="account"]'), 'no balance from before the payment').to.equal('Harborview Everyday Rewards Visa ••••4821');
    expect(text(el, '.note')).to.equal('You can cancel this payment until Nov 22, 2026, 5:00 PM (America/Chicago).');
    expect(actions(el)).to.deep.equal(['another', 'cancel-payment']);
    await expect(el).to.be.accessible();

    await click(el, '[part="cancel-payment"]');
    await atStep(el, 'cancel-payment');
    expect(text(el, '#heading')).to.equal('Cancel this payment?');
    expect(text(el, 'p:not(.account-name)')).to.equal('Your payment of $35.00 scheduled for November 23, 2026 will not be made.');
    await click(el, '[part="keep-payment"]');
    await atStep(el, 'result');
    expect(store.payments.at(-1)!.status).to.equal('scheduled');

    await click(el, '[part="cancel-payment"]');
    await atStep(el, 'cancel-payment');
    const cancelled = oneEvent(el, 'tessera-payment-form-payment-cancelled');
    await click(el, '[part="confirm-cancel-payment"]');
    const payment = store.payments.at(-1)!;
    expect((await cancelled).detail).to.deep.equal({
      accountId: MOCK_IDS.cardAccount,
      confirmationNumber: payment.confirmationNumber,
      amount: { amount: 3500, currency: 'USD' },
      date: '2026-11-23',
    });
    await atStep(el, 'result');
    expect(payment.status).to.equal('cancelled');
    expect(text(el, '#heading')).to.equal('Payment cancelled');
    expect(text(el, '[part="receipt"] ~ p')).to.equal('This payment will not be made.');
    expect($(el, '[part="cancel-payment"]')).to.equal(null);
    expect(text(el, '[part="live"]')).to.equal(`Payment ${payment.confirmationNumber} cancelled.`);
    await expect(el).to.be.accessible();

    // Paying again starts from the balances as they are now.
    await click(el, '[part="another"]');
    await atStep(el, 'amount');
    await waitUntil(() => text(el, '[part="account"]').includes('Minimum due $35.00'));
  });

  it('a payment that posts later than its date says so in the one date row', async () => {
    const provider = createMemoryProvider();
    const submitPayment = provider.payments.submitPayment;
    provider.payments.submitPayment = async (request, options) => ({ ...(await submitPayment(request, options)), postsOn: '2026-11-24' });
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, provider });
    await toReview(el);
    await authorizeAndSubmit(el);
    await atStep(el, 'result');
    expect(text(el, '[part="receipt"]')).to.contain('Payment date November 23, 2026 (posts on November 24, 2026)');
    expect(text(el, '[part="receipt"]')).not.to.contain('Posts on');
  });

  it('offers no cancel when the lender cannot cancel here, or the cutoff has passed', async () => {
    const provider = createMemoryProvider();
    const payments: Partial<typeof provider.payments> = { ...provider.payments };
    delete payments.cancelPayment;
    const without = await mount({ accountId: MOCK_IDS.cardAccount, provider: { ...provider, payments } as typeof provider });
    await toReview(without.el);
    await authorizeAndSubmit(without.el);
    await atStep(without.el, 'result');
    expect($(without.el, '[part="cancel-payment"]')).to.equal(null);

    // A payment on December 1 made on November 30 (the store's today) is past its cutoff.
    const store = createMockStore({ today: '2026-11-30' });
    const late = await mount({ accountId: MOCK_IDS.activeLoan, store });
    await atStep(late.el, 'amount');
    await continueTo(late.el, 'review');
    await authorizeAndSubmit(late.el);
    await atStep(late.el, 'result');
    expect(store.payments.at(-1)!.date).to.equal('2026-12-01');
    expect($(late.el, '[part="cancel-payment"]')).to.equal(null);
  });
});
