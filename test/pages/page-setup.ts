// What every test page does before its widgets exist: start the mock REST API in this
// page, then put the page's markup (kept inert in <template id="widgets">, so no widget
// asks for data before the API answers) into the body, then tell the test.
import { setupWorker } from 'msw/browser';
import { createHandlers } from '@tessera/mocks/handlers';

const WORKER_URL = '/mockServiceWorker.js';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
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
  await container.register(url);
  // The worker claims every page in its scope when it activates.
  await new Promise<void>((resolve) => {
    const controlled = () => {
      if (!container.controller) return;
      container.removeEventListener('controllerchange', controlled);
      resolve();
    };
    container.addEventListener('controllerchange', controlled);
    controlled();
  });
}

/** Serves the REST API at /api from a freshly seeded store, through msw's service worker. */
export async function startMockApi(): Promise<void> {
  await registerWorker();
  const worker = setupWorker(...createHandlers({ baseUrl: '/api' }));
  await worker.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: 'bypass', quiet: true });
}

/** Moves the page's markup out of <template id="widgets"> into the body: the widgets start. */
export function mountWidgets(): void {
  const template = document.querySelector<HTMLTemplateElement>('template#widgets');
  if (!template) throw new Error('The page has no <template id="widgets">');
  document.body.append(document.importNode(template.content, true));
}

/** Tells the test the page is set up. */
export function reportReady(): void {
  parent.postMessage({ source: 'tessera-test-page', kind: 'ready', text: location.pathname }, location.origin);
}

/** The usual page: mock API, widgets, ready. */
export async function setUpPage(): Promise<void> {
  await startMockApi();
  mountWidgets();
  reportReady();
}
