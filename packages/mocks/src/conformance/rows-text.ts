/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { Suite } from './context.js';
import { expectNoOverflow, shadow } from './harness.js';
import type { MaskedNumber } from './types.js';

/** Text a lender's data really holds, and text that tries to break a layout or spoof a number. */
export const HARD_TEXTS: Record<string, string> = {
  'a 46-character e-mail': 'j••••••••••••••••.rivera-household@example.com',
  'a URL': 'https://servicing.example.com/documents/statements/2026/11/account-summary?download=true',
  'a German compound word': 'Donaudampfschifffahrtsgesellschaftskapitänskajüte',
  'Hebrew': 'שלום עולם כרטיס משפחתי',
  'Arabic': 'بطاقة العائلة للمشتريات اليومية',
  'an unclosed right-to-left override': '\u202EEveryday',
  'bidi controls and isolates left open': '\u2067\u202B\u200FFamily\u202D card',
  'emoji with joiners': '👩‍👩‍👧‍👦 Family 🏳️‍🌈 card 🚗',
  'combining marks': 'Z̴̡̛a̸͔̐l̷̰͗g̶̣̈́o̵̗͒ card',
  'digits that look like a number': '5521 4111 1111 1942',
  '20,000 characters without a space': 'W'.repeat(20_000),
  // Found by the generated-text row: whitespace only, which a rule may refuse.
  'only a tab': '\t',
};

/** Any Unicode, long words, right-to-left runs and control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('W', 'ש', 'ب', '\u202E', '\u200F', '7', '🚗'), minLength: 60, maxLength: 400 }),
  fc.constantFrom(...Object.values(HARD_TEXTS)),
);

/** A stable seed from the widget's tag name. */
function seedFor(tag: string): number {
  let hash = 2166136261;
  for (const char of tag) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash | 0;
}

interface CharBox {
  char: string;
  left: number;
  top: number;
}

/** The rendered box of every character of `digits` where they appear in `el`'s text. */
function glyphs(el: Element, digits: string): CharBox[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.lastIndexOf(digits);
    if (at < 0) continue;
    return [...digits].map((char, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      const box = range.getBoundingClientRect();
      return { char, left: box.left, top: box.top };
    });
  }
  return [];
}

/** The digits read left to right on one line, whatever text and direction surround them. */
function expectReadingOrder(host: HTMLElement, masked: MaskedNumber, what: string): void {
  const target = shadow(host, masked.selector);
  expect(target, `${what}: ${masked.selector}`).to.not.equal(null);
  const boxes = glyphs(target!, masked.digits);
  expect(boxes, `${what}: the digits ${masked.digits} are shown`).to.have.length(masked.digits.length);
  for (let i = 1; i < boxes.length; i++) {
    const [before, after] = [boxes[i - 1]!, boxes[i]!];
    expect(Math.abs(after.top - before.top), `${what}: ${masked.digits} on one line`).to.be.below(2);
    expect(after.left, `${what}: "${after.char}" comes after "${before.char}" (read left to right)`).to.be.greaterThan(before.left);
  }
}

export function textRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const text = config.text;
  if (!text) return;

  /** Mounts with `value` in every provider text field; resolves when it shows data or an error. */
  async function mountWith(value: string, dir: 'ltr' | 'rtl' = 'ltr') {
    const mounted = await suite.mount({
      ...text!.mount,
      width: 320,
      store: (store) => {
        text!.mount?.store?.(store);
        text!.fill(store, value);
      },
    });
    mounted.container.dir = dir;
    const shows = text!.shows ?? config.ready;
    // Data, an error, or (every item of a list refused) the notice that items were left out.
    await waitUntil(() => shadow(mounted.el, `${shows}, [part~="error"], [part~="notice"]`), `<${config.tag}> showed nothing`, { timeout: 5000 });
    return { ...mounted, shown: Boolean(shadow(mounted.el, shows)) };
  }

  /** When `value` broke a data rule: the widget says so, by an error without a retry or a notice. */
  function expectRefused(el: E, what: string): void {
    const error = shadow(el, '[part~="error"]');
    if (error) expect(error.dataset['code'], what).to.equal('invalid-data');
    else expect(shadow(el, '[part~="notice"]'), `${what}: the left-out notice`).to.not.equal(null);
    expectNoOverflow(el, what);
  }

  describe('provider text from the real world', () => {
    for (const [name, value] of Object.entries(HARD_TEXTS)) {
      it(`${name}: fits 320 px, masked numbers keep their order`, async () => {
        const logged: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => logged.push(args);
        try {
          const { el, shown } = await mountWith(value);
          if (!shown) {
            // Only a value that breaks a data rule may stop the widget, and it says so.
            expectRefused(el, name);
            expect(logged, `${name}: a diagnostic`).to.not.deep.equal([]);
            return;
          }
          expectNoOverflow(el, name);
          for (const masked of text.masked ?? []) expectReadingOrder(el, masked, name);
          suite.sawParts(el);
        } finally {
          console.error = original;
        }
      });
    }

    it('on a right-to-left page: fits, and masked numbers still read left to right', async () => {
      for (const value of [HARD_TEXTS['Hebrew']!, HARD_TEXTS['an unclosed right-to-left override']!]) {
        const { el } = await mountWith(value, 'rtl');
        expectNoOverflow(el, 'dir="rtl"');
        for (const masked of text.masked ?? []) expectReadingOrder(el, masked, `dir="rtl", ${value}`);
      }
    });

    it('any generated text: nothing throws, nothing overflows, numbers keep their order', async function () {
      // A dozen mounts: more time than one test usually needs.
      this.timeout(60_000);
      const original = console.error;
      console.error = () => undefined;
      try {
        await fc.assert(
          fc.asyncProperty(anyText, async (value) => {
            const { el, shown } = await mountWith(value);
            if (!shown) {
              expectRefused(el, JSON.stringify(value.slice(0, 40)));
              el.parentElement!.remove();
              return;
            }
            expectNoOverflow(el, JSON.stringify(value.slice(0, 40)));
            for (const masked of text.masked ?? []) expectReadingOrder(el, masked, JSON.stringify(value.slice(0, 40)));
            el.parentElement!.remove();
          }),
          // A fixed seed per widget: the same dozen values in every run and engine, so a
          // failure is reproducible and CI never fails on a value it did not try before.
          // Explore with other seeds locally (fast-check prints the seed of a failure).
          { numRuns: 12, seed: seedFor(config.tag), includeErrorInReport: true },
        );
      } finally {
        console.error = original;
      }
    });
  });
}
