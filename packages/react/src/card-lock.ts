import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraCardLock as CardLockElement } from '@tessera/card-lock';
import '@tessera/card-lock/define';

/**
 * `<tessera-card-lock>` as a React component: `cardId`, `confirmUnlock`, `relockAfter` and
 * `provider` are set as properties; `onCardLockChanged`, `onCardLockAlertsChanged` and
 * `onCardLockFailed` receive the widget's events.
 */
export const TesseraCardLock = createComponent({
  react: React,
  tagName: 'tessera-card-lock',
  elementClass: CardLockElement,
  events: {
    onCardLockChanged: 'tessera-card-lock-changed' as EventName<HTMLElementEventMap['tessera-card-lock-changed']>,
    onCardLockAlertsChanged: 'tessera-card-lock-alerts-changed' as EventName<HTMLElementEventMap['tessera-card-lock-alerts-changed']>,
    onCardLockFailed: 'tessera-card-lock-failed' as EventName<HTMLElementEventMap['tessera-card-lock-failed']>,
  },
  displayName: 'TesseraCardLock',
});
