import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraFicoGauge as FicoGaugeElement } from '@tessera/fico-gauge';
import '@tessera/fico-gauge/define';

/**
 * `<tessera-fico-gauge>` as a React component. Set `score` (and `previousScore`, `asOf`,
 * `model`, `bureau`) for presentational mode; leave it unset to read the provider.
 * `onScoreViewed` receives `tessera-score-viewed`.
 */
export const TesseraFicoGauge = createComponent({
  react: React,
  tagName: 'tessera-fico-gauge',
  elementClass: FicoGaugeElement,
  events: {
    onScoreViewed: 'tessera-score-viewed' as EventName<HTMLElementEventMap['tessera-score-viewed']>,
  },
  displayName: 'TesseraFicoGauge',
});
