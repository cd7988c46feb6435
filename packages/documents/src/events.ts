import type { DocumentType, FailedDetail, IsoInstant } from '@tessera/core';

/** `tessera-documents-opened`: a document opened in a new tab or downloaded. Never its link. */
export interface DocumentsOpenedDetail {
  documentId: string;
  accountId: string;
  type: DocumentType;
  /** `link`: opened in a new tab; `file`: downloaded. */
  delivery: 'link' | 'file';
}

/** `tessera-documents-paperless-changed`: the lender confirmed the account's new paperless setting. */
export interface DocumentsPaperlessChangedDetail {
  accountId: string;
  paperless: boolean;
  /** Turning on: when the customer accepted the electronic-delivery consent. */
  at?: IsoInstant;
}

/** `tessera-documents-failed`: the load, the next page, opening a document or the paperless change failed. */
export interface DocumentsFailedDetail extends FailedDetail<'load' | 'more' | 'open' | 'paperless'> {
  /** The document concerned (`open`). */
  documentId?: string;
  /** The account the element shows, when `account-id` is set. */
  accountId?: string;
}

/** Every event `<tessera-documents>` fires, for typed listeners on the element, `document` and `window`. */
export interface DocumentsEventMap {
  'tessera-documents-opened': CustomEvent<DocumentsOpenedDetail>;
  'tessera-documents-paperless-changed': CustomEvent<DocumentsPaperlessChangedDetail>;
  'tessera-documents-failed': CustomEvent<DocumentsFailedDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- merged into the DOM's event maps */
  interface HTMLElementEventMap extends DocumentsEventMap {}
  interface DocumentEventMap extends DocumentsEventMap {}
  interface WindowEventMap extends DocumentsEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
