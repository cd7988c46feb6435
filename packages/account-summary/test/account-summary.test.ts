import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, type PayoffQuote, type TesseraProvider } from '@tessera/core';
import { accountStates, createMemoryProvider, createMockStore, DEFAULT_TODAY, MOCK_IDS, type MockStore } from '@tessera/mocks';
import type { TesseraAccountSummary } from '@tessera/account-summary';
import '@tessera/account-summary/define';

const NOW = new Date(`${DEFAULT_TODAY}T12:00:00`);
const $ = <T extends Element = HTMLElement>(el: TesseraAccountSummary, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const read = (el: TesseraAccountSummary, selector: string): string => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(
  accountId: string | undefined,
  change: (store: MockStore) => void = () => {},
  lang = 'en',
  wrap: (provider: ReturnType<typeof createMemoryProvider>) => TesseraProvider = (p) => p,
): Promise<{ el: TesseraAccountSummary; provider: ReturnType<typeof createMemoryProvider> }> {
  const store = createMockStore();
  change(store);
  const provider = createMemoryProvider(store);
  const el = await fixture<TesseraAccountSummary>(
    html`<tessera-account-summary lang=${lang} account-id=${accountId ?? ''} .provider=${wrap(provider)} .now=${NOW}></tessera-account-summary>`,
  );
  if (!accountId) el.removeAttribute('account-id');
  await waitUntil(() => !$(el, '[part~="skeleton"]') && $(el, '[part~="list"], [part~="error"], [part~="empty"]'), 'no data');
  return { el, provider };
}

/** Opens the payoff-quote form of the loan and asks for the amount with the keyboard; resolves with the quoted event. */
async function quote(el: TesseraAccountSummary): Promise<CustomEvent> {
  $(el, '[part~="quote-toggle"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  $(el, '[part~="get-quote"]')!.focus();
  const quoted = oneEvent(el, 'tessera-account-summary-payoff-quoted');
  await sendKeys({ press: 'Enter' });
  return quoted;
}

describe('<tessera-account-summary>', () => {
  it('a card: its figures, days left, and credit used as a meter said in words (en and es)', async () => {
    const { el } = await mount(MOCK_IDS.cardAccount);
    expect(read(el, '[part~="facts"]')).to.include('Statement balance$1,284.37 closed Oct 31, 2026').and.include('Nov 25, 2026 · 4 days left');
    expect(read(el, '[part~="facts"]')).to.include('Last payment$250.00 on Oct 25, 2026 Posted').and.include('Auto PayOff');
    const meter = $(el, '[part~="meter"]')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-valuenow')).to.equal('18');
    expect(meter.getAttribute('aria-valuetext')).to.equal('18% of your credit used: $1,402.19 of $8,000.00');
    const { el: es } = await mount(MOCK_IDS.cardAccount, undefined, 'es');
    expect($(es, '[part~="meter"]')!.getAttribute('aria-valuetext')).to.equal('18% de su crédito utilizado: $1,402.19 de $8,000.00');
    expect(read(es, '[part~="facts"]')).to.include('quedan 4 días');
  });

  it('says past due, due today, a credit balance and over the limit in words', async () => {
    const late = (await mount(MOCK_IDS.cardAccount, accountStates.pastDue)).el;
    expect(read(late, '[part~="status-late"]')).to.equal('Past due: $35.00, 12 days late');
    const today = (await mount(MOCK_IDS.activeLoan, accountStates.dueToday)).el;
    expect(read(today, '[part~="status-today"]')).to.equal('Due today');
    const credit = (await mount(MOCK_IDS.cardAccount, accountStates.creditBalance)).el;
    expect(read(credit, '[part~="status-credit"]')).to.equal('Credit balance: we owe you $42.18');
    expect($(credit, '[part~="meter"]')!.getAttribute('aria-valuenow')).to.equal('0');
    const over = (await mount(MOCK_IDS.cardAccount, accountStates.overLimit)).el;
    expect(read(over, '[part~="status-over"]')).to.equal('Over your credit limit by $125.40');
    expect($(over, '[part~="meter"]')!.getAttribute('aria-valuenow')).to.equal('100');
  });

  it('a pending last payment, the scheduled ones and Auto Pay on (no Set up Auto Pay)', async () => {
    const { el } = await mount(MOCK_IDS.cardAccount, accountStates.scheduledAndPending);
    expect(read(el, '[part~="payment-status"]')).to.equal('Pending');
    expect(read(el, '[part~="facts"]')).to.include('Scheduled payments$35.00 on Nov 24, 2026').and.include('Auto PayOn');
    expect($(el, '[part~="set-up-autopay"]')).to.equal(null);
  });

  it('actions are events: Make a payment (with the amount late), Set up Auto Pay, Track my title', async () => {
    const { el } = await mount(undefined, accountStates.pastDue);
    const buttons = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="make-payment"]');
    expect(buttons).to.have.length(2);
    setTimeout(() => buttons[0]!.click());
    expect((await oneEvent(el, 'tessera-account-summary-payment-requested')).detail).to.deep.equal({
      accountId: MOCK_IDS.cardAccount,
      amount: { amount: 3_500, currency: 'USD' },
    });
    setTimeout(() => $(el, '[part~="set-up-autopay"]')!.click());
    expect((await oneEvent(el, 'tessera-account-summary-autopay-requested')).detail).to.deep.equal({ accountId: MOCK_IDS.cardAccount });
    const paidOff = el.shadowRoot!.querySelectorAll('[part~="account"]')[2]!;
    expect(paidOff.querySelector('[part~="status-done"]')!.textContent).to.equal('Paid off on Nov 12, 2026');
    expect(paidOff.querySelector('[part~="make-payment"]')).to.equal(null);
    setTimeout(() => paidOff.querySelector<HTMLElement>('[part~="track-title"]')!.click());
    expect((await oneEvent(el, 'tessera-account-summary-title-requested')).detail).to.deep.equal({ accountId: MOCK_IDS.paidOffLoan });
  });

  it('a vehicle loan: principal, rate, payments, maturity, and progress toward payoff in words', async () => {
    const { el } = await mount(MOCK_IDS.activeLoan);
    const facts = read(el, '[part~="facts"]');
    expect(facts).to.include('Principal balance$18,642.10').and.include('Interest rate6.49% APR').and.include('Payments made22 of 72');
    expect($(el, '[part~="meter"]')!.getAttribute('aria-valuetext')).to.equal('22 of 72 payments made, 31% of the way to payoff');
  });

  it('payoff quote: the date the customer picks goes to the lender; breakdown, per diem, pay event, https letter with noopener', async () => {
    const { el, provider } = await mount(MOCK_IDS.activeLoan);
    $(el, '[part~="quote-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '[part~="date"]')!;
    expect([field.min, field.max, field.value]).to.deep.equal([DEFAULT_TODAY, addDays(DEFAULT_TODAY, 10), DEFAULT_TODAY]);
    // The form loads on demand, with its styles: adopted beside the element's, not lost.
    expect(getComputedStyle(field).minHeight).to.equal('44px');
    field.value = addDays(DEFAULT_TODAY, 7);
    field.dispatchEvent(new Event('input'));
    $(el, '[part~="get-quote"]')!.focus();
    const quoted = oneEvent(el, 'tessera-account-summary-payoff-quoted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await quoted;
    expect(provider.calls.filter((c) => c.route === 'accounts.getPayoffQuote').map((c) => c.args)).to.deep.equal([[MOCK_IDS.activeLoan, addDays(DEFAULT_TODAY, 7)]]);
    await el.updateComplete;
    const result = read(el, '[part~="quote-result"]');
    expect(result).to.include('Payoff amount good through Nov 28, 2026 $18,773.61');
    expect(result).to.include('Principal$18,642.10').and.include('Interest to that date$116.51').and.include('Fees$15.00');
    expect(result).to.include('Each day after that adds $3.31 of interest.');
    expect(detail).to.deep.equal({ accountId: MOCK_IDS.activeLoan, date: addDays(DEFAULT_TODAY, 7), amount: { amount: 1_877_361, currency: 'USD' } });
    const letter = $<HTMLAnchorElement>(el, '[part~="payoff-letter"]')!;
    expect([letter.protocol, letter.target, letter.rel]).to.deep.equal(['https:', '_blank', 'noopener noreferrer']);
    setTimeout(() => $(el, '[part~="pay-quote"]')!.click());
    expect((await oneEvent(el, 'tessera-account-summary-payoff-requested')).detail).to.deep.equal(detail);
  });

  it('payoff quote: a date outside the window is refused in words tied to the field, nothing sent, the date kept', async () => {
    const { el, provider } = await mount(MOCK_IDS.activeLoan, undefined, 'es');
    $(el, '[part~="quote-toggle"]')!.click();
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '[part~="date"]')!;
    field.value = addDays(DEFAULT_TODAY, 11);
    field.dispatchEvent(new Event('input'));
    $(el, '[part~="get-quote"]')!.click();
    await waitUntil(() => $(el, '[part~="field-error"]'));
    const error = $(el, '[part~="field-error"]')!;
    expect(error.textContent).to.equal('Elija una fecha del 21 nov 2026 al 1 dic 2026.');
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.value).to.equal(addDays(DEFAULT_TODAY, 11));
    expect(provider.calls.filter((c) => c.route === 'accounts.getPayoffQuote')).to.have.length(0);
  });

  it('a letter URL that is not https: is not linked; a breakdown that does not add up is invalid data', async () => {
    let letterUrl = 'javascript:alert(1)';
    let extra = 0;
    const wrap = (p: ReturnType<typeof createMemoryProvider>): TesseraProvider => ({
      ...p,
      accounts: {
        ...p.accounts,
        getPayoffQuote: async (...args): Promise<PayoffQuote> => {
          const answer = await p.accounts.getPayoffQuote(...args);
          return { ...answer, letterUrl, amount: { ...answer.amount, amount: answer.amount.amount + extra } };
        },
      },
    });
    const { el } = await mount(MOCK_IDS.activeLoan, undefined, 'en', wrap);
    await quote(el);
    await el.updateComplete;
    expect($(el, '[part~="quote-result"]')).to.not.equal(null);
    expect($(el, '[part~="payoff-letter"]')).to.equal(null);
    letterUrl = 'https://documents.example.com/letter.pdf';
    extra = 1;
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      $(el, '[part~="get-quote"]')!.click();
      await waitUntil(() => $(el, '[part~="error"]'));
    } finally {
      console.error = original;
    }
    expect($(el, '[part~="error"]')!.dataset['code']).to.equal('invalid-data');
    expect(logged.join('\n')).to.include('accounts.getPayoffQuote → payoff quote.amount').and.include('principal + interest + fees');
  });

  it('hides what the provider cannot do: no scheduled payments, no payoff quote', async () => {
    const wrap = (p: ReturnType<typeof createMemoryProvider>): TesseraProvider => ({
      accounts: { listAccounts: p.accounts.listAccounts, getAccount: p.accounts.getAccount },
    });
    const { el } = await mount(undefined, undefined, 'en', wrap);
    expect(read(el, '[part~="list"]')).to.not.include('Scheduled payments');
    expect($(el, '[part~="quote"]')).to.equal(null);
    const { el: noWindow } = await mount(MOCK_IDS.activeLoan, accountStates.noQuote);
    expect($(noWindow, '[part~="quote"]')).to.equal(null);
  });
});
