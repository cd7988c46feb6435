import {
  ProviderError,
  assertShape,
  isCreditScore,
  isIsoDate,
  type CreditBureau,
  type IsoDate,
  type ScoreFactor,
  type ScoreModel,
  type ScorePoint,
} from '@tessera/core';
import { SCORE_MODELS, isCreditBureau, isOnScale, isScoreModel, scaleFor, type ScoreScale } from './models.js';

export const MAX_HISTORY = 24;
export const MAX_FACTORS = 5;

/** Everything the gauge draws, checked: every score sits on `scale`. */
export interface ScoreView {
  /** `null`: not enough credit history to score. */
  score: number | null;
  model: ScoreModel;
  bureau?: CreditBureau;
  asOf?: IsoDate;
  scale: ScoreScale;
  previous?: { score: number; date?: IsoDate };
  history: ScorePoint[];
  factors: ScoreFactor[];
}

/**
 * Checks a provider's credit score: its shape, then that every score sits on its scale.
 * Anything else is a malformed-data ProviderError, so no marker is ever drawn off the dial.
 */
export function viewOfCreditScore(value: unknown): ScoreView {
  const data = assertShape(value, isCreditScore, 'credit score');
  const scale = scaleFor(data.model, data.range, data.bands);
  const onScale = (score: number): boolean => !!scale && isOnScale(score, scale);
  if (
    !scale ||
    (data.score !== null && !onScale(data.score)) ||
    (data.previous && !onScale(data.previous.score)) ||
    !data.history.every((point) => onScale(point.score))
  ) {
    throw new ProviderError('unknown', 'Malformed credit score from the provider');
  }
  const view: ScoreView = {
    score: data.score,
    model: data.model,
    bureau: data.bureau,
    asOf: data.asOf,
    scale,
    history: data.history.slice(-MAX_HISTORY),
    factors: data.factors.slice(0, MAX_FACTORS),
  };
  if (data.previous) view.previous = { score: data.previous.score, date: data.previous.date };
  return view;
}

/** What a host can set as attributes; `null` or `undefined` is an absent attribute. */
export interface ScoreAttributes {
  score: number;
  previousScore?: number | null;
  asOf?: string | null;
  model?: string | null;
  bureau?: string | null;
}

/** The view for presentational mode, or `undefined` when an attribute is not valid. */
export function viewOfAttributes(attributes: ScoreAttributes): ScoreView | undefined {
  const { score, previousScore, asOf, bureau } = attributes;
  const model = attributes.model ?? 'fico-8';
  if (!isScoreModel(model)) return undefined;
  const scale = SCORE_MODELS[model].scale;
  if (!isOnScale(score, scale)) return undefined;
  const view: ScoreView = { score, model, scale, history: [], factors: [] };
  if (previousScore != null) {
    if (!isOnScale(previousScore, scale)) return undefined;
    view.previous = { score: previousScore };
  }
  if (asOf != null) {
    if (!isIsoDate(asOf)) return undefined;
    view.asOf = asOf;
  }
  if (bureau != null) {
    if (!isCreditBureau(bureau)) return undefined;
    view.bureau = bureau;
  }
  return view;
}
