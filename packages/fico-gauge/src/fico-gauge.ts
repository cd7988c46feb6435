import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  TesseraElement,
  formatDate,
  formatSigned,
  requireSlice,
  themeStyles,
  type CreditBureau,
  type IsoDate,
  type ScoreBand,
  type ScoreModel,
} from '@tessera/core';
import type { ScoreViewedDetail } from './events.js';
import { arcPath, bandArcs, scoreAngle, trendPoints } from './geometry.js';
import { messages, type FicoGaugeMessages } from './messages.js';
import { SCORE_MODELS, bandFor } from './models.js';
import { bandColor } from './palette.js';
import { styles } from './fico-gauge.styles.js';
import { VERSION } from './version.js';
import { MAX_FACTORS, viewOfAttributes, viewOfCreditScore, type ScoreView } from './view.js';

// ARIA 1.2's meter role. The template checker's role list stops at ARIA 1.1, so the
// constant is typed as a role it knows; the markup says `role="meter"`.
const METER_ROLE = 'meter' as string as 'progressbar';

/** Absent attribute → `undefined`; anything that is not a number → `NaN` (shown as invalid). */
const scoreConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value),
};

/**
 * A credit score gauge: the score on a semicircle over its model's bands, the band in
 * words, the change since the previous score, a trend of up to 24 scores with a table
 * alternative, and up to five key factors.
 *
 * Provider mode reads `creditScore.getCreditScore()` from the provider. Presentational mode
 * (the `score` attribute is set) draws the given score with no provider at all.
 *
 * @summary Credit score gauge with bands, change, history and key factors.
 * @tagname tessera-fico-gauge
 *
 * @fires {CustomEvent<ScoreViewedDetail>} tessera-score-viewed - A score from the provider was shown, once per load. Detail: `{ model, band }`, plus `score` only with `emit-score`. Not fired in presentational mode.
 *
 * @csspart base - The layout around every ready state.
 * @csspart gauge - The meter: the dial and the readout.
 * @csspart score - The score in large type.
 * @csspart band - The band in words.
 * @csspart change - The change since the previous score.
 * @csspart attribution - The model and bureau line.
 * @csspart as-of - The date of the score.
 * @csspart note - The "checking won't affect it" note.
 * @csspart no-score - The not-enough-history message.
 * @csspart history - The trend chart section.
 * @csspart history-toggle - The button that shows the history table.
 * @csspart history-table - The history as a table.
 * @csspart factors - The key factors section.
 * @csspart factor - One key factor.
 * @csspart skeleton - The loading placeholder for the dial.
 * @csspart error - The error message.
 * @csspart retry - The retry button in the error message.
 *
 * @cssprop [--tessera-fico-band-poor=light-dark(#c0392b, #ff8a80)] - Color of the Poor band.
 * @cssprop [--tessera-fico-band-fair=light-dark(#b45309, #ffb366)] - Color of the Fair band.
 * @cssprop [--tessera-fico-band-good=light-dark(#8a6d00, #e3c94f)] - Color of the Good band.
 * @cssprop [--tessera-fico-band-very-good=light-dark(#3d7d1f, #a3d977)] - Color of the Very Good band.
 * @cssprop [--tessera-fico-band-exceptional=light-dark(#1f6e43, #4fd18b)] - Color of the Exceptional band (FICO®).
 * @cssprop [--tessera-fico-band-excellent=light-dark(#1f6e43, #4fd18b)] - Color of the Excellent band (VantageScore®).
 * @cssprop --tessera-color-text - Text and the score marker.
 * @cssprop --tessera-color-text-muted - Attribution, dates and the note.
 * @cssprop --tessera-color-surface - The marker's fill.
 * @cssprop --tessera-color-accent - The trend line and the table toggle.
 * @cssprop --tessera-color-success - A rising score and helping factors.
 * @cssprop --tessera-color-danger - A falling score, hurting factors and errors.
 */
export class TesseraFicoGauge extends TesseraElement {
  static override styles = [themeStyles, styles];
  static override version = VERSION;

  /** Presentational mode: the score to draw, a whole number on the model's range. */
  @property({ converter: scoreConverter })
  score?: number;

  /** Presentational mode: the previous score, for the change line. */
  @property({ attribute: 'previous-score', converter: scoreConverter })
  previousScore?: number;

  /** Presentational mode: the date of the score, `YYYY-MM-DD`. */
  @property({ attribute: 'as-of' })
  asOf?: IsoDate;

  /** Presentational mode: the score model (default `fico-8`). */
  @property()
  model?: ScoreModel;

  /** Presentational mode: the bureau whose data the score is based on. */
  @property()
  bureau?: CreditBureau;

  /** Hides the "checking your score won't affect it" note. */
  @property({ type: Boolean, attribute: 'hide-note' })
  hideNote = false;

  /** Hides the score history. */
  @property({ type: Boolean, attribute: 'hide-history' })
  hideHistory = false;

  /** Hides the key factors. */
  @property({ type: Boolean, attribute: 'hide-factors' })
  hideFactors = false;

  /** Adds the score value to `tessera-score-viewed` (off by default: it is personal data). */
  @property({ type: Boolean, attribute: 'emit-score' })
  emitScore = false;

  @state()
  private tableOpen = false;

  private viewed?: ScoreView;

  private get presentational(): boolean {
    return this.score != null;
  }

  private readonly task = new Task(this, {
    task: async ([provider, presentational], { signal }) => {
      if (presentational) return initialState;
      const api = requireSlice(provider, 'creditScore');
      return viewOfCreditScore(await api.getCreditScore({ signal: this.linkSignal(signal) }));
    },
    args: () => [this.presentational ? undefined : this.activeProvider, this.presentational] as const,
  });

  protected override render(): unknown {
    const m = this.messagesFrom(messages);
    const score = this.score;
    if (score != null) {
      const view = viewOfAttributes({
        score,
        previousScore: this.previousScore,
        asOf: this.asOf,
        model: this.model,
        bureau: this.bureau,
      });
      return view
        ? this.renderView(view, m)
        : html`<div class="status-error" part="error" role="alert"><p>${m.invalid}</p></div>`;
    }
    return this.renderTask(this.task, {
      loading: () => this.renderSkeleton(m),
      ready: (view) => this.renderView(view, m),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks those.
    const sweep = this.renderRoot.querySelector<SVGElement>('.sweep');
    if (sweep) sweep.style.setProperty('--_sweep-from', `${sweep.dataset['sweepFrom'] ?? 0}deg`);
    const view = this.task.value;
    if (this.presentational || this.task.status !== TaskStatus.COMPLETE || !view || view === this.viewed) return;
    this.viewed = view;
    const band = view.score === null ? undefined : bandFor(view.score, view.scale);
    if (!band || view.score === null) return;
    const detail: ScoreViewedDetail = { model: view.model, band: band.key };
    if (this.emitScore) detail.score = view.score;
    this.emit('tessera-score-viewed', detail);
  }

  private bandLabel(band: ScoreBand, m: FicoGaugeMessages): string {
    return m.bands[band.key] ?? band.label ?? band.key;
  }

  private date(date: IsoDate): string {
    return formatDate(date, this.langTag);
  }

  /**
   * The ready layout for the common data, block for block and with the same classes: the
   * dial, the change line, the attribution and date, the note, then the history chart and
   * {@link MAX_FACTORS} key factors unless hidden. Fixed labels are held unseen, so their
   * placeholders wrap as the labels do in every language.
   */
  private renderSkeleton(m: FicoGaugeMessages): TemplateResult {
    const line = (classes: string, label?: string): TemplateResult =>
      label === undefined
        ? html`<span class="skeleton line ${classes}"></span>`
        : html`<span class="skeleton ${classes}" aria-hidden="true"><span class="ghost">${label}</span></span>`;
    const details = !this.hideHistory || !this.hideFactors;
    return html`<div class="layout ${details ? 'split' : ''}" part="base">
      <div class="main">
        <span class="gauge skeleton" part="skeleton"></span>
        <span class="visually-hidden" role="status">${this.coreMessages.loading}</span>
        ${line('change')} ${line('muted')} ${line('muted')} ${this.hideNote ? nothing : line('muted', m.note)}
      </div>
      ${details
        ? html`<div class="details" aria-hidden="true">
            ${this.hideHistory
              ? nothing
              : html`<div class="history">
                  ${line('title', m.history)}
                  <span class="skeleton trend"></span>
                  ${line('link', m.showTable)}
                </div>`}
            ${this.hideFactors
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

  private renderView(view: ScoreView, m: FicoGaugeMessages): TemplateResult {
    const band = view.score === null ? undefined : bandFor(view.score, view.scale);
    const model = SCORE_MODELS[view.model].name;
    const history = this.renderHistory(view, m);
    const factors = this.renderFactors(view, m);
    const details = history !== nothing || factors !== nothing;
    return html`<div class="layout ${details ? 'split' : ''}" part="base">
      <div class="main">
        ${view.score === null || !band
          ? html`<div part="no-score">
              <p><strong>${m.noScore}</strong></p>
              <p class="muted">${m.noScoreHint}</p>
            </div>`
          : this.renderGauge(view, view.score, band, model, m)}
        ${this.renderChange(view, m)}
        <p class="muted" part="attribution">${view.bureau ? m.basedOn(model, `${view.bureau}®`) : model}</p>
        ${view.asOf ? html`<p class="muted" part="as-of">${m.asOf(this.date(view.asOf))}</p>` : nothing}
        ${this.hideNote ? nothing : html`<p class="muted" part="note">${m.note}</p>`}
      </div>
      ${details ? html`<div class="details">${history}${factors}</div>` : nothing}
    </div>`;
  }

  private renderGauge(view: ScoreView, score: number, band: ScoreBand, model: string, m: FicoGaugeMessages): TemplateResult {
    const { min, max, bands } = view.scale;
    const angle = scoreAngle(score, min, max);
    const label = this.bandLabel(band, m);
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

  private renderChange(view: ScoreView, m: FicoGaugeMessages): TemplateResult | typeof nothing {
    if (view.score === null || !view.previous) return nothing;
    const delta = view.score - view.previous.score;
    const since = view.previous.date && this.date(view.previous.date);
    return html`<p class="change" part="change">
      ${delta
        ? html`<span class="delta ${delta > 0 ? 'up' : 'down'}" aria-hidden="true"
            >${delta > 0 ? '▲' : '▼'} ${formatSigned(delta, this.langTag)}</span
          > `
        : nothing}${m.change(delta, since)}
    </p>`;
  }

  private renderHistory(view: ScoreView, m: FicoGaugeMessages): TemplateResult | typeof nothing {
    const points = view.history;
    const first = points[0];
    const last = points.at(-1);
    if (this.hideHistory || !first || !last || points.length < 2) return nothing;
    return html`<div class="history" part="history">
      <h2 class="title">${m.history}</h2>
      <svg
        class="trend"
        viewBox="0 0 240 64"
        preserveAspectRatio="none"
        role="img"
        aria-label=${m.historySummary(points.length, first.score, this.date(first.date), last.score, this.date(last.date))}
      >
        <polyline points=${trendPoints(points.map((p) => p.score), 240, 64)}></polyline>
      </svg>
      <button
        class="link"
        part="history-toggle"
        type="button"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls="history-table"
        @click=${() => (this.tableOpen = !this.tableOpen)}
      >
        ${m.showTable}
      </button>
      <table id="history-table" part="history-table" ?hidden=${!this.tableOpen}>
        <caption class="visually-hidden">${m.history}</caption>
        <thead>
          <tr>
            <th scope="col">${m.date}</th>
            <th scope="col">${m.score}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map((p) => html`<tr><td>${this.date(p.date)}</td><td>${p.score}</td></tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderFactors(view: ScoreView, m: FicoGaugeMessages): TemplateResult | typeof nothing {
    if (this.hideFactors || view.factors.length === 0) return nothing;
    return html`<div part="factors">
      <h2 class="title">${m.factors}</h2>
      <ul class="factor-list">
        ${view.factors.map(
          (factor) => html`<li class="factor" part="factor" data-impact=${factor.impact}>
            <span class="impact ${factor.impact === 'helping' ? 'up' : 'down'}"
              >${m.impact[factor.impact]}<span class="visually-hidden">:</span></span
            >
            <span class="factor-text">${factor.text}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}
