export { TesseraCardLock } from './card-lock.js';
export type { CardLockAlertsChangedDetail, CardLockChangedDetail, CardLockEventMap, CardLockFailedDetail } from './events.js';
export { messages, type CardLockMessages } from './messages.js';
export { VERSION } from './version.js';
