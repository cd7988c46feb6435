// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.
// Typings for the raw tags: `<tessera-card-lock card-id="…">` in JSX, without the components.
// React 19 sets a prop as a property when the element has it (so import the widget's
// `/define` before rendering), and adds `on<event-name>` props as event listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TesseraProviderElement } from '@tessera/core';
import type { TesseraAccountSummary } from '@tessera/account-summary';
import type { TesseraActivity } from '@tessera/activity';
import type { TesseraAlerts } from '@tessera/alerts';
import type { TesseraCardLock } from '@tessera/card-lock';
import type { TesseraDispute } from '@tessera/dispute';
import type { TesseraDocuments } from '@tessera/documents';
import type { TesseraFicoGauge } from '@tessera/fico-gauge';
import type { TesseraHelpFaq } from '@tessera/help-faq';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import type { TesseraTitleTracker } from '@tessera/title-tracker';
import type { TesseraWaysToPay } from '@tessera/ways-to-pay';

/** A listener for one of the widgets' events, typed by `HTMLElementEventMap`. */
export type TesseraListener<K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K]) => void;

/** `on<event-name>` props for these events. */
export type TesseraListeners<K extends keyof HTMLElementEventMap> = { [Name in K as `on${Name}`]?: TesseraListener<Name> };

/** What an attribute takes for a property of this type: numbers may be written as text, lists as one string. */
export type AttributeValue<T> = NonNullable<T> extends boolean
  ? boolean
  : NonNullable<T> extends number
    ? number | string
    : NonNullable<T> extends readonly string[]
      ? string
      : NonNullable<T>;

export type TesseraProviderTagProps = Partial<Pick<TesseraProviderElement, 'provider' | 'endpoint' | 'credentials' | 'getAuthToken' | 'authTokenSource' | 'authToken'>> & {
  'auth-token-source'?: AttributeValue<TesseraProviderElement['authTokenSource']>;
  'auth-token'?: AttributeValue<TesseraProviderElement['authToken']>;
};

export type TesseraAccountSummaryTagProps = Partial<Pick<TesseraAccountSummary, 'accountId' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraAccountSummary['accountId']>;
  'heading-level'?: AttributeValue<TesseraAccountSummary['headingLevel']>;
} & TesseraListeners<'tessera-account-summary-payment-requested' | 'tessera-account-summary-autopay-requested' | 'tessera-account-summary-title-requested' | 'tessera-account-summary-payoff-quoted' | 'tessera-account-summary-payoff-requested' | 'tessera-account-summary-failed'>;

export type TesseraActivityTagProps = Partial<Pick<TesseraActivity, 'accountId' | 'pageSize' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraActivity['accountId']>;
  'page-size'?: AttributeValue<TesseraActivity['pageSize']>;
  'heading-level'?: AttributeValue<TesseraActivity['headingLevel']>;
} & TesseraListeners<'tessera-activity-dispute-requested' | 'tessera-activity-payment-cancelled' | 'tessera-activity-payment-changed' | 'tessera-activity-failed'>;

export type TesseraAlertsTagProps = Partial<Pick<TesseraAlerts, 'accountId' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraAlerts['accountId']>;
  'heading-level'?: AttributeValue<TesseraAlerts['headingLevel']>;
} & TesseraListeners<'tessera-alerts-changed' | 'tessera-alerts-mobile-verified' | 'tessera-alerts-consent-accepted' | 'tessera-alerts-pay-by-text-changed' | 'tessera-alerts-failed'>;

export type TesseraCardLockTagProps = Partial<Pick<TesseraCardLock, 'cardId' | 'confirmUnlock' | 'relockAfter' | 'provider' | 'headingLevel'>> & {
  'card-id'?: AttributeValue<TesseraCardLock['cardId']>;
  'confirm-unlock'?: AttributeValue<TesseraCardLock['confirmUnlock']>;
  'relock-after'?: AttributeValue<TesseraCardLock['relockAfter']>;
  'heading-level'?: AttributeValue<TesseraCardLock['headingLevel']>;
} & TesseraListeners<'tessera-card-lock-changed' | 'tessera-card-lock-alerts-changed' | 'tessera-card-lock-failed'>;

export type TesseraDisputeTagProps = Partial<Pick<TesseraDispute, 'accountId' | 'transactionId' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraDispute['accountId']>;
  'transaction-id'?: AttributeValue<TesseraDispute['transactionId']>;
  'heading-level'?: AttributeValue<TesseraDispute['headingLevel']>;
} & TesseraListeners<'tessera-dispute-submitted' | 'tessera-dispute-lock-requested' | 'tessera-dispute-failed'>;

export type TesseraDocumentsTagProps = Partial<Pick<TesseraDocuments, 'accountId' | 'pageSize' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraDocuments['accountId']>;
  'page-size'?: AttributeValue<TesseraDocuments['pageSize']>;
  'heading-level'?: AttributeValue<TesseraDocuments['headingLevel']>;
} & TesseraListeners<'tessera-documents-opened' | 'tessera-documents-paperless-changed' | 'tessera-documents-failed'>;

export type TesseraFicoGaugeTagProps = Partial<Pick<TesseraFicoGauge, 'score' | 'previousScore' | 'asOf' | 'model' | 'bureau' | 'hideNote' | 'hideHistory' | 'hideFactors' | 'emitScore' | 'provider' | 'headingLevel'>> & {
  'previous-score'?: AttributeValue<TesseraFicoGauge['previousScore']>;
  'as-of'?: AttributeValue<TesseraFicoGauge['asOf']>;
  'hide-note'?: AttributeValue<TesseraFicoGauge['hideNote']>;
  'hide-history'?: AttributeValue<TesseraFicoGauge['hideHistory']>;
  'hide-factors'?: AttributeValue<TesseraFicoGauge['hideFactors']>;
  'emit-score'?: AttributeValue<TesseraFicoGauge['emitScore']>;
  'heading-level'?: AttributeValue<TesseraFicoGauge['headingLevel']>;
} & TesseraListeners<'tessera-fico-gauge-viewed' | 'tessera-fico-gauge-failed'>;

export type TesseraHelpFaqTagProps = Partial<Pick<TesseraHelpFaq, 'topic' | 'topics' | 'query' | 'openId' | 'syncHash' | 'faqSchema' | 'hideContact' | 'emitQuery' | 'now' | 'provider' | 'headingLevel'>> & {
  'open-id'?: AttributeValue<TesseraHelpFaq['openId']>;
  'sync-hash'?: AttributeValue<TesseraHelpFaq['syncHash']>;
  'faq-schema'?: AttributeValue<TesseraHelpFaq['faqSchema']>;
  'hide-contact'?: AttributeValue<TesseraHelpFaq['hideContact']>;
  'emit-query'?: AttributeValue<TesseraHelpFaq['emitQuery']>;
  'heading-level'?: AttributeValue<TesseraHelpFaq['headingLevel']>;
} & TesseraListeners<'tessera-help-faq-searched' | 'tessera-help-faq-opened' | 'tessera-help-faq-feedback-sent' | 'tessera-help-faq-failed'>;

export type TesseraPaymentFormTagProps = Partial<Pick<TesseraPaymentForm, 'accountId' | 'mode' | 'minDate' | 'maxDate' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraPaymentForm['accountId']>;
  'min-date'?: AttributeValue<TesseraPaymentForm['minDate']>;
  'max-date'?: AttributeValue<TesseraPaymentForm['maxDate']>;
  'heading-level'?: AttributeValue<TesseraPaymentForm['headingLevel']>;
} & TesseraListeners<'tessera-payment-form-submitted' | 'tessera-payment-form-payment-cancelled' | 'tessera-payment-form-autopay-changed' | 'tessera-payment-form-step-changed' | 'tessera-payment-form-failed'>;

export type TesseraTitleTrackerTagProps = Partial<Pick<TesseraTitleTracker, 'accountId' | 'payoffHref' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraTitleTracker['accountId']>;
  'payoff-href'?: AttributeValue<TesseraTitleTracker['payoffHref']>;
  'heading-level'?: AttributeValue<TesseraTitleTracker['headingLevel']>;
} & TesseraListeners<'tessera-title-tracker-viewed' | 'tessera-title-tracker-email-updates-changed' | 'tessera-title-tracker-failed'>;

export type TesseraWaysToPayTagProps = Partial<Pick<TesseraWaysToPay, 'accountId' | 'accountKind' | 'openId' | 'compact' | 'now' | 'provider' | 'headingLevel'>> & {
  'account-id'?: AttributeValue<TesseraWaysToPay['accountId']>;
  'account-kind'?: AttributeValue<TesseraWaysToPay['accountKind']>;
  'open-id'?: AttributeValue<TesseraWaysToPay['openId']>;
  'heading-level'?: AttributeValue<TesseraWaysToPay['headingLevel']>;
} & TesseraListeners<'tessera-ways-to-pay-chosen' | 'tessera-ways-to-pay-revealed' | 'tessera-ways-to-pay-failed'>;

/** Each tag's own props, whatever the JSX flavour; add the framework's HTML attributes. */
export interface TesseraTagProps {
  'tessera-provider': TesseraProviderTagProps;
  'tessera-account-summary': TesseraAccountSummaryTagProps;
  'tessera-activity': TesseraActivityTagProps;
  'tessera-alerts': TesseraAlertsTagProps;
  'tessera-card-lock': TesseraCardLockTagProps;
  'tessera-dispute': TesseraDisputeTagProps;
  'tessera-documents': TesseraDocumentsTagProps;
  'tessera-fico-gauge': TesseraFicoGaugeTagProps;
  'tessera-help-faq': TesseraHelpFaqTagProps;
  'tessera-payment-form': TesseraPaymentFormTagProps;
  'tessera-title-tracker': TesseraTitleTrackerTagProps;
  'tessera-ways-to-pay': TesseraWaysToPayTagProps;
}

/** React's HTML attributes (`className`, `hidden`, `lang`, `ref`, …) plus the tag's own props. */
export type ReactTagProps<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how React types tags.
  namespace JSX {
    interface IntrinsicElements {
      'tessera-provider': ReactTagProps<TesseraProviderElement, TesseraProviderTagProps>;
      'tessera-account-summary': ReactTagProps<TesseraAccountSummary, TesseraAccountSummaryTagProps>;
      'tessera-activity': ReactTagProps<TesseraActivity, TesseraActivityTagProps>;
      'tessera-alerts': ReactTagProps<TesseraAlerts, TesseraAlertsTagProps>;
      'tessera-card-lock': ReactTagProps<TesseraCardLock, TesseraCardLockTagProps>;
      'tessera-dispute': ReactTagProps<TesseraDispute, TesseraDisputeTagProps>;
      'tessera-documents': ReactTagProps<TesseraDocuments, TesseraDocumentsTagProps>;
      'tessera-fico-gauge': ReactTagProps<TesseraFicoGauge, TesseraFicoGaugeTagProps>;
      'tessera-help-faq': ReactTagProps<TesseraHelpFaq, TesseraHelpFaqTagProps>;
      'tessera-payment-form': ReactTagProps<TesseraPaymentForm, TesseraPaymentFormTagProps>;
      'tessera-title-tracker': ReactTagProps<TesseraTitleTracker, TesseraTitleTrackerTagProps>;
      'tessera-ways-to-pay': ReactTagProps<TesseraWaysToPay, TesseraWaysToPayTagProps>;
    }
  }
}
