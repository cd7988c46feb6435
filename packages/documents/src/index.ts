export { TesseraDocuments } from './documents.js';
export type {
  DocumentsEventMap,
  DocumentsFailedDetail,
  DocumentsOpenedDetail,
  DocumentsPaperlessChangedDetail,
} from './events.js';
export type { DocumentsMessages } from './messages.js';
export { VERSION } from './version.js';
