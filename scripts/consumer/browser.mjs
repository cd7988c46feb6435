// Headless Chromium for the consumer test: the system browser through puppeteer-core, with
// the repository's launch flags, and pages that record every console error, page error,
// failed request and error response.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, requireChromium } from '../browsers.mjs';

export const launch = () => puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs });

/**
 * A new page that records problems. `setup(page)` runs before the first load (request
 * interception, scripts for every new document, …).
 */
export async function openPage(browser, url, { javaScript = true, setup } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const messages = [];
  // The browser asks every site for /favicon.ico on its own; the examples have none.
  const favicon = (url = '') => new URL(url, 'http://x').pathname === '/favicon.ico';
  page.on('console', (message) => {
    messages.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error' && !favicon(message.location()?.url)) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !favicon(response.url())) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.setJavaScriptEnabled(javaScript);
  await setup?.(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, response, problems, messages };
}

/** The text of the first `selector` in `tag`'s shadow root, spaces collapsed ('' when absent). */
export const shadowText = (page, tag, selector) =>
  page.evaluate(
    (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    tag,
    selector,
  );

/** Waits until `tag`'s shadow root has `selector` with text containing `expected`; says what it shows otherwise. */
export async function waitForShadowText(page, tag, selector, expected, timeout = 20_000) {
  try {
    await page.waitForFunction(
      (t, s, e) => (document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').includes(e),
      { timeout, polling: 100 },
      tag,
      selector,
      expected,
    );
  } catch {
    const shown = await page.evaluate(
      (t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '(no shadow root)',
      tag,
    );
    throw new Error(`<${tag}> ${selector} never read "${expected}"; it shows: ${shown}`);
  }
}

/** Clicks the first `selector` inside `tag`'s shadow root. */
export async function clickInShadow(page, tag, selector) {
  const clicked = await page.evaluate(
    (t, s) => {
      const target = document.querySelector(t)?.shadowRoot?.querySelector(s);
      if (target instanceof HTMLElement) target.click();
      return !!target;
    },
    tag,
    selector,
  );
  if (!clicked) throw new Error(`<${tag}> has no ${selector} to click`);
}

/** Waits until the light-DOM `selector` reads `expected` (substring). */
export async function waitForText(page, selector, expected, timeout = 10_000) {
  try {
    await page.waitForFunction((s, e) => (document.querySelector(s)?.textContent ?? '').includes(e), { timeout, polling: 100 }, selector, expected);
  } catch {
    const shown = await page.evaluate((s) => document.querySelector(s)?.textContent ?? '(missing)', selector);
    throw new Error(`${selector} never read "${expected}"; it reads: ${shown}`);
  }
}

export function assertClean({ problems }) {
  if (problems.length) throw new Error(problems.join('\n'));
}
