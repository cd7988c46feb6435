import {
  listOf,
  isAccount,
  isAutoPaySettings,
  isBankLookup,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  isContactChannel,
  isDocumentOpening,
  isDocumentPage,
  isPaperlessSettings,
  isDispute,
  isDisputeAttachment,
  isDisputeList,
  isDisputeOptions,
  isLoanPaymentPage,
  isStatementPeriod,
  isTransactionPage,
  isAlert,
  isAlertSettings,
  isPayByText,
  isPhoneVerification,
  isPhoneVerificationResult,
  isTextConsent,
  isCreditScore,
  isFaq,
  isFundingAccount,
  isPaymentOptions,
  isPaymentReceipt,
  isPayoffQuote,
  isProviderError,
  isTitleCase,
  isRevealedAccountNumber,
  isWaysToPay,
  type CallOptions,
  type DocumentQuery,
  type TransactionQuery,
  type Guard,
  type TesseraProvider,
} from '@tessera/core';
import { createHttpClient, type Method } from './http-client.js';
import type { RestProviderOptions } from './options.js';

/** Every slice of the provider contract, with every optional method implemented. */
export type RestProvider = { [K in keyof TesseraProvider]-?: Required<NonNullable<TesseraProvider[K]>> };

// Lists leave a bad item out (reported to the console) instead of failing whole.
const isAccounts = listOf(isAccount);
const isFundingAccounts = listOf(isFundingAccount);
const isCards = listOf(isCard);
const isTitleCases = listOf(isTitleCase);
const isContactChannels = listOf(isContactChannel);
const isScheduledPayments = listOf(isPaymentReceipt);
const isStatementPeriods = listOf(isStatementPeriod);

/** `?accountId=…&type=…&cursor=…&limit=…` from the fields that are set. */
function documentSearch(query: DocumentQuery): string {
  const params = new URLSearchParams();
  for (const key of ['accountId', 'type', 'cursor', 'limit'] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** A query string from the fields of `query` named in `keys` that are set. */
function search<Q extends object>(query: Q, keys: ReadonlyArray<keyof Q & string>): string {
  const params = new URLSearchParams();
  for (const key of keys) if (query[key] !== undefined) params.set(key, String(query[key]));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A path segment from a caller's id: `/`, `?` and the like never change the route. */
const seg = encodeURIComponent;

/**
 * A provider that talks to the Tessera REST API (see this package's `openapi.yaml`).
 *
 * ```ts
 * const provider = createRestProvider({ baseUrl: '/api', getAuthToken: () => session.token });
 * ```
 */
export function createRestProvider(options: RestProviderOptions): RestProvider {
  const http = createHttpClient(options);

  /** The locale a widget asked in: `Accept-Language` on that request. */
  const languageOf = (call?: CallOptions, locale?: string): { language?: string } => {
    const language = locale ?? call?.locale;
    return language ? { language } : {};
  };

  const get = <T>(source: string, path: string, guard: Guard<T>, what: string, call?: CallOptions, locale?: string): Promise<T> =>
    http.request({ method: 'GET', path, guard, what, source, ...languageOf(call, locale) }, call?.signal);

  const change = <T>(source: string, method: Method, path: string, body: unknown, guard: Guard<T>, what: string, call?: CallOptions): Promise<T> =>
    http.request({ method, path, body, guard, what, source, ...languageOf(call) }, call?.signal);

  return {
    accounts: {
      listAccounts: (call) => get('accounts.listAccounts', '/accounts', isAccounts, 'accounts', call),
      getAccount: (accountId, call) => get('accounts.getAccount', `/accounts/${seg(accountId)}`, isAccount, 'account', call),
      getPayoffQuote: (accountId, goodThrough, call) =>
        get('accounts.getPayoffQuote', `/accounts/${seg(accountId)}/payoff-quote?goodThrough=${seg(goodThrough)}`, isPayoffQuote, 'payoff quote', call),
      listScheduledPayments: (accountId, call) =>
        get('accounts.listScheduledPayments', `/accounts/${seg(accountId)}/scheduled-payments`, isScheduledPayments, 'scheduled payments', call),
    },

    payments: {
      getPaymentOptions: (accountId, call) =>
        get('payments.getPaymentOptions', `/accounts/${seg(accountId)}/payment-options`, isPaymentOptions, 'payment options', call),
      listFundingAccounts: (call) => get('payments.listFundingAccounts', '/funding-accounts', isFundingAccounts, 'funding accounts', call),
      // The only request that carries a full account number: in the body, never the URL.
      addFundingAccount: (input, call) => change('payments.addFundingAccount', 'POST', '/funding-accounts', input, isFundingAccount, 'funding account', call),
      lookupRoutingNumber: async (routingNumber, call) => {
        try {
          return await get('payments.lookupRoutingNumber', `/routing-numbers/${seg(routingNumber)}`, isBankLookup, 'bank lookup', call);
        } catch (error) {
          if (isProviderError(error) && error.code === 'not-found') return null;
          throw error;
        }
      },
      submitPayment: ({ idempotencyKey, ...body }, call) =>
        http.request(
          { method: 'POST', path: '/payments', body, idempotencyKey, guard: isPaymentReceipt, what: 'payment receipt', source: 'payments.submitPayment', ...languageOf(call) },
          call?.signal,
        ),
      // The cancel's idempotency key goes in the header, so a retry after a lost answer is safe.
      cancelPayment: (paymentId, call) =>
        http.request(
          { method: 'DELETE', path: `/payments/${seg(paymentId)}`, ...(call?.idempotencyKey ? { idempotencyKey: call.idempotencyKey } : {}), guard: isPaymentReceipt, what: 'payment receipt', source: 'payments.cancelPayment', ...languageOf(call) },
          call?.signal,
        ),
      changeScheduledPayment: (paymentId, { idempotencyKey, ...body }, call) =>
        http.request(
          { method: 'PATCH', path: `/payments/${seg(paymentId)}`, body, idempotencyKey, guard: isPaymentReceipt, what: 'payment receipt', source: 'payments.changeScheduledPayment', ...languageOf(call) },
          call?.signal,
        ),
      getAutoPay: (accountId, call) => get('payments.getAutoPay', `/accounts/${seg(accountId)}/autopay`, isAutoPaySettings, 'Auto Pay settings', call),
      // The authorization's idempotency key goes in the header, as a payment's does.
      setAutoPay: (accountId, { idempotencyKey, ...body }, call) =>
        http.request(
          { method: 'PUT', path: `/accounts/${seg(accountId)}/autopay`, body, idempotencyKey, guard: isAutoPaySettings, what: 'Auto Pay settings', source: 'payments.setAutoPay', ...languageOf(call) },
          call?.signal,
        ),
      cancelAutoPay: (accountId, call) =>
        change('payments.cancelAutoPay', 'DELETE', `/accounts/${seg(accountId)}/autopay`, undefined, isAutoPaySettings, 'Auto Pay settings', call),
    },

    cards: {
      listCards: (call) => get('cards.listCards', '/cards', isCards, 'cards', call),
      getCard: (cardId, call) => get('cards.getCard', `/cards/${seg(cardId)}`, isCard, 'card', call),
      setCardLock: (cardId, lock, call) => change('cards.setCardLock', 'PUT', `/cards/${seg(cardId)}/lock`, lock, isCard, 'card', call),
      getLockPolicy: (call) => get('cards.getLockPolicy', '/card-lock-policy', isCardLockPolicy, 'card lock policy', call),
      getCapabilities: (call) => get('cards.getCapabilities', '/card-capabilities', isCardCapabilities, 'card capabilities', call),
      setDeclineAlerts: (cardId, enabled, call) =>
        change('cards.setDeclineAlerts', 'PUT', `/cards/${seg(cardId)}/decline-alerts`, { enabled }, isCard, 'card', call),
    },

    creditScore: {
      getCreditScore: (call) => get('creditScore.getCreditScore', '/credit-score', isCreditScore, 'credit score', call),
    },

    titles: {
      listTitles: (call) => get('titles.listTitles', '/titles', isTitleCases, 'title cases', call),
      setTitleEmailUpdates: (titleId, enabled, call) =>
        change('titles.setTitleEmailUpdates', 'PUT', `/titles/${seg(titleId)}/email-updates`, { enabled }, isTitleCase, 'title case', call),
    },

    help: {
      getFaq: (locale, call) => get('help.getFaq', `/help/faq?locale=${seg(locale)}`, isFaq, 'FAQ', call, locale),
      getContactChannels: (locale, call) =>
        get('help.getContactChannels', `/help/contact-channels?locale=${seg(locale)}`, isContactChannels, 'contact channels', call, locale),
      sendFeedback: (entryId, helpful, call) =>
        http.request<void>({ method: 'POST', path: `/help/faq/${seg(entryId)}/feedback`, body: { helpful }, what: 'feedback', source: 'help.sendFeedback', ...languageOf(call) }, call?.signal),
      getWaysToPay: (locale, call) =>
        get(
          'help.getWaysToPay',
          `/help/ways-to-pay?locale=${seg(locale)}${call?.accountId === undefined ? '' : `&accountId=${seg(call.accountId)}`}`,
          isWaysToPay,
          'ways to pay',
          call,
          locale,
        ),
      // POST: the answer holds a full account number, never cached, never in a URL.
      revealAccountNumber: (accountId, call) =>
        change('help.revealAccountNumber', 'POST', `/accounts/${seg(accountId)}/account-number`, undefined, isRevealedAccountNumber, 'account number', call),
    },

    documents: {
      listDocuments: (query, call) => get('documents.listDocuments', `/documents${documentSearch(query)}`, isDocumentPage, 'documents', call),
      // A link that breaks a rule is reported by method and rule, never quoted (see core's excerpt).
      openDocument: (documentId, call) =>
        change('documents.openDocument', 'POST', `/documents/${seg(documentId)}/open`, undefined, isDocumentOpening, 'document opening', call),
      getPaperless: (accountId, call) =>
        get('documents.getPaperless', `/accounts/${seg(accountId)}/paperless`, isPaperlessSettings, 'paperless settings', call),
      setPaperless: (accountId, paperlessChange, call) =>
        change('documents.setPaperless', 'PUT', `/accounts/${seg(accountId)}/paperless`, paperlessChange, isPaperlessSettings, 'paperless settings', call),
    },

    disputes: {
      getDisputeOptions: (accountId, transactionId, call) =>
        get('disputes.getDisputeOptions', `/accounts/${seg(accountId)}/transactions/${seg(transactionId)}/dispute-options`, isDisputeOptions, 'dispute options', call),
      // multipart/form-data: the file as it is, and the name the customer sees.
      uploadDisputeAttachment: (file, name, call) => {
        const form = new FormData();
        form.set('file', file, name);
        form.set('name', name);
        return change('disputes.uploadDisputeAttachment', 'POST', '/dispute-attachments', form, isDisputeAttachment, 'dispute attachment', call);
      },
      // The key goes in the header, as a payment's does: a retry after a lost answer opens no second case.
      startDispute: ({ idempotencyKey, ...body }, call) =>
        http.request(
          { method: 'POST', path: '/disputes', body, idempotencyKey, guard: isDispute, what: 'dispute', source: 'disputes.startDispute', ...languageOf(call) },
          call?.signal,
        ),
      listDisputes: (query, call) =>
        get('disputes.listDisputes', `/disputes${query.accountId === undefined ? '' : `?accountId=${seg(query.accountId)}`}`, isDisputeList, 'disputes', call),
      getDispute: (disputeId, call) => get('disputes.getDispute', `/disputes/${seg(disputeId)}`, isDispute, 'dispute', call),
    },
    activity: {
      listStatementPeriods: (accountId, call) =>
        get('activity.listStatementPeriods', `/accounts/${seg(accountId)}/statement-periods`, isStatementPeriods, 'statement periods', call),
      listTransactions: ({ accountId, ...query }: TransactionQuery, call) =>
        get('activity.listTransactions', `/accounts/${seg(accountId)}/transactions${search(query, ['periodId', 'status', 'kind', 'cursor', 'limit'])}`, isTransactionPage, 'transaction page', call),
      listLoanPayments: (accountId, page = {}, call) =>
        get('activity.listLoanPayments', `/accounts/${seg(accountId)}/loan-payments${search(page, ['cursor', 'limit'])}`, isLoanPaymentPage, 'loan payment page', call),
    },
    alerts: {
      getAlerts: (query, call) =>
        get('alerts.getAlerts', `/alerts${query.accountId === undefined ? '' : `?accountId=${seg(query.accountId)}`}`, isAlertSettings, 'alert settings', call),
      setAlert: (alertId, alertChange, call) => change('alerts.setAlert', 'PUT', `/alerts/${seg(alertId)}`, alertChange, isAlert, 'alert', call),
      // The number travels in the body only, never in a URL.
      startPhoneVerification: (phone, call) =>
        change('alerts.startPhoneVerification', 'POST', '/alerts/mobile-verifications', { phone }, isPhoneVerification, 'phone verification', call),
      resendPhoneCode: (verificationId, call) =>
        change('alerts.resendPhoneCode', 'POST', `/alerts/mobile-verifications/${seg(verificationId)}/resend`, undefined, isPhoneVerification, 'phone verification', call),
      confirmPhone: (verificationId, code, call) =>
        change('alerts.confirmPhone', 'POST', `/alerts/mobile-verifications/${seg(verificationId)}/confirm`, { code }, isPhoneVerificationResult, 'phone verification result', call),
      acceptTextConsent: (version, acceptedAt, call) =>
        change('alerts.acceptTextConsent', 'PUT', '/text-consent', { version, acceptedAt }, isTextConsent, 'text consent', call),
      setPayByText: (accountId, payByTextChange, call) =>
        change('alerts.setPayByText', 'PUT', `/accounts/${seg(accountId)}/pay-by-text`, payByTextChange, isPayByText, 'pay by text', call),
    },
  };
}
