// Component and unit tests in real browsers. `npm test` runs this through scripts/test.mjs
// and scripts/test-browsers.mjs, which set the engine (TESSERA_BROWSER) and its files
// (TESSERA_TEST_FILES); `npx web-test-runner` runs it directly (Chromium, every file).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { browserLauncher } from './scripts/wtr-browsers.mjs';
import { root, sourceFor } from './scripts/workspace.mjs';
import { plainSummaryReporter } from './scripts/wtr-plain-summary.mjs';
import { storiesIndexPlugin, unitTestsIndexPlugin } from './scripts/wtr-stories-index.mjs';
import { testFilesFor } from './scripts/wtr-files.mjs';
import { testPagesMiddleware } from './scripts/wtr-test-pages.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.base.json', import.meta.url));

/** Resolves "@tessera/..." to package sources, so tests need no build. */
const workspaceSources = {
  name: 'tessera-workspace-sources',
  resolveImport({ source }) {
    const file = sourceFor(source);
    return file ? `/${path.relative(root, file).split(path.sep).join('/')}` : undefined;
  },
};

/** The msw worker must be served from the site root to control every page. */
const mswWorkerAtRoot = async (context, next) => {
  if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
  return next();
};

const engine = process.env.TESSERA_BROWSER ?? 'chromium';
const filter = process.env.TESSERA_TEST_FILES;

export default {
  rootDir: root,
  files: filter ? filter.split(',') : testFilesFor(engine),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time; see scripts/test-browsers.mjs.
  concurrency: Number(process.env.TESSERA_TEST_CONCURRENCY ?? 1),
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A file's whole run. stories/stories.test.ts renders every story with axe checks: about
  // 3 minutes in WebKit on a busy 2-core machine, and it grows with every widget.
  testsFinishTimeout: 600_000,
  middleware: [mswWorkerAtRoot, testPagesMiddleware()],
  plugins: [
    workspaceSources,
    storiesIndexPlugin(),
    unitTestsIndexPlugin(),
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
    // Chromium's accessibility tree, for tests of accessible names (test/support/accessible-name.ts).
    a11ySnapshotPlugin(),
  ],
  browsers: [await browserLauncher(engine)],
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/node_modules/**', 'packages/*/src/**/*.stories.ts'],
    report: true,
    reportDir: process.env.TESSERA_COVERAGE_DIR ?? 'coverage',
    reporters: ['lcovonly', 'text-summary', 'json-summary'],
  },
  testFramework: {
    config: { timeout: 10_000, ui: 'bdd' },
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter({ flatten: false }), plainSummaryReporter()],
};
