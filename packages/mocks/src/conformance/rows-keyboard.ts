/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import type { TesseraProvider } from '@tessera/core';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryProvider } from '../memory-provider.js';
import type { Suite } from './context.js';
import { everyCase, until } from './harness.js';
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

const namesIn = (el: HTMLElement): string[] => [...new Set(pressable(el).map(nameOf))];

/** Lets the press's work settle: the element's update, answers from a provider without latency, a frame. */
async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * The memory provider with a gate: while it is closed, every call waits (as over a slow
 * network), so the suite can look at the widget while its request is in flight.
 */
function gated(provider: MemoryProvider): { provider: TesseraProvider; close(): void; open(): void } {
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const wrap = <S extends object>(slice: S): S =>
    new Proxy(slice, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (gate) await gate;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const slices = Object.fromEntries(
    Object.entries(provider).map(([name, slice]) => [name, name !== 'calls' && slice && typeof slice === 'object' ? wrap(slice) : slice]),
  ) as TesseraProvider;
  return {
    provider: slices,
    close() {
      gate ??= new Promise((resolve) => (release = resolve));
    },
    open() {
      release?.();
      gate = release = undefined;
    },
  };
}

/** Where focus is, for a failure message: the element inside the widget, or what took it outside. */
function focusOf(el: HTMLElement): { inside: boolean; where: string } {
  const active = document.activeElement;
  const inner = el.shadowRoot!.activeElement;
  const inside = (active === el && inner !== null) || (active !== null && active !== el && el.contains(active));
  const where = inner ? `<${inner.localName}${inner.getAttribute('part') ? ` part="${inner.getAttribute('part')}"` : ''}>` : `<${active?.localName ?? 'nothing'}>`;
  return { inside, where };
}

/** Second presses per state at most (one per button a first press revealed), so the row's time stays bounded. */
const SECOND_PRESSES = everyCase ? 12 : 2;

export function keyboardRows<E extends HTMLElement>(suite: Suite<E>): void {
  const { config } = suite;
  const states: Array<ConformanceState<E>> = [{ name: 'ready' }, ...(config.states ?? [])];

  /** Mounts the state, behind a gate that starts open, and brings it to where it shows. */
  async function open(state: ConformanceState<E>): Promise<{ el: E; gate: ReturnType<typeof gated> }> {
    let gate: ReturnType<typeof gated> | undefined;
    const { el } = await suite.mount({
      ...state,
      width: 640,
      provider: (memory) => (gate = gated(memory)).provider,
    });
    if (state.reach) {
      await until(el, config.ready, 'its data');
      await state.reach(el);
    }
    await until(el, state.shows ?? config.ready, state.name);
    return { el, gate: gate! };
  }

  /**
   * Presses the button named `name` with Enter: focus must stay inside the widget while the
   * request the press starts is in flight, and once it is answered.
   */
  async function press(el: E, gate: ReturnType<typeof gated>, name: string, what: string): Promise<boolean> {
    const button = pressable(el).find((candidate) => nameOf(candidate) === name);
    if (!button) return false;
    button.focus();
    if (el.shadowRoot!.activeElement !== button) return false;
    gate.close();
    await sendKeys({ press: 'Enter' });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const pending = focusOf(el);
    gate.open();
    expect(pending.inside, `${what}: while its request was in flight, focus went to ${pending.where}`).to.equal(true);
    await settle(el);
    const after = focusOf(el);
    expect(after.inside, `${what}: after Enter, focus went to ${after.where}`).to.equal(true);
    return true;
  }

  describe('keyboard: focus never falls to the page', () => {
    for (const state of states) {
      it(`${state.name}: Enter on each button, and on each button it reveals, leaves focus inside the widget`, async function () {
        // One fresh mount per button of the state: more time than one test usually needs.
        this.timeout(120_000);
        const first = namesIn((await open(state)).el);
        let seconds = 0;
        for (const name of first) {
          const { el, gate } = await open(state);
          if (!(await press(el, gate, name, `${state.name}: ${name}`))) continue;
          suite.sawParts(el);
          const revealed = namesIn(el).filter((next) => !first.includes(next));
          el.parentElement!.remove();
          for (const next of revealed) {
            if (seconds++ >= SECOND_PRESSES) break;
            const again = await open(state);
            if (!(await press(again.el, again.gate, name, `${state.name}: ${name}`))) continue;
            await press(again.el, again.gate, next, `${state.name}: ${name}, then ${next}`);
            suite.sawParts(again.el);
            again.el.parentElement!.remove();
          }
        }
      });
    }
  });
}
