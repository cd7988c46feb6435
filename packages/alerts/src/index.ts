export { TesseraAlerts } from './alerts.js';
export type {
  AlertsChangedDetail,
  AlertsConsentAcceptedDetail,
  AlertsEventMap,
  AlertsFailedDetail,
  AlertsMobileVerifiedDetail,
  AlertsPayByTextChangedDetail,
} from './events.js';
export type { AlertsMessages } from './messages.js';
export { VERSION } from './version.js';
