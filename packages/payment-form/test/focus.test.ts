import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import { $, atStep, click, fill, focused, mount, press, shown, tabTo, text, toDate, toFrom, toReview, type } from './helpers.js';

type Provider = ReturnType<typeof createMemoryProvider>;
type Held = 'submitPayment' | 'setAutoPay' | 'cancelAutoPay' | 'cancelPayment' | 'addFundingAccount';

/**
 * A memory provider whose `method` waits for `release()`: the request stays in flight for
 * as long as the test looks at the form.
 */
function holding(method: Held): { provider: Provider; release: () => void; started: Promise<void> } {
  const provider = createMemoryProvider(createMockStore());
  const payments = provider.payments as unknown as Record<Held, (...args: unknown[]) => Promise<unknown>>;
  const real = payments[method].bind(provider.payments);
  let release!: () => void;
  let start!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (start = resolve));
  payments[method] = async (...args: unknown[]) => {
    start();
    await released;
    return real(...args);
  };
  return { provider, release, started };
}

/** Focus is in the form, on a control a keyboard can still use (not on the page, not on a disabled control). */
async function expectFocusKept(el: TesseraPaymentForm, where: string): Promise<HTMLElement> {
  // Engines move focus off a control that became disabled at their next rendering.
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  // Compared as names: a failed comparison of elements would print the whole element.
  const page = document.activeElement;
  expect(page === el ? 'the form' : (page?.localName ?? 'nothing'), `${where}: focus is in the form, not on the page`).to.equal('the form');
  const inside = focused(el) as HTMLElement | null;
  expect(inside?.outerHTML.slice(0, 80) ?? 'nothing', `${where}: a control in the form has focus`).to.not.equal('nothing');
  expect(inside!.matches(':disabled'), `${where}: the focused control is not disabled`).to.equal(false);
  return inside!;
}

const live = (el: Element): string => text(el, '[part="live"]');

describe('<tessera-payment-form> focus never falls to the page', () => {
  it('the date step’s suggestion: Enter uses the date, and focus goes to the date field', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toDate(el);
    await fill(el, '#date', '2026-11-26');
    await click(el, '[part~="continue"]');
    const suggestion = await shown(el, '[part="field"] + .chip');
    expect(text(el, '[part="field"] + .chip')).to.equal('Use November 27, 2026');
    suggestion.focus();
    await press('Enter');
    await atStep(el, 'date');
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('2026-11-27');
    expect($(el, '[part="field"] + .chip'), 'the suggestion went away with the error').to.equal(null);
    const at = await expectFocusKept(el, 'after the suggestion');
    expect(at.id).to.equal('date');
  });

  it('the date step’s suggestion, clicked: focus goes to the date field', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toDate(el);
    await fill(el, '#date', '2026-11-26');
    await click(el, '[part~="continue"]');
    const suggestion = await shown(el, '[part="field"] + .chip');
    suggestion.focus();
    suggestion.click();
    const at = await expectFocusKept(el, 'after the suggestion');
    expect(at.id).to.equal('date');
  });

  for (const [lang, submitting, confirmed] of [
    ['en', 'Submitting your payment…', 'Payment confirmed.'],
    ['es', 'Enviando su pago…', 'Pago confirmado.'],
  ] as const) {
    it(`Submit turning into "Submitting…" keeps focus, and the status says the payment is being sent, then the result (${lang})`, async () => {
      const { provider, release, started } = holding('submitPayment');
      const { el } = await mount({ accountId: MOCK_IDS.cardAccount, lang, provider });
      await toReview(el);
      await tabTo(el, '#authorize');
      await press(' ');
      await tabTo(el, '[part~="continue"]');
      await press('Enter');
      await started;
      const at = await expectFocusKept(el, 'while the payment is in flight');
      expect(at.matches('[part~="continue"]'), 'focus stays on the button that was pressed').to.equal(true);
      expect(at.getAttribute('aria-disabled')).to.equal('true');
      expect(live(el)).to.equal(submitting);
      // Pressed again while in flight: nothing more is sent.
      await press('Enter');
      release();
      await atStep(el, 'result');
      expect(provider.calls.filter((c) => c.route === 'payments.submitPayment')).to.have.length(1);
      expect(focused(el)?.id).to.equal('heading');
      expect(live(el)).to.contain(confirmed);
      expect(live(el)).to.not.contain(submitting);
    });
  }

  it('Enter on the authorization checkbox sends the payment, and focus is not lost when the checkbox is locked', async () => {
    const { provider, release, started } = holding('submitPayment');
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, provider });
    await toReview(el);
    await tabTo(el, '#authorize');
    await press(' ');
    await press('Enter');
    await started;
    const at = await expectFocusKept(el, 'with the checkbox locked');
    expect(at.matches('[part~="continue"]'), 'focus goes to the button doing the work').to.equal(true);
    release();
    await atStep(el, 'result');
  });

  it('adding a bank account ("Saving…") keeps focus on Continue', async () => {
    const { provider, release, started } = holding('addFundingAccount');
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, provider });
    await toFrom(el);
    await click(el, '#funding-2');
    await fill(el, '#holderName', 'Jordan Rivera');
    await fill(el, '#routingNumber', '021000021');
    await fill(el, '#accountNumber', '13572468');
    await fill(el, '#confirmAccountNumber', '13572468');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await started;
    const at = await expectFocusKept(el, 'while the bank account is being added');
    expect(at.matches('[part~="continue"]')).to.equal(true);
    expect(live(el)).to.equal('Adding your bank account…');
    release();
    await atStep(el, 'review');
    expect(focused(el)?.id).to.equal('heading');
  });

  it('setting up Auto Pay keeps focus on "Authorize Auto Pay" while it is saved', async () => {
    const { provider, release, started } = holding('setAutoPay');
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, provider });
    await atStep(el, 'autopay');
    await tabTo(el, '[part="set-up"]');
    await press('Enter');
    await atStep(el, 'autopay-edit');
    expect(focused(el)?.id).to.equal('heading');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'autopay-review');
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await started;
    const at = await expectFocusKept(el, 'while Auto Pay is saved');
    expect(at.matches('[part~="continue"]')).to.equal(true);
    expect(live(el)).to.equal('Saving Auto Pay…');
    release();
    await atStep(el, 'autopay');
    expect(focused(el)?.id).to.equal('heading');
  });

  it('turning Auto Pay off keeps focus on the confirmation while it is saved', async () => {
    const { provider, release, started } = holding('cancelAutoPay');
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan, provider });
    await atStep(el, 'autopay');
    await tabTo(el, '[part="turn-off"]');
    await press('Enter');
    await atStep(el, 'autopay-cancel');
    await tabTo(el, '[part="confirm-turn-off"]');
    await press('Enter');
    await started;
    const at = await expectFocusKept(el, 'while Auto Pay is turned off');
    expect(at.matches('[part="confirm-turn-off"]')).to.equal(true);
    expect(live(el)).to.equal('Turning off Auto Pay…');
    // "Keep Auto Pay" does nothing while the request is out.
    await click(el, '[part="keep"]');
    expect(el.step).to.equal('autopay-cancel');
    release();
    await atStep(el, 'autopay');
    expect(focused(el)?.id).to.equal('heading');
  });

  it('cancelling a scheduled payment keeps focus on the confirmation while it is sent', async () => {
    const { provider, release, started } = holding('cancelPayment');
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, provider });
    await toReview(el);
    await click(el, '#authorize');
    await click(el, '[part~="continue"]');
    await atStep(el, 'result');
    await tabTo(el, '[part="cancel-payment"]');
    await press('Enter');
    await atStep(el, 'cancel-payment');
    await tabTo(el, '[part="confirm-cancel-payment"]');
    await press('Enter');
    await started;
    const at = await expectFocusKept(el, 'while the payment is cancelled');
    expect(at.matches('[part="confirm-cancel-payment"]')).to.equal(true);
    expect(live(el)).to.equal('Cancelling your payment…');
    release();
    await waitUntil(() => $(el, '[part="receipt"][data-status="cancelled"]'), 'never cancelled');
    expect(focused(el)?.id).to.equal('heading');
  });

  it('Edit links and Back move focus to the heading of the step they open', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    for (const step of ['amount', 'date', 'from']) {
      await tabTo(el, `#edit-${step}`);
      await press('Enter');
      await atStep(el, step);
      expect((await expectFocusKept(el, `edit ${step}`)).id).to.equal('heading');
      if (step !== 'amount') {
        await tabTo(el, '[part~="back"]');
        await press('Enter');
        await waitUntil(() => el.step !== step);
        await atStep(el, el.step);
        expect((await expectFocusKept(el, `back from ${step}`)).id).to.equal('heading');
      }
      while (el.step !== 'review') {
        const at = el.step;
        await tabTo(el, '[part~="continue"]');
        await press('Enter');
        await waitUntil(() => el.step !== at);
      }
      await atStep(el, 'review');
    }
    await tabTo(el, '[part~="back"]');
    await press('Enter');
    await waitUntil(() => el.step !== 'review');
    await atStep(el, el.step);
    expect((await expectFocusKept(el, 'back from review')).id).to.equal('heading');
  });

  it('"Make another payment" keeps focus in the form while the balances load again', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    await click(el, '#authorize');
    await click(el, '[part~="continue"]');
    await atStep(el, 'result');
    await tabTo(el, '[part="another"]');
    await press('Enter');
    await expectFocusKept(el, 'while the accounts load again');
    await atStep(el, 'amount');
    expect((await expectFocusKept(el, 'on the amount step')).id).to.equal('heading');
  });

  it('typing in the other amount and pressing Enter keeps focus through the step change', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    await tabTo(el, '#other');
    await type('40');
    await press('Enter');
    await atStep(el, 'review');
    expect((await expectFocusKept(el, 'on review')).id).to.equal('heading');
  });
});
