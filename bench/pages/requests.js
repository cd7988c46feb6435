// A host page with all five widgets (two card locks, two gauges) under one
// <tessera-provider endpoint="/api">: the REST provider over msw's service worker serving
// @tessera/mocks' handlers. Counts requests per resource and the layout shift while loading.
import '@tessera/core/define';
import '@tessera/provider-rest/register';
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
import { setupWorker } from 'msw/browser';
import { createHandlers } from '@tessera/mocks/handlers';
import { createFaults, MOCK_IDS, ROUTES } from '@tessera/mocks';
import { element, shadowReady } from './harness.js';

const WIDGETS = [
  ['tessera-card-lock', { 'card-id': MOCK_IDS.card }, '[part~="switch"]'],
  ['tessera-card-lock', { 'card-id': MOCK_IDS.authorizedUserCard }, '[part~="switch"]'],
  ['tessera-fico-gauge', {}, '[part~="score"]'],
  ['tessera-fico-gauge', { 'hide-history': true, 'hide-factors': true }, '[part~="score"]'],
  ['tessera-payment-form', { 'account-id': MOCK_IDS.cardAccount }, '[part~="heading"]'],
  ['tessera-title-tracker', {}, '[part~="vehicle"],[part~="empty"]'],
  ['tessera-account-summary', {}, '[part~="list"] [part~="account"],[part~="empty"]'],
  ['tessera-help-faq', {}, '[part~="channel"]'],
  ['tessera-ways-to-pay', { 'account-id': MOCK_IDS.activeLoan }, '[part~="cost"]'],
  ['tessera-documents', { 'account-id': MOCK_IDS.cardAccount }, '[part~="open"],[part~="empty"]'],
  ['tessera-dispute', { 'account-id': MOCK_IDS.cardAccount, 'transaction-id': 'txn-2041' }, '[part~="reasons"]'],
  ['tessera-activity', { 'account-id': MOCK_IDS.cardAccount }, '[part~="row"],[part~="empty"]'],
  ['tessera-alerts', { 'account-id': MOCK_IDS.cardAccount }, '[part~="alert"],[part~="empty"]'],
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function describeNode(node) {
  if (!node) return 'a node since removed';
  const host = node.getRootNode()?.host;
  const label = node.localName ?? node.nodeName;
  const part = node.getAttribute?.('part');
  return `${host ? `${host.localName} › ` : ''}${label}${part ? `[part=${part}]` : ''}`;
}

async function load({ latencyMs, settleMs }) {
  // Different latency per route, so answers arrive one after another, as on a real network.
  const faults = createFaults();
  ROUTES.forEach((route, i) => faults.set(route, { latencyMs: latencyMs + ((i * 97) % latencyMs) }));
  const answered = new Map();
  const unhandled = [];
  const key = (request) => {
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}${url.search}`;
  };
  const worker = setupWorker(...createHandlers({ faults, onRequest: (r) => answered.set(key(r), (answered.get(key(r)) ?? 0) + 1) }));
  worker.events.on('request:unhandled', ({ request }) => unhandled.push(key(request)));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });

  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: (entry.sources ?? []).map((s) => describeNode(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const provider = element('tessera-provider', { endpoint: '/api' });
  const widgets = WIDGETS.map(([tag, attributes]) => element(tag, attributes));
  provider.append(...widgets);
  const started = performance.now();
  document.getElementById('stage').append(provider);
  // Heights while loading (skeletons) and once ready: a difference is what shifts the page.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const heights = () => widgets.map((el) => Math.round(el.getBoundingClientRect().height));
  const loadingHeights = heights();

  const checks = WIDGETS.map(([, , ready]) => shadowReady(ready));
  let pending = widgets.map((el, i) => [el, checks[i]]);
  while (pending.length) {
    pending = pending.filter(([el, isReady]) => !isReady(el));
    if (performance.now() - started > 60_000) throw new Error(`${pending.length} widgets never became ready`);
    await sleep(10);
  }
  const readyMs = performance.now() - started;
  // Late requests or shifts (a refresh, a second render) still count.
  await sleep(settleMs);
  const readyHeights = heights();

  const fetched = new Map();
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name);
    if (!url.pathname.startsWith('/api/')) continue;
    const name = `${url.pathname}${url.search}`;
    fetched.set(name, (fetched.get(name) ?? 0) + 1);
  }
  worker.stop();
  return {
    widgets: WIDGETS.map(([tag, attributes]) => `${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}=${v}`).join('')}`),
    readyMs,
    answered: Object.fromEntries(answered),
    fetchedByPage: Object.fromEntries(fetched),
    unhandled,
    cls: shifts.reduce((sum, s) => sum + s.value, 0),
    shifts,
    heights: WIDGETS.map(([tag], i) => ({ widget: tag, loading: loadingHeights[i], ready: readyHeights[i] })),
  };
}

window.bench = { load };
