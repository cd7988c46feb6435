export { TesseraDispute } from './dispute.js';
export type { DisputeEventMap, DisputeFailedDetail, DisputeLockRequestedDetail, DisputeSubmittedDetail } from './events.js';
export type { DisputeMessages } from './messages.js';
export { disputeClock, lenderToday, type DisputeClock } from './clock.js';
export { VERSION } from './version.js';
