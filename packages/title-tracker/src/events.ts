import type { TitleStepKey } from '@tessera/core';

/** `tessera-title-viewed`: the customer opened a vehicle's details (or the only one was shown after load). */
export interface TitleViewedDetail {
  titleId: string;
  /** The step the title is at: the current step, else the next upcoming one, else the last. */
  currentStep: TitleStepKey;
}

/** `tessera-title-email-updates-changed`: the provider confirmed a new email-updates setting. */
export interface TitleEmailUpdatesChangedDetail {
  titleId: string;
  enabled: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'tessera-title-viewed': CustomEvent<TitleViewedDetail>;
    'tessera-title-email-updates-changed': CustomEvent<TitleEmailUpdatesChangedDetail>;
  }
}
