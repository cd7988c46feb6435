import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createFaults, createMemoryProvider, createMockStore, MOCK_ALERT_CODE, MOCK_IDS, type MockStore } from '@tessera/mocks';
import { typeText } from '@tessera/mocks/conformance';
import type { TesseraAlerts } from '@tessera/alerts';
import '@tessera/alerts/define';
import { messages } from '../src/messages.js';

const en = messages.en;
const NOW = new Date('2026-11-21T15:00:00.000Z');
const CARD = MOCK_IDS.cardAccount;

function setup(change?: (store: MockStore) => void) {
  const store = createMockStore({ today: '2026-11-21' });
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

async function render(provider: ReturnType<typeof createMemoryProvider>, accountId: string | undefined = CARD): Promise<TesseraAlerts> {
  const el = await fixture<TesseraAlerts>(html`<tessera-alerts .provider=${provider} .now=${NOW} account-id=${ifDefined(accountId)}></tessera-alerts>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], [part~="empty"], [part~="error"]'), 'it did not load');
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const checked = (el: Element, selector: string): string | null => $(el, selector).getAttribute('aria-checked');
const settled = (el: TesseraAlerts, selector: string): Promise<void> => waitUntil(() => $(el, selector)?.getAttribute('aria-busy') === 'false', `${selector} stays busy`);

/** Focuses a control and presses a key, as a keyboard-only customer does. */
async function press(el: TesseraAlerts, selector: string, key = 'Enter'): Promise<void> {
  await el.updateComplete;
  $(el, selector).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Focuses a field, selects what is in it, types over it and presses Enter. */
async function enter(el: TesseraAlerts, selector: string, text: string): Promise<void> {
  await waitUntil(() => $(el, selector), `no ${selector}`);
  const field = $<HTMLInputElement>(el, selector);
  field.focus();
  field.select();
  await typeText(text);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

function events(el: HTMLElement): Array<{ type: string; detail: Record<string, unknown> }> {
  const seen: Array<{ type: string; detail: Record<string, unknown> }> = [];
  for (const type of ['changed', 'mobile-verified', 'consent-accepted', 'pay-by-text-changed', 'failed']) {
    el.addEventListener(`tessera-alerts-${type}`, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

describe('<tessera-alerts>', () => {
  it('saves each channel on its own: the last of quick presses wins, a failure puts only that switch back and says why', async () => {
    const { provider, faults, store } = setup();
    const el = await render(provider);
    const seen = events(el);
    expect(flat($(el, '[part~="account"] .heading').textContent)).to.contain('••••4821');
    expect([...el.shadowRoot!.querySelectorAll('[part~="group"] .heading')].map((h) => h.textContent)).to.deep.equal(Object.values(en.groups).slice(0, 3));
    // a1 is "payment received": three presses while the first request is under way end on, in one request.
    // The request waits for the presses (not for a latency a loaded machine could outrun).
    const setAlert = provider.alerts.setAlert;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    provider.alerts.setAlert = async (...args) => {
      await gate;
      return setAlert(...args);
    };
    $(el, '#a1-email').focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: ' ' });
    release();
    await settled(el, '#a1-email');
    provider.alerts.setAlert = setAlert;
    expect(checked(el, '#a1-email')).to.equal('true');
    expect(store.alerts.alerts[1]!.channels.email).to.equal(true);
    expect(provider.calls.filter((c) => c.route === 'alerts.setAlert').length).to.equal(1);
    expect(seen.at(-1)).to.deep.equal({ type: 'changed', detail: { alertId: `${CARD}-payment-received`, accountId: CARD, kind: 'payment-received', channel: 'email', enabled: true } });

    faults.set('alerts.setAlert', { error: 'unavailable', times: 1 });
    await press(el, '#a1-push');
    await waitUntil(() => $(el, '#a1-push-retry'), 'no retry');
    expect(checked(el, '#a1-push')).to.equal('false');
    expect(checked(el, '#a1-email')).to.equal('true');
    expect(flat($(el, '[part~="error"]').textContent)).to.contain(en.failed);
    expect(seen.at(-1)).to.deep.equal({ type: 'failed', detail: { action: 'alert', code: 'unavailable', alertId: `${CARD}-payment-received` } });
    expect(el.shadowRoot!.activeElement?.id).to.equal('a1-push-retry');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => checked(el, '#a1-push') === 'true' && !$(el, '[part~="error"]'), 'the retry did not save');
    await expect(el).to.be.accessible();
  });

  it('reads amounts with core’s parsing and the lender’s limits, keeping the typed text when refused; the days are the lender’s choices', async () => {
    const { provider, store } = setup();
    const el = await render(provider);
    const amount = '#a5-t'; // balance above an amount
    await enter(el, amount, '1.234');
    expect($(el, `${amount}-p`).textContent).to.equal(en.amountAmbiguous);
    expect($<HTMLInputElement>(el, amount).value).to.equal('1.234');
    expect($(el, amount).getAttribute('aria-invalid')).to.equal('true');
    await enter(el, amount, '0.50');
    expect($(el, `${amount}-p`).textContent).to.equal(en.range('$1.00', '$50,000.00'));
    await enter(el, amount, '$1,250');
    await waitUntil(() => store.alerts.alerts[5]!.threshold!.amount.amount === 125_000, 'not saved');
    await settled(el, '[part~="save"]');
    expect($(el, `${amount}-p`).textContent).to.equal('');
    const days = $<HTMLSelectElement>(el, '#a0-d');
    expect([...days.options].map((o) => o.textContent)).to.deep.equal(['1', '3', '5', '7', '10']);
    expect(days.value).to.equal('7');
    days.focus();
    await sendKeys({ press: 'ArrowUp' });
    days.dispatchEvent(new Event('change'));
    await waitUntil(() => store.alerts.alerts[0]!.daysBefore!.value === 5, 'days not saved');
  });

  it('adds a mobile number with a one-time code, then asks for the text consent, then turns the text alert on', async () => {
    const { provider, store } = setup((s) => void (s.alerts.mobile = null));
    const el = await render(provider);
    const seen = events(el);
    expect(flat($(el, '[part~="contacts"]').textContent)).to.contain(en.noMobile);
    await press(el, '#a0-text');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'phone', 'the number field is not focused');
    await enter(el, '#phone', '555');
    expect($(el, '#phone-problem').textContent).to.equal(en.phoneInvalid);
    await enter(el, '#phone', '(555) 555-0199');
    await waitUntil(() => $(el, '#code'), 'no code field');
    expect(provider.calls.find((c) => c.route === 'alerts.startPhoneVerification')?.args).to.deep.equal(['+15555550199']);
    const code = $(el, '#code');
    expect([code.getAttribute('autocomplete'), code.getAttribute('inputmode')]).to.deep.equal(['one-time-code', 'numeric']);
    expect(flat($(el, '[part~="phone-form"]').textContent)).to.contain('••••0199').and.contain(en.resendIn('0:30'));
    expect($(el, '#resend').getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.base > [role="status"]').textContent).to.equal(en.resendAnnounce(30));
    await expect(el).to.be.accessible();
    await enter(el, '#code', '000000');
    await waitUntil(() => $(el, '#phone-problem').textContent === en.codeWrong(2), 'no wrong-code message');
    await enter(el, '#code', MOCK_ALERT_CODE);
    await waitUntil(() => $(el, '#consent-h'), 'no consent');
    expect(el.shadowRoot!.activeElement?.id).to.equal('consent-h');
    expect(flat($(el, '[part~="contacts"]').textContent)).to.contain('••••0199');
    expect(store.alerts.mobile).to.equal('+15555550199');
    await press(el, '[part~="accept"]');
    await waitUntil(() => checked(el, '#a0-text') === 'true' && store.alerts.alerts[0]!.channels.text, 'the text alert is not on');
    expect(provider.calls.find((c) => c.route === 'alerts.acceptTextConsent')?.args).to.deep.equal([store.alerts.consent.version, NOW.toISOString()]);
    expect(seen.map((e) => e.type)).to.deep.equal(['mobile-verified', 'consent-accepted', 'changed']);
    expect(JSON.stringify(seen)).not.to.contain('5550199');
  });

  it('says when a code expired, when there were too many wrong ones, and sends a new one once the countdown ends', async () => {
    const { provider, store } = setup((s) => Object.assign(s.alerts, { codeLifetimeSeconds: 0, resendSeconds: 0, attempts: 1 }));
    const el = await render(provider);
    await press(el, '#mobile');
    await enter(el, '#phone', '+1 555 555 0177');
    await enter(el, '#code', MOCK_ALERT_CODE);
    await waitUntil(() => $(el, '#phone-problem').textContent === en.codeExpired, 'no expired message');
    expect($(el, '#resend').getAttribute('aria-disabled')).to.equal('false');
    store.alerts.codeLifetimeSeconds = 600;
    await press(el, '#resend');
    await waitUntil(() => $(el, '.base > [role="status"]').textContent === en.newCode, 'no new code');
    await enter(el, '#code', '999999');
    await waitUntil(() => $(el, '#phone-problem').textContent === en.codeLocked, 'no too-many-attempts message');
  });

  it('offers pay by text only where eligible; turning it on takes the bank account and turns text reminders on in the same step; off is one press', async () => {
    const { provider, store } = setup((s) => void (s.alerts.consent.acceptedAt = '2026-11-01T12:00:00.000Z'));
    const paidOff = await render(provider, MOCK_IDS.paidOffLoan);
    expect($(paidOff, '[part~="pay-by-text"]')).to.equal(null);
    paidOff.remove();
    const el = await render(provider);
    const seen = events(el);
    const sw = '[part~="pay-by-text"] [part~="switch"]';
    await press(el, sw);
    expect(flat($(el, '[part~="pay-step"]').textContent)).to.contain(en.needsReminders).and.contain(en.howItWorks(en.rules['minimum-due']));
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('funding');
    await sendKeys({ press: 'ArrowDown' });
    $(el, '[part~="funding"]').dispatchEvent(new Event('change'));
    await press(el, '[part~="enroll"]');
    await waitUntil(() => checked(el, sw) === 'true' && $(el, sw).getAttribute('aria-busy') === 'false', 'not enrolled');
    expect(store.alerts.alerts[0]!.channels.text).to.equal(true);
    expect(store.alerts.payByText[CARD]).to.include({ enrolled: true, fundingAccountId: store.fundingAccounts[1]!.id });
    expect(flat($(el, '[part~="pay-by-text"]').textContent)).to.contain('Reply PAY');
    await press(el, sw);
    await waitUntil(() => store.alerts.payByText[CARD]!.enrolled === false && $(el, sw).getAttribute('aria-busy') === 'false', 'not turned off');
    expect(seen.filter((e) => e.type === 'pay-by-text-changed').map((e) => e.detail.enrolled)).to.deep.equal([true, false]);
    await expect(el).to.be.accessible();
  });
});
