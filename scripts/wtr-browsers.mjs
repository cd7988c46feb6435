// One web-test-runner launcher per engine. Chromium and Firefox go through
// @web/test-runner-chrome (Firefox via puppeteer-core's WebDriver BiDi); WebKit goes
// through a WebKitWebDriver that scripts/test-browsers.mjs has started (WEBKIT_DRIVER_PORT).
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findFirefox, findWebKit, requireChromium } from './browsers.mjs';

export async function browserLauncher(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({ launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs } });
  }
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('Firefox was not found (apt-get install firefox-esr, or set FIREFOX_PATH).');
    const puppeteer = await import('puppeteer-core');
    return chromeLauncher({
      puppeteer: puppeteer.default ?? puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
    });
  }
  if (engine === 'webkit') {
    const webkit = findWebKit();
    const port = Number(process.env.WEBKIT_DRIVER_PORT);
    if (!webkit || !port) throw new Error('WebKit needs WebKitWebDriver, MiniBrowser and xvfb-run; run it through `npm test` or `npm run test:webkit`.');
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }
  throw new Error(`Unknown engine "${engine}" (chromium, firefox or webkit)`);
}
