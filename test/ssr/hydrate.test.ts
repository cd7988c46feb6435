// Server-rendered widgets (scripts/ssr-fixtures.mjs writes them with @lit-labs/ssr) put into
// the page as Declarative Shadow DOM, then hydrated: LitElement adopts the server's DOM
// instead of rendering again. Hydration support must load before Lit, so it comes first,
// and the widgets are registered only once the server's HTML is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { TesseraProvider } from '@tessera/core';
import { createMemoryProvider, createMockStore } from '@tessera/mocks';

const FIXTURES = '/node_modules/.cache/tessera-ssr/fixtures.json';
/** Skeletons should reserve the ready state's size; this much is not a visible jump. */
const TOLERANCE_PX = 4;
/**
 * Widgets whose loading skeleton does not (yet) reserve their ready size, measured here at
 * 640 px wide with the seeded mock data; reported to their owners. The test fails once one
 * of them stays within the tolerance, so this list cannot go stale.
 */
const KNOWN_LAYOUT_JUMPS = new Set<string>([
  // Reserves one expanded vehicle; the fixture's second vehicle adds a summary row below it.
  'tessera-title-tracker',
]);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Case {
  fixture: string;
  tag: keyof HTMLElementTagNameMap;
  /** The provider call that shows the widget asked for its data. */
  route?: string;
}

const CASES: Case[] = [
  { fixture: 'fico-gauge-presentational', tag: 'tessera-fico-gauge' },
  { fixture: 'fico-gauge', tag: 'tessera-fico-gauge', route: 'creditScore.getCreditScore' },
  { fixture: 'card-lock', tag: 'tessera-card-lock', route: 'cards.getCard' },
  { fixture: 'payment-form', tag: 'tessera-payment-form', route: 'payments.getPaymentOptions' },
  { fixture: 'title-tracker', tag: 'tessera-title-tracker', route: 'titles.listTitles' },
  { fixture: 'help-faq', tag: 'tessera-help-faq', route: 'help.getFaq' },
  { fixture: 'ways-to-pay', tag: 'tessera-ways-to-pay', route: 'help.getWaysToPay' },
  { fixture: 'account-summary', tag: 'tessera-account-summary', route: 'accounts.getAccount' },
  { fixture: 'documents', tag: 'tessera-documents', route: 'documents.listDocuments' },
  { fixture: 'dispute', tag: 'tessera-dispute', route: 'disputes.getDisputeOptions' },
  { fixture: 'activity', tag: 'tessera-activity', route: 'accounts.getAccount' },
  { fixture: 'alerts', tag: 'tessera-alerts', route: 'alerts.getAlerts' },
];

interface Mounted {
  element: HTMLElement & { updateComplete: Promise<boolean> };
  /** Before the widgets were registered: what the server's HTML alone drew. */
  serverBox: Box;
  /** The server-rendered node each check follows through hydration. */
  serverNode: Element;
  /** Calls the widget made to its provider (answered or not). */
  calls: Array<{ route: string }>;
  /** Lets the provider answer; until then every call waits. */
  release: () => void;
}

const mounted = new Map<string, Mounted>();
const pageErrors: string[] = [];

/** The element's box within its fixture's container, so other fixtures growing do not count. */
const boxOf = (el: Element): Box => {
  const { x, y, width, height } = el.getBoundingClientRect();
  const origin = el.closest('[data-fixture]')?.getBoundingClientRect() ?? { x: 0, y: 0 };
  return { x: x - origin.x, y: y - origin.y, width, height };
};

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

function isReady(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && !root.querySelector('[part~="skeleton"], [part~="loading"], [part~="error"]');
}

/** Every method of every slice logs its call in `calls`, then waits for `gate` before answering. */
function gated(provider: TesseraProvider, gate: Promise<void>, calls: Array<{ route: string }>): TesseraProvider {
  const slice = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]): Promise<unknown> => {
          calls.push({ route: `${name}.${String(key)}` });
          await gate;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  const out: TesseraProvider = {};
  for (const [name, api] of Object.entries(provider) as Array<[keyof TesseraProvider, object | undefined]>) {
    if (api && typeof api === 'object' && !Array.isArray(api)) Object.assign(out, { [name]: slice(name, api) });
  }
  return out;
}

async function loadFixtures(): Promise<Record<string, string>> {
  const response = await fetch(FIXTURES);
  if (!response.ok) throw new Error(`${FIXTURES}: ${response.status}. Run \`node scripts/ssr-fixtures.mjs\` (npm test does).`);
  return (await response.json()) as Record<string, string>;
}

before(async () => {
  window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  const fixtures = await loadFixtures();

  for (const { fixture, tag } of CASES) {
    const html = fixtures[fixture];
    if (!html) throw new Error(`fixture ${fixture} is missing from ${FIXTURES}`);
    const container = document.createElement('div');
    container.style.width = '640px';
    container.style.display = 'flow-root';
    container.dataset['fixture'] = fixture;
    container.setHTMLUnsafe(html);
    document.body.append(container);

    const element = container.querySelector(tag);
    if (!element) throw new Error(`fixture ${fixture} has no <${tag}>`);
    const serverNode = shadow(element).querySelector('[part="score"], [part~="skeleton"], [part~="loading"]');
    if (!serverNode) throw new Error(`fixture ${fixture}: nothing server-rendered to follow`);

    const memory = createMemoryProvider(createMockStore());
    const calls: Mounted['calls'] = [];
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const host = container.querySelector('tessera-provider');
    // Set before the tag is registered: the element picks it up when it upgrades.
    if (host) Object.assign(host, { provider: gated(memory, gate, calls) });

    mounted.set(fixture, {
      element: element as Mounted['element'],
      serverBox: boxOf(element),
      serverNode,
      calls,
      release,
    });
  }

  // Literal specifiers: the test server resolves them to the sources.
  await import('@tessera/core/define');
  await import('@tessera/fico-gauge/define');
  await import('@tessera/card-lock/define');
  await import('@tessera/payment-form/define');
  await import('@tessera/title-tracker/define');
  await import('@tessera/help-faq/define');
  await import('@tessera/ways-to-pay/define');
  await import('@tessera/account-summary/define');
  await import('@tessera/documents/define');
  await import('@tessera/dispute/define');
  await import('@tessera/activity/define');
  await import('@tessera/alerts/define');
  for (const { element } of mounted.values()) await element.updateComplete;
});

after(() => {
  for (const { release } of mounted.values()) release();
});

function get(fixture: string): Mounted {
  const found = mounted.get(fixture);
  if (!found) throw new Error(`fixture ${fixture} was not mounted`);
  return found;
}

describe('server-rendered widgets, hydrated', () => {
  it('server HTML draws each widget before any script registers it (declarative shadow roots)', () => {
    for (const { fixture, tag } of CASES) {
      const { serverBox } = get(fixture);
      expect(serverBox.height, `${fixture}: <${tag}> has a size before hydration`).to.be.greaterThan(0);
    }
  });

  it('hydrates the presentational FICO gauge in place: same nodes, same box, then it follows its attributes', async () => {
    const { element, serverBox, serverNode } = get('fico-gauge-presentational');
    const root = shadow(element);
    expect(root.querySelector('[part="score"]'), 'the server’s score node was kept').to.equal(serverNode);
    expect(boxOf(element)).to.deep.equal(serverBox);
    const meter = root.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuenow')).to.equal('742');

    element.setAttribute('score', '805');
    await element.updateComplete;
    expect(root.querySelector('[role="meter"]'), 'updated in place').to.equal(meter);
    expect(meter?.getAttribute('aria-valuenow')).to.equal('805');
    expect(serverNode.textContent?.trim()).to.equal('805');
    expect(root.querySelector('[part="band"]')?.textContent?.trim()).to.equal('Exceptional');
  });

  for (const { fixture, tag, route } of CASES.filter((c) => c.route)) {
    it(`hydrates <${tag}>’s server-rendered skeleton in place and asks its provider`, () => {
      const { element, serverBox, serverNode, calls } = get(fixture);
      expect(serverNode.isConnected && serverNode.getRootNode(), 'the server’s skeleton node was kept').to.equal(shadow(element));
      expect(boxOf(element), 'hydration moved nothing').to.deep.equal(serverBox);
      expect(calls.map((c) => c.route)).to.include(route);
    });

    it(`renders <${tag}> ready once the provider answers${KNOWN_LAYOUT_JUMPS.has(tag) ? ' (its skeleton does not reserve the ready size yet)' : ', in the box its skeleton reserved'}`, async () => {
      const { element, serverBox, release } = get(fixture);
      release();
      await waitUntil(() => isReady(element), `<${tag}> never became ready`, { timeout: 5000 });
      await element.updateComplete;
      const ready = boxOf(element);
      const jump = Math.max(...(['x', 'y', 'width', 'height'] as const).map((k) => Math.abs(ready[k] - serverBox[k])));
      const measured = `<${tag}> skeleton ${serverBox.width}×${serverBox.height} → ready ${ready.width}×${ready.height}`;
      console.log(`layout: ${measured}, jump ${jump}px`);
      if (KNOWN_LAYOUT_JUMPS.has(tag)) {
        expect(jump, `${measured}: within ${TOLERANCE_PX}px now, remove it from KNOWN_LAYOUT_JUMPS`).to.be.greaterThan(TOLERANCE_PX);
      } else {
        expect(jump, measured).to.be.at.most(TOLERANCE_PX);
      }
    });
  }

  it('makes the hydrated FICO gauge interactive: the history view switch works', async () => {
    const { element } = get('fico-gauge');
    await waitUntil(() => isReady(element), 'the gauge never became ready');
    const root = shadow(element);
    const toggle = root.querySelector<HTMLButtonElement>('[part="history-toggle"]');
    if (!toggle) throw new Error('no history toggle');
    expect(root.querySelector('[part="history-chart"]') !== null, 'the chart shows first').to.equal(true);
    expect(root.querySelector('[part="history-table"]') === null, 'no table while the chart shows').to.equal(true);
    expect(toggle.textContent?.trim()).to.equal('View as table');
    toggle.click();
    await element.updateComplete;
    expect(root.querySelector('[part="history-table"]') !== null, 'the table in the chart’s place').to.equal(true);
    expect(root.querySelector('[part="history-chart"]') === null, 'no chart while the table shows').to.equal(true);
    expect(toggle.textContent?.trim()).to.equal('View as chart');
  });

  it('hydrates without errors', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
