import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BaseView, FieldKey } from './view.js';

const describedBy = (...ids: Array<string | false | undefined>): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

export interface InputOptions {
  id: FieldKey;
  label: string;
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shown under the input and read with it (a warning, a bank name). */
  note?: string | undefined;
  /** Show the note as a warning. */
  warn?: boolean;
  type?: 'text' | 'date';
  inputmode?: 'decimal' | 'numeric';
  autocomplete?: 'off' | 'name';
  min?: string;
  max?: string;
  onInput(value: string): void;
}

/** A labelled input whose hint, note and error are tied to it with `aria-describedby`. */
export function input(o: InputOptions): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    <input
      id=${o.id}
      part="input"
      type=${o.type ?? 'text'}
      .value=${live(o.value)}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete ?? 'off'}
      spellcheck="false"
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.hint && `${o.id}-hint`, o.note && `${o.id}-note`, o.error && `${o.id}-error`))}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${o.note ? html`<span class=${o.warn ? 'note warning' : 'note'} id="${o.id}-note" part="note">${o.note}</span>` : nothing}
    ${o.error ? html`<span class="error" id="${o.id}-error" part="field-error">${o.error}</span>` : nothing}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  detail?: TemplateResult | string | undefined;
  disabled?: boolean;
  /** Rendered right after this option while it is selected (e.g. the other-amount input). */
  more?: () => TemplateResult;
}

export interface ChoicesOptions {
  id: FieldKey;
  legend: string;
  options: Choice[];
  selected?: string | undefined;
  error?: string | undefined;
  onChange(value: string): void;
}

/** A radio group in a fieldset; the first radio carries the group's id so errors can link to it. */
export function choices(o: ChoicesOptions): TemplateResult {
  const errorId = o.error ? `${o.id}-error` : undefined;
  return html`<fieldset class="choices" part="choices">
    <legend>${o.legend}</legend>
    ${o.error ? html`<span class="error" id=${o.id + '-error'} part="field-error">${o.error}</span>` : nothing}
    ${o.options.map((c, i) => {
      const id = i === 0 ? o.id : `${o.id}-${i}`;
      const checked = o.selected === c.value;
      return html`<div class="option" part="option">
          <input
            type="radio"
            id=${id}
            name=${o.id}
            .checked=${live(checked)}
            ?disabled=${c.disabled}
            aria-describedby=${ifDefined(describedBy(c.detail !== undefined && `${id}-detail`, errorId))}
            @change=${() => o.onChange(c.value)}
          />
          <label for=${id}>${c.label}</label>
          ${c.detail !== undefined ? html`<span class="detail" id="${id}-detail">${c.detail}</span>` : nothing}
        </div>
        ${checked && c.more ? c.more() : nothing}`;
    })}
  </fieldset>`;
}

/** The list of problems at the top of a step; each entry moves focus to its field. */
export function errorSummary(v: BaseView): TemplateResult | typeof nothing {
  const entries = (Object.keys(v.errors) as FieldKey[]).map((key) => [key, v.error(key)] as const);
  if (!entries.length) return nothing;
  return html`<div class="summary" part="error-summary">
    <p>${v.m.problems(entries.length)}</p>
    <ul>
      ${entries.map(
        ([key, text]) =>
          html`<li><button type="button" class="link" @click=${() => v.focusField(key)}>${text}</button></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * A step's form: Enter in a field continues; the browser never submits it anywhere. A
 * field the customer typed in is checked when they leave it.
 */
export function stepForm(v: BaseView, body: unknown, actions: TemplateResult): TemplateResult {
  return html`<form
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      v.next();
    }}
    @focusout=${(e: FocusEvent) => v.leave((e.target as HTMLElement).id)}
  >
    ${errorSummary(v)} ${body}
    <div class="actions" part="actions">${actions}</div>
  </form>`;
}

/**
 * While a request is out, its buttons say so with `aria-disabled` rather than `disabled`: a
 * disabled button loses focus to the page, and the customer who pressed it would be lost.
 */
const busyFlag = (busy: boolean): 'true' | undefined => (busy ? 'true' : undefined);

/** A button that acts at once (not a submit): `primary` for the step's main action; `disabled` ignores clicks while a request is out. */
export const button = (label: string, onClick: () => void, part: string, primary = false, disabled = false): TemplateResult =>
  html`<button
    type="button"
    class=${primary ? 'button primary' : 'button'}
    part=${part}
    aria-disabled=${ifDefined(busyFlag(disabled))}
    @click=${() => {
      if (!disabled) onClick();
    }}
  >
    ${label}
  </button>`;

export const backButton = (v: BaseView): TemplateResult =>
  html`<button type="button" class="button" part="back" @click=${() => v.back()}>${v.m.back}</button>`;

/** Continue, submit or save; while `busy` it stays focusable, and the form ignores it (`next()` waits for the request). */
export const continueButton = (v: BaseView, label = v.m.continue, busy = false): TemplateResult =>
  html`<button type="submit" class="button primary" part="continue" aria-disabled=${ifDefined(busyFlag(busy))}>${label}</button>`;

/** "Check again" for a payment not confirmed yet: a submit, like Continue. */
export const checkAgainButton = (v: BaseView): TemplateResult =>
  html`<button type="submit" class="button primary" part="check-again retry" aria-disabled=${ifDefined(busyFlag(v.busy))}>
    ${v.m.checkAgain}
  </button>`;
