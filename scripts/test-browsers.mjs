// Runs the web-test-runner suite in every engine found on this machine: Chromium
// (required, with coverage), Firefox and WebKit (when installed). `--engine=firefox`
// (or TESSERA_ENGINES=firefox,webkit) runs a subset. WebKitWebDriver and its Xvfb are
// started here and stopped here, by process group id, whatever happens.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findChromium, findFirefox, findWebKit } from './browsers.mjs';
import { root } from './workspace.mjs';

const wtr = path.join(root, 'node_modules/.bin/web-test-runner');
const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
const wanted = (engineArg ?? process.env.TESSERA_ENGINES ?? 'chromium,firefox,webkit').split(',');
const extraArgs = process.argv.slice(2).filter((a) => !a.startsWith('--engine='));
const available = { chromium: !!findChromium(), firefox: !!findFirefox(), webkit: !!findWebKit() };

if (wanted.includes('chromium') && !available.chromium) {
  console.error('Chromium is required for the tests and was not found. Install it (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited early (code ${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

async function startWebKitDriver() {
  const { driver, xvfbRun } = findWebKit();
  const port = await freePort();
  // Own process group, so Xvfb, the driver and its MiniBrowsers all stop together.
  const child = spawn(xvfbRun, ['-a', driver, `--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(130)));
  await waitForDriver(port, child);
  return { port, stop };
}

// Fixtures some tests load: server-rendered HTML (SSR hydration) and the React bundle.
for (const script of ['scripts/ssr-fixtures.mjs', 'packages/react/test/prepare.mjs']) {
  if (!existsSync(path.join(root, script))) continue;
  const { status } = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${script} failed: the browser tests need its fixtures.`);
    process.exit(1);
  }
}

const results = [];
const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-wtr-'));
for (const engine of ['chromium', 'firefox', 'webkit']) {
  if (!wanted.includes(engine)) continue;
  if (!available[engine]) {
    results.push({ engine, status: 'not found' });
    continue;
  }
  console.log(`\n── ${engine} ──`);
  const env = { ...process.env, TESSERA_BROWSER: engine, TESSERA_SUMMARY_FILE: path.join(summaryDir, `${engine}.json`) };
  // One page at a time: a page in a background tab gets no animation frames (Chromium)
  // and no Enter-to-click (Firefox), WebKitGTK's driver loses track of frames ("Invalid
  // frame ID") with two pages, and pages side by side share one msw service worker.
  // TESSERA_TEST_CONCURRENCY=2 runs two at once for quick local work.
  if (!process.env.TESSERA_TEST_CONCURRENCY) env.TESSERA_TEST_CONCURRENCY = '1';
  let driver;
  if (engine === 'webkit') {
    driver = await startWebKitDriver();
    env.WEBKIT_DRIVER_PORT = String(driver.port);
  }
  const args = engine === 'chromium' ? ['--coverage', ...extraArgs] : extraArgs;
  const { status } = spawnSync(wtr, args, { cwd: root, stdio: 'inherit', env });
  driver?.stop();
  const summary = existsSync(env.TESSERA_SUMMARY_FILE) ? JSON.parse(readFileSync(env.TESSERA_SUMMARY_FILE, 'utf8')) : undefined;
  results.push({ engine, status: status === 0 ? 'passed' : 'failed', summary });
}

console.log('\nEngines:');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { engine, status, summary } of results) {
  if (summary) for (const key of Object.keys(total)) total[key] += summary[key];
  const counts = summary ? `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped` : '';
  console.log(`  ${engine.padEnd(9)} ${status.padEnd(9)} ${counts}`);
}
const missing = results.filter((r) => r.status === 'not found').map((r) => r.engine);
if (missing.length) console.log(`  not installed, so not run: ${missing.join(', ')} (see README, "Browsers")`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (process.env.TESSERA_TOTAL_SUMMARY) writeFileSync(process.env.TESSERA_TOTAL_SUMMARY, JSON.stringify(total));
process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
