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
};

/** Any Unicode, long words, right-to-left runs and control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('W', 'ש', 'ب', '\u202E', '\u200F', '7', '🚗'), minLength: 60, maxLength: 400 }),
  fc.constantFrom(...Object.values(HARD_TEXTS)),
);

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
    await waitUntil(() => shadow(mounted.el, `${shows}, [part~="error"]`), `<${config.tag}> showed nothing`, { timeout: 5000 });
    return { ...mounted, shown: Boolean(shadow(mounted.el, shows)) };
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
            expect(shadow(el, '[part~="error"]')!.dataset['code'], name).to.equal('invalid-data');
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
              expect(shadow(el, '[part~="error"]')!.dataset['code']).to.equal('invalid-data');
              return;
            }
            expectNoOverflow(el, JSON.stringify(value.slice(0, 40)));
            for (const masked of text.masked ?? []) expectReadingOrder(el, masked, JSON.stringify(value.slice(0, 40)));
            el.parentElement!.remove();
          }),
          { numRuns: 12 },
        );
      } finally {
        console.error = original;
      }
    });
  });
}
