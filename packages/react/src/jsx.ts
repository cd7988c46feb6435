// Typings for the raw tags: `<tessera-card-lock card-id="…">` in JSX, without the wrappers.
// React 19 sets a prop as a property when the element has it (so import the widget's
// `/define` before rendering), and adds `on<event-name>` props as event listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TesseraProviderElement } from '@tessera/core';
import type { TesseraCardLock } from '@tessera/card-lock';
import type { TesseraFicoGauge } from '@tessera/fico-gauge';
import type { TesseraHelpFaq } from '@tessera/help-faq';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import type { TesseraTitleTracker } from '@tessera/title-tracker';

/** A listener for one of the widgets' events, typed by `HTMLElementEventMap`. */
export type TesseraListener<K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K]) => void;

/** `on<event-name>` props for these events. */
export type TesseraListeners<K extends keyof HTMLElementEventMap> = { [Name in K as `on${Name}`]?: TesseraListener<Name> };

/** Whole numbers can be written either way in an attribute. */
type NumberAttribute = number | string;

export type TesseraProviderTagProps = Partial<Pick<TesseraProviderElement, 'provider' | 'endpoint' | 'credentials' | 'authToken'>> & {
  'auth-token'?: string;
};

export type TesseraCardLockTagProps = Partial<Pick<TesseraCardLock, 'provider' | 'cardId' | 'confirmUnlock' | 'relockAfter'>> & {
  'card-id'?: string;
  'confirm-unlock'?: boolean;
  'relock-after'?: NumberAttribute;
} & TesseraListeners<'tessera-card-lock-changed' | 'tessera-card-lock-alerts-changed' | 'tessera-card-lock-failed'>;

export type TesseraPaymentFormTagProps = Partial<Pick<TesseraPaymentForm, 'provider' | 'accountId' | 'mode' | 'minDate' | 'maxDate'>> & {
  'account-id'?: string;
  'min-date'?: string;
  'max-date'?: string;
} & TesseraListeners<
    | 'tessera-payment-form-submitted'
    | 'tessera-payment-form-autopay-changed'
    | 'tessera-payment-form-step-changed'
    | 'tessera-payment-form-failed'
  >;

export type TesseraFicoGaugeTagProps = Partial<
  Pick<
    TesseraFicoGauge,
    'provider' | 'score' | 'previousScore' | 'asOf' | 'model' | 'bureau' | 'hideNote' | 'hideHistory' | 'hideFactors' | 'emitScore'
  >
> & {
  'previous-score'?: NumberAttribute;
  'as-of'?: string;
  'hide-note'?: boolean;
  'hide-history'?: boolean;
  'hide-factors'?: boolean;
  'emit-score'?: boolean;
} & TesseraListeners<'tessera-fico-gauge-viewed' | 'tessera-fico-gauge-failed'>;

export type TesseraTitleTrackerTagProps = Partial<Pick<TesseraTitleTracker, 'provider' | 'accountId' | 'payoffHref' | 'now'>> & {
  'account-id'?: string;
  'payoff-href'?: string;
} & TesseraListeners<'tessera-title-tracker-viewed' | 'tessera-title-tracker-email-updates-changed' | 'tessera-title-tracker-failed'>;

export type TesseraHelpFaqTagProps = Partial<
  Pick<TesseraHelpFaq, 'provider' | 'topic' | 'topics' | 'query' | 'openId' | 'syncHash' | 'faqSchema' | 'hideContact' | 'emitQuery' | 'now'>
> & {
  'open-id'?: string;
  'sync-hash'?: boolean;
  'faq-schema'?: boolean;
  'hide-contact'?: boolean;
  'emit-query'?: boolean;
} & TesseraListeners<'tessera-help-faq-searched' | 'tessera-help-faq-opened' | 'tessera-help-faq-feedback-sent' | 'tessera-help-faq-failed'>;

/** Each tag's own props, whatever the JSX flavour; add the framework's HTML attributes. */
export interface TesseraTagProps {
  'tessera-provider': TesseraProviderTagProps;
  'tessera-card-lock': TesseraCardLockTagProps;
  'tessera-payment-form': TesseraPaymentFormTagProps;
  'tessera-fico-gauge': TesseraFicoGaugeTagProps;
  'tessera-title-tracker': TesseraTitleTrackerTagProps;
  'tessera-help-faq': TesseraHelpFaqTagProps;
}

/** React's HTML attributes (`className`, `hidden`, `lang`, `ref`, …) plus the tag's own props. */
export type ReactTagProps<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how React types tags.
  namespace JSX {
    interface IntrinsicElements {
      'tessera-provider': ReactTagProps<TesseraProviderElement, TesseraProviderTagProps>;
      'tessera-card-lock': ReactTagProps<TesseraCardLock, TesseraCardLockTagProps>;
      'tessera-payment-form': ReactTagProps<TesseraPaymentForm, TesseraPaymentFormTagProps>;
      'tessera-fico-gauge': ReactTagProps<TesseraFicoGauge, TesseraFicoGaugeTagProps>;
      'tessera-title-tracker': ReactTagProps<TesseraTitleTracker, TesseraTitleTrackerTagProps>;
      'tessera-help-faq': ReactTagProps<TesseraHelpFaq, TesseraHelpFaqTagProps>;
    }
  }
}
