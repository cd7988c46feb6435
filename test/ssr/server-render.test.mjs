// Server rendering in Node: `node --test test/ssr/` (npm run test:ssr).
// Each case renders in a fresh Node process (custom elements register once per process).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WIDGETS = ['tessera-payment-form', 'tessera-card-lock', 'tessera-fico-gauge', 'tessera-title-tracker', 'tessera-help-faq', 'tessera-ways-to-pay', 'tessera-account-summary', 'tessera-documents', 'tessera-activity', 'tessera-alerts', 'tessera-dispute'];

function renderInNode(...args) {
  const out = execFileSync(process.execPath, ['--enable-source-maps', path.join(root, 'scripts/ssr-render.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** The Declarative Shadow DOM of the first `<tag>` in the page, without styles and Lit's markers. */
function shadowOf(page, tag) {
  const match = new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`).exec(page);
  assert.ok(match, `<${tag}> has no declarative shadow root`);
  return match[1]
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');
}

const textOf = (markup) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('server rendering with @lit-labs/ssr', () => {
  let plain;
  let shimmed;

  before(() => {
    plain = renderInNode();
    shimmed = renderInNode('--shim');
  });

  it('loads and renders every widget without reading window, document or other browser-only globals', () => {
    assert.deepEqual(plain.touched, []);
  });

  it('renders the same HTML with @lit-labs/ssr’s global DOM shim installed', () => {
    assert.deepEqual(shimmed.html, plain.html);
  });

  it('renders each widget into a declarative shadow root with its styles', () => {
    for (const tag of WIDGETS) {
      const page = Object.values(plain.html).find((p) => p.includes(`<${tag}`));
      assert.ok(page, `no fixture renders <${tag}>`);
      assert.match(page, new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
    }
  });

  for (const [fixture, tag] of [
    ['payment-form', 'tessera-payment-form'],
    ['card-lock', 'tessera-card-lock'],
    ['fico-gauge', 'tessera-fico-gauge'],
    ['title-tracker', 'tessera-title-tracker'],
    ['help-faq', 'tessera-help-faq'],
    ['ways-to-pay', 'tessera-ways-to-pay'],
    ['account-summary', 'tessera-account-summary'],
    ['documents', 'tessera-documents'],
    ['dispute', 'tessera-dispute'],
    ['activity', 'tessera-activity'],
    ['alerts', 'tessera-alerts'],
  ]) {
    it(`renders <${tag}> in its loading state (no provider reaches it on the server)`, () => {
      const shadow = shadowOf(plain.html[fixture], tag);
      assert.match(shadow, /part="(skeleton|loading)"/);
      assert.match(textOf(shadow), /Loading…/);
      assert.doesNotMatch(shadow, /role="alert"/, 'a missing provider is not an error on the server');
    });
  }

  it('renders the presentational FICO gauge in full: meter, score, band, change, attribution, date', () => {
    const shadow = shadowOf(plain.html['fico-gauge-presentational'], 'tessera-fico-gauge');
    assert.match(shadow, /role="meter"/);
    assert.match(shadow, /aria-valuemin="300"/);
    assert.match(shadow, /aria-valuemax="850"/);
    assert.match(shadow, /aria-valuenow="742"/);
    assert.match(shadow, /aria-valuetext="742, Very Good"/);
    assert.match(shadow, /aria-label="FICO® Score 8"/);
    assert.match(shadow, /<span class="score" part="score">742<\/span>/);
    assert.match(shadow, /<span class="band" part="band">Very Good<\/span>/);
    assert.equal((shadow.match(/<path class="arc /g) ?? []).length, 5, 'five band arcs');
    const text = textOf(shadow);
    assert.match(text, /Up 12 points since your last score/);
    assert.match(text, /FICO® Score 8 based on Experian® data/);
    assert.match(text, /As of Oct 1, 2026/);
    assert.doesNotMatch(shadow, /part="skeleton"|role="alert"/);
  });

  it('renders <tessera-provider endpoint> and its widget without a REST provider on the server', () => {
    const page = plain.html['provider-endpoint'];
    assert.match(page, /<tessera-provider\s+endpoint="https:\/\/api\.example\.com\/servicing"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(shadowOf(page, 'tessera-provider'), /<slot><\/slot>/);
    assert.match(shadowOf(page, 'tessera-card-lock'), /part="skeleton"/);
  });
});

describe('the browser-globals watcher', () => {
  it('reports a module under packages/ that reads document at import time', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'tessera-ssr-')), 'packages/example/src');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'reads-document.mjs');
    writeFileSync(file, 'export const title = globalThis.document?.title;\n');
    const script = [
      `import { watchBrowserGlobals } from ${JSON.stringify(pathToFileURL(path.join(root, 'scripts/ssr-render.mjs')).href)};`,
      `const watcher = watchBrowserGlobals(['document']);`,
      `await import(${JSON.stringify(pathToFileURL(file).href)});`,
      `console.log(JSON.stringify(watcher.touched));`,
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const touched = JSON.parse(out);
    assert.equal(touched.length, 1);
    assert.equal(touched[0].global, 'document');
    assert.equal(touched[0].phase, 'import');
    assert.match(touched[0].at, /reads-document\.mjs/);
  });
});
