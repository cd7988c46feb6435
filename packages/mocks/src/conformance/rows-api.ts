/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { themeTokens } from '@tessera/core';
import type { CSSResultOrNative } from 'lit';
import type { Suite } from './context.js';
import { everyCase } from './harness.js';

const REQUIRED_PARTS = ['base', 'skeleton', 'error', 'retry'];

/** Every `--tessera-*` custom property the element's styles read. */
function customPropertiesOf(element: CustomElementConstructor): Set<string> {
  const styles = (element as unknown as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [];
  const css = styles
    .map((style) =>
      style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : (style as { cssText: string }).cssText,
    )
    .join('\n');
  return new Set(css.match(/--tessera-[a-z0-9-]+/g) ?? []);
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();
const missingFrom = (wanted: Iterable<string>, present: Set<string> | Map<string, unknown>): string[] =>
  sorted([...wanted].filter((name) => !present.has(name)));

/**
 * Runs last: what every earlier test rendered and fired, against what
 * `custom-elements.json` documents, so docs, manifest and behaviour cannot drift.
 */
export function apiRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const widget = config.eventPrefix;

  // The manifest and the code are the same in every engine; only Chromium renders every case.
  if (!everyCase) return;
  describe('the public API is what custom-elements.json documents', () => {
    it('parts: the shared roles, every part rendered is documented, every documented part rendered', () => {
      const { parts } = suite.manifest();
      expect(missingFrom(REQUIRED_PARTS, parts), 'shared parts not documented').to.deep.equal([]);
      expect(missingFrom(suite.seenParts, parts), 'rendered but not documented').to.deep.equal([]);
      expect(missingFrom(parts, suite.seenParts), 'documented but never rendered by the suite').to.deep.equal([]);
    });

    it(`events: named ${widget}-<past tense>, typed, each fired by the suite, none undocumented`, () => {
      const { events } = suite.manifest();
      expect(events.has(`${widget}-failed`), `${widget}-failed is documented`).to.equal(true);
      for (const [name, { type }] of events) {
        expect(name, 'event name').to.match(new RegExp(`^${widget}-[a-z-]+$`));
        expect(type ?? '', `${name} has a CustomEvent<…> type in @fires`).to.match(/^CustomEvent<.+>$/);
      }
      expect(missingFrom(suite.seenEvents, events), 'fired but not documented').to.deep.equal([]);
      expect(missingFrom(events.keys(), suite.seenEvents), 'documented but never fired by the suite').to.deep.equal([]);
    });

    it('CSS custom properties: exactly those the styles read, each with its default', () => {
      const { cssProperties } = suite.manifest();
      const used = customPropertiesOf(customElements.get(config.tag)!);
      const own = new RegExp(`^--${widget}-`);
      for (const name of used) {
        expect(name in themeTokens || own.test(name), `${name}: a shared token or --${widget}-*`).to.equal(true);
      }
      expect(missingFrom(used, cssProperties), 'read by the styles but not documented').to.deep.equal([]);
      expect(missingFrom(cssProperties.keys(), used), 'documented but not read by the styles').to.deep.equal([]);
      const withoutDefault = sorted([...cssProperties].filter(([, p]) => !p.default).map(([name]) => name));
      expect(withoutDefault, 'documented without a default').to.deep.equal([]);
    });
  });
}
