import { MOCK_ALERT_CODE, MOCK_IDS } from '@tessera/mocks';
import { pressOn, runWidgetConformance, typeInto, until } from '@tessera/mocks/conformance';
import { sendKeys } from '@web/test-runner-commands';
import '@tessera/core/define';
import '@tessera/alerts/define';
import type { TesseraAlerts } from '@tessera/alerts';

const EMAIL = '#a0-email';
const PAY_BY_TEXT = '[part~="pay-by-text"] [part~="switch"]';
const CONSENTED = (store: import('@tessera/mocks').MockStore): void => void (store.alerts.consent.acceptedAt = '2026-11-01T12:00:00.000Z');

/** Types into a field of the element and presses Enter, as a customer does. */
async function enter(el: TesseraAlerts, selector: string, text: string): Promise<void> {
  await typeInto(el, selector, text);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

runWidgetConformance<TesseraAlerts>({
  tag: 'tessera-alerts',
  packageDir: 'alerts',
  eventPrefix: 'tessera-alerts',
  // The card: every card alert on three channels, a verified mobile number, pay by text offered.
  attributes: { 'account-id': MOCK_IDS.cardAccount },
  requires: ['alerts.getAlerts', 'alerts.setAlert', 'alerts.startPhoneVerification', 'alerts.resendPhoneCode', 'alerts.confirmPhone', 'alerts.acceptTextConsent'],
  loads: ['alerts.getAlerts'],
  ready: '[part~="list"] [part~="alert"]',
  states: [
    { name: 'every account', attributes: { 'account-id': null }, shows: '[part~="account"] + [part~="account"]' },
    { name: 'a customer with no mobile number', store: (s) => void (s.alerts.mobile = null), reach: (el) => pressOn(el, '#mobile'), shows: '[part~="phone"]' },
    {
      name: 'a code sent, with its countdown',
      reach: async (el) => {
        await pressOn(el, '#mobile');
        await enter(el, '#phone', '555 555 0199');
      },
      shows: '[part~="code"]',
    },
    { name: 'the text consent before the first text alert', reach: (el) => pressOn(el, '#a0-text'), shows: '[part~="consent-text"]' },
    { name: 'the pay by text step', store: CONSENTED, reach: (el) => pressOn(el, PAY_BY_TEXT), shows: '[part~="pay-step"]' },
    { name: 'an account not eligible for pay by text', attributes: { 'account-id': MOCK_IDS.paidOffLoan }, shows: '[part~="alert"]' },
    { name: 'no alerts offered', store: (s) => void (s.alerts.alerts = []), shows: '[part~="empty"]' },
    { name: 'an alert with invalid data left out, with a notice', store: (s) => void (s.alerts.alerts[1]!.kind = 'nonsense' as never), shows: '[part~="notice"]' },
  ],
  actions: [
    { action: 'alert', route: 'alerts.setAlert', perform: (el) => pressOn(el, EMAIL), succeeded: 'tessera-alerts-changed', failedDetail: { alertId: `${MOCK_IDS.cardAccount}-payment-due` } },
    {
      action: 'send-code',
      route: 'alerts.startPhoneVerification',
      perform: async (el) => {
        await pressOn(el, '#mobile');
        await enter(el, '#phone', '(555) 555-0199');
      },
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'confirm',
      route: 'alerts.confirmPhone',
      perform: async (el) => {
        await pressOn(el, '#mobile');
        await enter(el, '#phone', '5555550199');
        await until(el, '#code');
        await enter(el, '#code', MOCK_ALERT_CODE);
      },
      succeeded: 'tessera-alerts-mobile-verified',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'consent',
      route: 'alerts.acceptTextConsent',
      perform: async (el) => {
        await pressOn(el, '#a0-text');
        await pressOn(el, '[part~="accept"]');
      },
      succeeded: 'tessera-alerts-consent-accepted',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
    {
      action: 'pay-by-text',
      route: 'alerts.setPayByText',
      store: (s) => {
        CONSENTED(s);
        s.alerts.alerts[0]!.channels.text = true;
      },
      perform: async (el) => {
        await pressOn(el, PAY_BY_TEXT);
        await pressOn(el, '[part~="enroll"]');
      },
      succeeded: 'tessera-alerts-pay-by-text-changed',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
  ],
  text: {
    // What the standard mount shows: account names and the masked e-mail (the consent shows only once opened).
    fill: (store, value) => {
      for (const a of store.accounts) a.name = value;
      store.alerts.emailMasked = value;
    },
    masked: [{ selector: '[part~="account"] .heading', digits: '4821' }],
  },
  properties: { accountId: MOCK_IDS.activeLoan, now: new Date('2026-12-24T12:00:00Z') },
});
