// Render cases for Tessera's widgets: dist builds, production Lit, the memory provider from
// @tessera/mocks with no latency (data ready as soon as asked).
import '@tessera/core/define';
import '@tessera/card-lock/define';
import '@tessera/fico-gauge/define';
import '@tessera/title-tracker/define';
import '@tessera/account-summary/define';
import '@tessera/help-faq/define';
import '@tessera/payment-form/define';
import '@tessera/ways-to-pay/define';
import '@tessera/documents/define';
import '@tessera/dispute/define';
import '@tessera/activity/define';
import '@tessera/alerts/define';
import { createMemoryProvider, createMockStore, MOCK_IDS } from '@tessera/mocks';
import { element, mountMany, shadowReady, timeRender, timeUpdate } from './harness.js';
import { generateFaq } from './faq-data.js';

/** Every instance inside one <tessera-provider> holding a fresh memory provider. */
function withProvider(store = createMockStore()) {
  return (stage) => {
    const host = element('tessera-provider');
    host.provider = createMemoryProvider(store, { latencyMs: 0 });
    stage.append(host);
    return host;
  };
}

/** `count` posted card transactions made from the seeded ones, each with its own id. */
function activityRows(store, count) {
  const base = store.transactions.filter((t) => t.status === 'posted');
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `bench-${i}`, date: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}` }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const rowsOf = (el) => el.shadowRoot.querySelectorAll('[part~="row"]').length;
const APPENDED = 25;

/**
 * "Show more" on a <tessera-activity> already showing `count` rows: `mount` shows them (the
 * provider answers them as one page, with a cursor to one more page of 25); `press` then
 * clicks "Show more" and resolves at the frame after the 25 new rows show. Timed apart, so
 * the cost of one appended page can be compared at 100 and at 1000 rows already shown.
 */
const showMore = {
  async mount(count) {
    const store = createMockStore();
    const rows = activityRows(store, count + APPENDED);
    const host = withProvider(store)(document.getElementById('stage'));
    const total = rows.length;
    const listTransactions = async (query) =>
      query.cursor ? { transactions: rows.slice(count), total } : { transactions: rows.slice(0, count), total, nextCursor: 'next' };
    host.provider = { ...host.provider, activity: { ...host.provider.activity, listTransactions } };
    const el = element('tessera-activity', { 'account-id': MOCK_IDS.cardAccount, 'page-size': count });
    host.append(el);
    const ready = shadowReady('[part~="more"]');
    while (!ready(el) || rowsOf(el) < count) await tick();
    await afterNextFrame();
  },
  async press() {
    const el = document.querySelector('tessera-activity');
    const before = rowsOf(el);
    const started = performance.now();
    el.shadowRoot.querySelector('[part~="more"]').click();
    while (rowsOf(el) < before + APPENDED) await tick();
    const domMs = performance.now() - started;
    await afterNextFrame();
    return { ms: performance.now() - started, domMs };
  },
};

const CASES = {
  'card-lock': () => ({
    mount: mountMany(() => element('tessera-card-lock', { 'card-id': MOCK_IDS.card }), withProvider()),
    isReady: shadowReady('[part~="switch"]'),
  }),
  'fico-gauge': () => ({
    mount: mountMany(() => element('tessera-fico-gauge'), withProvider()),
    isReady: shadowReady('[part~="score"]'),
  }),
  'title-tracker': () => ({
    mount: mountMany(() => element('tessera-title-tracker'), withProvider()),
    isReady: shadowReady('[part~="vehicle"],[part~="empty"]'),
  }),
  'account-summary': () => ({
    mount: mountMany(() => element('tessera-account-summary'), withProvider()),
    isReady: shadowReady('[part~="list"] [part~="account"],[part~="empty"]'),
  }),
  documents: () => ({
    mount: mountMany(() => element('tessera-documents', { 'account-id': MOCK_IDS.cardAccount }), withProvider()),
    isReady: shadowReady('[part~="open"],[part~="empty"]'),
  }),
  dispute: () => ({
    mount: mountMany(() => element('tessera-dispute', { 'account-id': MOCK_IDS.cardAccount, 'transaction-id': 'txn-2041' }), withProvider()),
    isReady: shadowReady('[part~="reasons"]'),
  }),
  activity: () => ({
    mount: mountMany(() => element('tessera-activity', { 'account-id': MOCK_IDS.cardAccount }), withProvider()),
    isReady: shadowReady('[part~="row"],[part~="empty"]'),
  }),
  /**
   * One <tessera-activity> showing `count` posted card transactions at once (a thousand in
   * the case): the provider answers them in one page, as after many "Show more".
   */
  'activity-rows': (count) => {
    const store = createMockStore();
    const rows = activityRows(store, count);
    return {
      mount: (stage) =>
        mountMany(
          () => element('tessera-activity', { 'account-id': MOCK_IDS.cardAccount }),
          (s) => {
            const host = withProvider(store)(s);
            host.provider = { ...host.provider, activity: { ...host.provider.activity, listTransactions: async () => ({ transactions: rows, total: count }) } };
            return host;
          },
        )(stage, 1),
      isReady: shadowReady('[part~="row"]', { count }),
    };
  },
  alerts: () => ({
    mount: mountMany(() => element('tessera-alerts', { 'account-id': MOCK_IDS.cardAccount }), withProvider()),
    isReady: shadowReady('[part~="alert"],[part~="empty"]'),
  }),
  'help-faq': () => {
    const itemsAndChannels = shadowReady('[part~="channel"]');
    const items = shadowReady('[part~="item"]');
    return {
      mount: mountMany(() => element('tessera-help-faq'), withProvider()),
      isReady: (el) => items(el) && itemsAndChannels(el),
    };
  },
  'payment-form': () => ({
    mount: mountMany(() => element('tessera-payment-form', { 'account-id': MOCK_IDS.cardAccount }), withProvider()),
    isReady: shadowReady('[part~="heading"]'),
  }),
  'ways-to-pay': () => ({
    mount: mountMany(() => element('tessera-ways-to-pay', { 'account-id': MOCK_IDS.activeLoan }), withProvider()),
    isReady: shadowReady('[part~="cost"]'),
  }),
  /**
   * One <tessera-help-faq> showing `count` generated entries (against sl-details ×count): a
   * deep link to the last one shows every question in the first render, not the first view.
   */
  'help-faq-entries': (count) => {
    const store = createMockStore();
    store.faq.en = generateFaq(count);
    const attributes = { 'hide-contact': true, 'open-id': `entry-${count}` };
    return {
      mount: (stage) => mountMany(() => element('tessera-help-faq', attributes), withProvider(store))(stage, 1),
      isReady: shadowReady('[part~="item"]', { count }),
    };
  },
  /** Presentational mode: the score from attributes, no provider (against svg-gauge). */
  'fico-gauge-presentational': () => ({
    mount: mountMany((i) =>
      element('tessera-fico-gauge', { score: 580 + (i % 270), 'as-of': '2026-11-01', model: 'fico-8', bureau: 'TransUnion' }),
    ),
    isReady: shadowReady('[part~="score"]'),
  }),
};

window.bench = {
  cases: Object.keys(CASES),
  render: (name, count) => timeRender({ count, ...CASES[name](count) }),
  showMore,
  /** Removes every instance (and the provider around them). */
  clear: () => document.getElementById('stage').replaceChildren(),
  /** After a render: every instance follows a `lang` change (and gauges get a new score). */
  update: () =>
    timeUpdate((stage) => {
      stage.setAttribute('lang', 'es');
      for (const el of stage.querySelectorAll('[score],[value]')) el.setAttribute(el.hasAttribute('score') ? 'score' : 'value', '700');
    }),
};
