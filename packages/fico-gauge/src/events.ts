import type { ScoreModel } from '@tessera/core';

/** `tessera-score-viewed`: a score from the provider was shown. */
export interface ScoreViewedDetail {
  model: ScoreModel;
  /** The band key, e.g. `very-good`. */
  band: string;
  /** Only when the host opts in with `emit-score`. */
  score?: number;
}

declare global {
  interface HTMLElementEventMap {
    'tessera-score-viewed': CustomEvent<ScoreViewedDetail>;
  }
}
