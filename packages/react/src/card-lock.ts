import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraCardLock as CardLockElement } from '@tessera/card-lock';
import '@tessera/card-lock/define';

/**
 * `<tessera-card-lock>` as a React component: `cardId`, `confirmUnlock`, `relockAfter` and
 * `provider` are set as properties; `onCardLockChange` and `onCardLockError` receive the
 * widget's events.
 */
export const TesseraCardLock = createComponent({
  react: React,
  tagName: 'tessera-card-lock',
  elementClass: CardLockElement,
  events: {
    onCardLockChange: 'tessera-card-lock-change' as EventName<HTMLElementEventMap['tessera-card-lock-change']>,
    onCardLockError: 'tessera-card-lock-error' as EventName<HTMLElementEventMap['tessera-card-lock-error']>,
  },
  displayName: 'TesseraCardLock',
});
