/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, nextFrame } from '@open-wc/testing';
import { TesseraProviderElement, type TesseraProvider } from '@tessera/core';
import type { Suite } from './context.js';
import { shadow, until } from './harness.js';
import type { ConformanceState } from './types.js';

/** The levels of every heading the widget shows, in document order. */
function headingLevels(el: HTMLElement): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => heading.getClientRects().length > 0)
    .map((heading) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)));
}

/** No heading above the widget's own level, none skipped below it, the first at its level. */
function expectOutline(levels: number[], top: number, where: string): void {
  if (!levels.length) return;
  expect(levels[0], `${where}: the first heading is at heading-level (${levels.join(', ')})`).to.equal(top);
  for (const [i, level] of levels.entries()) {
    expect(level, `${where}: no heading above heading-level (${levels.join(', ')})`).to.be.at.least(top);
    if (i > 0) expect(level - levels[i - 1]!, `${where}: no level skipped (${levels.join(', ')})`).to.be.at.most(1);
  }
}

let lateTags = 0;

export function hostRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const base = (el: HTMLElement): HTMLElement => shadow(el, '[part~="base"]') ?? el;

  describe('on the host page', () => {
    it('finds a provider element defined after it (registration order does not matter)', async () => {
      const tag = `tessera-late-provider-${++lateTags}`;
      let late: HTMLElement & { provider?: TesseraProvider } = document.createElement('div');
      const { el, provider } = await suite.mount({
        provide: 'none',
        wrap: (container) => {
          late = document.createElement(tag);
          late.append(container);
          return late;
        },
      });
      late.provider = provider;
      customElements.define(tag, class extends TesseraProviderElement {});
      await until(el, config.ready, 'its data from the late provider');
    });

    it('loads inside a hidden container and shows whole once revealed', async () => {
      let tab: HTMLElement = document.createElement('div');
      const { el } = await suite.mount({
        width: 640,
        wrap: (container) => {
          tab = document.createElement('div');
          tab.hidden = true;
          tab.append(container);
          return tab;
        },
      });
      await until(el, config.ready, 'its data while hidden');
      tab.hidden = false;
      await nextFrame();
      expect(el.getBoundingClientRect().height, 'revealed, it has a height').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('stays hidden inside a visibility: hidden panel', async () => {
      const { el, container } = await suite.mount();
      await until(el, config.ready, 'its data');
      container.style.visibility = 'hidden';
      expect(getComputedStyle(el).visibility).to.equal('hidden');
      expect(getComputedStyle(base(el)).visibility).to.equal('hidden');
      expect(getComputedStyle(shadow(el, config.ready)!).visibility).to.equal('hidden');
    });

    it("takes the color, font size and visibility the host sets on the element, and hides with [hidden]", async () => {
      const { el } = await suite.mount();
      await until(el, config.ready, 'its data');
      el.style.color = 'rgb(1, 2, 3)';
      el.style.fontSize = '23px';
      expect(getComputedStyle(base(el)).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(base(el)).fontSize).to.equal('23px');
      el.style.visibility = 'hidden';
      expect(getComputedStyle(base(el)).visibility).to.equal('hidden');
      el.style.visibility = '';
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('fits the page outline: headings start at heading-level (default 2), none skipped', async () => {
      const states: Array<ConformanceState<E>> = [{ name: 'ready' }, ...(config.states ?? [])];
      const { el: plain } = await suite.mount();
      await until(plain, config.ready, 'its data');
      expect((plain as unknown as { headingLevel?: number }).headingLevel, 'the headingLevel property').to.equal(2);
      expectOutline(headingLevels(plain), 2, 'ready, default');
      for (const state of states) {
        const { el } = await suite.mount({ ...state, attributes: { ...state.attributes, 'heading-level': '4' } });
        if (state.reach) {
          await until(el, config.ready, 'its data');
          await state.reach(el);
        }
        await until(el, state.shows ?? config.ready, state.name);
        expectOutline(headingLevels(el), 4, `${state.name}, heading-level="4"`);
      }
    });

    it('fires no event when the host sets a property', async () => {
      const mounted = await suite.mount();
      const { el } = mounted;
      await until(el, config.ready, 'its data');
      mounted.events.length = 0;
      for (const [name, value] of Object.entries(config.properties ?? {})) {
        (el as unknown as Record<string, unknown>)[name] = value;
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        // Let a reload the change started settle: its events would come after this.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await until(el, `${config.ready}, [part~="empty"], [part~="error"]`, `a settled view after setting ${name}`);
      }
      const allowed = new Set(config.loadEvents ?? []);
      expect(mounted.events.filter((e) => !allowed.has(e.type))).to.deep.equal([]);
    });
  });
}
