import {
  invalidData,
  leftOutOf,
  reportLeftOut,
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
  /** History points and factors left out because their data broke a rule. */
  leftOut: number;
}

const METHOD = 'creditScore.getCreditScore';

/**
 * Checks a provider's credit score: its shape, then that every score sits on its scale.
 * Anything else is a malformed-data ProviderError, so no marker is ever drawn off the dial.
 */
export function viewOfCreditScore(value: unknown): ScoreView {
  const data = assertShape(value, isCreditScore, 'credit score', METHOD);
  const scale = scaleFor(data.model, data.range, data.bands);
  if (!scale) {
    invalidData(METHOD, 'credit score', { path: ['range'], rule: `a range and bands that fit the ${data.model} scale`, value: data.range });
  }
  const rule = `a score on the ${data.model} scale, ${scale.min} to ${scale.max}`;
  const offScale = (score: number, path: Array<string | number>): void => {
    if (!isOnScale(score, scale)) invalidData(METHOD, 'credit score', { path, rule, value: score });
  };
  if (data.score !== null) offScale(data.score, ['score']);
  if (data.previous) offScale(data.previous.score, ['previous', 'score']);
  // A history point off the scale is left out, like one of the wrong shape.
  const history = data.history.filter((point, index) => {
    if (isOnScale(point.score, scale)) return true;
    reportLeftOut(METHOD, 'credit score', { path: ['history', index, 'score'], rule, value: point.score });
    return false;
  });
  const view: ScoreView = {
    score: data.score,
    model: data.model,
    bureau: data.bureau,
    asOf: data.asOf,
    scale,
    history: history.slice(-MAX_HISTORY),
    factors: data.factors.slice(0, MAX_FACTORS),
    leftOut: leftOutOf(data) + data.history.length - history.length,
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
  const view: ScoreView = { score, model, scale, history: [], factors: [], leftOut: 0 };
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
