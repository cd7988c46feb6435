// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraActivity as TesseraActivityElement } from '@tessera/activity';
import '@tessera/activity/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-activity>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onActivityDisputeRequested`, `onActivityPaymentCancelled`, `onActivityPaymentChanged`, `onActivityFailed`.
 */
export const TesseraActivity = wrap({
  tagName: 'tessera-activity',
  elementClass: TesseraActivityElement,
  attributes: { accountId: 'account-id', pageSize: 'page-size', headingLevel: 'heading-level' },
  events: {
    onActivityDisputeRequested: 'tessera-activity-dispute-requested' as EventName<HTMLElementEventMap['tessera-activity-dispute-requested']>,
    onActivityPaymentCancelled: 'tessera-activity-payment-cancelled' as EventName<HTMLElementEventMap['tessera-activity-payment-cancelled']>,
    onActivityPaymentChanged: 'tessera-activity-payment-changed' as EventName<HTMLElementEventMap['tessera-activity-payment-changed']>,
    onActivityFailed: 'tessera-activity-failed' as EventName<HTMLElementEventMap['tessera-activity-failed']>,
  },
  displayName: 'TesseraActivity',
});

/** The props of `TesseraActivity`, for hosts that wrap it or pass its props around. */
export type TesseraActivityProps = ComponentProps<typeof TesseraActivity>;
/** The element class, for refs: `useRef<TesseraActivityElement>(null)`. */
export type { TesseraActivityElement };
export type { ActivityDisputeRequestedDetail, ActivityPaymentCancelledDetail, ActivityPaymentChangedDetail, ActivityFailedDetail } from '@tessera/activity';
