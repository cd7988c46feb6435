import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A level from the `heading-level` attribute plus an offset, kept within 1–6 (bad input → 2). */
export function headingLevel(base: number, offset = 0): HeadingLevel {
  const level = Number.isInteger(base) ? base + offset : 2 + offset;
  return Math.min(6, Math.max(1, level)) as HeadingLevel;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  /** `-1` for a heading that receives focus when a step opens. */
  tabIndex?: number;
}

/**
 * A real `<h1>`–`<h6>` at the level the host asked for: a widget's outline fits the page it
 * is placed in (an `h2` under a page's `h1`, an `h4` inside a section's `h3`). Tag names
 * cannot be bound in a template, so each level is its own template.
 */
export function renderHeading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { id, part, className, tabIndex } = options;
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabIndex)}>${content}</h6>`;
  }
}
