export { TesseraHelpFaq } from './help-faq.js';
export type {
  HelpFaqEventMap,
  HelpFaqFailedDetail,
  HelpFaqFeedbackSentDetail,
  HelpFaqOpenedDetail,
  HelpFaqSearchedDetail,
} from './events.js';
export type { HelpFaqMessages } from './messages.js';
export {
  buildSearchIndex,
  searchFaq,
  normalise,
  tokenize,
  editDistance,
  maxTypos,
  richTexts,
  type FaqIndex,
  type SearchHit,
  type TextRange,
  type Token,
} from './search.js';
export { isOpenAt } from './contact.js';
export { SCHEMA_POLICY } from './faq-schema.js';
export { VERSION } from './version.js';
