import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { providerText, type DisputeQuestion } from '@tessera/core';
import type { AnswerProblem } from './answers.js';
import type { DisputeMessages } from './messages.js';

export interface FieldContext {
  m: DisputeMessages;
  value: (id: string) => string;
  problem: (id: string) => AnswerProblem | undefined;
  set: (id: string, value: string) => void;
}

export const fieldId = (q: DisputeQuestion): string => `q-${q.id.replace(/[^\w-]/g, '_')}`;

function problemText(m: DisputeMessages, q: DisputeQuestion, problem: AnswerProblem): string {
  return problem === 'date' ? m.badDate : problem === 'amount' ? m.badAmount : problem === 'long' ? m.tooLong(q.maxLength ?? 0) : m.required;
}

/** One provider question as a labelled field, its hint, limit and error tied by `aria-describedby`. */
export function renderQuestion(q: DisputeQuestion, c: FieldContext): TemplateResult {
  const { m } = c;
  const id = fieldId(q);
  const value = c.value(q.id);
  const problem = c.problem(q.id);
  const hint = q.hint ? `${id}-hint` : '';
  const count = q.kind === 'text' && q.maxLength ? `${id}-count` : '';
  const error = problem ? `${id}-error` : '';
  const described = [hint, count, error].filter(Boolean).join(' ') || undefined;
  const label = html`${providerText(q.label)}${q.required ? nothing : html` <span class="muted">${m.optional}</span>`}`;
  const after = html`${q.hint ? html`<span id=${hint} class="muted">${providerText(q.hint)}</span>` : nothing}${count
    ? html`<span id=${count} class="muted" aria-live="polite">${m.chars(value.length, q.maxLength!)}</span>`
    : nothing}${problem ? html`<span id=${error} class="field-error" part="field-error">${problemText(m, q, problem)}</span>` : nothing}`;
  const input = (e: Event): void => c.set(q.id, (e.target as HTMLInputElement).value);
  if (q.kind === 'yes-no') {
    return html`<fieldset class="field" part="field" id=${id} tabindex="-1" aria-describedby=${ifDefined(described)}><legend>${label}</legend><div class="choices">${(['yes', 'no'] as const).map(
      (v) => html`<label class="choice"><input type="radio" name=${id} value=${v} .checked=${value === v} ?required=${q.required} aria-invalid=${problem ? 'true' : 'false'} @change=${input} />${m[v]}</label>`,
    )}</div>${after}</fieldset>`;
  }
  const invalid: 'true' | 'false' = problem ? 'true' : 'false';
  const common = { id, described, invalid };
  return html`<div class="field" part="field"><label for=${id}>${label}</label>${q.kind === 'text'
    ? html`<textarea id=${common.id} class="input" rows="3" maxlength=${ifDefined(q.maxLength)} ?required=${q.required} aria-invalid=${common.invalid} aria-describedby=${ifDefined(common.described)} .value=${value} @input=${input}></textarea>`
    : html`<input id=${common.id} class="input" type=${q.kind === 'date' ? 'date' : 'text'} inputmode=${ifDefined(q.kind === 'money' ? 'decimal' : undefined)} autocomplete="off" ?required=${q.required} aria-invalid=${common.invalid} aria-describedby=${ifDefined(common.described)} .value=${value} @input=${input} @change=${input} />`}${after}</div>`;
}
