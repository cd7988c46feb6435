import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraFicoGauge as FicoGaugeElement } from '@tessera/fico-gauge';
import '@tessera/fico-gauge/define';

/**
 * `<tessera-fico-gauge>` as a React component. Set `score` (and `previousScore`, `asOf`,
 * `model`, `bureau`) for presentational mode; leave it unset to read the provider.
 * `onFicoGaugeViewed` and `onFicoGaugeFailed` receive the widget's events.
 */
export const TesseraFicoGauge = createComponent({
  react: React,
  tagName: 'tessera-fico-gauge',
  elementClass: FicoGaugeElement,
  events: {
    onFicoGaugeViewed: 'tessera-fico-gauge-viewed' as EventName<HTMLElementEventMap['tessera-fico-gauge-viewed']>,
    onFicoGaugeFailed: 'tessera-fico-gauge-failed' as EventName<HTMLElementEventMap['tessera-fico-gauge-failed']>,
  },
  displayName: 'TesseraFicoGauge',
});
