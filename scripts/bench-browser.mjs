// Headless Chromium for the bench: one browser, a fresh page (new tab, new JS realm) per run.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from './browsers.mjs';

export async function launchBrowser() {
  const browser = await puppeteer.launch({
    executablePath: requireChromium(),
    headless: true,
    args: [...chromiumArgs, '--window-size=1280,800'],
    defaultViewport: { width: 1280, height: 800 },
    protocolTimeout: 180_000,
  });
  const version = await browser.version();
  return { browser, version };
}

const METRICS = { ThreadTime: 'cpuMs', LayoutDuration: 'layoutMs', RecalcStyleDuration: 'styleMs' };

/**
 * Opens `url` in a fresh page, waits for the page script's `window.bench` object, runs `fn`
 * with it inside the page and closes the page. Page errors fail the run. With `cpu`, the
 * result also holds the main thread's CPU time during `fn` (`cpuMs`, and the layout and
 * style parts of it): unlike wall time, it barely grows when other processes share the cores.
 */
export async function inFreshPage(browser, url, fn, arg, { viewport, cpu = false } = {}) {
  const page = await browser.newPage();
  const cdp = cpu ? await page.createCDPSession() : undefined;
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.filter((m) => m.name in METRICS).map((m) => [METRICS[m.name], m.value * 1000]));
  };
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    if (viewport) await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window, { timeout: 60_000 });
    // Thread ticks: the durations count CPU time on the main thread, not wall time.
    await cdp?.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = cdp ? await metrics() : undefined;
    const result = await page.evaluate(fn, arg);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    if (!cdp) return result;
    const after = await metrics();
    return { ...result, ...Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]])) };
  } finally {
    await page.close();
  }
}

/** Median, min and max of a list of numbers (rounded to 0.1). */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (n) => Math.round(n * 10) / 10;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: values.length };
}
