// `node scripts/bench-profile.mjs [--cases=a,b] [--count=100] [--runs=3]`: where one render
// case's main-thread time goes, from Chromium's sampling profiler (CDP `Profiler`) over the
// same pages as `npm run bench`, bundled without minifying so every function and module keeps
// its name. Prints, per case, the self time by module (Lit, @lit/*, each @tessera package
// file) and the heaviest functions, beside the style, layout and GC time from the `Performance`
// metrics; and the same for an update (every instance's `lang` flipped to `es`, or the score
// attribute changed). The numbers are for reading what costs what, not for comparing runs:
// the profiler itself adds some overhead.
import { build } from 'esbuild';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { copyFileSync } from 'node:fs';
import { pagesDir, prepareSite, siteDir, startServer, buildPage } from './bench-server.mjs';
import { launchBrowser } from './bench-browser.mjs';
import { root } from './workspace.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const count = Number(args.count ?? 100);
const runs = Number(args.runs ?? 3);
const cases = (args.cases ?? 'fico-gauge-presentational,card-lock,help-faq,fico-gauge,lit-gauge,lit-switch').split(',');
const top = Number(args.top ?? 12);

prepareSite();
copyFileSync(path.join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'), path.join(siteDir, 'shoelace-light.css'));
for (const page of ['render-ours', 'render-peers']) {
  await buildPage(page, { entry: `${page}.js` });
  // The same page again from the TypeScript sources, unminified: function and module names stay.
  await build({
    entryPoints: [path.join(pagesDir, `${page}.js`)],
    outfile: path.join(siteDir, `${page}.js`),
    bundle: true,
    format: 'esm',
    minify: false,
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(root, 'tsconfig.json'),
    // The sources' package.json files mark define.ts side-effect free only for dist paths.
    ignoreAnnotations: true,
    logLevel: 'warning',
  });
}

/** Line → module, from esbuild's `// node_modules/lit-html/lit-html.js` comments. */
function moduleMap(file) {
  const lines = readFileSync(path.join(siteDir, file), 'utf8').split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const match = /^\/\/ (\S+\.(?:m?js|ts))$/.exec(line);
    if (match) starts.push([i, match[1].replace(/^node_modules\//, '').replace(/^packages\/([^/]+)\/(dist|src)\//, '@tessera/$1/')]);
  });
  return (line) => {
    let name = '(page)';
    for (const [start, module] of starts) {
      if (start > line) break;
      name = module;
    }
    return name;
  };
}
const maps = { 'render-ours': moduleMap('render-ours.js'), 'render-peers': moduleMap('render-peers.js') };

const server = await startServer();
const { browser } = await launchBrowser();
const pageOf = (name) => (['sl-switch', 'md-switch', 'sl-details', 'svg-gauge', 'lit-switch', 'lit-gauge'].includes(name) ? 'render-peers' : 'render-ours');

const METRICS = ['ThreadTime', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

async function profileOnce(name, phase) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.origin}/${pageOf(name)}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (phase === 'update') await page.evaluate(([c, n]) => window.bench.render(c, n), [name, count]);
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
    const before = await metrics();
    await cdp.send('Profiler.start');
    const result =
      phase === 'update' ? await page.evaluate(() => window.bench.update?.()) : await page.evaluate(([c, n]) => window.bench.render(c, n), [name, count]);
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics();
    if (errors.length) throw new Error(errors.join('; '));
    return { profile, metrics: Object.fromEntries(METRICS.map((k) => [k, after[k] - before[k]])), result };
  } finally {
    await page.close();
  }
}

function selfTimes(profile, toModule) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000));
  const modules = new Map();
  const functions = new Map();
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const module = callFrame.url ? toModule(callFrame.lineNumber) : callFrame.functionName || '(native)';
    modules.set(module, (modules.get(module) ?? 0) + ms);
    const fn = `${callFrame.functionName || '(anonymous)'} · ${module}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  return { modules, functions };
}

const fmt = (n) => n.toFixed(1).padStart(7);
for (const name of cases) {
  for (const phase of ['render', 'update']) {
    const totals = { modules: new Map(), functions: new Map(), metrics: {} };
    let skipped = false;
    for (let run = 0; run < runs; run++) {
      const { profile, metrics, result } = await profileOnce(name, phase);
      if (phase === 'update' && result === undefined) {
        skipped = true;
        break;
      }
      const { modules, functions } = selfTimes(profile, maps[pageOf(name)]);
      for (const [k, v] of modules) totals.modules.set(k, (totals.modules.get(k) ?? 0) + v / runs);
      for (const [k, v] of functions) totals.functions.set(k, (totals.functions.get(k) ?? 0) + v / runs);
      for (const [k, v] of Object.entries(metrics)) totals.metrics[k] = (totals.metrics[k] ?? 0) + v / runs;
    }
    if (skipped) continue;
    const m = totals.metrics;
    console.log(`\n## ${name} ×${count}, ${phase} (mean of ${runs}; ms, per instance in brackets)`);
    console.log(
      `CPU ${fmt(m.ThreadTime)} [${(m.ThreadTime / count).toFixed(2)}]  script ${fmt(m.ScriptDuration)}  style ${fmt(m.RecalcStyleDuration)}  layout ${fmt(m.LayoutDuration)}`,
    );
    const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log('self time by module:');
    for (const [k, v] of sorted(totals.modules)) console.log(`  ${fmt(v)} [${(v / count).toFixed(3)}]  ${k}`);
    console.log('heaviest functions (self):');
    for (const [k, v] of sorted(totals.functions)) console.log(`  ${fmt(v)}  ${k}`);
  }
}
await browser.close();
await server.close();
