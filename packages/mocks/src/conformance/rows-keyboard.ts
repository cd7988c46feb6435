/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Suite } from './context.js';
import { until } from './harness.js';
import type { ConformanceState } from './types.js';

/** Buttons the customer can reach with Tab right now, in document order. */
function pressable(el: HTMLElement): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter(
    (button) => !button.disabled && button.getClientRects().length > 0 && button.closest('[inert], [hidden]') === null,
  );
}

/**
 * Which buttons count as one: those that share a part do the same thing (every question of
 * a list, every "Edit" of a summary), so one of each is pressed; a button without a part
 * is known by its words.
 */
function nameOf(button: HTMLButtonElement): string {
  const part = button.getAttribute('part') ?? '';
  return part ? `<button part="${part}">` : `<button>${button.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? ''}`;
}

/** Lets the press's work settle: the element's update, answers from a provider without latency, a frame. */
async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export function keyboardRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const states: Array<ConformanceState<E>> = [{ name: 'ready' }, ...(config.states ?? [])];

  /** Mounts the state and brings it to where it shows. */
  async function open(state: ConformanceState<E>): Promise<E> {
    const { el } = await suite.mount({ ...state, width: 640 });
    if (state.reach) {
      await until(el, config.ready, 'its data');
      await state.reach(el);
    }
    await until(el, state.shows ?? config.ready, state.name);
    return el;
  }

  describe('keyboard: focus never falls to the page', () => {
    for (const state of states) {
      it(`${state.name}: Enter on each button leaves focus inside the widget`, async function () {
        // One fresh mount per button of the state: more time than one test usually needs.
        this.timeout(60_000);
        const names = [...new Set(pressable(await open(state)).map(nameOf))];
        for (const name of names) {
          const el = await open(state);
          const button = pressable(el).find((candidate) => nameOf(candidate) === name);
          if (!button) continue;
          button.focus();
          if (el.shadowRoot!.activeElement !== button) continue;
          await sendKeys({ press: 'Enter' });
          await settle(el);
          const active = document.activeElement;
          const inside = active === el || (active !== null && el.contains(active));
          expect(inside, `${state.name}: after Enter on ${name}, focus went to <${active?.localName ?? 'nothing'}>`).to.equal(true);
          suite.sawParts(el);
          el.parentElement!.remove();
        }
      });
    }
  });
}
