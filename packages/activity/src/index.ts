export { TesseraActivity } from './activity.js';
export type {
  ActivityDisputeRequestedDetail,
  ActivityEventMap,
  ActivityFailedDetail,
  ActivityPaymentCancelledDetail,
  ActivityPaymentChangedDetail,
} from './events.js';
export type { ActivityMessages } from './messages.js';
export { VERSION } from './version.js';
