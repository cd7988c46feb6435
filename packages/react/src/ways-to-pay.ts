// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraWaysToPay as TesseraWaysToPayElement } from '@tessera/ways-to-pay';
import '@tessera/ways-to-pay/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-ways-to-pay>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onWaysToPayChosen`, `onWaysToPayRevealed`, `onWaysToPayFailed`.
 */
export const TesseraWaysToPay = wrap({
  tagName: 'tessera-ways-to-pay',
  elementClass: TesseraWaysToPayElement,
  attributes: { accountId: 'account-id', accountKind: 'account-kind', openId: 'open-id', compact: 'compact', headingLevel: 'heading-level' },
  events: {
    onWaysToPayChosen: 'tessera-ways-to-pay-chosen' as EventName<HTMLElementEventMap['tessera-ways-to-pay-chosen']>,
    onWaysToPayRevealed: 'tessera-ways-to-pay-revealed' as EventName<HTMLElementEventMap['tessera-ways-to-pay-revealed']>,
    onWaysToPayFailed: 'tessera-ways-to-pay-failed' as EventName<HTMLElementEventMap['tessera-ways-to-pay-failed']>,
  },
  displayName: 'TesseraWaysToPay',
});

/** The props of `TesseraWaysToPay`, for hosts that wrap it or pass its props around. */
export type TesseraWaysToPayProps = ComponentProps<typeof TesseraWaysToPay>;
/** The element class, for refs: `useRef<TesseraWaysToPayElement>(null)`. */
export type { TesseraWaysToPayElement };
export type { WaysToPayChosenDetail, WaysToPayRevealedDetail, WaysToPayFailedDetail } from '@tessera/ways-to-pay';
