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

/**
 * Opens `url` in a fresh page, waits for the page script's `window.bench` object, runs `fn`
 * with it inside the page and closes the page. Page errors fail the run.
 */
export async function inFreshPage(browser, url, fn, arg, { viewport } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    if (viewport) await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window, { timeout: 60_000 });
    const result = await page.evaluate(fn, arg);
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return result;
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
