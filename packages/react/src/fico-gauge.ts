// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraFicoGauge as TesseraFicoGaugeElement } from '@tessera/fico-gauge';
import '@tessera/fico-gauge/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-fico-gauge>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onFicoGaugeViewed`, `onFicoGaugeFailed`.
 */
export const TesseraFicoGauge = wrap({
  tagName: 'tessera-fico-gauge',
  elementClass: TesseraFicoGaugeElement,
  attributes: { score: 'score', previousScore: 'previous-score', asOf: 'as-of', model: 'model', bureau: 'bureau', hideNote: 'hide-note', hideHistory: 'hide-history', hideFactors: 'hide-factors', emitScore: 'emit-score', headingLevel: 'heading-level' },
  events: {
    onFicoGaugeViewed: 'tessera-fico-gauge-viewed' as EventName<HTMLElementEventMap['tessera-fico-gauge-viewed']>,
    onFicoGaugeFailed: 'tessera-fico-gauge-failed' as EventName<HTMLElementEventMap['tessera-fico-gauge-failed']>,
  },
  displayName: 'TesseraFicoGauge',
});

/** The props of `TesseraFicoGauge`, for hosts that wrap it or pass its props around. */
export type TesseraFicoGaugeProps = ComponentProps<typeof TesseraFicoGauge>;
/** The element class, for refs: `useRef<TesseraFicoGaugeElement>(null)`. */
export type { TesseraFicoGaugeElement };
export type { FicoGaugeViewedDetail, FicoGaugeFailedDetail } from '@tessera/fico-gauge';
