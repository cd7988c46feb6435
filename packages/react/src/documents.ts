// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
import type { ComponentProps } from 'react';
import { TesseraDocuments as TesseraDocumentsElement } from '@tessera/documents';
import '@tessera/documents/define';
import { wrap, type EventName } from './create.js';

/**
 * `<tessera-documents>` as a React component; importing it registers the tag. Props are the
 * element's properties, set as properties; those with an attribute are also rendered as it,
 * so they reach server-rendered HTML.
 *
 * Events: `onDocumentsOpened`, `onDocumentsPaperlessChanged`, `onDocumentsFailed`.
 */
export const TesseraDocuments = wrap({
  tagName: 'tessera-documents',
  elementClass: TesseraDocumentsElement,
  attributes: { accountId: 'account-id', pageSize: 'page-size', headingLevel: 'heading-level' },
  events: {
    onDocumentsOpened: 'tessera-documents-opened' as EventName<HTMLElementEventMap['tessera-documents-opened']>,
    onDocumentsPaperlessChanged: 'tessera-documents-paperless-changed' as EventName<HTMLElementEventMap['tessera-documents-paperless-changed']>,
    onDocumentsFailed: 'tessera-documents-failed' as EventName<HTMLElementEventMap['tessera-documents-failed']>,
  },
  displayName: 'TesseraDocuments',
});

/** The props of `TesseraDocuments`, for hosts that wrap it or pass its props around. */
export type TesseraDocumentsProps = ComponentProps<typeof TesseraDocuments>;
/** The element class, for refs: `useRef<TesseraDocumentsElement>(null)`. */
export type { TesseraDocumentsElement };
export type { DocumentsOpenedDetail, DocumentsPaperlessChangedDetail, DocumentsFailedDetail } from '@tessera/documents';
