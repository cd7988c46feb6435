import type { IsoInstant, ProviderErrorCode } from '@tessera/core';

/** `tessera-card-lock-change`: the lender confirmed a lock or unlock the customer asked for. */
export interface CardLockChangeDetail {
  cardId: string;
  locked: boolean;
  /** When the lender recorded the change. */
  at: IsoInstant;
}

/** `tessera-card-lock-error`: a customer's lock, unlock or alerts change failed. */
export interface CardLockErrorDetail {
  cardId: string;
  code: ProviderErrorCode;
}

declare global {
  interface HTMLElementEventMap {
    'tessera-card-lock-change': CustomEvent<CardLockChangeDetail>;
    'tessera-card-lock-error': CustomEvent<CardLockErrorDetail>;
  }
}
