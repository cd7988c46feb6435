import { expect } from '@open-wc/testing';
import { createMockStore, MOCK_IDS } from '@tessera/mocks';
import { $, $$, atStep, click, continueTo, fill, focused, mount, press, shown, tabTo, text, toFrom, type } from './helpers.js';

const checked = (el: Element, selector: string): boolean => !!el.shadowRoot!.querySelector<HTMLInputElement>(selector)?.checked;

describe('<tessera-payment-form> fewer steps, same checks', () => {
  it('preselects what the lender says is usual and reaches review in one step (keyboard only)', async () => {
    const { el, store } = await mount({ accountId: MOCK_IDS.cardAccount });
    const steps: string[] = [];
    el.addEventListener('tessera-payment-form-step-changed', (e) => steps.push(e.detail.step));
    await atStep(el, 'amount');
    // The card's lender suggests the statement balance.
    expect(checked(el, '#amount-1')).to.equal(true);
    expect(text(el, 'label[for="amount-1"]')).to.equal('Statement balance');
    expect(text(el, '[part="progress"]')).to.equal('Step 1 of 2');
    await tabTo(el, '#amount-1');
    await press('Enter');
    await atStep(el, 'review');
    expect(text(el, '[part="progress"]')).to.equal('Step 2 of 2');
    // The earliest on-time date and the preferred bank account, each still editable.
    expect(text(el, '[part="summary"]')).to.contain('Payment date November 23, 2026');
    expect(text(el, '[part="summary"]')).to.contain('From Lakeshore Community Bank ••••6789 (Checking)');
    expect($$(el, '[part="edit"]').map((b) => b.id)).to.deep.equal(['edit-amount', 'edit-date', 'edit-from']);
    expect(text(el, '[part="on-time"]')).to.contain('Yes.');
    expect(steps).to.deep.equal(['review']);
    expect(store.fundingAccounts.find((f) => f.preferred)?.id).to.equal(MOCK_IDS.checking);
  });

  it('preselects the amount due when the lender suggests nothing', async () => {
    const loan = await mount({ accountId: MOCK_IDS.activeLoan });
    await atStep(loan.el, 'amount');
    expect(checked(loan.el, '#amount')).to.equal(true);
    expect(text(loan.el, 'label[for="amount"]')).to.equal('Amount due');

    const store = createMockStore();
    delete store.paymentOptions[MOCK_IDS.cardAccount]!.suggestedAmount;
    const card = await mount({ accountId: MOCK_IDS.cardAccount, store });
    await atStep(card.el, 'amount');
    expect(checked(card.el, '#amount')).to.equal(true);
    expect(text(card.el, 'label[for="amount"]')).to.equal('Minimum due');
  });

  it('asks for the date when the earliest one is late, with the late-fee warning', async () => {
    // The host allows nothing before November 30; the card is due November 25.
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, minDate: '2026-11-28' });
    await atStep(el, 'amount');
    expect(text(el, '[part="progress"]')).to.equal('Step 1 of 3');
    await continueTo(el, 'date');
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('2026-11-30');
    expect($(el, '#date-note')!.classList.contains('warning')).to.equal(true);
    await continueTo(el, 'review');
  });

  it('asks for the bank account when none is preferred, or none is saved', async () => {
    const store = createMockStore();
    for (const account of store.fundingAccounts) delete account.preferred;
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, store });
    await atStep(el, 'amount');
    await continueTo(el, 'from');
    expect(checked(el, '#funding') || checked(el, '#funding-1')).to.equal(false);

    const none = createMockStore();
    none.fundingAccounts = [];
    const empty = await mount({ accountId: MOCK_IDS.cardAccount, store: none });
    await atStep(empty.el, 'amount');
    await continueTo(empty.el, 'from');
    expect($(empty.el, '#holderName')).not.to.equal(null);
  });

  it('takes the only saved bank account as the usual one', async () => {
    const store = createMockStore();
    store.fundingAccounts = store.fundingAccounts.filter((f) => f.id === MOCK_IDS.savings);
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount, store });
    await atStep(el, 'amount');
    await continueTo(el, 'review');
    expect(text(el, '[part="summary"]')).to.contain('Prairie State Savings ••••2040');
  });

  it('checks a field when the customer leaves it after typing, without moving focus back or listing it at the top', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await atStep(el, 'amount');
    await tabTo(el, '#amount-1');
    await press('ArrowDown');
    await press('ArrowDown');
    await tabTo(el, '#other');
    // Passing through without typing is not a mistake.
    await press('Tab');
    expect($(el, '#other-error')).to.equal(null);
    $(el, '#other')!.focus();
    await type('12a');
    await press('Tab');
    await shown(el, '#other-error');
    expect(text(el, '#other-error')).to.equal('Enter an amount in dollars and cents, like 1,234.56.');
    expect($(el, '#other')!.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)?.id, 'focus stays where the customer went').not.to.equal('other');
    expect($(el, '[part="error-summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '#other')!.focus();
    await press('End');
    await press('Backspace');
    expect($(el, '#other-error'), 'typing again clears it').to.equal(null);
    await press('Tab');
    expect($(el, '#other-error'), '"12" is an amount').to.equal(null);
  });

  it('checks bank account fields on leaving them, too', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toFrom(el);
    await click(el, '#funding-2');
    $(el, '#routingNumber')!.focus();
    await type('12');
    await press('Tab');
    await shown(el, '#routingNumber-error');
    expect(text(el, '#routingNumber-error')).to.equal('A routing number has 9 digits.');
    expect($(el, '#holderName-error'), 'a field not typed in is not checked').to.equal(null);
    await fill(el, '#routingNumber', '021000021');
    expect($(el, '#routingNumber-error')).to.equal(null);
  });
});
