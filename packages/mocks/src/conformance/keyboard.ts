import { sendKeys } from '@web/test-runner-commands';
import { shadow } from './harness.js';

/** Focuses a control inside the widget, as Tab would, and presses a key on it. */
export async function pressOn(el: HTMLElement & { updateComplete?: Promise<unknown> }, selector: string, key = 'Enter'): Promise<void> {
  await el.updateComplete;
  const control = shadow(el, selector);
  if (!control) throw new Error(`<${el.localName}> has no ${selector} to press`);
  control.focus();
  if (el.shadowRoot!.activeElement !== control) throw new Error(`${selector} in <${el.localName}> cannot take focus`);
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * Types text one character at a time. WebKitGTK's WebDriver (2.50) drops a character that
 * repeats the one before it within one typing action: "5555550199" arrived as "5019".
 */
export async function typeText(value: string): Promise<void> {
  for (const char of value) await sendKeys({ type: char });
}

/** Types into a field inside the widget (focused first). */
export async function typeInto(el: HTMLElement & { updateComplete?: Promise<unknown> }, selector: string, value: string): Promise<void> {
  await el.updateComplete;
  const field = shadow<HTMLInputElement>(el, selector);
  if (!field) throw new Error(`<${el.localName}> has no ${selector} to type into`);
  field.focus();
  await typeText(value);
  await el.updateComplete;
}
