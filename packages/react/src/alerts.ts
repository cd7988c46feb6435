// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraAlerts as TesseraAlertsElement } from '@tessera/alerts';
import '@tessera/alerts/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-alerts>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onAlertsChanged`, `onAlertsMobileVerified`, `onAlertsConsentAccepted`, `onAlertsPayByTextChanged`, `onAlertsFailed`.
 */
export const TesseraAlerts = wrap({
  tagName: 'tessera-alerts',
  elementClass: TesseraAlertsElement,
  attributes: { accountId: 'account-id', headingLevel: 'heading-level' },
  events: {
    onAlertsChanged: 'tessera-alerts-changed' as EventName<HTMLElementEventMap['tessera-alerts-changed']>,
    onAlertsMobileVerified: 'tessera-alerts-mobile-verified' as EventName<HTMLElementEventMap['tessera-alerts-mobile-verified']>,
    onAlertsConsentAccepted: 'tessera-alerts-consent-accepted' as EventName<HTMLElementEventMap['tessera-alerts-consent-accepted']>,
    onAlertsPayByTextChanged: 'tessera-alerts-pay-by-text-changed' as EventName<HTMLElementEventMap['tessera-alerts-pay-by-text-changed']>,
    onAlertsFailed: 'tessera-alerts-failed' as EventName<HTMLElementEventMap['tessera-alerts-failed']>,
  },
  displayName: 'TesseraAlerts',
});

/** The props of `TesseraAlerts`, for hosts that wrap it or pass its props around. */
export type TesseraAlertsProps = ComponentProps<typeof TesseraAlerts>;
/** The element class, for refs: `useRef<TesseraAlertsElement>(null)`. */
export type { TesseraAlertsElement };
export type { AlertsChangedDetail, AlertsMobileVerifiedDetail, AlertsConsentAcceptedDetail, AlertsPayByTextChangedDetail, AlertsFailedDetail } from '@tessera/alerts';
