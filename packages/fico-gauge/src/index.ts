export { TesseraFicoGauge } from './fico-gauge.js';
export type { FicoGaugeEventMap, FicoGaugeFailedDetail, FicoGaugeViewedDetail } from './events.js';
export type { FicoGaugeMessages } from './messages.js';
export { SCORE_MODELS, bandFor, scaleFor, isScoreModel, type ScoreScale } from './models.js';
export { VERSION } from './version.js';
