// `npm run bench`: sizes, render cost, requests, layout shift and help search, against
// peers, in one run. Prints Markdown tables, writes bench/results.json and the latest table
// into bench/README.md. Reports timings; never asserts them (`npm run size` is the gate).
//
//   node scripts/bench.mjs [--runs=7] [--runs-large=3] [--define-runs=7] [--counts=100,1000]
//                          [--max-seconds=285] [--skip=render,requests,search,memory,activity] [--no-readme]
//                          [--memory-count=1000] [--memory-rounds=10]
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { measurePeerSizes, measureSizes } from './sizes.mjs';
import { measureCore, measureKit } from './bench-kit.mjs';
import { prepareSite, siteDir, startServer } from './bench-server.mjs';
import { launchBrowser } from './bench-browser.mjs';
import { buildRenderPages, measureRender } from './bench-render.mjs';
import { measureMemory } from './bench-memory.mjs';
import { activityRowsTable, measureActivityRows } from './bench-activity.mjs';
import { buildRequestPages, measureRequests, measureSearch } from './bench-requests.mjs';
import { renderReport } from './bench-report.mjs';
import { packagesDir, root, widgetNames } from './workspace.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const number = (key, fallback) => (args[key] !== undefined ? Number(args[key]) : fallback);
const skip = new Set((args.skip ?? '').split(',').filter(Boolean));
const counts = (args.counts ?? '100,1000').split(',').map(Number);
const runs = number('runs', 7);
const runsLarge = number('runs-large', 3);
const options = {
  counts,
  runsFor: Object.fromEntries(counts.map((c) => [c, c >= 1000 ? runsLarge : runs])),
  defineRuns: number('define-runs', 7),
  // ×1000 rounds stop early (after one) rather than run the whole bench past this.
  maxSeconds: number('max-seconds', 285),
};

const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// Everything measured comes from the built packages.
const required = [
  ...['core', 'provider-rest', 'mocks'].map((p) => `${p}/dist/index.js`),
  'core/dist/define.js',
  'provider-rest/dist/register.js',
  'mocks/dist/handlers.js',
  ...widgetNames().flatMap((w) => [`${w}/dist/index.js`, `${w}/dist/define.js`, `${w}/dist/cdn.js`]),
];
const missing = required.filter((file) => !existsSync(path.join(packagesDir, file)));
if (missing.length) {
  console.error(`The bench measures the built packages, and these are missing:\n  ${missing.map((f) => `packages/${f}`).join('\n  ')}\nRun \`npm run build\` first.`);
  process.exit(1);
}

const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const limitOf = (entry) => (typeof entry === 'number' ? entry : entry.limit);
const targetOf = (entry) => (typeof entry === 'number' ? entry : entry.target);

/** Runs `step`; if a dist file vanished meanwhile (a rebuild in progress), waits and tries again. */
async function whileDistIsComplete(step) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= 6 || !/Could not resolve/.test(String(error))) throw error;
      log(`a dist file is missing (a build running?); trying again in 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 20_000));
    }
  }
}

// Bundle the pages first, while dist is known to be complete.
await whileDistIsComplete(async () => {
  log('bundling the bench pages');
  prepareSite();
  await buildRenderPages((from, to) => copyFileSync(path.join(root, from), path.join(siteDir, to)));
  await buildRequestPages();
});

log('sizes');
const { sizes, peerSizes, kit, core } = await whileDistIsComplete(async () => ({
  sizes: await measureSizes(),
  peerSizes: await measurePeerSizes(),
  kit: await measureKit({ limit: limitOf(budgets.kit), target: targetOf(budgets.kit) }),
  core: await measureCore(),
}));

const machine = {
  date: new Date().toISOString(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  loadBefore: os.loadavg().map((n) => n.toFixed(1)),
  commit: gitCommit(),
};

const results = { machine, options, budgets, sizes, peerSizes, kit, core };
const needsBrowser = !['render', 'requests', 'search', 'memory', 'activity'].every((s) => skip.has(s));
if (needsBrowser) {
  const server = await startServer();
  const { browser, version } = await launchBrowser();
  machine.chromium = version;
  try {
    if (!skip.has('requests')) results.requests = await measureRequests(browser, server.origin, { log });
    if (!skip.has('search')) results.search = await measureSearch(browser, server.origin, { log });
    if (!skip.has('render')) {
      results.render = await measureRender(browser, server.origin, { ...options, deadline: started + options.maxSeconds * 1000, log });
    }
    if (!skip.has('activity')) results.activityRows = await measureActivityRows(browser, server.origin, { runs: runsLarge, log });
    if (!skip.has('memory')) {
      results.memory = await measureMemory(browser, server.origin, { count: number('memory-count', 1000), rounds: number('memory-rounds', 10), log });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
machine.loadAfter = os.loadavg().map((n) => n.toFixed(1));
machine.seconds = Math.round((Date.now() - started) / 1000);

const report = [renderReport(results), ...(results.activityRows ? [activityRowsTable(results.activityRows)] : [])].join('\n\n');
console.log(report);
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (args['no-readme'] === undefined) updateReadme(report);
log(`done in ${machine.seconds} s; wrote bench/results.json`);

function updateReadme(report) {
  const file = path.join(root, 'bench/README.md');
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${report}\n\n${text.slice(to)}`);
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
