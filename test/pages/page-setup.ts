// What every test page does before its widgets exist: start the mock REST API in this
// page, then put the page's markup (kept inert in <template id="widgets">, so no widget
// asks for data before the API answers) into the body, then tell the test.
import { setupWorker } from 'msw/browser';
import { createHandlers } from '@tessera/mocks/handlers';

const WORKER_URL = '/mockServiceWorker.js';
const REGISTER_WAIT_MS = 4000;
const CONTROL_WAIT_MS = 4000;
const START_WAIT_MS = 6000;
const RELOADS_KEY = 'test-page-reloads';
const MAX_RELOADS = 2;

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** Tells the test how far the setup got, so a page that never gets ready says where it stopped. */
function progress(step: string): void {
  parent.postMessage({ source: 'tessera-test-page', kind: 'progress', text: step }, location.origin);
}

/**
 * Waits for a setup step; one that never finishes reloads the page (twice at most, then
 * fails with the step's name). WebKit's service worker sometimes never settles a page's
 * request: `register()` or msw's handshake in `worker.start()` then waits for ever, and a
 * fresh document talks to it again. The test is told each step, and what an abandoned
 * load reported is dropped (test/dropin/page-frame.ts).
 */
async function withinOrReload(step: string, ms: number, run: () => Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = await Promise.race([
    run().then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]);
  clearTimeout(timer);
  if (done) {
    progress(step);
    return;
  }
  const reloads = Number(sessionStorage.getItem(RELOADS_KEY) ?? '0');
  if (reloads >= MAX_RELOADS) throw new Error(`${location.pathname}: never "${step}", even after ${reloads} reloads`);
  sessionStorage.setItem(RELOADS_KEY, String(reloads + 1));
  progress(`not "${step}" after ${ms} ms: reloading`);
  location.reload();
  await new Promise(() => undefined);
}

/**
 * Registers msw's worker and waits until it controls this page. Under Trusted Types,
 * `navigator.serviceWorker.register()` takes a TrustedScriptURL, and msw turns its `url`
 * option into a string, so the page registers the worker itself through a policy that
 * allows that one URL (a partner page runs no mock API: this policy is the test's own).
 * msw's start() then finds the registration and only updates it.
 */
async function registerWorker(): Promise<void> {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const policy = factory?.createPolicy('tessera-test-pages', {
    createScriptURL: (input) => {
      if (input !== WORKER_URL) throw new TypeError(`tessera-test-pages: ${input} is not the mock API worker`);
      return input;
    },
  });
  const url = (policy ? policy.createScriptURL(WORKER_URL) : WORKER_URL) as string;
  const container = navigator.serviceWorker;
  // A registration an earlier page made is reused, not registered again: in WebKit, a
  // register() for a scope whose last job belonged to a page that has since closed never
  // settled (seen in CI: every page after such a test stopped at this step).
  const existing = await container.getRegistration('/');
  const script = (existing?.active ?? existing?.waiting ?? existing?.installing)?.scriptURL;
  if (script !== new URL(WORKER_URL, location.href).href) {
    await withinOrReload('the mock API worker is registered', REGISTER_WAIT_MS, async () => {
      await container.register(url);
    });
  }
  // The worker claims every page in its scope when it activates. A worker that was already
  // active claims nothing, so a page that loaded while it was being replaced would wait for
  // ever; a reload is a navigation in scope of an active worker, which it controls.
  await withinOrReload('the worker controls the page', CONTROL_WAIT_MS, () => {
    return new Promise<void>((resolve) => {
      const check = () => {
        if (!container.controller) return;
        container.removeEventListener('controllerchange', check);
        resolve();
      };
      container.addEventListener('controllerchange', check);
      check();
    });
  });
}

/** Serves the REST API at /api from a freshly seeded store, through msw's service worker. */
export async function startMockApi(): Promise<void> {
  await registerWorker();
  const worker = setupWorker(...createHandlers({ baseUrl: '/api' }));
  await withinOrReload('the mock API answers', START_WAIT_MS, async () => {
    await worker.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: 'bypass', quiet: true });
  });
}

/** Moves the page's markup out of <template id="widgets"> into the body: the widgets start. */
export function mountWidgets(): void {
  const template = document.querySelector<HTMLTemplateElement>('template#widgets');
  if (!template) throw new Error('The page has no <template id="widgets">');
  document.body.append(document.importNode(template.content, true));
}

/** Tells the test the page is set up. */
export function reportReady(): void {
  sessionStorage.removeItem(RELOADS_KEY);
  parent.postMessage({ source: 'tessera-test-page', kind: 'ready', text: location.pathname }, location.origin);
}

/** The usual page: mock API, widgets, ready. */
export async function setUpPage(): Promise<void> {
  await startMockApi();
  mountWidgets();
  reportReady();
}
