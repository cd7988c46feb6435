import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MOCK_IDS } from '@tessera/mocks';
import {
  $,
  atStep,
  authorizeAndSubmit,
  click,
  continueTo,
  fill,
  focused,
  mount,
  press,
  shown,
  submitCalls,
  tabTo,
  text,
  toFrom,
  toReview,
} from './helpers.js';

describe('<tessera-payment-form> money safety', () => {
  it('double-click on submit makes exactly one request and one payment', async () => {
    const { el, store, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
    const before = store.payments.length;
    await toReview(el);
    faults.set('payments.submitPayment', { latencyMs: 200 });
    await click(el, '#authorize');
    const button = $<HTMLButtonElement>(el, '[part~="continue"]')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled'), 'disabled while submitting, and still focusable').to.equal('true');
    expect(text(el, '[part~="continue"]')).to.equal('Submitting…');
    button.click();
    await atStep(el, 'result');
    expect(submitCalls(provider)).to.have.length(1);
    expect(store.payments).to.have.length(before + 1);
  });

  it('Enter pressed again and again on submit makes exactly one payment', async () => {
    const { el, store, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
    const before = store.payments.length;
    await toReview(el);
    faults.set('payments.submitPayment', { latencyMs: 300 });
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    for (let i = 0; i < 5; i++) await press('Enter');
    await atStep(el, 'result');
    for (let i = 0; i < 3; i++) await press('Enter');
    expect(submitCalls(provider)).to.have.length(1);
    expect(store.payments).to.have.length(before + 1);
  });

  for (const [name, fault] of [
    ['a dropped response', { dropResponse: true, times: 1 }],
    ['a malformed response', { malformed: true, times: 1 }],
    ['a timeout', { timeout: true, times: 1 }],
    ['a network failure', { error: 'network', times: 1 }],
  ] as const) {
    it(`after ${name}: "couldn't confirm", then "check again" with the same key, never a second payment`, async () => {
      const { el, store, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
      const before = store.payments.length;
      await toReview(el);
      faults.set('payments.submitPayment', fault);
      const failed = oneEvent(el, 'tessera-payment-form-failed');
      await authorizeAndSubmit(el);
      expect((await failed).detail.code).to.be.oneOf(['network', 'timeout', 'unknown']);
      expect((await failed).detail.action).to.equal('submit');
      await shown(el, '[part~="unconfirmed"]');
      expect(text(el, '[part~="unconfirmed"]')).to.contain('We couldn’t confirm your payment yet');
      await waitUntil(() => focused(el)?.id === 'unconfirmed');
      expect($(el, '[part="edit"]'), 'no editing while a payment may exist').to.equal(null);
      expect($(el, '[part~="back"]')).to.equal(null);
      await expect(el).to.be.accessible();

      const submitted = oneEvent(el, 'tessera-payment-form-submitted');
      await click(el, '[part~="check-again"]');
      const { detail } = await submitted;
      await atStep(el, 'result');
      const calls = submitCalls(provider);
      expect(calls).to.have.length(2);
      expect(calls[1]!.idempotencyKey).to.equal(calls[0]!.idempotencyKey);
      expect(store.payments).to.have.length(before + 1);
      const payment = store.payments.at(-1)!;
      expect(detail.confirmationNumber).to.equal(payment.confirmationNumber);
      expect(text(el, '[part="confirmation-number"]')).to.equal(payment.confirmationNumber);
    });
  }

  it('keeps the key when the customer looks back without changing anything, and makes a new one after a change', async () => {
    const { el, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    faults.set('payments.submitPayment', { error: 'unavailable', times: 2 });
    await authorizeAndSubmit(el);
    await shown(el, '[part="error"]');
    expect(text(el, '[part="error"]')).to.contain('temporarily unavailable');
    // Try again: the same payment, the same key.
    await click(el, '[part="retry"]');
    await waitUntil(() => submitCalls(provider).length === 2 && !el.shadowRoot!.querySelector('[part~="continue"][aria-disabled="true"]'));
    // Look at the amount without changing it.
    await click(el, '[part="edit"]');
    await atStep(el, 'amount');
    await continueTo(el, 'review');
    expect($<HTMLInputElement>(el, '#authorize')!.checked, 'the same payment stays authorized').to.equal(true);
    await click(el, '[part~="continue"]');
    await atStep(el, 'result');
    const [first, second, third] = submitCalls(provider);
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
    expect(third!.idempotencyKey).to.equal(first!.idempotencyKey);

    // A new payment after "make another payment", and a changed one, get new keys.
    await click(el, '[part="another"]');
    await atStep(el, 'amount');
    await click(el, '#amount-1');
    await continueTo(el, 'review');
    expect($<HTMLInputElement>(el, '#authorize')!.checked).to.equal(false);
    faults.set('payments.submitPayment', { error: 'rate-limited', retryAfter: 5, times: 1 });
    await authorizeAndSubmit(el);
    await shown(el, '[part="error"]');
    expect(text(el, '[part="error"]')).to.contain('5 seconds');
    const fourth = submitCalls(provider)[3]!;
    expect(fourth.idempotencyKey).not.to.equal(first!.idempotencyKey);
    const editAmount = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="edit"]')].find((b) =>
      b.textContent.includes('amount'),
    )!;
    editAmount.click();
    await atStep(el, 'amount');
    await click(el, '#amount');
    await continueTo(el, 'review');
    expect($<HTMLInputElement>(el, '#authorize')!.checked, 'a changed payment needs a new authorization').to.equal(false);
    await authorizeAndSubmit(el);
    await atStep(el, 'result');
    const fifth = submitCalls(provider)[4]!;
    expect(fifth.idempotencyKey).not.to.equal(fourth.idempotencyKey);
    expect(fifth.amount.amount).not.to.equal(fourth.amount.amount);
  });
});

describe('<tessera-payment-form> full bank account numbers', () => {
  const ACCOUNT_NUMBER = '98765432101234';

  it('go to addFundingAccount and nowhere else: not events, attributes, console, URL, storage or the form once added', async () => {
    const { el, store, provider } = await mount({ accountId: MOCK_IDS.activeLoan });
    const details: string[] = [];
    for (const type of ['tessera-payment-form-submitted', 'tessera-payment-form-failed', 'tessera-payment-form-autopay-changed', 'tessera-payment-form-step-changed']) {
      el.addEventListener(type, (e) => details.push(JSON.stringify((e as CustomEvent).detail)));
    }
    const logged: string[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const name of Object.keys(originals) as Array<keyof typeof originals>) {
      console[name] = (...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
        originals[name].apply(console, args);
      };
    }
    try {
      await toFrom(el);
      await click(el, `#funding-${store.fundingAccounts.length}`);
      await fill(el, '#holderName', 'Jordan Rivera');
      await fill(el, '#routingNumber', '011000015');
      await shown(el, '#routingNumber-note');
      expect(text(el, '#routingNumber-note')).to.equal('Bank: Northgate Federal Bank');
      await fill(el, '#accountNumber', ACCOUNT_NUMBER);
      await fill(el, '#confirmAccountNumber', ACCOUNT_NUMBER);
      await continueTo(el, 'review');
      expect(text(el, '[part="summary"]')).to.contain('Northgate Federal Bank ••••1234 (Checking)');
      await authorizeAndSubmit(el);
      await atStep(el, 'result');

      const added = provider.calls.filter((c) => JSON.stringify(c.args).includes(ACCOUNT_NUMBER));
      expect(added.map((c) => c.route)).to.deep.equal(['payments.addFundingAccount']);
      expect(details.length).to.be.greaterThan(0);
      for (const detail of details) expect(detail).not.to.contain(ACCOUNT_NUMBER);
      for (const line of logged) expect(line).not.to.contain(ACCOUNT_NUMBER);
      const attributes = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
      for (const value of attributes) expect(value).not.to.contain(ACCOUNT_NUMBER);
      const values = [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value);
      for (const value of values) expect(value).not.to.contain(ACCOUNT_NUMBER);
      expect(el.shadowRoot!.textContent).not.to.contain(ACCOUNT_NUMBER);
      expect(location.href).not.to.contain(ACCOUNT_NUMBER);
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i++) expect(storage.getItem(storage.key(i)!)).not.to.contain(ACCOUNT_NUMBER);
      }
      // Nothing left in the element's state either: the bank form starts empty again.
      const { form } = el as unknown as { form: { state: Record<'bank' | 'draft', unknown>; reviewed: unknown } };
      const state = JSON.stringify([form.state.bank, form.state.draft, form.reviewed]);
      expect(state).to.contain('"accountNumber":""');
      expect(state).not.to.contain(ACCOUNT_NUMBER);
    } finally {
      Object.assign(console, originals);
    }
  });
});
