// Render cost in headless Chromium: N instances of each widget and each peer, every run in a
// fresh page; and time from the first statement of a page script to its element being defined.
import { buildPage } from './bench-server.mjs';
import { inFreshPage, summarize } from './bench-browser.mjs';

export const WIDGET_CASES = ['card-lock', 'fico-gauge', 'title-tracker', 'help-faq', 'payment-form', 'ways-to-pay', 'account-summary', 'documents', 'activity', 'alerts', 'dispute'];
const OUR_EXTRA_CASES = ['help-faq-entries', 'fico-gauge-presentational', 'activity-rows'];
// lit-switch and lit-gauge are the floor: the least Lit needs for each (bench/pages/lit-floor.js).
const PEER_CASES = ['sl-switch', 'md-switch', 'sl-details', 'svg-gauge', 'lit-switch', 'lit-gauge'];

/** Peer case ↔ the Tessera case it is compared with. */
export const RENDER_PAIRS = [
  { peer: 'sl-switch', ours: 'card-lock', note: 'presentational switch vs card-lock loading card, policy and capabilities' },
  { peer: 'md-switch', ours: 'card-lock', note: 'presentational switch vs card-lock loading card, policy and capabilities' },
  { peer: 'sl-details', ours: 'help-faq-entries', note: 'N <sl-details> vs one <tessera-help-faq> with N entries (no contact)' },
  { peer: 'svg-gauge', ours: 'fico-gauge-presentational', note: 'N svg-gauge drawings vs N fico-gauges from attributes' },
  { peer: 'lit-gauge', ours: 'fico-gauge-presentational', note: 'the floor: a minimal Lit SVG gauge vs N fico-gauges from attributes' },
  { peer: 'lit-switch', ours: 'card-lock', note: 'the floor: a minimal Lit switch vs card-lock with its data' },
];

/**
 * Issue 19's render targets, as Tessera ÷ peer of the CPU medians in the same run (`max`), or
 * CPU ms per instance (`perInstance`).
 */
export const RENDER_TARGETS = [
  { ours: 'fico-gauge-presentational', peer: 'svg-gauge', max: 2 },
  { ours: 'fico-gauge-presentational', peer: 'lit-gauge', max: 1.3 },
  { ours: 'card-lock', peer: 'sl-switch', max: 1 },
  { ours: 'help-faq', perInstance: 3 },
];

const DEFINE_CASES = {
  ...Object.fromEntries(WIDGET_CASES.map((w) => [w, { module: `@tessera/${w}/define`, tag: `tessera-${w}` }])),
  'sl-switch': { module: '@shoelace-style/shoelace/dist/components/switch/switch.js', tag: 'sl-switch' },
  'sl-details': { module: '@shoelace-style/shoelace/dist/components/details/details.js', tag: 'sl-details' },
  'md-switch': { module: '@material/web/switch/switch.js', tag: 'md-switch' },
};

const SHOELACE_THEME = '<link rel="stylesheet" href="/shoelace-light.css">';

export async function buildRenderPages(copyAsset) {
  copyAsset('node_modules/@shoelace-style/shoelace/dist/themes/light.css', 'shoelace-light.css');
  await buildPage('render-ours', { entry: 'render-ours.js' });
  await buildPage('render-peers', { entry: 'render-peers.js', head: SHOELACE_THEME });
  for (const [name, { module, tag }] of Object.entries(DEFINE_CASES)) {
    await buildPage(`define-${name}`, {
      contents: `import ${JSON.stringify(module)};
import { timeDefinition } from './harness.js';
window.bench = { defined: timeDefinition([${JSON.stringify(tag)}]) };`,
    });
  }
}

/**
 * `runsFor[count]` fresh pages per case at each count. Cases are interleaved run by run, so
 * load on the machine hits them alike. From ×1000 up, runs stop early (after at least one)
 * when another would end past `deadline` (a Date.now() value), leaving time for the
 * definition runs; the tables show the runs made.
 */
export async function measureRender(browser, origin, { counts, runsFor, defineRuns, deadline = Infinity, log }) {
  const cases = [
    ...[...WIDGET_CASES, ...OUR_EXTRA_CASES].map((name) => ({ name, page: 'render-ours' })),
    ...PEER_CASES.map((name) => ({ name, page: 'render-peers' })),
  ];
  const definePhaseSeconds = defineRuns * Object.keys(DEFINE_CASES).length * 0.4;
  const render = {};
  for (const count of counts) {
    const samples = Object.fromEntries(cases.map((c) => [c.name, { ms: [], domMs: [], cpuMs: [], layoutMs: [], styleMs: [] }]));
    const runs = runsFor[count];
    const phaseStarted = Date.now();
    for (let run = 0; run < runs; run++) {
      const perRunSeconds = run ? (Date.now() - phaseStarted) / run / 1000 : 0;
      if (count >= 1000 && run >= 1 && perRunSeconds + definePhaseSeconds > (deadline - Date.now()) / 1000) {
        log(`render ×${count}: stopping after ${run} of ${runs} runs (${Math.round(perRunSeconds)} s per run; time limit)`);
        break;
      }
      log(`render ×${count}: run ${run + 1} of ${runs}`);
      for (const { name, page } of cases) {
        const result = await inFreshPage(browser, `${origin}/${page}.html`, ([c, n]) => window.bench.render(c, n), [name, count], { cpu: true });
        for (const key of Object.keys(samples[name])) samples[name][key].push(result[key]);
      }
    }
    for (const { name } of cases) {
      const { ms, domMs, cpuMs, layoutMs, styleMs } = samples[name];
      (render[name] ??= {})[count] = {
        ...summarize(ms),
        domMedian: summarize(domMs).median,
        cpu: summarize(cpuMs),
        layoutMedian: summarize(layoutMs).median,
        styleMedian: summarize(styleMs).median,
      };
    }
  }

  const define = {};
  const defineSamples = Object.fromEntries(Object.keys(DEFINE_CASES).map((name) => [name, { ms: [], nav: [] }]));
  for (let run = 0; run < defineRuns; run++) {
    log(`define: run ${run + 1} of ${defineRuns}`);
    for (const name of Object.keys(DEFINE_CASES)) {
      const result = await inFreshPage(browser, `${origin}/define-${name}.html`, () => window.bench.defined);
      defineSamples[name].ms.push(result.ms);
      defineSamples[name].nav.push(result.sinceNavigationMs);
    }
  }
  for (const [name, { ms, nav }] of Object.entries(defineSamples)) {
    define[name] = { ...summarize(ms), sinceNavigationMedian: summarize(nav).median };
  }
  return { render, define };
}
