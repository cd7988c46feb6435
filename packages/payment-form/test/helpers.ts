import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import { createFaults, createMemoryProvider, createMockStore, type Fault, type FaultRoute, type Faults, type MockStore } from '@tessera/mocks';
import '@tessera/payment-form/define';
import type { TesseraPaymentForm } from '@tessera/payment-form';

export interface Mounted {
  el: TesseraPaymentForm;
  store: MockStore;
  faults: Faults;
  provider: ReturnType<typeof createMemoryProvider>;
}

export interface MountOptions {
  accountId?: string;
  mode?: 'one-time' | 'autopay';
  lang?: string;
  store?: MockStore;
  minDate?: string;
  maxDate?: string;
  /** Faults in place before the first load. */
  faults?: Array<[FaultRoute, Fault]>;
  /** Wait for this selector in the shadow root (default: the step heading). */
  ready?: string;
  /** A provider of the test's own (a changed memory provider); faults then do not apply. */
  provider?: ReturnType<typeof createMemoryProvider>;
}

export async function mount(options: MountOptions = {}): Promise<Mounted> {
  const store = options.store ?? createMockStore();
  const faults = createFaults();
  for (const [route, fault] of options.faults ?? []) faults.set(route, fault);
  const provider = options.provider ?? createMemoryProvider(store, { faults });
  const el = await fixture<TesseraPaymentForm>(html`<tessera-payment-form
    .provider=${provider}
    account-id=${ifDefined(options.accountId)}
    mode=${ifDefined(options.mode)}
    lang=${ifDefined(options.lang)}
    min-date=${ifDefined(options.minDate)}
    max-date=${ifDefined(options.maxDate)}
  ></tessera-payment-form>`);
  await shown(el, options.ready ?? '#heading');
  return { el, store, faults, provider };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Text as read: spaces folded, the invisible bidirectional isolates around provider text left out. */
export const text = (el: Element, selector: string): string =>
  $(el, selector)?.textContent?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';

/** Waits until `selector` is in the shadow root (and, when given, `check` passes). */
export async function shown(el: Element, selector: string, check: (found: HTMLElement) => boolean = () => true): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const found = $(el, selector);
      return found && check(found);
    },
    `${selector} never appeared`,
    { timeout: 4000 },
  );
  return $(el, selector)!;
}

export async function atStep(el: TesseraPaymentForm, step: string): Promise<void> {
  await waitUntil(() => el.step === step && !$(el, '[part="skeleton"]') && $(el, '[part="actions"]'), `never reached ${step}`, {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** The element focused inside the form's shadow root. */
export const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;

/** Presses Tab until the focused element matches `selector` (keyboard only, like a customer). */
export async function tabTo(el: Element, selector: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (focused(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${focused(el)?.outerHTML.slice(0, 80) ?? 'nothing inside'}`);
}

/** A key press; Space is `' '`, the name every engine's driver understands. */
export const press = (key: string): Promise<void> => sendKeys({ press: key });
/** Types one character at a time: some engines' drivers drop a repeated character typed in one go. */
export async function type(value: string): Promise<void> {
  for (const character of value) await sendKeys({ type: character });
}

/** Clicks an element in the shadow root and waits for the render. */
export async function click(el: TesseraPaymentForm, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`${selector} is not there`);
  target.click();
  await el.updateComplete;
}

/** Types into an input the way the browser would report it. */
export async function fill(el: TesseraPaymentForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  if (!input) throw new Error(`${selector} is not there`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function continueTo(el: TesseraPaymentForm, step: string): Promise<void> {
  await click(el, '[part~="continue"]');
  await atStep(el, step);
}

/**
 * Mouse path to the review screen: first account, first preset; the earliest date and the
 * preferred bank account are taken as they are (those steps are skipped).
 */
export async function toReview(el: TesseraPaymentForm): Promise<void> {
  if (el.step === 'account') {
    await click(el, '#account');
    await continueTo(el, 'amount');
  }
  await atStep(el, 'amount');
  await click(el, '#amount');
  await continueTo(el, 'review');
}

/** From review, the edit button of a step (`date`, `from`, `amount`, `account`). */
export async function editFromReview(el: TesseraPaymentForm, step: string): Promise<void> {
  await click(el, `#edit-${step}`);
  await atStep(el, step);
}

/** The first preset, then review, then the date step through its edit button. */
export async function toDate(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await editFromReview(el, 'date');
}

/** The first preset, then review, then the bank account step through its edit button. */
export async function toFrom(el: TesseraPaymentForm): Promise<void> {
  await toReview(el);
  await editFromReview(el, 'from');
}

export async function authorizeAndSubmit(el: TesseraPaymentForm): Promise<void> {
  await click(el, '#authorize');
  await click(el, '[part~="continue"]');
}

export const submitCalls = (provider: Mounted['provider']): Array<{ idempotencyKey: string; amount: { amount: number } }> =>
  provider.calls
    .filter((c) => c.route === 'payments.submitPayment')
    .map((c) => c.args[0] as { idempotencyKey: string; amount: { amount: number } });
