import type { MockStore, StoredCreditScore } from '@tessera/mocks';
import { pressOn, runWidgetConformance } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/fico-gauge/define';
import type { TesseraFicoGauge } from '@tessera/fico-gauge';

/** Changes the seeded credit score (FICO® Score 8, 742, twelve months of history, five factors). */
const withScore =
  (change: (score: StoredCreditScore) => StoredCreditScore) =>
  (store: MockStore): void => {
    store.creditScore = change(store.creditScore!);
  };

runWidgetConformance<TesseraFicoGauge>({
  tag: 'tessera-fico-gauge',
  packageDir: 'fico-gauge',
  eventPrefix: 'tessera-fico-gauge',
  requires: ['creditScore.getCreditScore'],
  loads: ['creditScore.getCreditScore'],
  ready: '[part~="gauge"]',
  states: [
    {
      name: 'the history as a table',
      reach: (el) => pressOn(el, '[part~="history-toggle"]'),
      shows: '[part~="history-table"]',
    },
    {
      name: 'not enough credit history to score',
      store: withScore((score) => ({ ...score, score: null })),
      shows: '[part~="no-score"]',
    },
    {
      name: 'a falling score, on VantageScore® 4.0’s own bands',
      store: withScore((score) => {
        const vantage: StoredCreditScore = { ...score, model: 'vantage-4', score: 722 };
        delete vantage.range;
        delete vantage.bands;
        return vantage;
      }),
    },
    {
      name: 'a factor and a history point with invalid data left out, with a notice',
      store: withScore((score) => ({
        ...score,
        factors: [...score.factors.slice(0, 2), { impact: 'neutral' as 'helping', text: 'Unknown' }],
        history: [...score.history, { date: score.asOf, score: 1200 }],
      })),
      shows: '[part~="notice"]',
    },
    { name: 'the gauge alone (note, history and factors hidden)', attributes: { 'hide-note': '', 'hide-history': '', 'hide-factors': '' } },
    {
      name: 'presentational: from attributes, the provider not asked',
      attributes: { score: '742', 'previous-score': '730', 'as-of': '2026-11-01', model: 'fico-8', bureau: 'TransUnion' },
    },
  ],
  actions: [],
  text: {
    fill: (store, value) => {
      store.creditScore!.factors = store.creditScore!.factors.map((factor) => ({ ...factor, text: value }));
    },
  },
  properties: {
    hideNote: true,
    hideHistory: true,
    hideFactors: true,
    emitScore: true,
    score: 700,
    previousScore: 690,
    model: 'fico-9',
    bureau: 'Equifax',
    asOf: '2026-10-01',
  },
  loadEvents: ['tessera-fico-gauge-viewed'],
});
