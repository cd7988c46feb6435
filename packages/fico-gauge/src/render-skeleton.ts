import { html, nothing, type TemplateResult } from 'lit';
import type { FicoGaugeMessages } from './messages.js';
import { MAX_FACTORS } from './view.js';

/** What the loading placeholder needs to know: the labels it lays out unseen and what is hidden. */
export interface SkeletonOptions {
  m: FicoGaugeMessages;
  /** Core's "Loading…", for assistive technology. */
  loading: string;
  hideNote: boolean;
  hideHistory: boolean;
  hideFactors: boolean;
}

/**
 * The ready layout for the common data, block for block and with the same classes: the
 * dial, the change line, the attribution and date, the note, then the history chart and
 * {@link MAX_FACTORS} key factors unless hidden. Fixed labels are held unseen, so their
 * placeholders wrap as the labels do in every language.
 */
export function renderSkeleton({ m, loading, hideNote, hideHistory, hideFactors }: SkeletonOptions): TemplateResult {
  const line = (classes: string, label?: string): TemplateResult =>
    label === undefined
      ? html`<span class="skeleton line ${classes}"></span>`
      : html`<span class="skeleton ${classes}" aria-hidden="true"><span class="ghost">${label}</span></span>`;
  const details = !hideHistory || !hideFactors;
  return html`<div class="layout ${details ? 'split' : ''}" part="skeleton">
    <div class="main">
      <span class="gauge skeleton"></span>
      <span class="visually-hidden" role="status">${loading}</span>
      ${line('change')} ${line('muted')} ${line('muted')} ${hideNote ? nothing : line('muted', m.note)}
    </div>
    ${details
      ? html`<div class="details" aria-hidden="true">
          ${hideHistory
            ? nothing
            : html`<div class="history">
                ${line('title', m.history)}
                <span class="skeleton trend"></span>
                ${line('link', m.showTable)}
              </div>`}
          ${hideFactors
            ? nothing
            : html`<div>
                ${line('title', m.factors)}
                <div class="factor-list">
                  ${Array.from(
                    { length: MAX_FACTORS },
                    () => html`<div class="factor placeholder">
                      <span class="skeleton impact"></span><span class="skeleton factor-text"></span>
                    </div>`,
                  )}
                </div>
              </div>`}
        </div>`
      : nothing}
  </div>`;
}
