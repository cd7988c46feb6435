// One web-test-runner launcher per engine. Chromium and Firefox go through
// @web/test-runner-chrome (Firefox via puppeteer-core's WebDriver BiDi); WebKit goes
// through a WebKitWebDriver that scripts/test-browsers.mjs has started (WEBKIT_DRIVER_PORT).
//
// Every launcher is guarded: when starting or stopping a test page fails and the browser
// turns out to be gone, its session is "lost". That file and every later one are then
// reported as not run (see lostSessions), and scripts/test-browsers.mjs runs them again
// once, in a fresh browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findFirefox, findWebKit, requireChromium } from './browsers.mjs';

/** Test session id → why its browser was gone. Read by scripts/wtr-plain-summary.mjs. */
export const lostSessions = new Map();

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function guard(launcher, engine, isAlive) {
  let lost;
  for (const name of ['startSession', 'stopSession']) {
    const original = launcher[name].bind(launcher);
    launcher[name] = async (id, ...args) => {
      if (lost) {
        lostSessions.set(id, lost);
        throw new Error(`Not run: the ${engine} browser was lost earlier in this run (${lost})`);
      }
      try {
        return await original(id, ...args);
      } catch (error) {
        const alive = await withTimeout(isAlive(), 10_000).catch(() => false);
        if (!alive) {
          lost = `${name === 'startSession' ? 'opening' : 'closing'} a test page failed and the browser no longer answers: ${error.message}`;
          lostSessions.set(id, lost);
        }
        throw error;
      }
    };
  }
  return launcher;
}

async function webkitLauncher() {
  const webkit = findWebKit();
  const port = Number(process.env.WEBKIT_DRIVER_PORT);
  if (!webkit || !port) throw new Error('WebKit needs WebKitWebDriver, MiniBrowser and xvfb-run; run it through `npm test` or `npm run test:webkit`.');
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');

  class WebKitLauncher extends WebdriverLauncher {
    // The library sends `getTitle` every 60 s as a keep-alive, whatever else is in flight.
    // When it lands while a page is loading, WebKitWebDriver never answers that navigation;
    // two minutes later the request times out. WebKitWebDriver ends no idle session, so
    // no keep-alive is needed.
    setupHeartbeat() {}

    // The library starts the navigation without awaiting it, so a failed navigation became
    // an unhandled rejection that killed the whole run. Awaited, it fails this file instead.
    async startSession(id, url) {
      if (this.config.concurrency !== 1) return super.startSession(id, url);
      await this.ensureManagerInitialized();
      await this.driverManager.startSession(id, url);
    }
  }

  const launcher = new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: process.env.TESSERA_WDIO_LOG ?? 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  return guard(launcher, 'webkit', async () => {
    await launcher.driver?.getUrl();
    return !!launcher.driver;
  });
}

/**
 * puppeteer-core's setViewport also sends `emulation.setScreenOrientationOverride`, which
 * some Firefox ESR builds (140.12, Debian bookworm) do not know; the viewport itself is set
 * by the command sent beside it. Only that one unknown command is tolerated.
 */
function withoutOrientationOverride(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

export async function browserLauncher(engine) {
  if (engine === 'chromium') {
    const launcher = chromeLauncher({
      // dumpio: the browser's own output goes to the runner's stderr, which the test script logs.
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs, dumpio: true },
    });
    return guard(launcher, engine, async () => launcher.browser?.connected !== false);
  }
  if (engine === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('Firefox was not found (apt-get install firefox-esr, or set FIREFOX_PATH).');
    const puppeteer = await import('puppeteer-core');
    const launcher = chromeLauncher({
      puppeteer: puppeteer.default ?? puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true, dumpio: true },
      createPage: async ({ context }) => withoutOrientationOverride(await context.newPage()),
    });
    return guard(launcher, engine, async () => launcher.browser?.connected !== false);
  }
  if (engine === 'webkit') return webkitLauncher();
  throw new Error(`Unknown engine "${engine}" (chromium, firefox or webkit)`);
}
