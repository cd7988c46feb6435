import type { FailedDetail } from '@tessera/core';

/** `tessera-help-faq-searched`: the customer paused typing a search. */
export interface HelpFaqSearchedDetail {
  /** Characters in the query. */
  queryLength: number;
  /** Questions shown for it (within the selected topic). */
  resultCount: number;
  /** The query itself, only when the host sets `emit-query`. */
  query?: string;
}

/** `tessera-help-faq-opened`: the customer expanded a question. */
export interface HelpFaqOpenedDetail {
  entryId: string;
}

/** `tessera-help-faq-feedback-sent`: the lender accepted the customer's "Was this helpful?" answer. */
export interface HelpFaqFeedbackSentDetail {
  entryId: string;
  helpful: boolean;
}

/**
 * `tessera-help-faq-failed`: a load (`load`: the questions or the contact channels) or the
 * customer's `feedback` failed.
 */
export interface HelpFaqFailedDetail extends FailedDetail<'load' | 'feedback'> {
  /** The question the feedback was about (`feedback` only). */
  entryId?: string;
}

/** Every event `<tessera-help-faq>` fires, for typed listeners on the element, `document` and `window`. */
export interface HelpFaqEventMap {
  'tessera-help-faq-searched': CustomEvent<HelpFaqSearchedDetail>;
  'tessera-help-faq-opened': CustomEvent<HelpFaqOpenedDetail>;
  'tessera-help-faq-feedback-sent': CustomEvent<HelpFaqFeedbackSentDetail>;
  'tessera-help-faq-failed': CustomEvent<HelpFaqFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends HelpFaqEventMap {}
  interface DocumentEventMap extends HelpFaqEventMap {}
  interface WindowEventMap extends HelpFaqEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
