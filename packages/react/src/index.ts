export { TesseraProvider } from './provider.js';
export { TesseraCardLock } from './card-lock.js';
export { TesseraPaymentForm } from './payment-form.js';
export { TesseraFicoGauge } from './fico-gauge.js';
export { TesseraTitleTracker } from './title-tracker.js';
export { TesseraHelpFaq } from './help-faq.js';
export type * from './props.js';
// Brings the JSX typings of the raw tags along with the components.
export type * from './jsx.js';
export type { CardLockChangedDetail, CardLockAlertsChangedDetail, CardLockFailedDetail } from '@tessera/card-lock';
export type {
  PaymentFormSubmittedDetail,
  PaymentFormAutopayChangedDetail,
  PaymentFormStepChangedDetail,
  PaymentFormFailedDetail,
  PaymentFormAction,
} from '@tessera/payment-form';
export type { FicoGaugeViewedDetail, FicoGaugeFailedDetail } from '@tessera/fico-gauge';
export type { TitleTrackerViewedDetail, TitleTrackerEmailUpdatesChangedDetail, TitleTrackerFailedDetail } from '@tessera/title-tracker';
export type { HelpFaqSearchedDetail, HelpFaqOpenedDetail, HelpFaqFeedbackSentDetail, HelpFaqFailedDetail } from '@tessera/help-faq';
export { VERSION } from './version.js';
