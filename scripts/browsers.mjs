// Finds the browsers the tests can use on this machine. CHROME_PATH / FIREFOX_PATH
// override; otherwise the usual install locations are tried.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function firstExisting(candidates) {
  return candidates.find((file) => file && existsSync(file));
}

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  return firstExisting([
    onPath('chromium'),
    onPath('chromium-browser'),
    onPath('google-chrome-stable'),
    onPath('google-chrome'),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ]);
}

export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or set CHROME_PATH to the browser executable.',
  );
}

/** Flags for headless Chromium on CI machines, as root, with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  // Test files run side by side in tabs; a background tab must still paint and tick.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return firstExisting([
    onPath('firefox-esr'),
    onPath('firefox'),
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** WebKitGTK: the WebKitWebDriver driver, the MiniBrowser binary and xvfb-run for a display. */
export function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_DRIVER_PATH, onPath('WebKitWebDriver'), '/usr/bin/WebKitWebDriver']);
  const miniBrowser = firstExisting([
    process.env.WEBKIT_MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ]);
  const xvfbRun = onPath('xvfb-run');
  return driver && miniBrowser && xvfbRun ? { driver, miniBrowser, xvfbRun } : undefined;
}
