import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TesseraHelpFaq as HelpFaqElement } from '@tessera/help-faq';
import '@tessera/help-faq/define';

/**
 * `<tessera-help-faq>` as a React component: `topic`, `topics`, `query`, `openId` and the
 * boolean options are set as properties; `onHelpFaqSearched`, `onHelpFaqOpened`,
 * `onHelpFaqFeedbackSent` and `onHelpFaqFailed` receive the widget's events.
 */
export const TesseraHelpFaq = createComponent({
  react: React,
  tagName: 'tessera-help-faq',
  elementClass: HelpFaqElement,
  events: {
    onHelpFaqSearched: 'tessera-help-faq-searched' as EventName<HTMLElementEventMap['tessera-help-faq-searched']>,
    onHelpFaqOpened: 'tessera-help-faq-opened' as EventName<HTMLElementEventMap['tessera-help-faq-opened']>,
    onHelpFaqFeedbackSent: 'tessera-help-faq-feedback-sent' as EventName<HTMLElementEventMap['tessera-help-faq-feedback-sent']>,
    onHelpFaqFailed: 'tessera-help-faq-failed' as EventName<HTMLElementEventMap['tessera-help-faq-failed']>,
  },
  displayName: 'TesseraHelpFaq',
});
