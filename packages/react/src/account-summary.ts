// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraAccountSummary as TesseraAccountSummaryElement } from '@tessera/account-summary';
import '@tessera/account-summary/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-account-summary>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onAccountSummaryPaymentRequested`, `onAccountSummaryAutopayRequested`, `onAccountSummaryTitleRequested`, `onAccountSummaryPayoffQuoted`, `onAccountSummaryPayoffRequested`, `onAccountSummaryFailed`.
 */
export const TesseraAccountSummary = wrap({
  tagName: 'tessera-account-summary',
  elementClass: TesseraAccountSummaryElement,
  attributes: { accountId: 'account-id', headingLevel: 'heading-level' },
  events: {
    onAccountSummaryPaymentRequested: 'tessera-account-summary-payment-requested' as EventName<HTMLElementEventMap['tessera-account-summary-payment-requested']>,
    onAccountSummaryAutopayRequested: 'tessera-account-summary-autopay-requested' as EventName<HTMLElementEventMap['tessera-account-summary-autopay-requested']>,
    onAccountSummaryTitleRequested: 'tessera-account-summary-title-requested' as EventName<HTMLElementEventMap['tessera-account-summary-title-requested']>,
    onAccountSummaryPayoffQuoted: 'tessera-account-summary-payoff-quoted' as EventName<HTMLElementEventMap['tessera-account-summary-payoff-quoted']>,
    onAccountSummaryPayoffRequested: 'tessera-account-summary-payoff-requested' as EventName<HTMLElementEventMap['tessera-account-summary-payoff-requested']>,
    onAccountSummaryFailed: 'tessera-account-summary-failed' as EventName<HTMLElementEventMap['tessera-account-summary-failed']>,
  },
  displayName: 'TesseraAccountSummary',
});

/** The props of `TesseraAccountSummary`, for hosts that wrap it or pass its props around. */
export type TesseraAccountSummaryProps = ComponentProps<typeof TesseraAccountSummary>;
/** The element class, for refs: `useRef<TesseraAccountSummaryElement>(null)`. */
export type { TesseraAccountSummaryElement };
export type { AccountSummaryPaymentRequestedDetail, AccountSummaryAutopayRequestedDetail, AccountSummaryTitleRequestedDetail, AccountSummaryPayoffQuotedDetail, AccountSummaryPayoffRequestedDetail, AccountSummaryFailedDetail } from '@tessera/account-summary';
