import type { DisputeReason, FailedDetail } from '@tessera/core';

/** `tessera-dispute-submitted`: the lender opened the case. */
export interface DisputeSubmittedDetail {
  disputeId: string;
  caseNumber: string;
  accountId: string;
  transactionId: string;
  reason: DisputeReason;
}

/** `tessera-dispute-lock-requested`: the customer asked to lock the card of a charge they do not recognize. */
export interface DisputeLockRequestedDetail {
  accountId: string;
  /** For `<tessera-card-lock card-id>`. */
  cardId: string;
}

/** `tessera-dispute-failed`: the load, a file or the submission failed. */
export interface DisputeFailedDetail extends FailedDetail<'load' | 'attach' | 'submit'> {
  accountId?: string;
  transactionId?: string;
}

/** Every event `<tessera-dispute>` fires, for typed listeners on the element, `document` and `window`. */
export interface DisputeEventMap {
  'tessera-dispute-submitted': CustomEvent<DisputeSubmittedDetail>;
  'tessera-dispute-lock-requested': CustomEvent<DisputeLockRequestedDetail>;
  'tessera-dispute-failed': CustomEvent<DisputeFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends DisputeEventMap {}
  interface DocumentEventMap extends DisputeEventMap {}
  interface WindowEventMap extends DisputeEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
