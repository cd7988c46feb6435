export { TesseraAccountSummary } from './account-summary.js';
export type {
  AccountSummaryAutopayRequestedDetail,
  AccountSummaryEventMap,
  AccountSummaryFailedDetail,
  AccountSummaryPaymentRequestedDetail,
  AccountSummaryPayoffQuotedDetail,
  AccountSummaryPayoffRequestedDetail,
  AccountSummaryTitleRequestedDetail,
} from './events.js';
export type { AccountSummaryMessages } from './messages.js';
export { VERSION } from './version.js';
