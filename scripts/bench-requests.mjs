// Requests per resource and cumulative layout shift on a page with every widget, through the
// REST provider over msw; and help search time per keystroke.
import { buildPage } from './bench-server.mjs';
import { inFreshPage, summarize } from './bench-browser.mjs';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  'tall (whole page visible)': { width: 1280, height: 6000 },
};
const LATENCY_MS = 250;
const SETTLE_MS = 1000;

export async function buildRequestPages() {
  await buildPage('requests', { entry: 'requests.js' });
  await buildPage('search', { entry: 'search.js' });
}

/** One load per viewport; requests are counted on each load, layout shift per viewport. */
export async function measureRequests(browser, origin, { log }) {
  const loads = {};
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    log(`requests and layout shift: ${name}`);
    loads[name] = await inFreshPage(browser, `${origin}/requests.html`, (options) => window.bench.load(options), { latencyMs: LATENCY_MS, settleMs: SETTLE_MS }, { viewport });
  }
  const first = Object.values(loads)[0];
  const duplicates = {};
  for (const load of Object.values(loads)) {
    for (const [resource, count] of Object.entries(load.answered)) if (count > 1) duplicates[resource] = Math.max(duplicates[resource] ?? 0, count);
  }
  return {
    latencyMs: `${LATENCY_MS}–${LATENCY_MS * 2} ms per route`,
    widgets: first.widgets,
    requests: first.answered,
    fetchedByPage: first.fetchedByPage,
    unhandled: first.unhandled,
    distinct: Object.keys(first.answered).length,
    total: Object.values(first.answered).reduce((a, b) => a + b, 0),
    duplicates,
    cls: Object.fromEntries(Object.entries(loads).map(([name, load]) => [name, { cls: round4(load.cls), readyMs: Math.round(load.readyMs), shifts: load.shifts, heights: load.heights }])),
  };
}

const round4 = (n) => Math.round(n * 10000) / 10000;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measureSearch(browser, origin, { entries = 500, rounds = 6, log }) {
  log(`help search: ${entries} entries`);
  const result = await inFreshPage(browser, `${origin}/search.html`, (options) => window.bench.search(options), { entries, rounds });
  const ms = result.keystrokes.map((k) => k.ms);
  const round3 = (n) => Math.round(n * 1000) / 1000;
  // The same keystroke's median over the rounds: which queries cost most.
  const byTyped = new Map();
  for (const { typed, ms: t } of result.keystrokes) byTyped.set(typed, [...(byTyped.get(typed) ?? []), t]);
  const slowest = [...byTyped]
    .map(([typed, times]) => ({ typed, median: round3(summarize(times).median) }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 5);
  return {
    entries: result.entries,
    keystrokes: ms.length,
    indexMs: round3(result.indexMs),
    median: round3(summarize(ms).median),
    p95: round3(percentile(ms, 95)),
    max: round3(Math.max(...ms)),
    slowest,
    note: `${rounds - 1} timed rounds of typing ${ms.length / (rounds - 1)} keystrokes (after one warm-up round); Chromium's timer resolution is 0.1 ms`,
  };
}
