import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MOCK_IDS } from '@tessera/mocks';
import { PROVIDER_ERROR_CODES, type ProviderErrorCode } from '@tessera/core';
import type { PaymentFormFailedDetail, TesseraPaymentForm } from '@tessera/payment-form';
import { $, $$, atStep, authorizeAndSubmit, click, continueTo, fill, mount, shown, text, toFrom, toReview } from './helpers.js';

type ShownCode = ProviderErrorCode | 'invalid-data';

const RETRYABLE = (code: ShownCode): boolean => !['forbidden', 'validation', 'not-found', 'invalid-data'].includes(code);

const MESSAGES: Record<ShownCode, string> = {
  'invalid-data': 'This information can’t be shown right now',
  network: 'We couldn’t reach the server',
  timeout: 'This is taking longer than it should',
  unauthorized: 'Your session has ended',
  forbidden: 'You don’t have access to this',
  'not-found': 'We couldn’t find what you were looking for',
  validation: 'Some information needs to be fixed',
  conflict: 'Something changed while you were working',
  'rate-limited': 'Too many requests right now',
  unavailable: 'This service is temporarily unavailable',
  unknown: 'Something went wrong',
};

/** The customer sees the localized message, as an alert, with a retry only where it can help. */
async function expectError(el: TesseraPaymentForm, code: ShownCode): Promise<void> {
  const error = await shown(el, '[part="error"]');
  expect(error.dataset.code).to.equal(code);
  expect(error.getAttribute('role')).to.equal('alert');
  expect(text(el, '[part="error"]')).to.contain(MESSAGES[code]);
  expect(!!$(el, '[part="retry"]'), `retry for ${code}`).to.equal(RETRYABLE(code));
}

async function fillNewBank(el: TesseraPaymentForm): Promise<void> {
  await click(el, '#funding-2');
  await fill(el, '#holderName', 'Jordan Rivera');
  await fill(el, '#routingNumber', '021000021');
  await fill(el, '#accountNumber', '55554444');
  await fill(el, '#confirmAccountNumber', '55554444');
}

describe('<tessera-payment-form> provider faults', () => {
  for (const code of PROVIDER_ERROR_CODES) {
    it(`accounts.listAccounts ${code}: message${RETRYABLE(code) ? ' and a working retry' : ''}`, async () => {
      const failures: PaymentFormFailedDetail[] = [];
      const record = (e: CustomEvent<PaymentFormFailedDetail>): number => failures.push(e.detail);
      document.addEventListener('tessera-payment-form-failed', record);
      const { el } = await mount({ faults: [['accounts.listAccounts', { error: code, times: 1 }]], ready: '[part="error"]' });
      document.removeEventListener('tessera-payment-form-failed', record);
      await expectError(el, code);
      expect(failures).to.deep.equal([{ action: 'load', code }]);
      await expect(el).to.be.accessible();
      if (!RETRYABLE(code)) return;
      await click(el, '[part="retry"]');
      await atStep(el, 'account');
    });
  }

  for (const [route, fault, code] of [
    ['accounts.getAccount', { error: 'not-found' }, 'not-found'],
    ['accounts.getAccount', { malformed: true, times: 1 }, 'invalid-data'],
    ['accounts.getAccount', { timeout: true, times: 1 }, 'timeout'],
    ['payments.getPaymentOptions', { error: 'unavailable', times: 1 }, 'unavailable'],
    ['payments.getPaymentOptions', { malformed: true, times: 1 }, 'invalid-data'],
    ['payments.getPaymentOptions', { timeout: true, times: 1 }, 'timeout'],
    ['payments.listFundingAccounts', { error: 'unauthorized', times: 1 }, 'unauthorized'],
    ['payments.listFundingAccounts', { malformed: true, times: 1 }, 'invalid-data'],
  ] as const) {
    it(`${route} ${'error' in fault ? fault.error : Object.keys(fault)[0]}: message and retry where it helps`, async () => {
      const { el } = await mount({ accountId: MOCK_IDS.cardAccount, faults: [[route, fault]], ready: '[part="error"]' });
      await expectError(el, code);
      await expect(el).to.be.accessible();
      if (!RETRYABLE(code)) return;
      await click(el, '[part="retry"]');
      await atStep(el, 'amount');
    });
  }

  for (const code of PROVIDER_ERROR_CODES) {
    it(`payments.addFundingAccount ${code}: the typed bank account stays, ${RETRYABLE(code) ? 'retry adds it' : 'no retry'}`, async () => {
      const { el, faults } = await mount({ accountId: MOCK_IDS.cardAccount });
      await toFrom(el);
      await fillNewBank(el);
      const fieldErrors = [{ field: 'accountNumber', message: 'The bank refused this account number.' }];
      faults.set('payments.addFundingAccount', { error: code, times: 1, ...(code === 'validation' ? { fieldErrors } : {}) });
      const failed = oneEvent(el, 'tessera-payment-form-failed');
      await click(el, '[part~="continue"]');
      expect((await failed).detail).to.deep.equal({ action: 'add-bank-account', code, accountId: MOCK_IDS.cardAccount });
      await expectError(el, code);
      expect(el.step).to.equal('from');
      expect($<HTMLInputElement>(el, '#accountNumber')!.value).to.equal('55554444');
      expect($<HTMLInputElement>(el, '#routingNumber')!.value).to.equal('021000021');
      if (code === 'validation') {
        expect(text(el, '#accountNumber-error')).to.equal('The bank refused this account number.');
        expect($(el, '#accountNumber')!.getAttribute('aria-invalid')).to.equal('true');
      }
      await expect(el).to.be.accessible();
      if (!RETRYABLE(code)) return;
      expect($(el, '[part~="continue"]'), 'one action: the retry, not Continue as well').to.equal(null);
      await click(el, '[part="retry"]');
      await atStep(el, 'review');
      expect(text(el, '[part="summary"]')).to.contain('Granite Harbor Trust ••••4444');
    });
  }

  it('payments.addFundingAccount timed out: the typed bank account stays and Try again sends it again', async () => {
    const { el, faults } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toFrom(el);
    await fillNewBank(el);
    faults.set('payments.addFundingAccount', { timeout: true, times: 1 });
    await click(el, '[part~="continue"]');
    await expectError(el, 'timeout');
    expect($<HTMLInputElement>(el, '#confirmAccountNumber')!.value).to.equal('55554444');
    await click(el, '[part="retry"]');
    await atStep(el, 'review');
  });

  for (const fault of [{ malformed: true }, { dropResponse: true }]) {
    it(`payments.addFundingAccount ${Object.keys(fault)[0]}: finds the account it saved instead of failing or saving it twice`, async () => {
      const { el, store, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
      const before = store.fundingAccounts.length;
      await toFrom(el);
      await fillNewBank(el);
      faults.set('payments.addFundingAccount', { ...fault, times: 1 });
      await continueTo(el, 'review');
      expect(store.fundingAccounts).to.have.length(before + 1);
      expect(provider.calls.filter((c) => c.route === 'payments.addFundingAccount')).to.have.length(1);
      expect(text(el, '[part="summary"]')).to.contain('Granite Harbor Trust ••••4444');
    });
  }

  it('payments.addFundingAccount lost and not found: says so and keeps the input', async () => {
    const { el, faults } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toFrom(el);
    await fillNewBank(el);
    faults.set('payments.addFundingAccount', { error: 'network', times: 1 });
    faults.set('payments.listFundingAccounts', { error: 'network', times: 1 });
    await click(el, '[part~="continue"]');
    await expectError(el, 'network');
    expect($<HTMLInputElement>(el, '#accountNumber')!.value).to.equal('55554444');
  });

  it('payments.lookupRoutingNumber failing or malformed: no bank name, nothing else changes', async () => {
    const { el, faults } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toFrom(el);
    faults.set('payments.lookupRoutingNumber', { error: 'unavailable' });
    await fillNewBank(el);
    await el.updateComplete;
    expect($(el, '#routingNumber-note')).to.equal(null);
    faults.set('payments.lookupRoutingNumber', { malformed: true });
    await fill(el, '#routingNumber', '011000015');
    await el.updateComplete;
    expect($(el, '#routingNumber-note')).to.equal(null);
    expect($(el, '[part="error"]')).to.equal(null);
    faults.clear();
    await fill(el, '#routingNumber', '999999999');
    expect($(el, '#routingNumber-note')).to.equal(null);
    await continueTo(el, 'from');
    expect(text(el, '#routingNumber-error')).to.contain('first two digits');
  });

  for (const code of ['unauthorized', 'forbidden', 'not-found', 'validation', 'conflict', 'rate-limited', 'unavailable'] as const) {
    it(`payments.submitPayment ${code}: message, no payment, ${RETRYABLE(code) ? 'retry with the same key' : 'edit and review again'}`, async () => {
      const { el, store, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
      const before = store.payments.length;
      await toReview(el);
      faults.set('payments.submitPayment', { error: code, times: 1 });
      const failed = new Promise<PaymentFormFailedDetail>((resolve) => el.addEventListener('tessera-payment-form-failed', (e) => resolve(e.detail)));
      await authorizeAndSubmit(el);
      expect(await failed).to.deep.equal({ action: 'submit', code, accountId: MOCK_IDS.cardAccount });
      await expectError(el, code);
      expect(store.payments).to.have.length(before);
      expect($(el, '[part~="unconfirmed"]')).to.equal(null);
      expect($(el, '[part="edit"]'), 'the customer can change the payment').not.to.equal(null);
      const target = RETRYABLE(code) ? 'retry' : 'continue';
      // One action per failure: "Try again", or (when trying again cannot help) "Submit payment", never both.
      expect($$(el, '[part~="retry"], [part~="continue"]'), 'one action').to.have.length(1);
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === target, `focus on ${target}`);
      await expect(el).to.be.accessible();
      if (!RETRYABLE(code)) return;
      await click(el, '[part="retry"]');
      await atStep(el, 'result');
      const keys = provider.calls.filter((c) => c.route === 'payments.submitPayment').map((c) => (c.args[0] as { idempotencyKey: string }).idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(store.payments).to.have.length(before + 1);
    });
  }

  it('payments.submitPayment validation with field errors lists the lender\'s words', async () => {
    const { el, faults } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    faults.set('payments.submitPayment', {
      error: 'validation',
      times: 1,
      fieldErrors: [{ field: 'date', message: 'Payments cannot be made on that date.' }],
    });
    await authorizeAndSubmit(el);
    await shown(el, '[part="error"]');
    expect(text(el, 'form')).to.contain('Payments cannot be made on that date.');
  });
});
