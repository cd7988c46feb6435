import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [w, lang, theme] of [[320, 'en', 'light'], [1280, 'en', 'light'], [320, 'es', 'dark'], [1280, 'es', 'dark']]) {
  await page.setViewport({ width: w, height: 900 });
  await page.goto('http://localhost:5291/', { waitUntil: 'networkidle0', timeout: 60000 });
  await page.evaluate((lang, theme) => { document.documentElement.lang = lang; document.documentElement.dataset.theme = theme; }, lang, theme);
  await page.waitForFunction(() => document.querySelector('tessera-activity')?.shadowRoot?.querySelector('[part~="row"]'), { timeout: 30000 });
  await new Promise((r) => setTimeout(r, 800));
  const el = await page.$('tessera-activity');
  await el.screenshot({ path: `/tmp/act/shot-${w}-${lang}-${theme}.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  console.log(w, lang, theme, 'page overflow', overflow);
}
await browser.close();
