import {
  arrayOf,
  isAccount,
  isAutoPaySettings,
  isBankLookup,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  isContactChannel,
  isCreditScore,
  isFaq,
  isFundingAccount,
  isPaymentOptions,
  isPaymentReceipt,
  isProviderError,
  isTitleCase,
  type CallOptions,
  type Guard,
  type TesseraProvider,
} from '@tessera/core';
import { createHttpClient, type Method } from './http-client.js';
import type { RestProviderOptions } from './options.js';

/** Every slice of the provider contract, with every optional method implemented. */
export type RestProvider = { [K in keyof TesseraProvider]-?: Required<NonNullable<TesseraProvider[K]>> };

const isAccounts = arrayOf(isAccount);
const isFundingAccounts = arrayOf(isFundingAccount);
const isCards = arrayOf(isCard);
const isTitleCases = arrayOf(isTitleCase);
const isContactChannels = arrayOf(isContactChannel);

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

  const get = <T>(path: string, guard: Guard<T>, what: string, call?: CallOptions, language?: string): Promise<T> =>
    http.request({ method: 'GET', path, guard, what, ...(language ? { language } : {}) }, call?.signal);

  const change = <T>(method: Method, path: string, body: unknown, guard: Guard<T>, what: string, call?: CallOptions): Promise<T> =>
    http.request({ method, path, body, guard, what }, call?.signal);

  return {
    accounts: {
      listAccounts: (call) => get('/accounts', isAccounts, 'accounts', call),
      getAccount: (accountId, call) => get(`/accounts/${seg(accountId)}`, isAccount, 'account', call),
    },

    payments: {
      getPaymentOptions: (accountId, call) =>
        get(`/accounts/${seg(accountId)}/payment-options`, isPaymentOptions, 'payment options', call),
      listFundingAccounts: (call) => get('/funding-accounts', isFundingAccounts, 'funding accounts', call),
      // The only request that carries a full account number: in the body, never the URL.
      addFundingAccount: (input, call) => change('POST', '/funding-accounts', input, isFundingAccount, 'funding account', call),
      lookupRoutingNumber: async (routingNumber, call) => {
        try {
          return await get(`/routing-numbers/${seg(routingNumber)}`, isBankLookup, 'bank lookup', call);
        } catch (error) {
          if (isProviderError(error) && error.code === 'not-found') return null;
          throw error;
        }
      },
      submitPayment: ({ idempotencyKey, ...body }, call) =>
        http.request(
          { method: 'POST', path: '/payments', body, idempotencyKey, guard: isPaymentReceipt, what: 'payment receipt' },
          call?.signal,
        ),
      getAutoPay: (accountId, call) => get(`/accounts/${seg(accountId)}/autopay`, isAutoPaySettings, 'Auto Pay settings', call),
      setAutoPay: (accountId, enrollment, call) =>
        change('PUT', `/accounts/${seg(accountId)}/autopay`, enrollment, isAutoPaySettings, 'Auto Pay settings', call),
      cancelAutoPay: (accountId, call) =>
        change('DELETE', `/accounts/${seg(accountId)}/autopay`, undefined, isAutoPaySettings, 'Auto Pay settings', call),
    },

    cards: {
      listCards: (call) => get('/cards', isCards, 'cards', call),
      getCard: (cardId, call) => get(`/cards/${seg(cardId)}`, isCard, 'card', call),
      setCardLock: (cardId, lock, call) => change('PUT', `/cards/${seg(cardId)}/lock`, lock, isCard, 'card', call),
      getLockPolicy: (call) => get('/card-lock-policy', isCardLockPolicy, 'card lock policy', call),
      getCapabilities: (call) => get('/card-capabilities', isCardCapabilities, 'card capabilities', call),
      setDeclineAlerts: (cardId, enabled, call) =>
        change('PUT', `/cards/${seg(cardId)}/decline-alerts`, { enabled }, isCard, 'card', call),
    },

    creditScore: {
      getCreditScore: (call) => get('/credit-score', isCreditScore, 'credit score', call),
    },

    titles: {
      listTitles: (call) => get('/titles', isTitleCases, 'title cases', call),
      setTitleEmailUpdates: (titleId, enabled, call) =>
        change('PUT', `/titles/${seg(titleId)}/email-updates`, { enabled }, isTitleCase, 'title case', call),
    },

    help: {
      getFaq: (locale, call) => get(`/help/faq?locale=${seg(locale)}`, isFaq, 'FAQ', call, locale),
      getContactChannels: (locale, call) =>
        get(`/help/contact-channels?locale=${seg(locale)}`, isContactChannels, 'contact channels', call, locale),
      sendFeedback: (entryId, helpful, call) =>
        http.request<void>({ method: 'POST', path: `/help/faq/${seg(entryId)}/feedback`, body: { helpful }, what: 'feedback' }, call?.signal),
    },
  };
}
