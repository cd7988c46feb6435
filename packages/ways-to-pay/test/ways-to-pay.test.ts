import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessages, formatMoney, type TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, WAYS_TO_PAY_ADDRESSES, WAYS_TO_PAY_PHONES, type MockStore } from '@tessera/mocks';
import type { TesseraWaysToPay, WaysToPayChosenDetail } from '@tessera/ways-to-pay';
import '@tessera/ways-to-pay/define';
import { messages } from '../src/messages.js';

const en = messages.en;
const es = messages.es;
const NOW = new Date('2026-11-23T16:00:00Z');

function setup(change?: (store: MockStore) => void) {
  const store = createMockStore();
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

interface Options {
  accountId?: string;
  accountKind?: string;
  openId?: string;
  compact?: boolean;
  lang?: string;
}

async function render(provider: TesseraProvider, o: Options = {}): Promise<TesseraWaysToPay> {
  const el = await fixture<TesseraWaysToPay>(html`<tessera-ways-to-pay
    .provider=${provider}
    .now=${NOW}
    account-id=${ifDefined(o.accountId)}
    account-kind=${ifDefined(o.accountKind)}
    open-id=${ifDefined(o.openId)}
    ?compact=${o.compact ?? false}
    lang=${ifDefined(o.lang)}
  ></tessera-ways-to-pay>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], [part~="empty"], [part~="error"]'), 'it never loaded');
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
/** Text as read: spaces folded, bidirectional isolates left out. */
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';
const wayOf = (el: Element, kind: string): HTMLElement => $(el, `[data-kind="${kind}"]`)!;
const open = async (el: TesseraWaysToPay, kind: string): Promise<HTMLElement> => {
  wayOf(el, kind).querySelector<HTMLElement>('[part~="summary"]')!.click();
  await el.updateComplete;
  return wayOf(el, kind).querySelector<HTMLElement>('[part~="panel"]')!;
};

describe('<tessera-ways-to-pay>', () => {
  it('lists every way of the loan with its cost, posting time, what to have on hand and details', async () => {
    const { provider, store } = setup();
    const el = await render(provider, { accountId: MOCK_IDS.activeLoan });
    const names = $$(el, '[part~="way"] .name').map(text);
    expect(names).to.deep.equal(store.waysToPay.en.filter((w) => w.accountKinds.includes('vehicle-loan')).map((w) => w.name));
    expect($$(el, '[part~="way"] [part~="cost"]').map(text)).to.deep.equal([en.free, en.free, en.free, en.free, en.free, en.fee('$9.95'), en.fee('$4.95'), en.varies]);

    const phone = await open(el, 'phone');
    expect(text(phone.querySelector('[part~="facts"]'))).to.include(`${en.fee('$9.95')}, charged by Lakeside Pay Services`).and.include('Next business day');
    expect(text(phone.querySelector('[part~="facts"]'))).to.include(en.need['zip-code']).and.include(en.need['account-number']);
    const tel = phone.querySelector<HTMLAnchorElement>('[part~="phone"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:18885550163');
    expect(text(tel)).to.equal(WAYS_TO_PAY_PHONES.partnerLine);
    expect(text(phone)).to.include('Monday–Friday, 7:00 AM – 9:00 PM CST').and.include('Saturday, 8:00 AM – 5:00 PM CST');

    const mail = await open(el, 'mail');
    const [payments, letters] = [...mail.querySelectorAll('address')];
    expect([...payments!.querySelectorAll('.line')].map(text)).to.deep.equal([...WAYS_TO_PAY_ADDRESSES.loanPayments]);
    expect([...letters!.querySelectorAll('.line')].map(text)).to.deep.equal([...WAYS_TO_PAY_ADDRESSES.correspondence]);
    expect(letters!.getAttribute('part')).to.equal('address correspondence');
    expect(text(letters!.parentElement)).to.include(en.correspondence);
    // An address block: one line under the other.
    const tops = [...payments!.querySelectorAll('.line')].map((line) => line.getBoundingClientRect().top);
    expect(tops[1]! > tops[0]! && tops[2]! > tops[1]!, `line tops ${tops.join(', ')}`).to.equal(true);
    expect(text(mail)).to.include(en.writeOnCheck).and.include('••••7730');

    const billPay = await open(el, 'bill-pay');
    expect(text(billPay.querySelector('[part~="payee"]'))).to.include('Harborview Auto Finance');
    const cash = await open(el, 'cash');
    const link = cash.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect([link.href, link.target, link.rel]).to.deep.equal(['https://cash.example.com/locations', '_blank', 'noopener noreferrer']);
    await expect(el).to.be.accessible();
  });

  it('offers the online ways as actions: a chosen event with its typed detail, and none when the host sets properties', async () => {
    const { provider } = setup();
    const el = await render(provider, { accountId: MOCK_IDS.activeLoan, openId: 'online' });
    const seen: WaysToPayChosenDetail[] = [];
    el.addEventListener('tessera-ways-to-pay-chosen', (e) => seen.push(e.detail));
    for (const kind of ['online', 'autopay', 'text'] as const) {
      const panel = kind === 'online' ? wayOf(el, kind) : await open(el, kind);
      const button = panel.querySelector<HTMLButtonElement>('[part~="action"]')!;
      expect(text(button)).to.equal(en.actions[kind]);
      const event = oneEvent(el, 'tessera-ways-to-pay-chosen');
      button.click();
      const fired = await event;
      expect([fired.bubbles, fired.composed]).to.deep.equal([true, true]);
    }
    expect(seen).to.deep.equal([
      { wayId: 'online', kind: 'online', accountId: MOCK_IDS.activeLoan },
      { wayId: 'autopay', kind: 'autopay', accountId: MOCK_IDS.activeLoan },
      { wayId: 'text', kind: 'text', accountId: MOCK_IDS.activeLoan },
    ]);
    expect($$(el, '[data-kind="mail"] [part~="action"], [data-kind="phone"] [part~="action"]')).to.have.length(0);
  });

  it('filters by account kind, from the attribute and from the control', async () => {
    const { provider } = setup();
    const el = await render(provider);
    expect($$(el, '[part~="way"]')).to.have.length(11);
    el.setAttribute('account-kind', 'card');
    await el.updateComplete;
    expect($$(el, '[part~="way"]').map((li) => li.dataset['kind'])).to.deep.equal(['online', 'autopay', 'bill-pay', 'mail', 'phone']);
    const select = $<HTMLSelectElement>(el, '[part~="filter-select"]')!;
    expect(select.value).to.equal('card');
    expect(text($(el, 'label[for="kind"]'))).to.equal(en.filterLabel);
    select.value = 'vehicle-loan';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.accountKind).to.equal('vehicle-loan');
    expect($$(el, '[part~="way"]')).to.have.length(8);
    expect(text(wayOf(el, 'phone').querySelector('[part~="cost"]'))).to.equal(en.fee('$9.95'));
  });

  it('compact: names and fees only', async () => {
    const { provider } = setup();
    const el = await render(provider, { accountId: MOCK_IDS.activeLoan, compact: true });
    expect($$(el, '[part~="way"]')).to.have.length(8);
    expect($$(el, '[part~="summary"], [part~="panel"], [part~="filter"], address, [part~="action"]')).to.have.length(0);
    expect(text(wayOf(el, 'cash'))).to.equal(`Pay with cash${en.varies}`);
    await expect(el).to.be.accessible();
  });

  it('reveals the full number only on request, never outside the screen, and hides it again', async () => {
    const { provider } = setup();
    const el = await render(provider, { accountId: MOCK_IDS.activeLoan, openId: 'bill-pay-loan' });
    const events: CustomEvent[] = [];
    for (const type of ['tessera-ways-to-pay-revealed', 'tessera-ways-to-pay-chosen', 'tessera-ways-to-pay-failed']) {
      el.addEventListener(type, (e) => events.push(e as CustomEvent));
    }
    const line = () => wayOf(el, 'bill-pay').querySelector('[part~="account-number"]')!;
    expect(text(line())).to.include('••••7730').and.not.include('40021907730');
    const revealed = oneEvent(el, 'tessera-ways-to-pay-revealed');
    line().querySelector<HTMLButtonElement>('[part~="reveal"]')!.click();
    expect((await revealed).detail).to.deep.equal({ accountId: MOCK_IDS.activeLoan });
    await el.updateComplete;
    expect(text(line())).to.include('40021907730');
    expect(text(line().querySelector('[part~="reveal"]'))).to.equal(en.hide);
    // Only on screen: not in events, the light DOM, the URL or storage.
    const outside = [JSON.stringify(events.map((e): unknown => e.detail)), el.outerHTML, location.href, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    expect(outside.filter((s) => s.includes('40021907730'))).to.deep.equal([]);

    line().querySelector<HTMLButtonElement>('[part~="reveal"]')!.click();
    await el.updateComplete;
    expect(text(line())).to.not.include('40021907730');

    // Hidden again when the way is collapsed, and when the page is hidden.
    line().querySelector<HTMLButtonElement>('[part~="reveal"]')!.click();
    await waitUntil(() => text(line()).includes('40021907730'));
    wayOf(el, 'bill-pay').querySelector<HTMLElement>('[part~="summary"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.include('40021907730');
    await open(el, 'bill-pay');
    line().querySelector<HTMLButtonElement>('[part~="reveal"]')!.click();
    await waitUntil(() => text(line()).includes('40021907730'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.include('40021907730');
  });

  it('offers no reveal where the lender does not, or where the provider lacks the method', async () => {
    const forbidden = setup((store) => void (store.accountNumbers = {}));
    const el = await render(forbidden.provider, { accountId: MOCK_IDS.activeLoan, openId: 'bill-pay-loan' });
    expect(text(wayOf(el, 'bill-pay').querySelector('[part~="account-number"]'))).to.include('••••7730');
    expect($(el, '[part~="reveal"]')).to.equal(null);
    const { provider } = setup();
    const help = { ...provider.help, revealAccountNumber: undefined };
    const partial = await render({ ...provider, help }, { accountId: MOCK_IDS.activeLoan, openId: 'bill-pay-loan' });
    expect($(partial, '[part~="account-number"]')).to.not.equal(null);
    expect($(partial, '[part~="reveal"]')).to.equal(null);
  });

  it('reads in Spanish: the lender’s words asked for in Spanish, fees and hours formatted for es-US', async () => {
    const { provider, store } = setup();
    const el = await render(provider, { accountId: MOCK_IDS.activeLoan, lang: 'es', openId: 'phone-loan' });
    expect(text($(el, '[part~="heading"]'))).to.equal(es.heading);
    expect(text(wayOf(el, 'mail').querySelector('.name'))).to.equal(store.waysToPay.es.find((w) => w.id === 'mail-loan')!.name);
    const fee = formatMoney({ amount: 995, currency: 'USD' }, 'es-US');
    const phone = wayOf(el, 'phone');
    expect(text(phone.querySelector('[part~="cost"]'))).to.equal(es.fee(fee));
    expect(text(phone)).to.include(es.chargedBy(es.fee(fee))).and.include('lunes–viernes').and.include(es.need['zip-code']);
    expect(provider.calls.find((c) => c.route === 'help.getWaysToPay')?.args).to.deep.equal(['es', { accountId: MOCK_IDS.activeLoan }]);
  });

  it('tells the developer which field of which way broke which rule, and shows the others', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const { provider } = setup((store) => (store.waysToPay.en[5]!.paymentAddress = ['PO Box 5551']));
      const el = await render(provider);
      expect(logged.join('\n')).to.include('help.getWaysToPay → ways to pay.ways[5].paymentAddress: expected an address: 2 to 6 non-empty lines');
      expect($$(el, '[part~="way"]')).to.have.length(10);
      expect(text($(el, '[part~="notice"]'))).to.equal(coreMessages.en.leftOut(1));
    } finally {
      console.error = original;
    }
  });
});
