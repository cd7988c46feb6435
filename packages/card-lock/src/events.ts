import type { FailedDetail, IsoInstant } from '@tessera/core';

/** `tessera-card-lock-changed`: the lender confirmed a lock or unlock the customer asked for. */
export interface CardLockChangedDetail {
  cardId: string;
  locked: boolean;
  /** When the lender recorded the change. */
  at: IsoInstant;
}

/** `tessera-card-lock-alerts-changed`: the lender confirmed the customer's declined-attempt alerts choice. */
export interface CardLockAlertsChangedDetail {
  cardId: string;
  enabled: boolean;
}

/** `tessera-card-lock-failed`: a load or a customer's change failed. */
export interface CardLockFailedDetail extends FailedDetail<'load' | 'lock' | 'unlock' | 'alerts'> {
  /** The card concerned (absent when the whole list failed to load). */
  cardId?: string;
}

/** Every event `<tessera-card-lock>` fires, for typed listeners on the element, `document` and `window`. */
export interface CardLockEventMap {
  'tessera-card-lock-changed': CustomEvent<CardLockChangedDetail>;
  'tessera-card-lock-alerts-changed': CustomEvent<CardLockAlertsChangedDetail>;
  'tessera-card-lock-failed': CustomEvent<CardLockFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends CardLockEventMap {}
  interface DocumentEventMap extends CardLockEventMap {}
  interface WindowEventMap extends CardLockEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
