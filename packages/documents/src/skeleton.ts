import { html, type TemplateResult } from 'lit';
import type { DocumentsMessages } from './messages.js';

// The skeleton draws the ready layout with its own classes, text as bars (transparent
// generated text on a raised background, out of reach of assistive technology): the filter
// row, the count, the list box (a fixed height, so documents of any length or number take
// the same room) and the paperless switch with its description.

const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;
const blank = (n: number): string => '\u00a0'.repeat(n);

export function renderSkeleton(m: DocumentsMessages, loading: string, paperless: boolean): TemplateResult {
  return html`<div class="loading" part="skeleton"><span class="visually-hidden" role="status">${loading}</span><div class="layout" aria-hidden="true"><div class="toolbar"><span>${bar(m.filterLabel)}</span><span class="filter"></span></div><p class="count">${bar(m.count(12, 40))}</p><div class="list"><div class="heading">${bar('2026')}</div>${[0, 1, 2, 3].map(
    () => html`<p class="open">${bar(blank(28))}<br />${bar(blank(20))}</p>`,
  )}</div>${paperless
    ? html`<div class="paperless"><span class="switch"><span class="track"></span><span>${bar(m.paperlessLabel)}</span><span class="switch-state">${bar(m.off)}</span></span><p class="muted">${bar(m.paperlessOn)}</p><p class="live"></p></div>`
    : ''}</div></div>`;
}
