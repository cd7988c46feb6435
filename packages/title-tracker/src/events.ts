import type { FailedDetail, TitleStepKey } from '@tessera/core';

/**
 * `tessera-title-tracker-viewed`: the customer expanded a vehicle, or a load showed one
 * expanded (once per vehicle).
 */
export interface TitleTrackerViewedDetail {
  titleId: string;
  /** The step the title is at: the current step, else the next upcoming one, else the last. */
  currentStep: TitleStepKey;
}

/** `tessera-title-tracker-email-updates-changed`: the lender confirmed the customer's new email-updates setting. */
export interface TitleTrackerEmailUpdatesChangedDetail {
  titleId: string;
  enabled: boolean;
}

/** `tessera-title-tracker-failed`: the load, or the customer's email-updates change, failed. */
export interface TitleTrackerFailedDetail extends FailedDetail<'load' | 'email-updates'> {
  /** The title case concerned (`email-updates`). */
  titleId?: string;
  /** The loan the element was showing, when `account-id` is set (`load`). */
  accountId?: string;
}

/** Every event `<tessera-title-tracker>` fires, for typed listeners on the element, `document` and `window`. */
export interface TitleTrackerEventMap {
  'tessera-title-tracker-viewed': CustomEvent<TitleTrackerViewedDetail>;
  'tessera-title-tracker-email-updates-changed': CustomEvent<TitleTrackerEmailUpdatesChangedDetail>;
  'tessera-title-tracker-failed': CustomEvent<TitleTrackerFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends TitleTrackerEventMap {}
  interface DocumentEventMap extends TitleTrackerEventMap {}
  interface WindowEventMap extends TitleTrackerEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
