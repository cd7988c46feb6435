import type { TemplateResult } from 'lit';
import type { PaymentStep } from '../flow.js';
import type { View } from '../view.js';
import { renderAmountStep } from './amount.js';
import { renderAutopay, renderAutopayCancel, renderAutopayEdit, renderAutopayReview } from './autopay.js';
import { renderDateStep } from './date.js';
import { renderFromStep } from './from.js';
import { renderCancelPayment, renderResult } from './result.js';
import { renderReviewStep } from './review.js';

/** Each step after the account is chosen, drawn from the full view. */
export const STEP_VIEWS: Record<Exclude<PaymentStep, 'account'>, (v: View) => TemplateResult> = {
  amount: renderAmountStep,
  date: renderDateStep,
  from: renderFromStep,
  review: renderReviewStep,
  result: renderResult,
  'cancel-payment': renderCancelPayment,
  autopay: renderAutopay,
  'autopay-edit': renderAutopayEdit,
  'autopay-review': renderAutopayReview,
  'autopay-cancel': renderAutopayCancel,
};
