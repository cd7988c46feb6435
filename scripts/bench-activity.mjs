// A thousand rows in <tessera-activity>: the first render of 100 and of 1000 rows (the
// `activity-rows` render case) and the cost of appending one page of 25 ("Show more") to 100
// and to 1000 rows already shown, which should not grow with the rows already there.
// CPU time on the main thread, median (min–max) of fresh pages.
//
//   node scripts/bench-activity.mjs [--runs=5] [--counts=100,1000]
// `npm run bench` measures the same (its render tables hold activity-rows; the append is
// reported beside them). Needs `npm run build` first.
import { pathToFileURL } from 'node:url';
import { inFreshPage, summarize } from './bench-browser.mjs';

/** First render and one appended page at each count, `runs` fresh pages each. */
export async function measureActivityRows(browser, origin, { counts = [100, 1000], runs = 5, log = () => {} } = {}) {
  const result = {};
  for (const count of counts) {
    const first = [];
    const append = [];
    for (let run = 0; run < runs; run++) {
      log(`activity rows ×${count}: run ${run + 1} of ${runs}`);
      first.push((await inFreshPage(browser, `${origin}/render-ours.html`, ([c, n]) => window.bench.render(c, n), ['activity-rows', count], { cpu: true })).cpuMs);
      append.push(await timeAppend(browser, origin, count));
    }
    result[count] = { firstRender: summarize(first), showMore: summarize(append) };
  }
  return result;
}

/** CPU ms of one "Show more" (25 rows) on `count` rows shown, counted from the click only. */
async function timeAppend(browser, origin, count) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/render-ours.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window, { timeout: 60_000 });
    await page.evaluate((n) => window.bench.showMore.mount(n), count);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Main-thread CPU time (as the render cases count it), from the click only.
    const cpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(['ThreadTime', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration'].map((name) => [name, metrics.find((m) => m.name === name).value * 1000]));
    };
    const before = await cpu();
    await page.evaluate(() => window.bench.showMore.press());
    const after = await cpu();
    if (process.env.BENCH_ACTIVITY_PARTS) console.error(count, Object.keys(after).map((k) => `${k} ${(after[k] - before[k]).toFixed(1)}`).join(', '));
    return after.ThreadTime - before.ThreadTime;
  } finally {
    await page.close();
  }
}

export function activityRowsTable(result) {
  const cell = (s) => `${s.median} (${s.min}–${s.max})`;
  return [
    `### Activity: a thousand rows (CPU ms, median (min–max) of ${Object.values(result)[0]?.firstRender.runs ?? 0} fresh pages)`,
    '',
    '| rows shown | first render | "Show more": 25 rows appended |',
    '|---:|---:|---:|',
    ...Object.entries(result).map(([count, r]) => `| ${count} | ${cell(r.firstRender)} | ${cell(r.showMore)} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const { prepareSite, buildPage, startServer } = await import('./bench-server.mjs');
  const { launchBrowser } = await import('./bench-browser.mjs');
  prepareSite();
  await buildPage('render-ours', { entry: 'render-ours.js' });
  const server = await startServer();
  const { browser } = await launchBrowser();
  try {
    const counts = (args.counts ?? '100,1000').split(',').map(Number);
    const result = await measureActivityRows(browser, server.origin, { counts, runs: Number(args.runs ?? 5) });
    console.log(activityRowsTable(result));
  } finally {
    await browser.close();
    await server.close();
  }
}
