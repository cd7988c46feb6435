import type { CreditBureau, ScoreBand, ScoreModel } from '@tessera/core';

/** The range a score is drawn on and its bands: sorted, contiguous, covering `min`–`max`. */
export interface ScoreScale {
  min: number;
  max: number;
  bands: readonly ScoreBand[];
}

const band = (key: string, min: number, max: number): ScoreBand => ({ key, min, max });

// FICO's base and industry scores share the band cut-offs; industry scores reach further.
const ficoScale = (min: number, max: number): ScoreScale => ({
  min,
  max,
  bands: [band('poor', min, 579), band('fair', 580, 669), band('good', 670, 739), band('very-good', 740, 799), band('exceptional', 800, max)],
});

const FICO = ficoScale(300, 850);
const FICO_INDUSTRY = ficoScale(250, 900);
const VANTAGE: ScoreScale = {
  min: 300,
  max: 850,
  bands: [band('poor', 300, 600), band('fair', 601, 660), band('good', 661, 780), band('excellent', 781, 850)],
};

/** Every model the widget knows: its display name and standard scale. */
export const SCORE_MODELS: Readonly<Record<ScoreModel, { name: string; scale: ScoreScale }>> = {
  'fico-8': { name: 'FICO® Score 8', scale: FICO },
  'fico-9': { name: 'FICO® Score 9', scale: FICO },
  'fico-10': { name: 'FICO® Score 10', scale: FICO },
  'fico-auto-8': { name: 'FICO® Auto Score 8', scale: FICO_INDUSTRY },
  'fico-bankcard-8': { name: 'FICO® Bankcard Score 8', scale: FICO_INDUSTRY },
  'vantage-3': { name: 'VantageScore® 3.0', scale: VANTAGE },
  'vantage-4': { name: 'VantageScore® 4.0', scale: VANTAGE },
};

const BUREAUS: readonly string[] = ['TransUnion', 'Equifax', 'Experian'] satisfies CreditBureau[];

export function isScoreModel(value: unknown): value is ScoreModel {
  return typeof value === 'string' && Object.hasOwn(SCORE_MODELS, value);
}

export function isCreditBureau(value: unknown): value is CreditBureau {
  return BUREAUS.includes(value as string);
}

/** True when the bands are sorted, contiguous whole numbers covering exactly `min`–`max`. */
export function isValidScale({ min, max, bands }: ScoreScale): boolean {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min >= max || bands.length === 0) return false;
  let next = min;
  for (const b of bands) {
    if (b.min !== next || b.max < b.min) return false;
    next = b.max + 1;
  }
  return next === max + 1;
}

/**
 * The scale to draw a score on: the provider's range and bands when it gives them, else the
 * model's standard ones. `undefined` when they do not fit together.
 */
export function scaleFor(
  model: ScoreModel,
  range?: { min: number; max: number },
  bands?: readonly ScoreBand[],
): ScoreScale | undefined {
  const standard = SCORE_MODELS[model].scale;
  const scale: ScoreScale = {
    min: range?.min ?? bands?.[0]?.min ?? standard.min,
    max: range?.max ?? bands?.at(-1)?.max ?? standard.max,
    bands: bands ?? standard.bands,
  };
  return isValidScale(scale) ? scale : undefined;
}

/** True for a whole number within the scale. */
export function isOnScale(score: unknown, scale: ScoreScale): score is number {
  return Number.isSafeInteger(score) && (score as number) >= scale.min && (score as number) <= scale.max;
}

/** The band a score falls in, or `undefined` when it is off the scale. */
export function bandFor(score: number, scale: ScoreScale): ScoreBand | undefined {
  return scale.bands.find((b) => score >= b.min && score <= b.max);
}
