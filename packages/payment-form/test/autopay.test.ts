import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MOCK_IDS } from '@tessera/mocks';
import { $, atStep, click, continueTo, fill, focused, mount, press, shown, tabTo, text, type } from './helpers.js';

describe('<tessera-payment-form mode="autopay">', () => {
  it('enrolls by keyboard only (en)', async () => {
    const { el, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'autopay');
    expect(text(el, '#heading')).to.equal('Auto Pay');
    expect(text(el, '[part="autopay-status"]')).to.equal('Auto Pay is off.');
    await expect(el).to.be.accessible();
    await tabTo(el, '[part="set-up"]');
    await press('Enter');
    await atStep(el, 'autopay-edit');
    expect(focused(el)?.id).to.equal('heading');
    expect(text(el, '#heading')).to.equal('Set up Auto Pay');
    await expect(el).to.be.accessible();
    // The lender's usual choices are made: the statement balance, the preferred account.
    expect($<HTMLInputElement>(el, '#rule-1')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#funding')!.checked).to.equal(true);
    await tabTo(el, '#rule-1');
    await press('ArrowUp');
    await tabTo(el, '#funding');
    await press('ArrowDown');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'autopay-review');
    expect(focused(el)?.id).to.equal('heading');
    expect(text(el, '#heading')).to.equal('Review and authorize Auto Pay');
    await expect(el).to.be.accessible();
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    const changed = oneEvent(el, 'tessera-payment-form-autopay-changed');
    await press('Enter');
    expect((await changed).detail).to.deep.equal({ accountId: MOCK_IDS.cardAccount, enrolled: true, rule: 'minimum-due' });
    await atStep(el, 'autopay');
    expect(focused(el)?.id).to.equal('heading');
    expect(store.autoPay[MOCK_IDS.cardAccount]).to.deep.equal({
      accountId: MOCK_IDS.cardAccount,
      enrolled: true,
      rule: 'minimum-due',
      fundingAccountId: MOCK_IDS.savings,
      startDate: '2026-11-23',
    });
    expect(text(el, '[part="autopay-status"]')).to.equal('Auto Pay is on.');
    expect(text(el, '[part="summary"]')).to.contain('Minimum due');
    expect(text(el, '[part="summary"]')).to.contain('Prairie State Savings ••••2040');
    expect(text(el, '[part="live"]')).to.equal(
      'Auto Pay is on, starting November 23, 2026. We sent a copy of your authorization by email to j••••••@example.com.',
    );
    await expect(el).to.be.accessible();
  });

  it('edits an enrollment to a fixed amount by keyboard only (es)', async () => {
    const { el, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan, lang: 'es' });
    await atStep(el, 'autopay');
    expect(text(el, '[part="autopay-status"]')).to.equal('El pago automático está activado.');
    expect(text(el, '[part="summary"]')).to.contain('Monto adeudado');
    expect(text(el, '[part="summary"]')).to.contain('Monto adicional $25.00');
    await tabTo(el, '[part="change"]');
    await press('Enter');
    await atStep(el, 'autopay-edit');
    expect(text(el, '#heading')).to.equal('Cambiar el pago automático');
    expect($<HTMLInputElement>(el, '#rule')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#extra')!.value).to.equal('25.00');
    // The lender sends its words in both languages: the Spanish page shows the Spanish ones.
    expect(text(el, '#extra-note')).to.contain('saldo de capital');
    expect($<HTMLInputElement>(el, '#funding')!.checked).to.equal(true);
    await tabTo(el, '#rule');
    await press('ArrowDown');
    await tabTo(el, '#fixed');
    await type('500.5');
    await tabTo(el, '#extra');
    await type('1,000');
    await press('Enter');
    await atStep(el, 'autopay-review');
    expect(text(el, '#heading')).to.equal('Revise y autorice el pago automático');
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.activeLoan]).to.include({ rule: 'fixed', fundingAccountId: MOCK_IDS.checking });
    expect(store.autoPay[MOCK_IDS.activeLoan]!.fixedAmount).to.deep.equal({ amount: 50050, currency: 'USD' });
    expect(store.autoPay[MOCK_IDS.activeLoan]!.extraAmount).to.deep.equal({ amount: 100000, currency: 'USD' });
    expect(text(el, '[part="summary"]')).to.contain('$500.50');
    await expect(el).to.be.accessible();
  });

  it('asks before turning Auto Pay off; keeping it changes nothing', async () => {
    const { el, store, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await tabTo(el, '[part="turn-off"]');
    await press('Enter');
    await atStep(el, 'autopay-cancel');
    expect(text(el, '#heading')).to.equal('Turn off Auto Pay?');
    expect(focused(el)?.id).to.equal('heading');
    await expect(el).to.be.accessible();
    await tabTo(el, '[part="keep"]');
    await press('Enter');
    await atStep(el, 'autopay');
    expect(provider.calls.some((c) => c.route === 'payments.cancelAutoPay')).to.equal(false);
    expect(store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(true);

    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    await tabTo(el, '[part="confirm-turn-off"]');
    const changed = oneEvent(el, 'tessera-payment-form-autopay-changed');
    await press('Enter');
    expect((await changed).detail).to.deep.equal({ accountId: MOCK_IDS.activeLoan, enrolled: false });
    await atStep(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(false);
    expect(text(el, '[part="autopay-status"]')).to.equal('Auto Pay is off.');
    expect(text(el, '[part="live"]')).to.equal('Auto Pay is off. No more automatic payments will be made.');
  });

  it('turns Auto Pay off in Spanish, choosing the account first', async () => {
    const { el, store } = await mount({ mode: 'autopay', lang: 'es' });
    expect(el.step).to.equal('account');
    expect($(el, '[part="progress"]')).to.equal(null);
    await tabTo(el, '#account');
    await press('ArrowDown');
    await press('Enter');
    await atStep(el, 'autopay');
    expect(text(el, '#heading')).to.equal('Pago automático');
    await tabTo(el, '[part="turn-off"]');
    await press('Enter');
    await atStep(el, 'autopay-cancel');
    expect(text(el, '#heading')).to.equal('¿Desactivar el pago automático?');
    await tabTo(el, '[part="confirm-turn-off"]');
    await press('Enter');
    await atStep(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(false);
    expect(text(el, '[part="live"]')).to.equal('El pago automático está desactivado. No se harán más pagos automáticos.');
  });

  it('checks the Auto Pay form and keeps what was typed', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'autopay');
    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#extra', '1,2,3');
    await fill(el, '#date', '2026-11-26');
    await click(el, '[part~="continue"]');
    expect(text(el, '#extra-error')).to.equal('Enter an amount in dollars and cents, like 1,234.56.');
    expect(text(el, '#date-error')).to.contain('is not a business day');
    expect($(el, '#rule-error'), 'the usual amount is chosen').to.equal(null);
    expect($(el, '#funding-error'), 'the preferred account is chosen').to.equal(null);
    expect($<HTMLInputElement>(el, '#extra')!.value).to.equal('1,2,3');
    expect(focused(el)?.id).to.equal('extra');
    await expect(el).to.be.accessible();
    await click(el, '#rule-2');
    await click(el, '[part~="continue"]');
    expect(text(el, '#fixed-error')).to.equal('Enter an amount.');
    await fill(el, '#fixed', '99999');
    await click(el, '[part~="continue"]');
    expect(text(el, '#fixed-error')).to.equal('The most you can pay is $1,402.19.');
    await click(el, '[part="cancel"]');
    await atStep(el, 'autopay');
  });

  it('adds a bank account for Auto Pay', async () => {
    const { el, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'autopay');
    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    await click(el, '#rule-1');
    await click(el, '#funding-2');
    await fill(el, '#holderName', 'Jordan Rivera');
    await fill(el, '#routingNumber', '011000015');
    await fill(el, '#accountNumber', '11112222');
    await fill(el, '#confirmAccountNumber', '11112222');
    await continueTo(el, 'autopay-review');
    expect(text(el, '[part="summary"]')).to.contain('Northgate Federal Bank ••••2222');
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    const added = store.fundingAccounts.at(-1)!;
    expect(store.autoPay[MOCK_IDS.cardAccount]).to.include({ rule: 'statement-balance', fundingAccountId: added.id });
    expect(text(el, '[part="summary"]')).to.contain('Northgate Federal Bank ••••2222');
  });

  it('shows getAutoPay failures with a working retry', async () => {
    const { el } = await mount({
      mode: 'autopay',
      accountId: MOCK_IDS.cardAccount,
      faults: [['payments.getAutoPay', { error: 'unavailable', times: 1 }]],
      ready: '[part="error"]',
    });
    expect(text(el, '[part="error"]')).to.contain('temporarily unavailable');
    await click(el, '[part="retry"]');
    await atStep(el, 'autopay');
  });

  it('shows malformed Auto Pay settings as an error', async () => {
    const { el } = await mount({
      mode: 'autopay',
      accountId: MOCK_IDS.cardAccount,
      faults: [['payments.getAutoPay', { malformed: true, times: 1 }]],
      ready: '[part="error"]',
    });
    expect($(el, '[part="error"]')!.dataset.code).to.equal('invalid-data');
  });

  it('keeps the form when saving fails, and retries', async () => {
    const { el, faults, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#extra', '40');
    await continueTo(el, 'autopay-review');
    await click(el, '#authorize');
    faults.set('payments.setAutoPay', { error: 'timeout', times: 1 });
    const failed = oneEvent(el, 'tessera-payment-form-failed');
    await click(el, '[part~="continue"]');
    expect((await failed).detail).to.deep.equal({ action: 'autopay-enroll', code: 'timeout', accountId: MOCK_IDS.activeLoan });
    await shown(el, '[part="error"]');
    expect(el.step).to.equal('autopay-review');
    expect(text(el, '[part="summary"]')).to.contain('$40.00');
    expect($(el, '[part~="continue"]'), 'one action: Try again').to.equal(null);
    await expect(el).to.be.accessible();
    await click(el, '[part="retry"]');
    await atStep(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.activeLoan]!.extraAmount).to.deep.equal({ amount: 4000, currency: 'USD' });

    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await continueTo(el, 'autopay-review');
    await click(el, '#authorize');
    faults.set('payments.setAutoPay', { error: 'validation', times: 1, fieldErrors: [{ field: 'startDate', message: 'Choose a later date.' }] });
    await click(el, '[part~="continue"]');
    await shown(el, '[part="error"]');
    expect(text(el, 'form')).to.contain('Choose a later date.');
  });

  it('keeps Auto Pay on when turning it off fails, and retries', async () => {
    const { el, faults, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    faults.set('payments.cancelAutoPay', { error: 'network', times: 1 });
    const failed = oneEvent(el, 'tessera-payment-form-failed');
    await click(el, '[part="confirm-turn-off"]');
    expect((await failed).detail).to.deep.equal({ action: 'autopay-cancel', code: 'network', accountId: MOCK_IDS.activeLoan });
    await shown(el, '[part="error"]');
    expect(store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(true);
    expect(el.step).to.equal('autopay-cancel');
    await waitUntil(() => focused(el)?.getAttribute('part') === 'retry', 'focus on retry');
    await expect(el).to.be.accessible();
    await click(el, '[part="retry"]');
    await atStep(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.activeLoan]!.enrolled).to.equal(false);
  });
});
