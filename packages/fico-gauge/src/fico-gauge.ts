import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus, initialState } from '@lit/task';
import {
  TesseraElement,
  headingLevel,
  requireSlice,
  themeStyles,
  type CreditBureau,
  type IsoDate,
  type ScoreModel,
} from '@tessera/core';
import type { FicoGaugeViewedDetail } from './events.js';
import { messages, type FicoGaugeMessages } from './messages.js';
import { bandFor } from './models.js';
import { renderScore } from './render-score.js';
import { renderSkeleton } from './render-skeleton.js';
import { styles } from './fico-gauge.styles.js';
import { VERSION } from './version.js';
import { viewOfAttributes, viewOfCreditScore, type ScoreView } from './view.js';

/** Absent attribute → `undefined`; anything that is not a number → `NaN` (shown as invalid). */
const scoreConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value),
};

/**
 * A credit score gauge: the score on a semicircle over its model's bands, the band in
 * words, the change since the previous score, a trend of up to 24 scores with a table
 * alternative, and up to five key factors. Its section headings (history, key factors)
 * are at `heading-level`.
 *
 * Provider mode reads `creditScore.getCreditScore()` from the provider. Presentational mode
 * (the `score` attribute is set) draws the given score with no provider at all.
 *
 * @summary Credit score gauge with bands, change, history and key factors.
 * @tagname tessera-fico-gauge
 *
 * @fires {CustomEvent<FicoGaugeViewedDetail>} tessera-fico-gauge-viewed - A score from the provider was shown, once per load (again after a retry or with a new provider). Detail: `{ model, band }`, plus `score` only with `emit-score`. Not fired for the no-score state, for errors, or in presentational mode.
 * @fires {CustomEvent<FicoGaugeFailedDetail>} tessera-fico-gauge-failed - Loading the score failed: `{ action: 'load', code }`, `code` being the provider's error code. Not fired for a missing provider (a configuration error, logged for the developer) or in presentational mode.
 *
 * @csspart base - The outer box, in every state.
 * @csspart gauge - The meter: the dial and the readout (`role="meter"`).
 * @csspart score - The score in large type.
 * @csspart band - The band in words.
 * @csspart change - The change since the previous score.
 * @csspart attribution - The model and bureau line.
 * @csspart as-of - The date of the score.
 * @csspart note - The "checking won't affect it" note.
 * @csspart no-score - The not-enough-credit-history message, in place of the gauge.
 * @csspart history - The score history: its heading, the trend chart or the table, and the toggle.
 * @csspart history-chart - The trend chart (`role="img"`, with the history in words).
 * @csspart history-toggle - The button that shows the history as a table in place of the chart, and back; its label says what pressing it does ("View as table", "View as chart").
 * @csspart history-table - The history as a table (dates and scores), in place of the chart.
 * @csspart factors - The key factors section.
 * @csspart factor - One key factor (`data-impact="helping"` or `"hurting"`).
 * @csspart skeleton - The loading placeholder: the ready layout's blocks, the same size.
 * @csspart error - An error message.
 * @csspart retry - The error's Try again button.
 * @csspart notice - Says how many history points or factors could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-fico-gauge-band-poor=light-dark(#c0392b, #ff8a80)] - Color of the Poor band.
 * @cssprop [--tessera-fico-gauge-band-fair=light-dark(#b45309, #ffb366)] - Color of the Fair band.
 * @cssprop [--tessera-fico-gauge-band-good=light-dark(#8a6d00, #e3c94f)] - Color of the Good band.
 * @cssprop [--tessera-fico-gauge-band-very-good=light-dark(#3d7d1f, #a3d977)] - Color of the Very Good band.
 * @cssprop [--tessera-fico-gauge-band-exceptional=light-dark(#1f6e43, #4fd18b)] - Color of the Exceptional band (FICO®).
 * @cssprop [--tessera-fico-gauge-band-excellent=light-dark(#1f6e43, #4fd18b)] - Color of the Excellent band (VantageScore®).
 * @cssprop --tessera-color-text - Text and the score marker's ring.
 * @cssprop --tessera-color-text-muted - Attribution, dates, the note and the range ends.
 * @cssprop --tessera-color-surface - The marker's fill.
 * @cssprop --tessera-color-surface-raised - Skeletons.
 * @cssprop --tessera-color-border - Table rules.
 * @cssprop --tessera-color-accent - The trend line and the table toggle.
 * @cssprop --tessera-color-success - A rising score and helping factors.
 * @cssprop --tessera-color-danger - A falling score, hurting factors and errors.
 * @cssprop --tessera-focus-ring - The focus ring color.
 * @cssprop --tessera-focus-ring-width - The focus ring width.
 * @cssprop --tessera-font-family - The font.
 * @cssprop --tessera-font-size - The base font size.
 * @cssprop --tessera-radius - Corner radius of skeletons and the error block.
 * @cssprop --tessera-space - The spacing unit.
 */
export class TesseraFicoGauge extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-fico-gauge';
  static override styles = [themeStyles, styles];

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

  /** Adds the score value to `tessera-fico-gauge-viewed` (off by default: it is personal data). */
  @property({ type: Boolean, attribute: 'emit-score' })
  emitScore = false;

  @state()
  private tableOpen = false;

  /** The view `tessera-fico-gauge-viewed` was last fired for: once per load. */
  private viewed?: ScoreView;

  private get presentational(): boolean {
    return this.score != null;
  }

  private readonly loader = this.loadTask(
    () => [this.presentational ? undefined : this.activeProvider, this.presentational, this.locale] as const,
    async ([provider, presentational, locale], signal) => {
      // Presentational mode asks nothing: the task goes back to its initial state.
      if (presentational) return initialState as never;
      const api = requireSlice(provider, 'creditScore', ['getCreditScore']);
      return viewOfCreditScore(await api.getCreditScore({ signal, locale }));
    },
  );

  private get m(): FicoGaugeMessages {
    return this.messagesFrom(messages);
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderState()}</div>`;
  }

  private renderState(): unknown {
    const { m } = this;
    if (this.score != null) {
      const view = viewOfAttributes({
        score: this.score,
        previousScore: this.previousScore,
        asOf: this.asOf,
        model: this.model,
        bureau: this.bureau,
      });
      return view ? this.renderScore(view) : html`<div class="status-error" part="error" role="alert"><p>${m.invalid}</p></div>`;
    }
    return this.renderTask(this.loader, {
      loading: () =>
        renderSkeleton({
          m,
          loading: this.coreMessages.loading,
          hideNote: this.hideNote,
          hideHistory: this.hideHistory,
          hideFactors: this.hideFactors,
        }),
      ready: (view) => this.renderScore(view),
    });
  }

  private renderScore(view: ScoreView): TemplateResult {
    return html`${renderScore(view, {
      m: this.m,
      langTag: this.langTag,
      hideNote: this.hideNote,
      hideHistory: this.hideHistory,
      hideFactors: this.hideFactors,
      headingLevel: headingLevel(this.headingLevel),
      tableOpen: this.tableOpen,
      toggleTable: () => (this.tableOpen = !this.tableOpen),
    })}${this.renderLeftOut(view.leftOut)}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') blocks those.
    const sweep = this.renderRoot.querySelector<SVGElement>('.sweep');
    if (sweep) sweep.style.setProperty('--_sweep-from', `${sweep.dataset['sweepFrom'] ?? 0}deg`);
    this.reportViewed();
  }

  /** Fires `tessera-fico-gauge-viewed` once for each score a load brought and the gauge shows. */
  private reportViewed(): void {
    const view = this.loader.value;
    if (this.presentational || this.loader.status !== TaskStatus.COMPLETE || !view || view === this.viewed) return;
    this.viewed = view;
    const band = view.score === null ? undefined : bandFor(view.score, view.scale);
    if (!band || view.score === null) return;
    const detail: FicoGaugeViewedDetail = { model: view.model, band: band.key };
    if (this.emitScore) detail.score = view.score;
    this.emit('tessera-fico-gauge-viewed', detail);
  }
}
