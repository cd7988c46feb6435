import puppeteer from 'puppeteer-core';
import { requireChromium, chromiumArgs } from './browsers.mjs';
const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs });
for (const [width, lang, scheme] of [[320, 'en', 'light'], [320, 'es', 'dark'], [1280, 'en', 'dark'], [1280, 'es', 'light']]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('http://localhost:5791/', { waitUntil: 'networkidle0', timeout: 60000 });
  const handle = await page.waitForFunction((lang) => {
    const a = document.querySelector('tessera-activity');
    if (!a?.shadowRoot?.querySelector('[part~="export-all"]')) return false;
    a.setAttribute('lang', lang);
    a.setAttribute('page-size', '5');
    return a;
  }, { timeout: 30000 }, lang);
  // The pages after the first: one fails, so the export's error and retry show.
  await page.waitForFunction(() => document.querySelector('tessera-activity').shadowRoot.querySelector('[part~="export-all"]') && !document.querySelector('tessera-activity').shadowRoot.querySelector('[part~="skeleton"]'));
  await page.evaluate(() => {
    const a = document.querySelector('tessera-activity');
    const provider = a.provider ?? a.closest('tessera-provider')?.provider;
    const list = provider.activity.listTransactions;
    let failed = false;
    provider.activity.listTransactions = (q, o) => (q.cursor === 'c10' && !failed ? ((failed = true), Promise.reject(Object.assign(new Error('x'), { name: 'ProviderError', code: 'unavailable' }))) : list(q, o));
    a.shadowRoot.querySelector('[part~="export-all"]').click();
  });
  await page.waitForFunction(() => document.querySelector('tessera-activity').shadowRoot.querySelector('[part~="error"]'), { timeout: 10000 }).catch(() => console.log('no error shown'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const el = await handle.asElement();
  await el.evaluate((a) => a.shadowRoot.querySelector('[part~="error"]')?.scrollIntoView({ block: 'center' }));
  const file = `/tmp/act2/activity-${width}-${lang}-${scheme}.png`;
  await page.screenshot({ path: file });
  console.log(file, 'page overflow px:', overflow);
  await page.close();
}
await browser.close();
