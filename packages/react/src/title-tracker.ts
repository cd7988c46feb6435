import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraTitleTracker as TitleTrackerElement } from '@tessera/title-tracker';
import '@tessera/title-tracker/define';

/**
 * `<tessera-title-tracker>` as a React component: `accountId`, `payoffHref`, `now` and
 * `provider` are set as properties; `onTitleViewed` and `onTitleEmailUpdatesChanged`
 * receive the widget's events.
 */
export const TesseraTitleTracker = createComponent({
  react: React,
  tagName: 'tessera-title-tracker',
  elementClass: TitleTrackerElement,
  events: {
    onTitleViewed: 'tessera-title-viewed' as EventName<HTMLElementEventMap['tessera-title-viewed']>,
    onTitleEmailUpdatesChanged: 'tessera-title-email-updates-changed' as EventName<
      HTMLElementEventMap['tessera-title-email-updates-changed']
    >,
  },
  displayName: 'TesseraTitleTracker',
});
