import { html, type TemplateResult } from 'lit';
import type { ActivityMessages } from './messages.js';

// The skeleton draws the ready layout of a card with its own classes, text as bars
// (transparent generated text on a raised background, out of reach of assistive technology):
// the heading, the filters, the count, the list box (a fixed height, so rows of any length or
// number take the same room), the download buttons (a period with more than a page has two)
// and the scheduled payments.

const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;
const blank = (n: number): string => '\u00a0'.repeat(n);

export function renderSkeleton(m: ActivityMessages, loading: string): TemplateResult {
  const field = (label: string): TemplateResult => html`<span class="field">${bar(label)}<span class="control"></span></span>`;
  return html`<div class="loading" part="skeleton"><span class="visually-hidden" role="status">${loading}</span><div class="layout" aria-hidden="true"><p class="heading">${bar(m.transactions)}</p><div class="filters">${field(m.period)}${field(m.status)}${field(m.kind)}${field(m.search)}</div><p class="count">${bar(m.count(25, 58))}</p><div class="list">${[0, 1, 2, 3, 4, 5].map(
    () => html`<p>${bar(blank(40))}</p>`,
  )}</div><div class="actions"><span class="button secondary">${bar(m.exportCsv)}</span><span class="button secondary">${bar(m.exportAll)}</span></div><div class="scheduled"><p class="heading">${bar(m.scheduled)}</p><p>${bar(m.noScheduled)}</p></div></div></div>`;
}
