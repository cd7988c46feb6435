// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraCardLock as TesseraCardLockElement } from '@tessera/card-lock';
import '@tessera/card-lock/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-card-lock>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onCardLockChanged`, `onCardLockAlertsChanged`, `onCardLockFailed`.
 */
export const TesseraCardLock = wrap({
  tagName: 'tessera-card-lock',
  elementClass: TesseraCardLockElement,
  attributes: { cardId: 'card-id', confirmUnlock: 'confirm-unlock', relockAfter: 'relock-after', headingLevel: 'heading-level' },
  events: {
    onCardLockChanged: 'tessera-card-lock-changed' as EventName<HTMLElementEventMap['tessera-card-lock-changed']>,
    onCardLockAlertsChanged: 'tessera-card-lock-alerts-changed' as EventName<HTMLElementEventMap['tessera-card-lock-alerts-changed']>,
    onCardLockFailed: 'tessera-card-lock-failed' as EventName<HTMLElementEventMap['tessera-card-lock-failed']>,
  },
  displayName: 'TesseraCardLock',
});

/** The props of `TesseraCardLock`, for hosts that wrap it or pass its props around. */
export type TesseraCardLockProps = ComponentProps<typeof TesseraCardLock>;
/** The element class, for refs: `useRef<TesseraCardLockElement>(null)`. */
export type { TesseraCardLockElement };
export type { CardLockChangedDetail, CardLockAlertsChangedDetail, CardLockFailedDetail } from '@tessera/card-lock';
