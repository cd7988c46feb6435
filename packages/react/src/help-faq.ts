import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraHelpFaq as HelpFaqElement } from '@tessera/help-faq';
import '@tessera/help-faq/define';

/**
 * `<tessera-help-faq>` as a React component: `topic`, `topics`, `query`, `openId` and the
 * boolean options are set as properties; `onFaqSearch`, `onFaqOpen` and `onFaqFeedback`
 * receive the widget's events.
 */
export const TesseraHelpFaq = createComponent({
  react: React,
  tagName: 'tessera-help-faq',
  elementClass: HelpFaqElement,
  events: {
    onFaqSearch: 'tessera-faq-search' as EventName<HTMLElementEventMap['tessera-faq-search']>,
    onFaqOpen: 'tessera-faq-open' as EventName<HTMLElementEventMap['tessera-faq-open']>,
    onFaqFeedback: 'tessera-faq-feedback' as EventName<HTMLElementEventMap['tessera-faq-feedback']>,
  },
  displayName: 'TesseraHelpFaq',
});
