// Type-level test: checked by `npm run typecheck` (tsc), never run. Each `@ts-expect-error`
// fails the type check if the line below it stops being an error.
import { createElement, type JSX } from 'react';
// Core's provider type and the component that renders <tessera-provider>, side by side.
import type { TesseraProvider, TesseraProviderElement } from '@tessera/core';
import type { TesseraCardLock as CardLockElement } from '@tessera/card-lock';
import type { TesseraFicoGauge as FicoGaugeElement } from '@tessera/fico-gauge';
import type { TesseraHelpFaq as HelpFaqElement } from '@tessera/help-faq';
import type { TesseraPaymentForm as PaymentFormElement } from '@tessera/payment-form';
import type { TesseraTitleTracker as TitleTrackerElement } from '@tessera/title-tracker';
import type { TesseraWaysToPay as WaysToPayElement } from '@tessera/ways-to-pay';
import type { TesseraWaysToPayProps, WaysToPayChosenDetail, WaysToPayFailedDetail, WaysToPayRevealedDetail } from '@tessera/react/ways-to-pay';
import {
  TesseraCardLock,
  TesseraDataProvider,
  TesseraFicoGauge,
  TesseraHelpFaq,
  TesseraPaymentForm,
  TesseraTitleTracker,
  type CardLockAlertsChangedDetail,
  type CardLockChangedDetail,
  type CardLockFailedDetail,
  type FicoGaugeFailedDetail,
  type FicoGaugeViewedDetail,
  type HelpFaqFailedDetail,
  type HelpFaqFeedbackSentDetail,
  type HelpFaqOpenedDetail,
  type HelpFaqSearchedDetail,
  type PaymentFormAutopayChangedDetail,
  type PaymentFormFailedDetail,
  type PaymentFormPaymentCancelledDetail,
  type PaymentFormStepChangedDetail,
  type PaymentFormSubmittedDetail,
  type TesseraCardLockProps,
  type TesseraFicoGaugeProps,
  type TesseraHelpFaqProps,
  type PaymentFormAction,
  type TesseraCardLockElement,
  type TesseraDataProviderProps,
  type TesseraPaymentFormProps,
  type TesseraProviderTagProps,
  type TesseraTitleTrackerProps,
  type TitleTrackerEmailUpdatesChangedDetail,
  type TitleTrackerFailedDetail,
  type TitleTrackerViewedDetail,
} from '@tessera/react';
import * as CardLockEntry from '@tessera/react/card-lock';
import * as FicoGaugeEntry from '@tessera/react/fico-gauge';
import * as HelpFaqEntry from '@tessera/react/help-faq';
import * as PaymentFormEntry from '@tessera/react/payment-form';
import * as ProviderEntry from '@tessera/react/provider';
import * as TitleTrackerEntry from '@tessera/react/title-tracker';
import type { TesseraDocuments as DocumentsElement } from '@tessera/documents';
import {
  TesseraDocuments,
  type DocumentsFailedDetail,
  type DocumentsOpenedDetail,
  type DocumentsPaperlessChangedDetail,
  type TesseraDocumentsProps,
} from '@tessera/react';
import * as DocumentsEntry from '@tessera/react/documents';
import type { TesseraAlerts as AlertsElement } from '@tessera/alerts';
import { TesseraAlerts, type AlertsChangedDetail, type AlertsFailedDetail, type TesseraAlertsProps } from '@tessera/react';
import * as AlertsEntry from '@tessera/react/alerts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** The `detail` type a component's event prop receives. */
type DetailOf<P, K extends keyof P> = NonNullable<P[K]> extends (event: CustomEvent<infer D>) => void ? D : never;
type Tags = JSX.IntrinsicElements;

declare const provider: TesseraProvider;

// Every widget's define.ts declares its tag.
export type TagMap = [
  Expect<Equal<HTMLElementTagNameMap['tessera-provider'], TesseraProviderElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-card-lock'], CardLockElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-payment-form'], PaymentFormElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-fico-gauge'], FicoGaugeElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-title-tracker'], TitleTrackerElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-help-faq'], HelpFaqElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-documents'], DocumentsElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-alerts'], AlertsElement>>,
  Expect<Equal<HTMLElementTagNameMap['tessera-ways-to-pay'], WaysToPayElement>>,
];

export type WaysToPayEvents = [
  Expect<Equal<DetailOf<TesseraWaysToPayProps, 'onWaysToPayChosen'>, WaysToPayChosenDetail>>,
  Expect<Equal<DetailOf<TesseraWaysToPayProps, 'onWaysToPayRevealed'>, WaysToPayRevealedDetail>>,
  Expect<Equal<DetailOf<TesseraWaysToPayProps, 'onWaysToPayFailed'>, WaysToPayFailedDetail>>,
];

// Components: every event prop, with the widget's detail type.
export type EventProps = [
  Expect<Equal<DetailOf<TesseraPaymentFormProps, 'onPaymentFormSubmitted'>, PaymentFormSubmittedDetail>>,
  Expect<Equal<DetailOf<TesseraPaymentFormProps, 'onPaymentFormPaymentCancelled'>, PaymentFormPaymentCancelledDetail>>,
  Expect<Equal<DetailOf<TesseraPaymentFormProps, 'onPaymentFormAutopayChanged'>, PaymentFormAutopayChangedDetail>>,
  Expect<Equal<DetailOf<TesseraPaymentFormProps, 'onPaymentFormStepChanged'>, PaymentFormStepChangedDetail>>,
  Expect<Equal<DetailOf<TesseraPaymentFormProps, 'onPaymentFormFailed'>, PaymentFormFailedDetail>>,
  Expect<Equal<DetailOf<TesseraCardLockProps, 'onCardLockChanged'>, CardLockChangedDetail>>,
  Expect<Equal<DetailOf<TesseraCardLockProps, 'onCardLockAlertsChanged'>, CardLockAlertsChangedDetail>>,
  Expect<Equal<DetailOf<TesseraCardLockProps, 'onCardLockFailed'>, CardLockFailedDetail>>,
  Expect<Equal<DetailOf<TesseraFicoGaugeProps, 'onFicoGaugeViewed'>, FicoGaugeViewedDetail>>,
  Expect<Equal<DetailOf<TesseraFicoGaugeProps, 'onFicoGaugeFailed'>, FicoGaugeFailedDetail>>,
  Expect<Equal<DetailOf<TesseraTitleTrackerProps, 'onTitleTrackerViewed'>, TitleTrackerViewedDetail>>,
  Expect<Equal<DetailOf<TesseraTitleTrackerProps, 'onTitleTrackerEmailUpdatesChanged'>, TitleTrackerEmailUpdatesChangedDetail>>,
  Expect<Equal<DetailOf<TesseraTitleTrackerProps, 'onTitleTrackerFailed'>, TitleTrackerFailedDetail>>,
  Expect<Equal<DetailOf<TesseraHelpFaqProps, 'onHelpFaqSearched'>, HelpFaqSearchedDetail>>,
  Expect<Equal<DetailOf<TesseraHelpFaqProps, 'onHelpFaqOpened'>, HelpFaqOpenedDetail>>,
  Expect<Equal<DetailOf<TesseraHelpFaqProps, 'onHelpFaqFeedbackSent'>, HelpFaqFeedbackSentDetail>>,
  Expect<Equal<DetailOf<TesseraHelpFaqProps, 'onHelpFaqFailed'>, HelpFaqFailedDetail>>,
  Expect<Equal<DetailOf<TesseraDocumentsProps, 'onDocumentsOpened'>, DocumentsOpenedDetail>>,
  Expect<Equal<DetailOf<TesseraDocumentsProps, 'onDocumentsPaperlessChanged'>, DocumentsPaperlessChangedDetail>>,
  Expect<Equal<DetailOf<TesseraDocumentsProps, 'onDocumentsFailed'>, DocumentsFailedDetail>>,
  Expect<Equal<DetailOf<TesseraAlertsProps, 'onAlertsChanged'>, AlertsChangedDetail>>,
  Expect<Equal<DetailOf<TesseraAlertsProps, 'onAlertsFailed'>, AlertsFailedDetail>>,
];

// Components: properties keep the element's types.
export type ComponentProperties = [
  Expect<Equal<TesseraCardLockProps['cardId'], string | undefined>>,
  Expect<Equal<TesseraFicoGaugeProps['score'], number | undefined>>,
  Expect<Equal<TesseraDataProviderProps['provider'], TesseraProvider | undefined>>,
  Expect<Equal<TesseraCardLockElement, CardLockElement>>,
];

// Each widget's own entry holds the same component as the index, with its types.
export type Entries = [
  Expect<Equal<typeof CardLockEntry.TesseraCardLock, typeof TesseraCardLock>>,
  Expect<Equal<typeof FicoGaugeEntry.TesseraFicoGauge, typeof TesseraFicoGauge>>,
  Expect<Equal<typeof HelpFaqEntry.TesseraHelpFaq, typeof TesseraHelpFaq>>,
  Expect<Equal<typeof PaymentFormEntry.TesseraPaymentForm, typeof TesseraPaymentForm>>,
  Expect<Equal<typeof ProviderEntry.TesseraDataProvider, typeof TesseraDataProvider>>,
  Expect<Equal<typeof TitleTrackerEntry.TesseraTitleTracker, typeof TesseraTitleTracker>>,
  Expect<Equal<typeof DocumentsEntry.TesseraDocuments, typeof TesseraDocuments>>,
  Expect<Equal<typeof AlertsEntry.TesseraAlerts, typeof TesseraAlerts>>,
  Expect<Equal<CardLockEntry.CardLockChangedDetail, CardLockChangedDetail>>,
  Expect<Equal<CardLockEntry.TesseraCardLockProps, TesseraCardLockProps>>,
  Expect<Equal<PaymentFormEntry.PaymentFormAction, PaymentFormAction>>,
];

export const tree = createElement(
  TesseraDataProvider,
  { provider },
  createElement(TesseraCardLock, {
    cardId: 'card-1',
    confirmUnlock: true,
    onCardLockChanged: (event) => {
      const locked: boolean = event.detail.locked;
      return locked;
    },
  }),
  createElement(TesseraFicoGauge, { score: 742, model: 'fico-8', hideNote: true }),
);

// @ts-expect-error `cardId` is a string.
export const wrongProperty = createElement(TesseraCardLock, { cardId: 42 });

// @ts-expect-error the listener would receive the card lock's detail, not a score.
export const wrongListener = createElement(TesseraCardLock, { onCardLockChanged: (event: CustomEvent<FicoGaugeViewedDetail>) => event });

// Raw tags in JSX: properties, attributes and `on<event-name>` listeners, typed.
export const rawCardLock: Tags['tessera-card-lock'] = {
  provider,
  cardId: 'card-1',
  'confirm-unlock': true,
  'relock-after': 60,
  className: 'card-lock',
  'ontessera-card-lock-changed': (event) => {
    const detail: CardLockChangedDetail = event.detail;
    return detail;
  },
};

export const rawGauge: Tags['tessera-fico-gauge'] = {
  score: 742,
  'as-of': '2026-11-01',
  'hide-history': true,
  'ontessera-fico-gauge-viewed': (event) => {
    const detail: FicoGaugeViewedDetail = event.detail;
    return detail.band;
  },
};
export const rawProvider: Tags['tessera-provider'] = { endpoint: 'https://api.example.com/servicing', 'auth-token-source': 'session' };
export const providerTag: TesseraProviderTagProps = { getAuthToken: () => 'token', authTokenSource: 'session' };
export const rawFaq: Tags['tessera-help-faq'] = { topics: ['payments'], 'ontessera-help-faq-opened': (event) => event.detail.entryId };
export const rawTracker: Tags['tessera-title-tracker'] = { now: new Date(), 'ontessera-title-tracker-viewed': (event) => event.detail.titleId };
export const rawDocuments: Tags['tessera-documents'] = { 'account-id': 'card-acct-1', 'page-size': 12, 'ontessera-documents-opened': (event) => event.detail.documentId };
export const rawDocumentsNoLink: Tags['tessera-documents'] = {
  'ontessera-documents-opened': (event) => {
    // @ts-expect-error the opened event carries ids and the type, never the document's link.
    void event.detail.url;
  },
};
export const rawForm: Tags['tessera-payment-form'] = { mode: 'autopay', 'ontessera-payment-form-step-changed': (event) => event.detail.step };

// @ts-expect-error `cardId` is a string.
export const rawWrongProperty: Tags['tessera-card-lock'] = { cardId: 42 };

// @ts-expect-error no such property.
export const rawUnknown: Tags['tessera-card-lock'] = { cardNumber: '4111' };

// @ts-expect-error `mode` is `one-time` or `autopay`.
export const rawWrongMode: Tags['tessera-payment-form'] = { mode: 'weekly' };

export const rawWrongListener: Tags['tessera-card-lock'] = {
  // @ts-expect-error the listener would receive the card lock's detail, not a payment's.
  'ontessera-card-lock-changed': (event: CustomEvent<PaymentFormSubmittedDetail>) => event,
};

// The account summary's entry, element and events.
import type { TesseraAccountSummary as AccountSummaryElement } from '@tessera/account-summary';
import * as AccountSummaryEntry from '@tessera/react/account-summary';
import type { AccountSummaryPaymentRequestedDetail, TesseraAccountSummaryProps } from '@tessera/react';
export type AccountSummaryTypes = [
  Expect<Equal<HTMLElementTagNameMap['tessera-account-summary'], AccountSummaryElement>>,
  Expect<Equal<typeof AccountSummaryEntry.TesseraAccountSummary, typeof import('@tessera/react').TesseraAccountSummary>>,
  Expect<Equal<DetailOf<TesseraAccountSummaryProps, 'onAccountSummaryPaymentRequested'>, AccountSummaryPaymentRequestedDetail>>,
];
export const rawSummary: Tags['tessera-account-summary'] = {
  now: new Date(),
  'ontessera-account-summary-payoff-requested': (event) => event.detail.amount.amount,
};
