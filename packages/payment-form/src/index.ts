export { TesseraPaymentForm } from './payment-form.js';
export type { PaymentStep, PaymentMode } from './flow.js';
export type {
  PaymentFormAction,
  PaymentFormAutopayChangedDetail,
  PaymentFormEventMap,
  PaymentFormFailedDetail,
  PaymentFormPaymentCancelledDetail,
  PaymentFormStepChangedDetail,
  PaymentFormSubmittedDetail,
} from './events.js';
export { messages, type PaymentFormMessages } from './messages.js';
export { VERSION } from './version.js';
