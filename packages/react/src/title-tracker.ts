import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraTitleTracker as TitleTrackerElement } from '@tessera/title-tracker';
import '@tessera/title-tracker/define';

/**
 * `<tessera-title-tracker>` as a React component: `accountId`, `payoffHref`, `now` and
 * `provider` are set as properties; `onTitleTrackerViewed`,
 * `onTitleTrackerEmailUpdatesChanged` and `onTitleTrackerFailed` receive the widget's events.
 */
export const TesseraTitleTracker = createComponent({
  react: React,
  tagName: 'tessera-title-tracker',
  elementClass: TitleTrackerElement,
  events: {
    onTitleTrackerViewed: 'tessera-title-tracker-viewed' as EventName<HTMLElementEventMap['tessera-title-tracker-viewed']>,
    onTitleTrackerEmailUpdatesChanged: 'tessera-title-tracker-email-updates-changed' as EventName<
      HTMLElementEventMap['tessera-title-tracker-email-updates-changed']
    >,
    onTitleTrackerFailed: 'tessera-title-tracker-failed' as EventName<HTMLElementEventMap['tessera-title-tracker-failed']>,
  },
  displayName: 'TesseraTitleTracker',
});
