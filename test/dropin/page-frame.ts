// Opens a test page (test/pages/*.html, served with its real headers) in an iframe and
// collects what its relay script reports: errors, console errors and warnings, CSP
// violations, and the "ready" message its setup script sends.
import { waitUntil } from '@open-wc/testing';

export interface PageReports {
  errors: string[];
  consoleErrors: string[];
  warnings: string[];
  violations: string[];
}

export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  reports: PageReports;
  /** Resolves once every report the page sent so far has arrived. */
  flush(): Promise<void>;
  /** Everything the page reported, one line each: for failure messages. */
  summary(): string;
  close(): void;
}

interface PageMessage {
  source: 'tessera-test-page';
  kind: 'ready' | 'progress' | 'flushed' | 'error' | 'console-error' | 'console-warn' | 'violation';
  text: string;
}

const isPageMessage = (data: unknown): data is PageMessage =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'tessera-test-page';

const open = new Set<TestPage>();

/**
 * How long a page may take to set up (its mock API worker, two reloads at worst). Tests that
 * open pages set a longer mocha timeout (PAGE_TEST_TIMEOUT_MS), so this error, which says
 * where the setup stopped, is the one reported.
 */
const SETUP_TIMEOUT_MS = 35_000;
export const PAGE_TEST_TIMEOUT_MS = 60_000;

/** Closes every page the current test opened (call it from afterEach). */
export function closePages(): void {
  for (const page of open) page.close();
}

/**
 * Opens `url` in a `width`×`height` iframe and resolves once the page says it is set up.
 * An error reported before that fails it, unless `setupErrors` is 'keep' (a test expecting one).
 */
export async function openPage(
  url: string,
  { width = 1024, height = 2400, setupErrors = 'fail' }: { width?: number; height?: number; setupErrors?: 'fail' | 'keep' } = {},
): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = url;
  const reports: PageReports = { errors: [], consoleErrors: [], warnings: [], violations: [] };
  let ready = false;
  const steps: string[] = [];
  let flushes = 0;
  const flushed = new Map<string, () => void>();
  const listen = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || !isPageMessage(event.data)) return;
    const { kind, text } = event.data;
    if (kind === 'ready') ready = true;
    else if (kind === 'progress') {
      steps.push(text);
      // What the abandoned load reported is not this page's: the reload starts over.
      if (text.includes('reloading')) for (const lines of Object.values(reports)) lines.length = 0;
    }
    else if (kind === 'flushed') flushed.get(text)?.();
    else if (kind === 'error') reports.errors.push(text);
    else if (kind === 'console-error') reports.consoleErrors.push(text);
    else if (kind === 'console-warn') reports.warnings.push(text);
    else reports.violations.push(text);
  };
  window.addEventListener('message', listen);
  const summary = () =>
    Object.entries(reports)
      .flatMap(([kind, lines]) => (lines as string[]).map((line) => `  ${kind}: ${line}`))
      .join('\n') || '  (nothing reported)';
  const page: TestPage = {
    frame,
    get window() {
      return frame.contentWindow as Window & typeof globalThis;
    },
    get document() {
      return frame.contentDocument!;
    },
    reports,
    summary,
    flush() {
      const id = String(++flushes);
      const done = new Promise<void>((resolve) => flushed.set(id, resolve));
      frame.contentWindow!.postMessage({ source: 'tessera-test', kind: 'flush', id }, location.origin);
      return done;
    },
    close() {
      window.removeEventListener('message', listen);
      frame.remove();
      open.delete(page);
    },
  };
  open.add(page);
  frame.src = url;
  document.body.append(frame);
  try {
    await waitUntil(() => ready || reports.errors.length > 0, undefined, { timeout: SETUP_TIMEOUT_MS });
  } catch {
    throw new Error(`${url} did not finish its setup in ${SETUP_TIMEOUT_MS} ms; its steps: ${steps.join(' → ') || 'none'}\n${summary()}`);
  }
  if (steps.some((step) => step.includes('reloading'))) console.warn(`${url}: ${steps.join(' → ')}`);
  if (!ready && setupErrors === 'fail') throw new Error(`${url} failed while setting up:\n${summary()}`);
  return page;
}
