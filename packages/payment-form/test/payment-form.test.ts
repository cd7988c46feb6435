import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import {
  $,
  $$,
  atStep,
  authorizeAndSubmit,
  click,
  continueTo,
  editFromReview,
  fill,
  focused,
  mount,
  press,
  shown,
  tabTo,
  text,
  toDate,
  toReview,
  type,
} from './helpers.js';

const live = (el: Element): string => text(el, '[part="live"]');

describe('<tessera-payment-form> one-time payments', () => {
  it('pays with a saved bank account by keyboard only (en), focus on each heading, axe clean on each step', async () => {
    const { el, store } = await mount();
    const before = store.payments.length;
    const steps: string[] = [];
    el.addEventListener('tessera-payment-form-step-changed', (e) => steps.push(e.detail.step));
    expect(el.step).to.equal('account');
    expect(text(el, '#heading')).to.equal('Choose an account');
    expect(text(el, '[part="progress"]')).to.equal('Step 1 of 3');
    await expect(el).to.be.accessible();
    await tabTo(el, '#account');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');

    await atStep(el, 'amount');
    expect(focused(el)?.id).to.equal('heading');
    expect(text(el, '#heading')).to.equal('How much do you want to pay?');
    expect(text(el, '[part="progress"]')).to.equal('Step 2 of 3');
    expect(text(el, '[part="account"]')).to.contain('Harborview Everyday Rewards Visa ••••4821');
    await expect(el).to.be.accessible();
    // The lender's suggestion (the statement balance) is chosen already: Enter goes on.
    await tabTo(el, '#amount-1');
    await press('Enter');

    // The earliest on-time date and the preferred bank account need no step of their own.
    await atStep(el, 'review');
    expect(focused(el)?.id).to.equal('heading');
    expect(text(el, '[part="progress"]')).to.equal('Step 3 of 3');
    expect(text(el, '[part="summary"]')).to.contain('$1,284.37');
    expect(text(el, '[part="summary"]')).to.contain('November 23, 2026');
    expect(text(el, '[part="summary"]')).to.contain('Lakeshore Community Bank ••••6789 (Checking)');
    expect(text(el, '[part="on-time"]')).to.contain('Will this post on time? Yes.');
    expect(text(el, '[part="authorization"]')).to.contain('authorize Harborview Bank');
    await expect(el).to.be.accessible();
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    expect(text(el, '#authorize-error')).to.equal('Check the box to authorize this payment.');
    expect(focused(el)?.id).to.equal('authorize');
    await expect(el).to.be.accessible();
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    const submitted = oneEvent(el, 'tessera-payment-form-submitted');
    await press('Enter');
    const { detail } = await submitted;

    await atStep(el, 'result');
    expect(focused(el)?.id).to.equal('heading');
    const payment = store.payments.at(-1)!;
    expect(store.payments).to.have.length(before + 1);
    expect(detail).to.deep.equal({
      confirmationNumber: payment.confirmationNumber,
      amount: { amount: 128437, currency: 'USD' },
      date: '2026-11-23',
      accountId: MOCK_IDS.cardAccount,
    });
    expect(text(el, '#heading')).to.equal('Payment scheduled');
    expect(text(el, '[part="confirmation-number"]')).to.equal(payment.confirmationNumber);
    expect(live(el)).to.contain(`Confirmation number ${payment.confirmationNumber}`);
    expect(steps).to.deep.equal(['amount', 'review', 'result']);
    await expect(el).to.be.accessible();

    await tabTo(el, '[part="another"]');
    await press('Enter');
    await atStep(el, 'account');
    expect($<HTMLInputElement>(el, '#account')!.checked).to.equal(false);
  });

  it('adds a bank account and pays another amount by keyboard only (es)', async () => {
    const { el, store, provider } = await mount({ lang: 'es' });
    const before = store.payments.length;
    expect(text(el, '#heading')).to.equal('Elija una cuenta');
    await tabTo(el, '#account');
    await press(' ');
    await press('Enter');
    await atStep(el, 'amount');
    expect(text(el, '#heading')).to.equal('¿Cuánto quiere pagar?');
    await tabTo(el, '#amount-1');
    for (let i = 0; i < 2; i++) await press('ArrowDown');
    await tabTo(el, '#other');
    await type('1,234.56');
    await press('Enter');
    await atStep(el, 'review');
    expect(text(el, '[part="on-time"]')).to.contain('¿Se acreditará a tiempo? Sí.');
    await tabTo(el, '#edit-from');
    await press('Enter');
    await atStep(el, 'from');
    await tabTo(el, '#funding');
    await press('ArrowDown');
    await press('ArrowDown');
    await tabTo(el, '#holderName');
    await type('Jordan Rivera');
    await tabTo(el, '#routingNumber');
    await type('121000358');
    await shown(el, '#routingNumber-note');
    expect(text(el, '#routingNumber-note')).to.equal('Banco: Pacific Crest Bank');
    await tabTo(el, '#accountNumber');
    await type('000123456789');
    await tabTo(el, '#confirmAccountNumber');
    await type('000123456789');
    await tabTo(el, '#accountType');
    await expect(el).to.be.accessible();
    await press('Enter');
    await atStep(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Monto $1,234.56');
    expect(text(el, '[part="summary"]')).to.contain('Pacific Crest Bank ••••6789 (Cheques)');
    await tabTo(el, '#authorize');
    await press(' ');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'result');
    expect(store.payments).to.have.length(before + 1);
    const payment = store.payments.at(-1)!;
    expect(payment.amount.amount).to.equal(123456);
    const added = store.fundingAccounts.at(-1)!;
    expect(payment.fundingAccountId).to.equal(added.id);
    expect(provider.calls.find((c) => c.route === 'payments.addFundingAccount')!.args[0]).to.deep.equal({
      holderName: 'Jordan Rivera',
      routingNumber: '121000358',
      accountNumber: '000123456789',
      type: 'checking',
    });
    expect(text(el, '#heading')).to.equal('Pago programado');
    expect(live(el)).to.contain('Pago confirmado');
  });

  it('schedules a payment for a later date by keyboard (en)', async () => {
    const { el, store } = await mount({ accountId: MOCK_IDS.activeLoan });
    expect(text(el, '[part="progress"]')).to.equal('Step 1 of 2');
    expect($(el, '[part~="back"]'), 'no way back to a fixed account').to.equal(null);
    expect(text(el, '[part="account"]')).to.contain('2023 Subaru Outback');
    await tabTo(el, '#amount');
    await press('Enter');
    await atStep(el, 'review');
    await tabTo(el, '#edit-date');
    await press('Enter');
    await atStep(el, 'date');
    expect(text(el, '.picks')).to.contain('Due date: December 1, 2026');
    await tabTo(el, '.picks button:last-child');
    await press('Enter');
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('2026-12-01');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'review');
    expect(text(el, '[part="on-time"]')).to.contain('Yes. It posts on December 1, 2026');
    await authorizeAndSubmit(el);
    await atStep(el, 'result');
    const payment = store.payments.at(-1)!;
    expect(payment.date).to.equal('2026-12-01');
    expect(payment.status).to.equal('scheduled');
  });

  it('checks the amount inline, keeps what was typed, and warns below the minimum due', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    const cases: Array<[string, string]> = [
      ['0', 'Enter an amount greater than zero.'],
      ['-5', 'Enter an amount greater than zero.'],
      ['10.5555', 'Use no more than two decimal places.'],
      ['1,23.4', 'Enter an amount in dollars and cents, like 1,234.56.'],
      ['1.234', 'We can’t tell if you mean $1,234.00 or $1.23: write $1,234.00 with a comma, or $1.23 with two digits after the period.'],
      ['1,500.00', 'The most you can pay is $1,402.19.'],
      ['', 'Enter an amount.'],
    ];
    for (const [typed, message] of cases) {
      await fill(el, '#other', typed);
      await click(el, '[part~="continue"]');
      expect(el.step).to.equal('amount');
      expect(text(el, '#other-error'), typed).to.equal(message);
      const input = $<HTMLInputElement>(el, '#other')!;
      expect(input.value, 'what was typed stays').to.equal(typed);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('other-error');
      expect(focused(el)).to.equal(input);
      expect(text(el, '[part="error-summary"]')).to.contain(message);
      expect(live(el)).to.contain(message);
    }
    await expect(el).to.be.accessible();
    await fill(el, '#other', '20');
    expect($(el, '#other-error'), 'the error goes once the field changes').to.equal(null);
    expect(text(el, '#other-note')).to.equal('This is less than your minimum due of $35.00. You may be charged a late fee.');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('$20.00');
    expect(text(el, '[part="on-time"]')).to.equal('Will this post on time? No. $20.00 is less than the $35.00 due, so a late fee may apply.');
  });

  it('says "choose an amount" when there is nothing to pick', async () => {
    const store = createMockStore();
    const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount)!;
    if (card.kind === 'card') card.minimumDue = card.statementBalance = { amount: 0, currency: 'USD' };
    store.paymentOptions[MOCK_IDS.cardAccount]!.maxAmount = { amount: 0, currency: 'USD' };
    const { el } = await mount({ store, accountId: MOCK_IDS.cardAccount });
    expect($(el, '#amount-1'), 'only "Other amount"').to.equal(null);
    await continueTo(el, 'amount');
    expect(text(el, '#amount-error')).to.equal('Choose an amount.');
    expect($(el, '#amount')!.getAttribute('aria-describedby')).to.contain('amount-error');
    expect(focused(el)?.id).to.equal('amount');
    expect(live(el)).to.contain('There is 1 problem to fix.');
  });

  it('error summary entries move focus to their field', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toReview(el);
    await click(el, '[part~="continue"]');
    await shown(el, '[part="error-summary"] button');
    $<HTMLInputElement>(el, '#heading')!.focus();
    await click(el, '[part="error-summary"] button');
    expect(focused(el)?.id).to.equal('authorize');
  });

  it('refuses closed days, suggests the next business day and warns about a late fee', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toDate(el);
    const input = $<HTMLInputElement>(el, '#date')!;
    expect(input.min).to.equal('2026-11-23');
    expect(input.max).to.equal('2027-02-19');
    expect(text(el, '#date-hint')).to.contain('5:00 PM (America/Chicago)');
    await fill(el, '#date', '2026-11-26');
    await click(el, '[part~="continue"]');
    expect(text(el, '#date-error')).to.equal('November 26, 2026 is not a business day. The next business day is November 27, 2026.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value).to.equal('2026-11-26');
    await expect(el).to.be.accessible();
    const use = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent.includes('Use November 27, 2026'))!;
    use.click();
    await el.updateComplete;
    expect(input.value).to.equal('2026-11-27');
    expect($(el, '#date-error')).to.equal(null);
    expect(text(el, '#date-note')).to.equal(
      'Will this post on time? No. November 27, 2026 is after your due date of November 25, 2026, so a late fee may apply.',
    );
    expect($(el, '#date-note')!.classList.contains('warning')).to.equal(true);
    for (const [date, message] of [
      ['2026-11-20', 'The earliest date you can choose is November 23, 2026.'],
      ['2027-03-01', 'The latest date you can choose is February 19, 2027.'],
      ['', 'Choose a payment date.'],
    ]) {
      await fill(el, '#date', date!);
      await click(el, '[part~="continue"]');
      expect(text(el, '#date-error')).to.equal(message);
    }
    await click(el, '.picks button:last-child');
    expect(input.value).to.equal('2026-11-25');
    await continueTo(el, 'review');
  });

  it('honours min-date and max-date from the host', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, minDate: '2026-11-28', maxDate: '2026-12-15' });
    await click(el, '#amount');
    await continueTo(el, 'date');
    const input = $<HTMLInputElement>(el, '#date')!;
    expect(input.min).to.equal('2026-11-30');
    expect(input.max).to.equal('2026-12-15');
    expect(input.value).to.equal('2026-11-30');
  });

  it('checks a new bank account field by field, keeps what was typed, and ties errors to fields', async () => {
    // No preferred bank account among two: the customer chooses, on a step of its own.
    const store = createMockStore();
    for (const account of store.fundingAccounts) delete account.preferred;
    const { el, provider } = await mount({ store, accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount');
    await continueTo(el, 'from');
    expect(text(el, '[part="progress"]')).to.equal('Step 2 of 3');
    await click(el, '[part~="continue"]');
    expect(text(el, '#funding-error')).to.equal('Choose a bank account.');
    await click(el, '#funding-2');
    await click(el, '[part~="continue"]');
    expect($$(el, '[part="error-summary"] li')).to.have.length(4);
    await expect(el).to.be.accessible();
    await fill(el, '#holderName', 'Jordan Rivera');
    await fill(el, '#routingNumber', '021000022');
    await fill(el, '#accountNumber', '12345678');
    await fill(el, '#confirmAccountNumber', '12345670');
    await click(el, '[part~="continue"]');
    expect(text(el, '#routingNumber-error')).to.equal('This is not a valid routing number. Check each digit.');
    expect(text(el, '#confirmAccountNumber-error')).to.equal('The account numbers do not match.');
    expect($(el, '#holderName-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#routingNumber')!.value).to.equal('021000022');
    expect($<HTMLInputElement>(el, '#confirmAccountNumber')!.value).to.equal('12345670');
    expect($(el, '#confirmAccountNumber')!.getAttribute('aria-describedby')).to.equal('confirmAccountNumber-error');
    expect(focused(el)?.id).to.equal('routingNumber');
    expect(provider.calls.some((c) => c.route === 'payments.addFundingAccount')).to.equal(false);
    await fill(el, '#routingNumber', '12');
    await fill(el, '#accountNumber', '12a4');
    await click(el, '[part~="continue"]');
    expect(text(el, '#routingNumber-error')).to.equal('A routing number has 9 digits.');
    expect(text(el, '#accountNumber-error')).to.equal('Use digits only in the account number.');
    await fill(el, '#routingNumber', '021000021');
    await fill(el, '#accountNumber', '12345670');
    await click(el, '#accountType-1');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Granite Harbor Trust ••••5670 (Savings)');
  });

  it('shows past-due state plainly, and that closed and paid-off accounts take no payment', async () => {
    const store = createMockStore();
    const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount)!;
    card.pastDueAmount = { amount: 3500, currency: 'USD' };
    const { el } = await mount({ store });
    const option = $(el, '#account-detail')!;
    expect(option.textContent).to.contain('Past due: $35.00.');
    const paidOff = $<HTMLInputElement>(el, '#account-2')!;
    expect(paidOff.disabled).to.equal(true);
    expect(text(el, '#account-2-detail')).to.contain('Paid off');
    await expect(el).to.be.accessible();

    const single = await mount({ accountId: MOCK_IDS.paidOffLoan, ready: '[part="empty"]' });
    expect(text(single.el, '[part="empty"]')).to.equal('There is nothing to pay on this account.');
    await expect(single.el).to.be.accessible();
  });

  it('says so when there are no accounts, and shows only the new-account form without saved bank accounts', async () => {
    const store = createMockStore();
    store.accounts = [];
    const none = await mount({ store, ready: '[part="empty"]' });
    expect(text(none.el, '[part="empty"]')).to.equal('You have no accounts to pay.');

    const noBanks = createMockStore();
    noBanks.fundingAccounts = [];
    const { el } = await mount({ store: noBanks, accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount');
    await continueTo(el, 'from');
    expect($(el, '#funding')).to.equal(null);
    expect($(el, '#holderName')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follows lang changes at run time, errors included', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    await click(el, '[part~="continue"]');
    expect(text(el, '#other-error')).to.equal('Enter an amount.');
    el.setAttribute('lang', 'es');
    await waitUntil(() => text(el, '#heading') === '¿Cuánto quiere pagar?');
    expect(text(el, '#other-error')).to.equal('Escriba un monto.');
    expect(text(el, '[part="account"]')).to.contain('Pago mínimo');
    await expect(el).to.be.accessible();
  });

  it('asks the lender again in the new language, keeping what the customer typed and where they are', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await click(el, '#amount-3');
    await fill(el, '#other', '40');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Harborview Everyday Rewards Visa');
    el.setAttribute('lang', 'es');
    await waitUntil(() => text(el, '[part="summary"]').includes('Tarjeta Visa Harborview Everyday Rewards'), 'the account name stayed in English');
    expect(el.step).to.equal('review');
    expect(text(el, '[part="summary"]')).to.contain('Monto $40.00');
    await editFromReview(el, 'amount');
    expect($<HTMLInputElement>(el, '#other')!.value).to.equal('40');
  });

  it('fires no step-change when the host sets properties, and starts over on a new account', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    const steps: string[] = [];
    el.addEventListener('tessera-payment-form-step-changed', (e) => steps.push(e.detail.step));
    await click(el, '#amount');
    await continueTo(el, 'review');
    expect(steps).to.deep.equal(['review']);
    el.accountId = MOCK_IDS.activeLoan;
    await atStep(el, 'amount');
    // A new account: its own usual amount (the loan's amount due), nothing kept from the card.
    expect($<HTMLInputElement>(el, '#amount')!.checked).to.equal(true);
    expect(text(el, 'label[for="amount"]')).to.equal('Amount due');
    el.mode = 'autopay';
    await atStep(el, 'autopay');
    el.accountId = undefined;
    el.mode = 'one-time';
    await atStep(el, 'account');
    expect(steps).to.deep.equal(['review']);
  });

  it('goes back a step, and edits from review return to review', async () => {
    const { el } = await mount();
    await toReview(el);
    await click(el, '[part~="back"]');
    expect(el.step, 'the skipped steps are skipped going back too').to.equal('amount');
    await continueTo(el, 'review');
    const editDate = $$<HTMLButtonElement>(el, '[part="edit"]').find((b) => b.textContent.includes('date'))!;
    editDate.click();
    await atStep(el, 'date');
    await click(el, '[part~="back"]');
    expect(el.step).to.equal('amount');
    await click(el, '[part~="back"]');
    expect(el.step).to.equal('account');
    await continueTo(el, 'amount');
    await click(el, '#amount');
    await continueTo(el, 'review');
    await click(el, '#edit-from');
    await atStep(el, 'from');
    await click(el, '#funding-1');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Prairie State Savings ••••2040 (Savings)');
    await click(el, '[part~="back"]');
    expect(el.step, 'a step the customer answered is on the way back').to.equal('from');
  });

  it('names the missing provider slice', async () => {
    const el = await fixture<TesseraPaymentForm>(html`<tessera-payment-form></tessera-payment-form>`);
    await shown(el, '[part="error"]');
    expect(text(el, '[part="error"]')).to.contain('has no data source for “accounts”');
    const partial = createMemoryProvider();
    const noPayments = await fixture<TesseraPaymentForm>(
      html`<tessera-payment-form .provider=${{ accounts: partial.accounts }} account-id="card-acct-1"></tessera-payment-form>`,
    );
    await shown(noPayments, '[part="error"]');
    expect(text(noPayments, '[part="error"]')).to.contain('“payments”');
    await expect(noPayments).to.be.accessible();
  });
});
