export { TesseraCardLock } from './card-lock.js';
export type { CardLockChangeDetail, CardLockErrorDetail } from './events.js';
export { messages, type CardLockMessages } from './messages.js';
export { VERSION } from './version.js';
