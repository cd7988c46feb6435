// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraHelpFaq as TesseraHelpFaqElement } from '@tessera/help-faq';
import '@tessera/help-faq/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-help-faq>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onHelpFaqSearched`, `onHelpFaqOpened`, `onHelpFaqFeedbackSent`, `onHelpFaqFailed`.
 */
export const TesseraHelpFaq = wrap({
  tagName: 'tessera-help-faq',
  elementClass: TesseraHelpFaqElement,
  attributes: { topic: 'topic', topics: 'topics', query: 'query', openId: 'open-id', syncHash: 'sync-hash', faqSchema: 'faq-schema', hideContact: 'hide-contact', emitQuery: 'emit-query', headingLevel: 'heading-level' },
  events: {
    onHelpFaqSearched: 'tessera-help-faq-searched' as EventName<HTMLElementEventMap['tessera-help-faq-searched']>,
    onHelpFaqOpened: 'tessera-help-faq-opened' as EventName<HTMLElementEventMap['tessera-help-faq-opened']>,
    onHelpFaqFeedbackSent: 'tessera-help-faq-feedback-sent' as EventName<HTMLElementEventMap['tessera-help-faq-feedback-sent']>,
    onHelpFaqFailed: 'tessera-help-faq-failed' as EventName<HTMLElementEventMap['tessera-help-faq-failed']>,
  },
  displayName: 'TesseraHelpFaq',
});

/** The props of `TesseraHelpFaq`, for hosts that wrap it or pass its props around. */
export type TesseraHelpFaqProps = ComponentProps<typeof TesseraHelpFaq>;
/** The element class, for refs: `useRef<TesseraHelpFaqElement>(null)`. */
export type { TesseraHelpFaqElement };
export type { HelpFaqSearchedDetail, HelpFaqOpenedDetail, HelpFaqFeedbackSentDetail, HelpFaqFailedDetail } from '@tessera/help-faq';
