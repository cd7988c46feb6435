import type { ComponentProps } from 'react';
import type { TesseraProvider } from './provider.js';
import type { TesseraCardLock } from './card-lock.js';
import type { TesseraPaymentForm } from './payment-form.js';
import type { TesseraFicoGauge } from './fico-gauge.js';
import type { TesseraTitleTracker } from './title-tracker.js';
import type { TesseraHelpFaq } from './help-faq.js';

/** Props of each component, for hosts that wrap them or pass them around. */
export type TesseraProviderProps = ComponentProps<typeof TesseraProvider>;
export type TesseraCardLockProps = ComponentProps<typeof TesseraCardLock>;
export type TesseraPaymentFormProps = ComponentProps<typeof TesseraPaymentForm>;
export type TesseraFicoGaugeProps = ComponentProps<typeof TesseraFicoGauge>;
export type TesseraTitleTrackerProps = ComponentProps<typeof TesseraTitleTracker>;
export type TesseraHelpFaqProps = ComponentProps<typeof TesseraHelpFaq>;
