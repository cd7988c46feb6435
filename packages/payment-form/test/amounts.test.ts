import { expect } from '@open-wc/testing';
import { createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';
import type { AutoPayEnrollment } from '@tessera/core';
import { $, atStep, authorizeAndSubmit, click, continueTo, editFromReview, fill, mount, press, shown, tabTo, text, toReview, type } from './helpers.js';

const enrollments = (provider: ReturnType<typeof createMemoryProvider>): AutoPayEnrollment[] =>
  provider.calls.filter((c) => c.route === 'payments.setAutoPay').map((c) => c.args[1] as AutoPayEnrollment);

describe('<tessera-payment-form> Auto Pay amounts below what is due', () => {
  it('a fixed amount below the card’s minimum due warns as a one-time payment does, and may be set up', async () => {
    const { el, store } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'autopay');
    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    await click(el, '#rule-2');
    await fill(el, '#fixed', '10');
    const warning = 'This is less than your minimum due of $35.00. You may be charged a late fee.';
    expect(text(el, '#fixed-note')).to.equal(warning);
    expect($(el, '#fixed-note')!.classList.contains('warning')).to.equal(true);
    expect($(el, '#fixed')!.getAttribute('aria-describedby')).to.contain('fixed-note');
    await expect(el).to.be.accessible();
    await continueTo(el, 'autopay-review');
    expect(text(el, 'form')).to.contain(warning);
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    expect(store.autoPay[MOCK_IDS.cardAccount]!.fixedAmount).to.deep.equal({ amount: 1000, currency: 'USD' });
  });

  it('a fixed $10.00 on a loan with $486.12 due is refused where the lender forbids it, under the field (keyboard only)', async () => {
    const { el, provider } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await tabTo(el, '[part="change"]');
    await press('Enter');
    await atStep(el, 'autopay-edit');
    await tabTo(el, '#rule');
    await press('ArrowDown');
    await tabTo(el, '#fixed');
    await type('10');
    // Leaving the field says it at once; Continue says it again and stays.
    await press('Tab');
    await shown(el, '#fixed-error');
    const refusal = 'Auto Pay must pay at least your amount due of $486.12.';
    expect(text(el, '#fixed-error')).to.equal(refusal);
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    expect(el.step).to.equal('autopay-edit');
    expect(text(el, '[part="error-summary"]')).to.contain(refusal);
    expect(enrollments(provider)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await fill(el, '#fixed', '500');
    await continueTo(el, 'autopay-review');
    expect(text(el, '[part="summary"]')).to.contain('Amount $500.00');
  });

  it('shows the lender’s own refusal of a fixed amount', async () => {
    const store = createMockStore();
    // The form lets it through (no rule from the lender); the lender refuses it anyway.
    delete store.paymentOptions[MOCK_IDS.activeLoan]!.autopayBelowDue;
    const { el, faults } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan, store });
    await atStep(el, 'autopay');
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await click(el, '#rule-1');
    await fill(el, '#fixed', '10');
    await continueTo(el, 'autopay-review');
    faults.set('payments.setAutoPay', {
      error: 'validation',
      times: 1,
      fieldErrors: [{ field: 'fixedAmount', message: 'Auto Pay must pay at least the amount due of $486.12.' }],
    });
    await click(el, '#authorize');
    await click(el, '[part~="continue"]');
    await shown(el, '[part="error"]');
    expect(text(el, 'form')).to.contain('Auto Pay must pay at least the amount due of $486.12.');
  });
});

describe('<tessera-payment-form> will this post on time?', () => {
  it('considers the amount, not only the date', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    await fill(el, '#other', '20');
    await continueTo(el, 'review');
    expect(text(el, '[part="on-time"]')).to.equal('Will this post on time? No. $20.00 is less than the $35.00 due, so a late fee may apply.');
    expect($(el, '[part="on-time"]')!.classList.contains('warning')).to.equal(true);

    await editFromReview(el, 'date');
    expect(text(el, '#date-note')).to.equal('Will this post on time? No. $20.00 is less than the $35.00 due, so a late fee may apply.');
    await fill(el, '#date', '2026-11-27');
    expect(text(el, '#date-note')).to.equal(
      'Will this post on time? No. November 27, 2026 is after your due date of November 25, 2026, and $20.00 is less than the $35.00 due, so a late fee may apply.',
    );
    await fill(el, '#date', '2026-11-24');
    await continueTo(el, 'review');
    await editFromReview(el, 'amount');
    await click(el, '#amount');
    await continueTo(el, 'review');
    expect(text(el, '[part="on-time"]')).to.equal(
      'Will this post on time? Yes. It posts on November 24, 2026, on or before your due date of November 25, 2026.',
    );
  });

  it('in Spanish too', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, lang: 'es' });
    await click(el, '#amount-3');
    await fill(el, '#other', '20');
    await continueTo(el, 'review');
    expect(text(el, '[part="on-time"]')).to.equal(
      '¿Se acreditará a tiempo? No. $20.00 es menos que el monto adeudado de $35.00; podría aplicarse un cargo por pago tardío.',
    );
  });
});

describe('<tessera-payment-form> a one-time payment on an account with Auto Pay', () => {
  it('shows the next automatic payment (date, amount) before review, and on it', async () => {
    const { el, provider } = await mount({ accountId: MOCK_IDS.activeLoan, ready: '[part="autopay-note"]' });
    const note = 'Auto Pay is on: $511.12 will also be paid automatically on December 1, 2026. This payment doesn’t replace it.';
    expect(text(el, '[part="autopay-note"]')).to.equal(note);
    expect(provider.calls.map((c) => c.route)).to.include('payments.getAutoPay');
    await expect(el).to.be.accessible();
    await toReview(el);
    expect(text(el, '[part="autopay-note"]')).to.equal(note);
    await authorizeAndSubmit(el);
    await atStep(el, 'result');
  });

  it('in Spanish, and without the draft’s amount when the lender does not know it yet', async () => {
    const store = createMockStore();
    const provider = createMemoryProvider(store);
    const getAutoPay = provider.payments.getAutoPay;
    provider.payments.getAutoPay = async (id, options) => {
      const settings = await getAutoPay(id, options);
      if (settings.nextDraft) delete settings.nextDraft.amount;
      return settings;
    };
    const { el } = await mount({ accountId: MOCK_IDS.activeLoan, lang: 'es', provider, ready: '[part="autopay-note"]' });
    expect(text(el, '[part="autopay-note"]')).to.equal(
      'El pago automático está activado: su próximo pago automático es el 1 de diciembre de 2026. Este pago no lo reemplaza.',
    );
  });

  it('says nothing when Auto Pay is off, or when the provider cannot say', async () => {
    const card = await mount({ accountId: MOCK_IDS.cardAccount });
    await atStep(card.el, 'amount');
    expect($(card.el, '[part="autopay-note"]')).to.equal(null);
    const provider = createMemoryProvider();
    const payments: Partial<typeof provider.payments> = { ...provider.payments };
    delete payments.getAutoPay;
    const { el } = await mount({ accountId: MOCK_IDS.activeLoan, provider: { ...provider, payments } as typeof provider });
    await atStep(el, 'amount');
    expect($(el, '[part="autopay-note"]')).to.equal(null);
    await toReview(el);
  });
});

describe('<tessera-payment-form> typed amounts, in either decimal style', () => {
  for (const [lang, hint] of [
    ['en', 'For example, 1,234.56'],
    ['es', 'Por ejemplo, 1,234.56'],
  ] as const) {
    it(`reads 1,234.56, 1.234,56, 100,50 and 1 234,56 alike (${lang})`, async () => {
      const { el } = await mount({ accountId: MOCK_IDS.cardAccount, lang });
      await click(el, '#amount-3');
      expect(text(el, '#other-hint')).to.equal(hint);
      for (const [typed, shown] of [
        ['1,234.56', '$1,234.56'],
        ['1.234,56', '$1,234.56'],
        ['1 234,56', '$1,234.56'],
        ['$1,234', '$1,234.00'],
        ['100,50', '$100.50'],
        ['100.50', '$100.50'],
      ] as const) {
        await fill(el, '#other', typed);
        await continueTo(el, 'review');
        expect(text(el, '[part="summary"]'), typed).to.contain(shown);
        await editFromReview(el, 'amount');
        expect($<HTMLInputElement>(el, '#other')!.value, 'what was typed stays').to.equal(typed);
      }
    });
  }

  it('asks which amount a period before three digits means, keeping what was typed (keyboard, en)', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    await tabTo(el, '#other');
    await type('1.234');
    await press('Enter');
    await shown(el, '#other-error');
    expect(el.step).to.equal('amount');
    const explained = 'We can’t tell if you mean $1,234.00 or $1.23: write $1,234.00 with a comma, or $1.23 with two digits after the period.';
    expect(text(el, '#other-error')).to.equal(explained);
    expect(text(el, '[part="live"]')).to.equal(`There is 1 problem to fix. ${explained}`);
    const input = $<HTMLInputElement>(el, '#other')!;
    expect(input.value).to.equal('1.234');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('other');
    await expect(el).to.be.accessible();
    // Written as it suggests, either way goes through.
    await fill(el, '#other', '$1.23');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Amount $1.23');
  });

  it('asks in Spanish too, and on leaving the field', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, lang: 'es' });
    await click(el, '#amount-3');
    await tabTo(el, '#other');
    await type('1.000');
    await press('Tab');
    await shown(el, '#other-error');
    expect(text(el, '#other-error')).to.equal(
      'No sabemos si quiere decir $1,000.00 o $1.00: escriba $1,000.00 con coma, o $1.00 con dos dígitos después del punto.',
    );
    expect($<HTMLInputElement>(el, '#other')!.value).to.equal('1.000');
    await fill(el, '#other', '1,000');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Monto $1,000.00');
  });

  it('asks about the Auto Pay fixed and extra amounts too', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    await fill(el, '#extra', '2.500');
    await click(el, '[part~="continue"]');
    expect(el.step).to.equal('autopay-edit');
    expect(text(el, '#extra-error')).to.equal(
      'We can’t tell if you mean $2,500.00 or $2.50: write $2,500.00 with a comma, or $2.50 with two digits after the period.',
    );
    expect($<HTMLInputElement>(el, '#extra')!.value).to.equal('2.500');
  });
});
