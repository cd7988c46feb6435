/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, type Faults } from '../faults.js';
import { createMemoryProvider, type MemoryProvider } from '../memory-provider.js';
import { createMockStore, type MockStore } from '../store/index.js';
import type { MountSpec, WidgetConformance } from './types.js';

export interface Mounted<E extends HTMLElement> {
  el: E;
  /** The element around the widget: its `lang` and width are the suite's to change. */
  container: HTMLDivElement;
  store: MockStore;
  faults: Faults;
  provider: MemoryProvider;
  /** Every `<prefix>-*` event the widget fired, in order. */
  events: Array<{ type: string; detail: unknown }>;
}

export interface MountOptions extends MountSpec {
  lang?: string;
  width?: number;
  /** `property` (default), or `none` for no provider at all. */
  provide?: 'property' | 'none';
  /** Replaces the memory provider (a slice with a method removed). */
  provider?: (provider: MemoryProvider) => TesseraProvider;
  /** Wraps the container (a hidden tab, a late provider). */
  wrap?: (container: HTMLDivElement) => HTMLElement;
  /** Extra event types to record besides the manifest's. */
  listen?: readonly string[];
}

/** The pieces of `custom-elements.json` the suite compares with what the widget does. */
export interface ManifestApi {
  parts: Set<string>;
  events: Map<string, { type?: string }>;
  cssProperties: Map<string, { default?: string }>;
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  cssParts?: Array<{ name: string }>;
  events?: Array<{ name: string; type?: { text?: string } }>;
  cssProperties?: Array<{ name: string; default?: string }>;
}

const manifests = new Map<string, Promise<ManifestApi>>();

/** The widget's documented API, read from its package's `custom-elements.json`. */
export function manifestOf(config: Pick<WidgetConformance, 'tag' | 'packageDir'>): Promise<ManifestApi> {
  let found = manifests.get(config.packageDir);
  if (!found) {
    found = (async () => {
      const url = `/packages/${config.packageDir}/custom-elements.json`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} is missing: run "npm run analyze" (npm test does) before the browser tests`);
      const manifest = (await response.json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
      const declaration = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.customElement && d.tagName === config.tag);
      if (!declaration) throw new Error(`${url} documents no <${config.tag}>`);
      return {
        parts: new Set((declaration.cssParts ?? []).map((p) => p.name)),
        events: new Map((declaration.events ?? []).map((e) => [e.name, { type: e.type?.text }])),
        cssProperties: new Map((declaration.cssProperties ?? []).map((p) => [p.name, { default: p.default }])),
      };
    })();
    manifests.set(config.packageDir, found);
  }
  return found;
}

/** Every part name rendered in the widget's shadow root right now. */
export function partsIn(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)).filter(Boolean);
}

export const shadow = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts the widget as the config and options say, with a fresh store and faults. */
export async function mountWidget<E extends HTMLElement>(
  config: WidgetConformance<E>,
  manifest: ManifestApi,
  options: MountOptions = {},
): Promise<Mounted<E>> {
  // Each mount is a fresh customer visit: what a widget remembered for the session is gone.
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('tessera')) storage.removeItem(key);
  }
  const store = createMockStore();
  options.store?.(store);
  const faults = createFaults();
  for (const [route, fault] of options.faults ?? []) faults.set(route, fault);
  const provider = createMemoryProvider(store, { faults });
  const container = document.createElement('div');
  container.lang = options.lang ?? 'en';
  if (options.width) container.style.width = `${options.width}px`;
  const el = document.createElement(config.tag) as E;
  for (const [name, value] of Object.entries({ ...config.attributes, ...options.attributes })) {
    if (value !== null) el.setAttribute(name, value);
  }
  Object.assign(el, config.set, options.set);
  if (options.provide !== 'none') (el as { provider?: TesseraProvider }).provider = options.provider?.(provider) ?? provider;
  const events: Mounted<E>['events'] = [];
  const types = new Set([...manifest.events.keys(), `${config.eventPrefix}-failed`, ...(options.listen ?? [])]);
  for (const type of types) el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  container.append(el);
  await fixture(html`${options.wrap?.(container) ?? container}`);
  return { el, container, store, faults, provider, events };
}

/** Waits until `selector` shows in the widget's shadow root. */
export async function until(el: HTMLElement & { updateComplete?: Promise<unknown> }, selector: string, what = selector): Promise<HTMLElement> {
  await waitUntil(() => shadow(el, selector), `<${el.localName}> never showed ${what}; it shows: ${text(el.shadowRoot).slice(0, 200)}`, {
    timeout: 5000,
  });
  await el.updateComplete;
  return shadow(el, selector)!;
}

/** A box's size, and the widths that tell whether anything sticks out. */
export function measure(el: HTMLElement): { width: number; height: number } {
  const box = el.getBoundingClientRect();
  return { width: box.width, height: box.height };
}

/** Fails when the widget is wider than its container or anything inside scrolls sideways. */
export function expectNoOverflow(el: HTMLElement, what: string): void {
  const base = shadow(el, '[part~="base"]') ?? el;
  const container = el.parentElement!;
  expect(el.getBoundingClientRect().width, `${what}: the element is wider than its container`).to.be.at.most(
    container.getBoundingClientRect().width + 1,
  );
  expect(base.scrollWidth, `${what}: content overflows the widget (${base.scrollWidth} > ${base.clientWidth})`).to.be.at.most(
    base.clientWidth + 1,
  );
}

/** Focus is on something meaningful inside the widget, never lost to `<body>`. */
export function expectFocusInside(el: HTMLElement, what: string): void {
  // Booleans, not elements: a failed assertion holding a DOM node cannot be sent back to the
  // runner (DataCloneError), which then stalls until its limit instead of reporting the failure.
  expect(document.activeElement === el, `${what}: focus fell to <${document.activeElement?.localName ?? 'nothing'}>`).to.equal(true);
  expect(el.shadowRoot!.activeElement !== null, `${what}: nothing inside the widget has focus`).to.equal(true);
}

/**
 * Chromium runs every case of every row. Firefox and WebKit run each row for what depends on
 * the engine (layout at 320 px, focus, events, Intl), with fewer repetitions of what does
 * not: every error code's words and retry rule, axe on the Spanish twin of a state, more than
 * a few second presses per state, and the manifest's completeness are the same in any engine.
 */
export const everyCase = typeof navigator !== 'undefined' && navigator.userAgent.includes('Chrome/');

