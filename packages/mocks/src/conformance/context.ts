/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { manifestOf, mountWidget, partsIn, type ManifestApi, type MountOptions, type Mounted } from './harness.js';
import type { WidgetConformance } from './types.js';

/**
 * What the rows share: the config, the manifest, and what every test saw (parts rendered,
 * events fired), which the API rows compare with `custom-elements.json` at the end.
 */
export interface Suite<E extends HTMLElement> {
  config: WidgetConformance<E>;
  manifest(): ManifestApi;
  mount(options?: MountOptions): Promise<Mounted<E>>;
  /** Records the parts the widget renders now. */
  sawParts(el: HTMLElement): void;
  readonly seenParts: Set<string>;
  readonly seenEvents: Set<string>;
}

export function createSuite<E extends HTMLElement>(config: WidgetConformance<E>): Suite<E> {
  let manifest: ManifestApi | undefined;
  let mounted: Array<Mounted<E>> = [];
  let rejections: unknown[] = [];
  const seenParts = new Set<string>();
  const seenEvents = new Set<string>();
  const onRejection = (event: PromiseRejectionEvent): void => {
    rejections.push(event.reason);
  };

  before(async () => {
    manifest = await manifestOf(config);
  });
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    for (const { el, events } of mounted) {
      if (el.isConnected) partsIn(el).forEach((part) => seenParts.add(part));
      for (const { type } of events) seenEvents.add(type);
    }
    mounted = [];
    // A rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections.map(String), 'unhandled promise rejections').to.deep.equal([]);
  });

  return {
    config,
    manifest: () => {
      if (!manifest) throw new Error('The manifest has not loaded');
      return manifest;
    },
    async mount(options) {
      const result = await mountWidget(config, this.manifest(), options);
      mounted.push(result);
      return result;
    },
    sawParts(el) {
      partsIn(el).forEach((part) => seenParts.add(part));
    },
    seenParts,
    seenEvents,
  };
}
