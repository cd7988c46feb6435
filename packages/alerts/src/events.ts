import type { AlertChannel, AlertKind, FailedDetail, IsoInstant, Money } from '@tessera/core';

/** `tessera-alerts-changed`: the lender confirmed one change to one alert. */
export interface AlertsChangedDetail {
  alertId: string;
  accountId: string;
  kind: AlertKind;
  /** A channel turned on or off. */
  channel?: AlertChannel;
  enabled?: boolean;
  /** The alert's new amount. */
  threshold?: Money;
  /** The payment reminder's new number of days before the due date. */
  daysBefore?: number;
}

/** `tessera-alerts-mobile-verified`: a new mobile number was verified with its code. Never the number. */
export interface AlertsMobileVerifiedDetail {
  at: IsoInstant;
}

/** `tessera-alerts-consent-accepted`: the lender recorded the customer's acceptance of the text consent. */
export interface AlertsConsentAcceptedDetail {
  version: string;
  at: IsoInstant;
}

/** `tessera-alerts-pay-by-text-changed`: the lender confirmed pay by text on or off for an account. */
export interface AlertsPayByTextChangedDetail {
  accountId: string;
  enrolled: boolean;
}

/** `tessera-alerts-failed`: the load or a customer's change failed. */
export interface AlertsFailedDetail extends FailedDetail<'load' | 'alert' | 'send-code' | 'resend' | 'confirm' | 'consent' | 'pay-by-text'> {
  /** The alert concerned (`alert`). */
  alertId?: string;
  /** The account concerned (`pay-by-text`), or the one the element shows (`load`). */
  accountId?: string;
}

/** Every event `<tessera-alerts>` fires, for typed listeners on the element, `document` and `window`. */
export interface AlertsEventMap {
  'tessera-alerts-changed': CustomEvent<AlertsChangedDetail>;
  'tessera-alerts-mobile-verified': CustomEvent<AlertsMobileVerifiedDetail>;
  'tessera-alerts-consent-accepted': CustomEvent<AlertsConsentAcceptedDetail>;
  'tessera-alerts-pay-by-text-changed': CustomEvent<AlertsPayByTextChangedDetail>;
  'tessera-alerts-failed': CustomEvent<AlertsFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends AlertsEventMap {}
  interface DocumentEventMap extends AlertsEventMap {}
  interface WindowEventMap extends AlertsEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
