import { html, nothing, type TemplateResult } from 'lit';
import type { AccountKind } from '@tessera/core';
import type { WaysToPayMessages } from './messages.js';

// The skeleton draws the ready list with its own elements and classes, every way collapsed
// (how the list first shows), its text as bars: a name of a typical length, then a cost.
// Each row is two lines whatever the name, so only the number of ways can differ; it stands
// in with a typical lender's: five for a card, eight for a vehicle loan, eleven for both.
const TYPICAL: Record<AccountKind | 'all', number> = { card: 5, 'vehicle-loan': 8, all: 11 };

/** Blank words: they wrap like text and leave nothing to read, find or announce. */
const blank = (...words: number[]): string => words.map((n) => '\u00a0'.repeat(n)).join(' ');
const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;

export interface SkeletonOptions {
  m: WaysToPayMessages;
  loading: string;
  /** The kind filtered on, when known before the data. */
  kind?: AccountKind;
  /** The filter control is shown (no `account-id`, not compact). */
  filter: boolean;
  compact: boolean;
}

export function renderSkeleton({ m, loading, kind, filter, compact }: SkeletonOptions): TemplateResult {
  const row = html`<span class="name">${bar(blank(4, 3, 6))}</span><span class="cost">${bar(m.free)}</span>`;
  return html`<div class="loading" part="skeleton"><span class="visually-hidden" role="status">${loading}</span><div class="ready-shape" aria-hidden="true"><div class="heading">${bar(m.heading)}</div>${filter
    ? html`<div class="filter"><span class="label">${bar(m.filterLabel)}</span><span class="select"></span></div>`
    : nothing}<ul class="list">${Array.from({ length: TYPICAL[kind ?? 'all'] }, () =>
    compact ? html`<li class="way compact">${row}</li>` : html`<li class="way"><div class="way-heading"><span class="summary">${row}</span></div></li>`,
  )}</ul></div></div>`;
}
