import type { FailedDetail, WayToPayKind } from '@tessera/core';

/** The ways to pay that are actions on the host's site rather than instructions. */
export type OnlineWayKind = Extract<WayToPayKind, 'online' | 'autopay' | 'text'>;

/**
 * `tessera-ways-to-pay-chosen`: the customer chose an online way to pay. The host opens
 * its payment form (`online`), Auto Pay setup (`autopay`) or text enrollment (`text`).
 */
export interface WaysToPayChosenDetail {
  wayId: string;
  kind: OnlineWayKind;
  /** The account shown, when `account-id` is set. */
  accountId?: string;
}

/**
 * `tessera-ways-to-pay-revealed`: the customer asked for the full account number and it is
 * on screen (for an audit trail). Never carries the number.
 */
export interface WaysToPayRevealedDetail {
  accountId: string;
}

/** `tessera-ways-to-pay-failed`: the load, or the customer's `reveal` of the account number, failed. */
export interface WaysToPayFailedDetail extends FailedDetail<'load' | 'reveal'> {
  /** The account concerned, when `account-id` is set. */
  accountId?: string;
}

/** Every event `<tessera-ways-to-pay>` fires, for typed listeners on the element, `document` and `window`. */
export interface WaysToPayEventMap {
  'tessera-ways-to-pay-chosen': CustomEvent<WaysToPayChosenDetail>;
  'tessera-ways-to-pay-revealed': CustomEvent<WaysToPayRevealedDetail>;
  'tessera-ways-to-pay-failed': CustomEvent<WaysToPayFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends WaysToPayEventMap {}
  interface DocumentEventMap extends WaysToPayEventMap {}
  interface WindowEventMap extends WaysToPayEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
