// Renders every story of every stories/*.stories.ts in the browser, in English/light and
// Spanish/dark, and fails on a thrown error, a console error or an axe violation, so a
// broken story cannot land.
import { expect, fixture, aTimeout, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { withLocaleAndTheme } from './support/decorators.js';
import { storyLender } from './support/lender.js';

// What a story shows once loaded is checked, not the wait Storybook shows on purpose.
storyLender.latencyMs = 0;

type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  globals: Record<string, string>;
  id: string;
  name: string;
}
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryLike {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
  name?: string;
  /**
   * `invalidData`: the story feeds data that breaks a rule, so core's diagnostics are expected.
   * `reaches`: where a story that replays the customer's steps stops, checked before axe runs.
   */
  parameters?: { smoke?: { skip?: string }; invalidData?: boolean; reaches?: Reaches };
}
/**
 * A selector that shows inside a widget's shadow root once the story is where it says, or
 * `{ step, selector }` for a widget with a `step` property (the payment form).
 */
type Reaches = string | { step?: string; selector?: string };
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}
type StoriesModule = Record<string, unknown> & { default: MetaLike };

const storiesIndex = '/__stories__.js';
const modules = ((await import(/* @vite-ignore */ storiesIndex)) as { default: [string, StoriesModule][] }).default;

function defaultRender(component: string | undefined): Render {
  return (args) => {
    if (!component) throw new Error('A story without render needs a component in its meta');
    const element = document.createElement(component);
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined || value === false) continue;
      if (typeof value === 'string' || typeof value === 'number' || value === true) {
        element.setAttribute(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value === true ? '' : String(value));
      } else {
        (element as unknown as Args)[key] = value;
      }
    }
    return element;
  };
}

function compose(meta: MetaLike, story: StoryLike): (context: StoryContext) => unknown {
  const render = story.render ?? meta.render ?? defaultRender(meta.component);
  const decorators: Decorator[] = [...(story.decorators ?? []), ...(meta.decorators ?? []), withLocaleAndTheme as unknown as Decorator];
  return (context) =>
    decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => render(context.args, context))();
}

/** The story's widgets, and how long a story may take to replay its steps on a busy machine. */
const widgets = (root: Element): Array<Element & { step?: string }> =>
  [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('tessera-') && el.shadowRoot);
const REACH_TIMEOUT_MS = 6000;

/** Waits until a widget of the story is where the story says it stops; fails naming where it is instead. */
async function reached(root: Element, reaches: Reaches, name: string): Promise<void> {
  const { step, selector } = typeof reaches === 'string' ? { step: undefined, selector: reaches } : reaches;
  const there = (): boolean =>
    widgets(root).some((el) => (step === undefined || el.step === step) && (!selector || !!el.shadowRoot!.querySelector(selector)));
  const where = (): string => widgets(root).map((el) => `${el.localName}${el.step === undefined ? '' : ` on "${el.step}"`}`).join(', ');
  const wanted = [step && `step "${step}"`, selector].filter(Boolean).join(' showing ');
  try {
    await waitUntil(there, '', { timeout: REACH_TIMEOUT_MS, interval: 20 });
  } catch {
    expect.fail(`${name} never reached ${wanted}: ${where() || 'no widget rendered'}`);
  }
}

type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
const tesseraElements = (root: Element): Updating[] => [root, ...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('tessera-'));

/** What the story shows: every widget's rendered text and element count. */
function snapshot(root: Element): string {
  return tesseraElements(root)
    .map((el) => `${el.localName}:${el.shadowRoot?.querySelectorAll('*').length ?? 0}:${el.shadowRoot?.textContent?.length ?? 0}`)
    .join('|');
}

/**
 * Waits until the widgets stop changing: every update done and the same rendering on two
 * looks a few task turns apart (the lender answers at once here, see storyLender). A story
 * that keeps changing is checked as it is after about a second.
 */
async function settle(root: Element): Promise<void> {
  let last = '';
  for (let look = 0; look < 40; look++) {
    await Promise.all(tesseraElements(root).map((el) => el.updateComplete ?? Promise.resolve()));
    await aTimeout(25);
    const now = snapshot(root);
    if (now === last && !tesseraElements(root).some((el) => el.isUpdatePending)) return;
    last = now;
  }
}

// Chromium renders each story in both; Firefox and WebKit in Spanish/dark only, which
// holds the longer words and the second theme (their engines' rendering of each widget's
// states is covered by the conformance suites), so the run stays within its time budget.
const allVariants = [
  { locale: 'en', theme: 'light' },
  { locale: 'es', theme: 'dark' },
];
const variants = /Chrome\//.test(navigator.userAgent) ? allVariants : allVariants.slice(1);

describe('stories', () => {
  let consoleErrors: unknown[][] = [];
  let pageErrors: unknown[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent): void => void pageErrors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void pageErrors.push(event.reason);

  beforeEach(() => {
    consoleErrors = [];
    pageErrors = [];
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError(...args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('finds the stories files', () => {
    expect(modules.length).to.be.greaterThan(0);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default;
    describe(meta.title ?? file, () => {
      for (const [exportName, value] of Object.entries(mod)) {
        if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
        const story = value as StoryLike;
        for (const globals of variants) {
          it(`${story.name ?? exportName} (${globals.locale}, ${globals.theme})`, async () => {
            const context: StoryContext = {
              args: { ...(meta.args ?? {}), ...(story.args ?? {}) },
              globals,
              id: `${file}--${exportName}`,
              name: exportName,
            };
            const rendered = compose(meta, story)(context);
            const host = await fixture<HTMLElement>(html`<div>${rendered}</div>`);
            // Replayed steps take their time: the checks below are of the step the story shows.
            if (story.parameters?.reaches) await reached(host, story.parameters.reaches, exportName);
            await settle(host);
            expect(pageErrors, 'errors thrown while rendering').to.deep.equal([]);
            if (story.parameters?.invalidData) {
              // The developer is told which method and field broke which rule, and nothing else goes wrong.
              const lines = consoleErrors.map((args) => args.map(String).join(' '));
              expect(lines.length, 'an invalid-data diagnostic').to.be.greaterThan(0);
              expect(lines.filter((line) => !line.startsWith('[tessera] Invalid data')), 'other console errors').to.deep.equal([]);
            } else {
              expect(consoleErrors, 'console errors while rendering').to.deep.equal([]);
            }
            await expect(host).to.be.accessible();
          });
        }
      }
    });
  }
});
