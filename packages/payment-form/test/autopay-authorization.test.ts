import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createMockStore, MOCK_IDS } from '@tessera/mocks';
import type { AutoPayEnrollment, PaymentRequest } from '@tessera/core';
import { $, atStep, authorizeAndSubmit, click, continueTo, fill, mount, press, shown, tabTo, text, toReview, type Mounted } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const enrollments = (provider: Mounted['provider']): AutoPayEnrollment[] =>
  provider.calls.filter((c) => c.route === 'payments.setAutoPay').map((c) => c.args[1] as AutoPayEnrollment);

const payments = (provider: Mounted['provider']): PaymentRequest[] =>
  provider.calls.filter((c) => c.route === 'payments.submitPayment').map((c) => c.args[0] as PaymentRequest);

/** Set up (or Change) and Continue, as it comes: the authorization step. */
async function toAuthorization(el: Mounted['el'], start = '[part="set-up"]'): Promise<void> {
  await atStep(el, 'autopay');
  await click(el, start);
  await atStep(el, 'autopay-edit');
  await continueTo(el, 'autopay-review');
}

describe('<tessera-payment-form> Auto Pay authorization', () => {
  it('asks for an authorization before setting up Auto Pay: what, how much, when, from where, how and by when to stop, consent', async () => {
    const { el, store, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await toAuthorization(el);
    expect(enrollments(provider), 'nothing is saved before the customer authorizes').to.deep.equal([]);
    expect(text(el, '#heading')).to.equal('Review and authorize Auto Pay');
    const terms = text(el, '[part="summary"]');
    for (const term of [
      'Amount Statement balance',
      'First payment November 23, 2026',
      'Then Every month on the same day (the next business day when that is a weekend or holiday)',
      'From Lakeshore Community Bank ••••6789 (Checking)',
      'To stop or change a payment Turn off or change Auto Pay here, or call us, by 5:00 PM (America/Chicago) 3 business days before the payment.',
      'To stop the first payment Not possible: it is less than 3 business days away, so it will be made once you authorize.',
    ]) {
      expect(terms).to.contain(term);
    }
    expect(text(el, '[part="authorization"]')).to.contain('You authorize Harborview Bank to debit the bank account shown each month');
    expect($<HTMLInputElement>(el, '#authorize')!.checked, 'consent is the customer’s to give').to.equal(false);
    await expect(el).to.be.accessible();

    await click(el, '[part~="continue"]');
    expect(text(el, '#authorize-error')).to.equal('Check the box to authorize Auto Pay.');
    expect(enrollments(provider)).to.deep.equal([]);

    const before = Date.now();
    await click(el, '#authorize');
    const changed = oneEvent(el, 'tessera-payment-form-autopay-changed');
    await click(el, '[part~="continue"]');
    await changed;
    await atStep(el, 'autopay');
    const [sent] = enrollments(provider);
    expect(sent).to.include({ rule: 'statement-balance', fundingAccountId: MOCK_IDS.checking, startDate: '2026-11-23' });
    expect(sent!.idempotencyKey).to.match(UUID);
    const { authorization } = sent!;
    expect(authorization).to.include({ version: 'HB-AUTOPAY-2026-03', locale: 'en' });
    expect(Date.parse(authorization.acceptedAt)).to.be.within(before - 1_000, Date.now() + 1_000);
    expect(authorization.text).to.contain('Amount: Statement balance');
    expect(authorization.text).to.contain('From: Lakeshore Community Bank ••••6789 (Checking)');
    expect(authorization.text).to.contain('You authorize Harborview Bank');
    expect(authorization.text, 'plain words, no display controls').not.to.match(/[\u2066-\u2069]/);
    expect(store.authorizations.at(-1)).to.deep.equal({ kind: 'autopay', accountId: MOCK_IDS.cardAccount, record: authorization });
    expect(text(el, '[part="autopay-confirmation"]')).to.equal(
      'Auto Pay is set up. We sent a copy of your authorization by email to j••••••@example.com.',
    );
    await expect(el).to.be.accessible();
  });

  it('asks again for every change, and a retry after a lost answer sends the same key and the same acceptance', async () => {
    const { el, store, faults, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#extra', '40');
    await continueTo(el, 'autopay-review');
    expect(text(el, '[part="summary"]')).to.contain('Extra amount $40.00');
    await click(el, '#authorize');
    faults.set('payments.setAutoPay', { dropResponse: true, times: 1 });
    await click(el, '[part~="continue"]');
    await shown(el, '[part="retry"]');
    expect($(el, '[part~="continue"]'), 'one action: Try again').to.equal(null);
    await click(el, '[part="retry"]');
    await atStep(el, 'autopay');
    const [first, second] = enrollments(provider);
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
    expect(second!.authorization).to.deep.equal(first!.authorization);
    expect(store.authorizations, 'recorded once').to.have.length(1);
    expect(store.autoPay[MOCK_IDS.activeLoan]!.extraAmount).to.deep.equal({ amount: 4000, currency: 'USD' });
    expect(text(el, '[part="autopay-confirmation"]')).to.contain('Your Auto Pay change is saved.');

    // Another change: another authorization, with a new key.
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#extra', '50');
    await continueTo(el, 'autopay-review');
    expect($<HTMLInputElement>(el, '#authorize')!.checked).to.equal(false);
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    const third = enrollments(provider)[2]!;
    expect(third.idempotencyKey).not.to.equal(first!.idempotencyKey);
    expect(store.authorizations).to.have.length(2);
  });

  it('a retry after a language change sends the authorization as it was accepted, not re-read', async () => {
    const { el, store, faults, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await continueTo(el, 'autopay-review');
    await click(el, '#authorize');
    faults.set('payments.setAutoPay', { dropResponse: true, times: 1 });
    await click(el, '[part~="continue"]');
    await shown(el, '[part="retry"]');
    el.setAttribute('lang', 'es');
    await waitUntil(() => text(el, '#heading') === 'Revise y autorice el pago automático');
    await click(el, '[part="retry"]');
    await atStep(el, 'autopay');
    const [first, second] = enrollments(provider);
    expect(first!.authorization.locale).to.equal('en');
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
    expect(second!.authorization, 'the same words, language and time').to.deep.equal(first!.authorization);
    expect(store.authorizations, 'recorded once').to.have.length(1);
  });

  it('on a Spanish page: the lender’s Spanish words, Spanish terms, and the record says Spanish (keyboard only)', async () => {
    const { el, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, lang: 'es' });
    await atStep(el, 'autopay');
    await tabTo(el, '[part="set-up"]');
    await press('Enter');
    await atStep(el, 'autopay-edit');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'autopay-review');
    expect(text(el, '#heading')).to.equal('Revise y autorice el pago automático');
    expect(text(el, '[part="summary"]')).to.contain('Primer pago 23 de noviembre de 2026');
    expect(text(el, '[part="summary"]')).to.contain('Para detener o cambiar un pago');
    expect(text(el, '[part="authorization"]')).to.contain('Usted autoriza a Harborview Bank a debitar cada mes');
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'autopay');
    const { authorization } = enrollments(provider)[0]!;
    expect(authorization).to.include({ version: 'HB-AUTOPAY-2026-03', locale: 'es' });
    expect(authorization.text).to.contain('Monto: Saldo del estado de cuenta');
    expect(authorization.text).to.contain('Usted autoriza a Harborview Bank');
    expect(text(el, '[part="autopay-confirmation"]')).to.equal(
      'El pago automático quedó activado. Le enviamos una copia de su autorización por correo electrónico a j••••••@example.com.',
    );
  });

  it('a lender with English words only: a Spanish page gets the complete Spanish default, recorded as such', async () => {
    const store = createMockStore();
    store.paymentOptions[MOCK_IDS.cardAccount]!.autopayAuthorizationText = { en: 'English only.' };
    const { el, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, lang: 'es', store });
    await toAuthorization(el);
    const words = text(el, '[part="authorization"]');
    expect(words).to.contain('Al marcar la casilla y seleccionar Autorizar el pago automático');
    expect(words).to.contain('al menos 3 días hábiles antes');
    // The button it names is the one on the page.
    expect(text(el, '[part~="continue"]')).to.equal('Autorizar el pago automático');
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    expect(enrollments(provider)[0]!.authorization).to.include({ version: 'tessera-autopay-1', locale: 'es' });
  });

  it('a lender without Auto Pay words: the complete English default, naming the notice the lender gives', async () => {
    const store = createMockStore();
    const options = store.paymentOptions[MOCK_IDS.cardAccount]!;
    delete options.autopayAuthorizationText;
    delete options.autopayAuthorizationVersion;
    options.autopayNoticeDays = 5;
    const { el, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, store });
    await toAuthorization(el);
    const words = text(el, '[part="authorization"]');
    expect(words).to.contain('By checking the box and selecting Authorize Auto Pay, you authorize us to debit the bank account shown');
    expect(words).to.contain('at least 5 business days before it is made');
    expect(text(el, '[part="summary"]')).to.contain('5 business days before the payment');
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    expect(enrollments(provider)[0]!.authorization.version).to.equal('tessera-autopay-1');
  });

  it('when the lender does not say where the copy went, the copy is shown to keep', async () => {
    const store = createMockStore();
    store.authorizationCopy = null;
    const { el, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, store });
    await toAuthorization(el);
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    const confirmation = text(el, '[part="autopay-confirmation"]');
    expect(confirmation).to.contain('Auto Pay is set up. Keep this copy of your authorization:');
    expect(confirmation).to.contain(enrollments(provider)[0]!.authorization.text.replace(/\s+/g, ' '));
  });

  it('the first draft of a later start can still be stopped: the date and time to do it by', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'autopay');
    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#date', '2026-12-07');
    await continueTo(el, 'autopay-review');
    // Three business days before Monday, December 7: Wednesday, December 2.
    expect(text(el, '[part="summary"]')).to.contain('To stop the first payment December 2, 2026, 5:00 PM (America/Chicago)');
  });
});

describe('<tessera-payment-form> turning Auto Pay off', () => {
  it('says the next draft will not be made when it is stopped in time', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    expect(text(el, '[part="summary"]')).to.contain('Next payment $511.12 on December 1, 2026');
    expect(text(el, '[part="summary"]')).to.contain('Change or stop it by Nov 25, 2026, 5:00 PM (America/Chicago)');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    expect(text(el, '.turn-off-text')).to.equal(
      'Your next automatic payment, $511.12 on December 1, 2026, will not be made. You can still make one-time payments.',
    );
    await click(el, '[part="confirm-turn-off"]');
    await atStep(el, 'autopay');
    expect(text(el, '[part="autopay-confirmation"]')).to.equal('No more automatic payments will be made.');
  });

  it('says the next draft still runs when it is too late to stop it, before and after (es)', async () => {
    const store = createMockStore();
    store.autoPay[MOCK_IDS.activeLoan]!.startDate = '2025-06-23';
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan, store, lang: 'es' });
    await atStep(el, 'autopay');
    expect(text(el, '[part="summary"]')).to.contain('Ya no se puede cambiar ni detener: se hará');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    expect(text(el, '.turn-off-text.warning')).to.equal(
      'Ya es tarde para detener su próximo pago automático, $511.12 el 23 de noviembre de 2026: se hará de todos modos. Los pagos siguientes se detienen.',
    );
    await click(el, '[part="confirm-turn-off"]');
    await atStep(el, 'autopay');
    const still = 'Su pago automático de $511.12 del 23 de noviembre de 2026 se hará de todos modos: ya era tarde para detenerlo.';
    expect(text(el, '[part="autopay-confirmation"]')).to.equal(still);
    await waitUntil(() => text(el, '[part="live"]') === `El pago automático está desactivado. ${still}`);
    await expect(el).to.be.accessible();
  });
});

describe('<tessera-payment-form> one-time authorization', () => {
  it('sends the wording version, the language, the time and the words with the payment, the same on a retry', async () => {
    const { el, faults, provider } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    faults.set('payments.submitPayment', { dropResponse: true, times: 1 });
    await authorizeAndSubmit(el);
    await shown(el, '[part~="check-again"]');
    await click(el, '[part~="check-again"]');
    await atStep(el, 'result');
    const [first, second] = payments(provider);
    expect(first!.authorization).to.include({ version: 'HB-ONETIME-2026-03', locale: 'en' });
    expect(first!.authorization!.text).to.contain('Amount: $35.00');
    expect(first!.authorization!.text).to.contain('You authorize Harborview Bank to make a one-time electronic debit');
    expect(second!.authorization).to.deep.equal(first!.authorization);
  });

  it('on a Spanish page: the lender’s Spanish words; with English ones only, the Spanish default naming “Enviar pago”', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, lang: 'es' });
    await toReview(el);
    expect(text(el, '[part="authorization"]')).to.contain('Usted autoriza a Harborview Bank a hacer un único débito electrónico');

    const store = createMockStore();
    store.paymentOptions[MOCK_IDS.cardAccount]!.authorizationText = { en: 'By selecting Submit, you authorize a debit.' };
    const english = await mount({ accountId: MOCK_IDS.cardAccount, lang: 'es', store });
    await toReview(english.el);
    expect(text(english.el, '[part="authorization"]')).to.equal(
      'Al seleccionar Enviar pago, usted autoriza un débito electrónico único de la cuenta bancaria indicada, por el monto y en la fecha indicados.',
    );
    expect(text(english.el, '[part~="continue"]')).to.equal('Enviar pago');
  });

  it('follows a language change on review, the lender’s words included', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    expect(text(el, '[part="authorization"]')).to.contain('You authorize Harborview Bank');
    el.setAttribute('lang', 'es');
    await waitUntil(() => text(el, '[part="authorization"]').includes('Usted autoriza a Harborview Bank'));
  });
});
