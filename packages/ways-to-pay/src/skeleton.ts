import { html, nothing, type TemplateResult } from 'lit';
import type { AccountKind, WayToPayKind } from '@tessera/core';
import type { WaysToPayMessages } from './messages.js';

// The skeleton draws the ready list with its own elements and classes, every way collapsed
// (how the list first shows), its text as bars: the names are our usual names for each kind,
// the costs our words for them, so lines wrap where the ready ones will in either language.
// What only the provider knows (how many ways) stands in with a typical lender's ways.

const TYPICAL: Record<AccountKind | 'all', WayToPayKind[]> = {
  card: ['online', 'autopay', 'bill-pay', 'mail', 'phone'],
  'vehicle-loan': ['online', 'autopay', 'text', 'bill-pay', 'mail', 'phone', 'debit-card', 'cash'],
  all: ['online', 'autopay', 'text', 'bill-pay', 'bill-pay', 'mail', 'mail', 'phone', 'phone', 'debit-card', 'cash'],
};

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
  const kinds = TYPICAL[kind ?? 'all'];
  return html`<div class="loading" part="skeleton">
    <span class="visually-hidden" role="status">${loading}</span>
    <div class="ready-shape" aria-hidden="true">
      <div class="heading">${bar(m.heading)}</div>
      ${filter ? html`<div class="filter"><span class="label">${bar(m.filterLabel)}</span><span class="select"></span></div>` : nothing}
      <ul class="list">
        ${kinds.map(
          (k) =>
            html`<li class=${compact ? 'way compact' : 'way'}>
              ${compact
                ? html`<span class="name">${bar(m.names[k])}</span><span class="cost">${bar(m.free)}</span>`
                : html`<div class="way-heading"><span class="summary"><span class="name">${bar(m.names[k])}</span><span class="cost">${bar(m.free)}</span></span></div>`}
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
