/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect, nextFrame } from '@open-wc/testing';
import { TesseraProviderElement, type TesseraProvider } from '@tessera/core';
import type { Suite } from './context.js';
import { shadow, until } from './harness.js';

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
