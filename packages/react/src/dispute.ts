// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraDispute as TesseraDisputeElement } from '@tessera/dispute';
import '@tessera/dispute/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-dispute>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onDisputeSubmitted`, `onDisputeLockRequested`, `onDisputeFailed`.
 */
export const TesseraDispute = wrap({
  tagName: 'tessera-dispute',
  elementClass: TesseraDisputeElement,
  attributes: { accountId: 'account-id', transactionId: 'transaction-id', headingLevel: 'heading-level' },
  events: {
    onDisputeSubmitted: 'tessera-dispute-submitted' as EventName<HTMLElementEventMap['tessera-dispute-submitted']>,
    onDisputeLockRequested: 'tessera-dispute-lock-requested' as EventName<HTMLElementEventMap['tessera-dispute-lock-requested']>,
    onDisputeFailed: 'tessera-dispute-failed' as EventName<HTMLElementEventMap['tessera-dispute-failed']>,
  },
  displayName: 'TesseraDispute',
});

/** The props of `TesseraDispute`, for hosts that wrap it or pass its props around. */
export type TesseraDisputeProps = ComponentProps<typeof TesseraDispute>;
/** The element class, for refs: `useRef<TesseraDisputeElement>(null)`. */
export type { TesseraDisputeElement };
export type { DisputeSubmittedDetail, DisputeLockRequestedDetail, DisputeFailedDetail } from '@tessera/dispute';
