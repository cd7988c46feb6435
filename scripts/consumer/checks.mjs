// What the consumer test checks in each example, once it is installed from the tarballs:
// static checks (bundles, names, server rendering) and what a customer sees in Chromium.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { createMockStore, MOCK_IDS } from '@tessera/mocks';
import { widgetNames } from '../workspace.mjs';
import { assertClean, clickInShadow, openPage, shadowText, waitForShadowText, waitForText } from './browser.mjs';
import { run } from './install.mjs';

const WIDGET_TAGS = widgetNames().map((name) => `tessera-${name}`);
const seeded = createMockStore();
/** What the widgets must show: the seeded lender's data, as the example's API serves it. */
const expected = {
  cardLast4: seeded.cards.find((card) => card.id === MOCK_IDS.card)?.last4 ?? '(no seeded card)',
  score: String(seeded.creditScore?.score ?? '(no seeded score)'),
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every JS file Vite wrote under `outDir/assets`, and which widget tags it contains. */
function bundle(dir, outDir = 'dist') {
  const assets = path.join(dir, outDir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const code = files.map((f) => readFileSync(path.join(assets, f), 'utf8')).join('\n');
  return { code, size: `${kb(Buffer.byteLength(code))}, ${kb(gzipSync(code, { level: 9 }).length)} gzip`, tags: WIDGET_TAGS.filter((t) => code.includes(t)) };
}

function expectWidgets(found, wanted) {
  const missing = wanted.filter((t) => !found.tags.includes(t));
  const extra = found.tags.filter((t) => !wanted.includes(t));
  if (missing.length || extra.length) {
    throw new Error(`the bundle (${found.size}) should hold ${wanted.join(', ')} only; it holds ${found.tags.join(', ') || 'none'}`);
  }
  return `${found.size}; widgets: ${found.tags.join(', ')}`;
}

/** Names exported by both modules, read from the installed declarations with TypeScript. */
function sharedExports(dir, a, b) {
  const file = path.join(dir, 'names-check.ts');
  writeFileSync(file, `import * as A from '${a}';\nimport * as B from '${b}';\nexport { A, B };\n`);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const names = source.statements.filter(ts.isImportDeclaration).map((decl) => {
    const symbol = checker.getSymbolAtLocation(decl.moduleSpecifier);
    if (!symbol) throw new Error(`${decl.moduleSpecifier.getText()} did not resolve`);
    return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
  });
  return { counts: names.map((n) => n.size), shared: [...names[0]].filter((n) => names[1].has(n)) };
}

/**
 * Each example: how it is served (`vite preview`, or its own `node server.js`), the checks
 * that need only its install (they run even when its own build fails), those that need its
 * build, and its checks in the browser.
 */
export const EXAMPLES = {
  'vanilla-ts': {
    serve: 'vite',
    afterInstall: {},
    afterBuild: {
      'bundle holds the card lock and the FICO gauge only': ({ dir }) => expectWidgets(bundle(dir), ['tessera-card-lock', 'tessera-fico-gauge']),
    },
    async browser({ browser, url, api }) {
      const opened = await openPage(browser, url);
      const { page, messages } = opened;
      await waitForShadowText(page, 'tessera-card-lock', '[part~="card-name"]', expected.cardLast4);
      await waitForShadowText(page, 'tessera-fico-gauge', '[part="score"]', expected.score);
      await clickInShadow(page, 'tessera-card-lock', '[part~="lock-switch"]');
      await waitForText(page, '#activity', 'Locked at');
      if (!(await api('/cards/card-1')).lock.locked) throw new Error('the lock did not reach the API');
      if (!messages.some((m) => m.startsWith('info: [analytics] score viewed'))) throw new Error('the window listener for tessera-fico-gauge-viewed did not run');
      assertClean(opened);
      return `card …${expected.cardLast4} and score ${expected.score} from /api; a lock reached the API and the element's listener; window listener ran`;
    },
  },

  react: {
    serve: 'vite',
    afterInstall: {
      'no export of @tessera/react clashes with @tessera/core (VERSION excepted)': ({ dir }) => {
        const { counts, shared } = sharedExports(dir, '@tessera/core', '@tessera/react');
        // Every package exports its own VERSION; hosts import it under another name.
        const clashes = shared.filter((name) => name !== 'VERSION');
        if (clashes.length) throw new Error(`both export ${clashes.join(', ')}: a file that imports both fails with TS2300`);
        return `${counts[1]} names in @tessera/react, ${counts[0]} in @tessera/core`;
      },
      'renderToString writes the widget attributes': async ({ dir }) => {
        const script = [
          `import { createElement as h } from 'react';`,
          `import { renderToString } from 'react-dom/server';`,
          `import { TesseraCardLock } from '@tessera/react';`,
          `process.stdout.write(renderToString(h(TesseraCardLock, { cardId: 'card-1', confirmUnlock: true, relockAfter: 60 })));`,
        ].join('\n');
        const html = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
        const wanted = '<tessera-card-lock card-id="card-1" confirm-unlock="" relock-after="60">';
        if (!html.includes(wanted)) throw new Error(`expected ${wanted}, got ${html}`);
        return html;
      },
      'a page rendering only TesseraCardLock from `@tessera/react` (the index) bundles the card lock only': async ({ dir }) => {
        const main = path.join(dir, 'src/main.tsx');
        const original = readFileSync(main, 'utf8');
        writeFileSync(
          main,
          [
            `import { createRoot } from 'react-dom/client';`,
            `import { TesseraCardLock } from '@tessera/react';`,
            `createRoot(document.getElementById('root')!).render(<TesseraCardLock cardId="card-1" />);`,
          ].join('\n'),
        );
        try {
          await run(process.execPath, [path.join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', 'dist-index', '--logLevel', 'error'], { cwd: dir });
        } finally {
          writeFileSync(main, original);
        }
        return expectWidgets(bundle(dir, 'dist-index'), ['tessera-card-lock']);
      },
    },
    afterBuild: {
      'bundle holds the card lock only': ({ dir }) => expectWidgets(bundle(dir), ['tessera-card-lock']),
    },
    async browser({ browser, url, api }) {
      const opened = await openPage(browser, url);
      const { page } = opened;
      await waitForShadowText(page, 'tessera-card-lock', '[part~="card-name"]', expected.cardLast4);
      const attribute = await page.evaluate(() => document.querySelector('tessera-card-lock')?.getAttribute('card-id'));
      if (attribute !== MOCK_IDS.card) throw new Error(`card-id attribute is ${attribute}`);
      await clickInShadow(page, 'tessera-card-lock', '[part~="lock-switch"]');
      await waitForText(page, '[role="status"]', 'Locked at');
      if (!(await api('/cards/card-1')).lock.locked) throw new Error('the lock did not reach the API');
      assertClean(opened);
      return `card …${expected.cardLast4} from /api; onCardLockChanged ran after a lock that reached the API`;
    },
  },

  'cdn-html': {
    serve: 'node',
    afterInstall: {},
    afterBuild: {},
    async browser({ browser, url, dir }) {
      const opened = await openPage(browser, url);
      const { page, response } = opened;
      const csp = response.headers()['content-security-policy'] ?? '';
      if (!csp.includes("script-src 'self'")) throw new Error(`the page has no strict CSP (${csp})`);
      const src = await page.evaluate(() => document.querySelector('script[integrity]')?.getAttribute('src'));
      const integrity = await page.evaluate(() => document.querySelector('script[integrity]')?.getAttribute('integrity'));
      const served = Buffer.from(await (await fetch(new URL(src ?? '/missing', url))).arrayBuffer());
      const actual = `sha384-${createHash('sha384').update(served).digest('base64')}`;
      const manifest = JSON.parse(readFileSync(path.join(dir, 'node_modules/@tessera/card-lock/dist/cdn-manifest.json'), 'utf8'));
      if (integrity !== actual || integrity !== manifest['cdn.js'].integrity) {
        throw new Error(`integrity ${integrity}; cdn-manifest.json says ${manifest['cdn.js'].integrity}; the served file is ${actual}`);
      }
      await waitForShadowText(page, 'tessera-card-lock', '[part~="card-name"]', expected.cardLast4);
      assertClean(opened);
      return `cdn.js (${kb(served.length)}) loaded with integrity ${integrity.slice(0, 18)}… under a strict CSP; card …${expected.cardLast4} from <tessera-provider endpoint="/api">`;
    },
  },

  ssr: {
    serve: 'node',
    afterInstall: {},
    afterBuild: {},
    async browser({ browser, url }) {
      const html = await (await fetch(url)).text();
      for (const tag of ['tessera-fico-gauge', 'tessera-provider', 'tessera-card-lock']) {
        if (!new RegExp(`<${tag}\\b[^>]*>\\s*<template shadowroot(mode)?="open"`).test(html)) throw new Error(`<${tag}> has no declarative shadow root in the server's HTML`);
      }

      // Without JavaScript: what the server's HTML alone draws.
      const still = await openPage(browser, url, { javaScript: false });
      const serverScore = await shadowText(still.page, 'tessera-fico-gauge', '[part="score"]');
      const skeleton = await still.page.evaluate(() => !!document.querySelector('tessera-card-lock')?.shadowRoot?.querySelector('[part~="skeleton"]'));
      await still.page.close();
      if (serverScore !== expected.score) throw new Error(`without JavaScript the gauge reads "${serverScore}", not ${expected.score}`);
      if (!skeleton) throw new Error('without JavaScript the card lock shows no skeleton');

      // With JavaScript: every shadow root is the server's (hydrated), none attached again.
      const opened = await openPage(browser, url, {
        setup: (page) =>
          page.evaluateOnNewDocument(() => {
            const attach = Element.prototype.attachShadow;
            const attached = [];
            Object.assign(window, { attachedShadows: attached });
            Element.prototype.attachShadow = function (init) {
              attached.push(this.localName);
              return attach.call(this, init);
            };
          }),
      });
      const { page } = opened;
      await waitForShadowText(page, 'tessera-card-lock', '[part~="card-name"]', expected.cardLast4);
      await waitForShadowText(page, 'tessera-fico-gauge', '[part="score"]', expected.score);
      const attached = await page.evaluate(() => window.attachedShadows.filter((name) => name.startsWith('tessera-')));
      if (attached.length) throw new Error(`rendered again instead of hydrated: ${attached.join(', ')}`);
      await clickInShadow(page, 'tessera-card-lock', '[part~="lock-switch"]');
      await waitForText(page, '#activity', 'Your card is locked.');
      assertClean(opened);
      return `server HTML: score ${expected.score} and a card-lock skeleton without JavaScript; hydrated in place (no shadow root attached again); card …${expected.cardLast4} from /api; document listener ran`;
    },
  },
};
