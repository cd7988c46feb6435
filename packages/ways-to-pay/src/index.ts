export { TesseraWaysToPay } from './ways-to-pay.js';
export type {
  OnlineWayKind,
  WaysToPayChosenDetail,
  WaysToPayEventMap,
  WaysToPayFailedDetail,
  WaysToPayRevealedDetail,
} from './events.js';
export type { WaysToPayMessages } from './messages.js';
export { VERSION } from './version.js';
