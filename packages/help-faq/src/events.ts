/** `tessera-faq-search`: the customer paused typing a search. */
export interface FaqSearchDetail {
  /** Characters in the query. */
  queryLength: number;
  /** Questions shown for it (within the selected topic). */
  resultCount: number;
  /** The query itself, only when the host sets `emit-query`. */
  query?: string;
}

/** `tessera-faq-open`: the customer expanded a question. */
export interface FaqOpenDetail {
  id: string;
}

/** `tessera-faq-feedback`: the customer answered "Was this helpful?". */
export interface FaqFeedbackDetail {
  id: string;
  helpful: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'tessera-faq-search': CustomEvent<FaqSearchDetail>;
    'tessera-faq-open': CustomEvent<FaqOpenDetail>;
    'tessera-faq-feedback': CustomEvent<FaqFeedbackDetail>;
  }
}
