import type { ScoreModel } from '@tessera/core';

/** Every boundary of every model, with the band it belongs to. */
const FICO: Array<[number, string]> = [
  [300, 'poor'], [579, 'poor'], [580, 'fair'], [669, 'fair'], [670, 'good'], [739, 'good'],
  [740, 'very-good'], [799, 'very-good'], [800, 'exceptional'], [850, 'exceptional'],
];
const FICO_INDUSTRY: Array<[number, string]> = [
  [250, 'poor'], [579, 'poor'], [580, 'fair'], [669, 'fair'], [670, 'good'], [739, 'good'],
  [740, 'very-good'], [799, 'very-good'], [800, 'exceptional'], [900, 'exceptional'],
];
const VANTAGE: Array<[number, string]> = [
  [300, 'poor'], [600, 'poor'], [601, 'fair'], [660, 'fair'], [661, 'good'], [780, 'good'], [781, 'excellent'], [850, 'excellent'],
];

export const BOUNDARIES: Record<ScoreModel, { min: number; max: number; cases: Array<[number, string]> }> = {
  'fico-8': { min: 300, max: 850, cases: FICO },
  'fico-9': { min: 300, max: 850, cases: FICO },
  'fico-10': { min: 300, max: 850, cases: FICO },
  'fico-auto-8': { min: 250, max: 900, cases: FICO_INDUSTRY },
  'fico-bankcard-8': { min: 250, max: 900, cases: FICO_INDUSTRY },
  'vantage-3': { min: 300, max: 850, cases: VANTAGE },
  'vantage-4': { min: 300, max: 850, cases: VANTAGE },
};

export const NAMES: Record<ScoreModel, string> = {
  'fico-8': 'FICO® Score 8',
  'fico-9': 'FICO® Score 9',
  'fico-10': 'FICO® Score 10',
  'fico-auto-8': 'FICO® Auto Score 8',
  'fico-bankcard-8': 'FICO® Bankcard Score 8',
  'vantage-3': 'VantageScore® 3.0',
  'vantage-4': 'VantageScore® 4.0',
};

export const MODELS = Object.keys(BOUNDARIES) as ScoreModel[];
