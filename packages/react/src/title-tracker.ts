// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraTitleTracker as TesseraTitleTrackerElement } from '@tessera/title-tracker';
import '@tessera/title-tracker/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-title-tracker>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onTitleTrackerViewed`, `onTitleTrackerEmailUpdatesChanged`, `onTitleTrackerFailed`.
 */
export const TesseraTitleTracker = wrap({
  tagName: 'tessera-title-tracker',
  elementClass: TesseraTitleTrackerElement,
  attributes: { accountId: 'account-id', payoffHref: 'payoff-href', headingLevel: 'heading-level' },
  events: {
    onTitleTrackerViewed: 'tessera-title-tracker-viewed' as EventName<HTMLElementEventMap['tessera-title-tracker-viewed']>,
    onTitleTrackerEmailUpdatesChanged: 'tessera-title-tracker-email-updates-changed' as EventName<HTMLElementEventMap['tessera-title-tracker-email-updates-changed']>,
    onTitleTrackerFailed: 'tessera-title-tracker-failed' as EventName<HTMLElementEventMap['tessera-title-tracker-failed']>,
  },
  displayName: 'TesseraTitleTracker',
});

/** The props of `TesseraTitleTracker`, for hosts that wrap it or pass its props around. */
export type TesseraTitleTrackerProps = ComponentProps<typeof TesseraTitleTracker>;
/** The element class, for refs: `useRef<TesseraTitleTrackerElement>(null)`. */
export type { TesseraTitleTrackerElement };
export type { TitleTrackerViewedDetail, TitleTrackerEmailUpdatesChangedDetail, TitleTrackerFailedDetail } from '@tessera/title-tracker';
