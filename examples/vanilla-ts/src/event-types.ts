// Checked by `tsc` (and so by `npm run build`), never bundled: the build fails if an upgrade
// stops the widgets' event types from reaching this app, on the element, `document` or
// `window`, including a detail type that silently became `any`.
import type { CardLockChangedDetail, CardLockFailedDetail } from '@tessera/card-lock';
import type { FicoGaugeFailedDetail, FicoGaugeViewedDetail } from '@tessera/fico-gauge';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type EventTypes = [
  Expect<Equal<HTMLElementEventMap['tessera-card-lock-changed'], CustomEvent<CardLockChangedDetail>>>,
  Expect<Equal<DocumentEventMap['tessera-card-lock-failed'], CustomEvent<CardLockFailedDetail>>>,
  Expect<Equal<DocumentEventMap['tessera-fico-gauge-failed'], CustomEvent<FicoGaugeFailedDetail>>>,
  Expect<Equal<WindowEventMap['tessera-fico-gauge-viewed'], CustomEvent<FicoGaugeViewedDetail>>>,
  // The details themselves, field by field (`any` would pass the lines above).
  Expect<Equal<CardLockChangedDetail['locked'], boolean>>,
  Expect<Equal<CardLockFailedDetail['action'], 'load' | 'lock' | 'unlock' | 'alerts'>>,
  Expect<Equal<FicoGaugeViewedDetail['band'], string>>,
  Expect<Equal<FicoGaugeFailedDetail['action'], 'load'>>,
];
