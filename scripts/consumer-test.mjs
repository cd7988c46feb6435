// The consumer test: the packages as a host receives them. Packs every workspace package,
// installs the tarballs into a copy of each app under examples/ (offline from the npm cache
// where it can), type-checks and builds it with its own scripts, checks its bundles, then
// serves it as its README says and opens it in headless Chromium: each widget must show the
// data of its provider, with no console error and no failed request.
//
// `npm run test:consumer` (after `npm run build`); `node scripts/consumer-test.mjs react ssr`
// runs some examples; `--keep` leaves the temporary folder for a look.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageNames, packagesDir, root } from './workspace.mjs';
import { launch } from './consumer/browser.mjs';
import { EXAMPLES } from './consumer/checks.mjs';
import { copyExample, install, packAll, run } from './consumer/install.mjs';
import { serve } from './consumer/serve.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const examplesDir = path.join(root, 'examples');
const present = readdirSync(examplesDir).filter((name) => existsSync(path.join(examplesDir, name, 'package.json')));
const unknown = present.filter((name) => !EXAMPLES[name]);
if (unknown.length) throw new Error(`examples/${unknown.join(', examples/')}: no checks in scripts/consumer/checks.mjs`);
const chosen = args.filter((a) => !a.startsWith('--'));
const names = chosen.length ? chosen : present;

const missingBuild = packageNames().filter((name) => !existsSync(path.join(packagesDir, name, 'dist/index.js')));
if (missingBuild.length) {
  console.error(`No build of ${missingBuild.join(', ')}: run \`npm run build\` first.`);
  process.exit(1);
}

const started = Date.now();
const results = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const lastLine = (text) => text.trim().split('\n').at(-1) ?? '';

/** Runs one check and prints its line; a failed check fails the run, not the checks after it. */
async function check(example, what, fn) {
  const since = Date.now();
  try {
    const detail = await fn();
    results.push({ ok: true });
    console.log(`pass  ${example}: ${what} (${seconds(since)} s)${detail ? `\n      ${String(detail).split('\n').join('\n      ')}` : ''}`);
    return true;
  } catch (error) {
    results.push({ ok: false, example, what });
    console.log(`FAIL  ${example}: ${what} (${seconds(since)} s)\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
    return false;
  }
}

/** Runs `task` over `items`, `limit` at a time (the machine has few cores). */
async function pool(items, limit, task) {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await task(queue.shift());
  }));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'tessera-consumer-'));
let tarballs;
await check('packages', 'npm pack of every workspace package', async () => {
  tarballs = await packAll(path.join(work, 'tarballs'));
  return [...tarballs.values()].map((file) => path.basename(file)).join(', ');
});

const ready = new Set();
if (tarballs) {
  await pool(names, Math.max(2, os.availableParallelism?.() ?? 2), async (name) => {
    const dir = path.join(work, name);
    let pkg;
    const installed = async () => {
      pkg = copyExample(path.join(examplesDir, name), dir, tarballs);
      return lastLine(await install(dir));
    };
    if (!(await check(name, 'copied; npm install from the tarballs (--prefer-offline)', installed))) return;
    // `build` type-checks and builds where an example has one; the others only type-check.
    const script = pkg.scripts?.build ? 'build' : 'typecheck';
    const built = () => run('npm', ['run', script, '--silent'], { cwd: dir }).then((out) => out.split('\n').filter((l) => /^dist\//.test(l)).join('\n'));
    const ok = await check(name, `npm run ${script} (${pkg.scripts?.[script]})`, built);
    for (const [what, fn] of Object.entries(EXAMPLES[name].afterInstall)) await check(name, what, () => fn({ dir }));
    if (!ok) return;
    for (const [what, fn] of Object.entries(EXAMPLES[name].afterBuild)) await check(name, what, () => fn({ dir }));
    ready.add(name);
  });
}

if (ready.size) {
  const browser = await launch();
  try {
    for (const name of names.filter((n) => ready.has(n))) {
      const dir = path.join(work, name);
      const how = EXAMPLES[name].serve === 'vite' ? 'vite preview' : 'node server.js';
      await check(name, `served by ${how}, in headless Chromium`, async () => {
        const server = await serve(dir, { vite: EXAMPLES[name].serve === 'vite' });
        const api = async (route) => (await fetch(new URL(`api${route}`, server.url))).json();
        try {
          return await EXAMPLES[name].browser({ browser, url: server.url, dir, api });
        } finally {
          await server.stop();
        }
      });
    }
  } finally {
    await browser.close();
  }
}

const failed = results.filter((r) => !r.ok);
if (keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`\nconsumer test: ${names.length} example(s) in ${seconds(started)} s`);
for (const { example, what } of failed) console.log(`  failed: ${example}: ${what}`);
for (const name of names.filter((n) => !ready.has(n))) console.log(`  not opened in the browser: ${name} (an earlier step failed)`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || ready.size < names.length ? 1 : 0);
