import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatSigned, providerText, renderHeading, type HeadingLevel, type IsoDate, type ScoreBand } from '@tessera/core';
import { arcPath, bandArcs, scoreAngle, trendPoints } from './geometry.js';
import type { FicoGaugeMessages } from './messages.js';
import { SCORE_MODELS, bandFor } from './models.js';
import { bandColor } from './palette.js';
import type { ScoreView } from './view.js';

// ARIA 1.2's meter role. The template checker's role list stops at ARIA 1.1, so the
// constant is typed as a role it knows; the markup says `role="meter"`.
const METER_ROLE = 'meter' as string as 'progressbar';

/** What the ready state's template needs from the element. */
export interface ScoreRenderOptions {
  m: FicoGaugeMessages;
  /** The language tag for dates and numbers. */
  langTag: string;
  hideNote: boolean;
  hideHistory: boolean;
  hideFactors: boolean;
  /** The level of the section headings (history, key factors): the widget's `heading-level`. */
  headingLevel: HeadingLevel;
  /** Whether the history shows as a table, in place of the chart. */
  tableOpen: boolean;
  toggleTable: () => void;
}

/**
 * The ready state: the gauge (or the no-score message), the change, attribution, date and
 * note, then the history and key factors beside or below it.
 */
export function renderScore(view: ScoreView, options: ScoreRenderOptions): TemplateResult {
  const { m } = options;
  const band = view.score === null ? undefined : bandFor(view.score, view.scale);
  const model = SCORE_MODELS[view.model].name;
  const history = renderHistory(view, options);
  const factors = renderFactors(view, options);
  const details = history !== nothing || factors !== nothing;
  return html`<div class="layout ${details ? 'split' : ''}">
    <div class="main">
      ${view.score === null || !band
        ? html`<div part="no-score">
            <p><strong>${m.noScore}</strong></p>
            <p class="muted">${m.noScoreHint}</p>
          </div>`
        : renderGauge(view, view.score, band, model, m)}
      ${renderChange(view, options)}
      <p class="muted" part="attribution">${view.bureau ? m.basedOn(model, `${view.bureau}®`) : model}</p>
      ${view.asOf ? html`<p class="muted" part="as-of">${m.asOf(formatDate(view.asOf, options.langTag))}</p>` : nothing}
      ${options.hideNote ? nothing : html`<p class="muted" part="note">${m.note}</p>`}
    </div>
    ${details ? html`<div class="details">${history}${factors}</div>` : nothing}
  </div>`;
}

function bandLabel(band: ScoreBand, m: FicoGaugeMessages): string {
  return m.bands[band.key] ?? band.label ?? band.key;
}

function renderGauge(view: ScoreView, score: number, band: ScoreBand, model: string, m: FicoGaugeMessages): TemplateResult {
  const { min, max, bands } = view.scale;
  const angle = scoreAngle(score, min, max);
  const label = bandLabel(band, m);
  return html`<div
    class="gauge"
    part="gauge"
    role=${METER_ROLE}
    aria-label=${model}
    aria-valuemin=${min}
    aria-valuemax=${max}
    aria-valuenow=${score}
    aria-valuetext="${score}, ${label}"
  >
    <svg class="dial" viewBox="0 0 200 116" aria-hidden="true" focusable="false">
      ${bandArcs(view.scale).map(
        (arc) => svg`<path class="arc band-${bandColor(arc.band, bands)}" data-band=${arc.band.key} d=${arcPath(arc.from, arc.to)}></path>`,
      )}
      <text class="ends" x="20" y="114" text-anchor="middle">${min}</text>
      <text class="ends" x="180" y="114" text-anchor="middle">${max}</text>
      <g class="marker" transform="rotate(${angle} 100 100)">
        <circle class="sweep" data-sweep-from=${-90 - angle} cx="100" cy="20" r="9"></circle>
      </g>
    </svg>
    <div class="readout band-${bandColor(band, bands)}">
      <span class="score" part="score">${score}</span>
      <span class="band" part="band">${label}</span>
    </div>
  </div>`;
}

function renderChange(view: ScoreView, { m, langTag }: ScoreRenderOptions): TemplateResult | typeof nothing {
  if (view.score === null || !view.previous) return nothing;
  const delta = view.score - view.previous.score;
  const since = view.previous.date && formatDate(view.previous.date, langTag);
  // Two lines by design, how much then since when: each fits 320 px in either language, and
  // the skeleton reserves both, so a long date or a Spanish sentence never adds a line.
  return html`<p class="change" part="change">
    <span class="change-by"
      >${delta
        ? html`<span class="delta ${delta > 0 ? 'up' : 'down'}" aria-hidden="true"
            >${delta > 0 ? '▲' : '▼'} ${formatSigned(delta, langTag)}</span
          > `
        : nothing}${m.changeBy(delta)}</span
    >
    <span class="change-since">${m.changeSince(since)}</span>
  </p>`;
}

function renderHistory(view: ScoreView, options: ScoreRenderOptions): TemplateResult | typeof nothing {
  const { m, tableOpen } = options;
  const date = (value: IsoDate): string => formatDate(value, options.langTag);
  const points = view.history;
  const first = points[0];
  const last = points.at(-1);
  if (options.hideHistory || !first || !last || points.length < 2) return nothing;
  // A view switch, not a disclosure: the table takes the chart's place, and the button says
  // what pressing it does now ("View as table", then "View as chart"), with no state of its own.
  return html`<div class="history" part="history">
    ${renderHeading(options.headingLevel, m.history, { className: 'title' })}
    ${tableOpen
      ? html`<table part="history-table">
          <caption class="visually-hidden">${m.history}</caption>
          <thead>
            <tr>
              <th scope="col">${m.date}</th>
              <th scope="col">${m.score}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map((p) => html`<tr><td>${date(p.date)}</td><td>${p.score}</td></tr>`)}
          </tbody>
        </table>`
      : html`<svg
          class="trend"
          part="history-chart"
          viewBox="0 0 240 64"
          preserveAspectRatio="none"
          role="img"
          aria-label=${m.historySummary(points.length, first.score, date(first.date), last.score, date(last.date))}
        >
          <polyline points=${trendPoints(points.map((p) => p.score), 240, 64)}></polyline>
        </svg>`}
    <button class="link" part="history-toggle" type="button" @click=${options.toggleTable}>
      ${tableOpen ? m.showChart : m.showTable}
    </button>
  </div>`;
}

function renderFactors(view: ScoreView, { m, hideFactors, headingLevel }: ScoreRenderOptions): TemplateResult | typeof nothing {
  if (hideFactors || view.factors.length === 0) return nothing;
  return html`<div part="factors">
    ${renderHeading(headingLevel, m.factors, { className: 'title' })}
    <ul class="factor-list">
      ${view.factors.map(
        (factor) => html`<li class="factor" part="factor" data-impact=${factor.impact}>
          <span class="impact ${factor.impact === 'helping' ? 'up' : 'down'}"
            >${m.impact[factor.impact]}<span class="visually-hidden">:</span></span
          >
          <span class="factor-text">${providerText(factor.text)}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}
