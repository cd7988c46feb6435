import type { FailedDetail, ScoreModel } from '@tessera/core';

/** `tessera-fico-gauge-viewed`: a score from the provider was shown, once per load. */
export interface FicoGaugeViewedDetail {
  model: ScoreModel;
  /** The band key, e.g. `very-good`. */
  band: string;
  /** Only when the host opts in with `emit-score`: it is personal data. */
  score?: number;
}

/** `tessera-fico-gauge-failed`: loading the score failed (the gauge has no other provider call). */
export type FicoGaugeFailedDetail = FailedDetail<'load'>;

/** Every event `<tessera-fico-gauge>` fires, for typed listeners on the element, `document` and `window`. */
export interface FicoGaugeEventMap {
  'tessera-fico-gauge-viewed': CustomEvent<FicoGaugeViewedDetail>;
  'tessera-fico-gauge-failed': CustomEvent<FicoGaugeFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends FicoGaugeEventMap {}
  interface DocumentEventMap extends FicoGaugeEventMap {}
  interface WindowEventMap extends FicoGaugeEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
