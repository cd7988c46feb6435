import {
  ProviderError,
  type AccountsApi,
  type CallOptions,
  type CardsApi,
  type CreditScoreApi,
  type DocumentsApi,
  type DisputesApi,
  type ActivityApi,
  type AlertsApi,
  type HelpApi,
  type PaymentsApi,
  type TitlesApi,
} from '@tessera/core';
import { abortError, sleep, untilAborted } from './abort.js';
import { faultError } from './fault-errors.js';
import { takeFault, type Faults } from './faults.js';
import { createLenders, type Lender } from './lender/index.js';
import type { Route } from './routes.js';
import { createMockStore, type MockStore } from './store/index.js';

/** Every slice, every optional method included, plus the log of calls. */
export interface MemoryProvider {
  accounts: Required<AccountsApi>;
  payments: Required<PaymentsApi>;
  cards: Required<CardsApi>;
  creditScore: CreditScoreApi;
  titles: TitlesApi;
  help: Required<HelpApi>;
  documents: Required<DocumentsApi>;
  disputes: Required<DisputesApi>;
  activity: Required<ActivityApi>;
  alerts: Required<AlertsApi>;
  /** Every call received, in order; `args` are copies, without the options object. */
  calls: Array<{ route: string; args: unknown[] }>;
}

export interface MemoryProviderOptions {
  faults?: Faults;
  /** Delay before every answer, unless a fault sets its own. */
  latencyMs?: number;
}

/** What a `malformed` fault resolves with: no provider method returns this shape. */
const MALFORMED: unknown = Object.freeze({ unexpected: 'shape' });

function snapshot(args: unknown[]): unknown[] {
  try {
    return structuredClone(args);
  } catch {
    return [...args];
  }
}

/** A help call's own locale is the language of its answer, as the REST provider's `Accept-Language` is. */
function askedIn(call: CallOptions | undefined, locale: unknown): CallOptions | undefined {
  return locale === 'en' || locale === 'es' ? { ...call, locale } : call;
}

/**
 * A provider over the store, in memory: no network, same rules and faults as the REST mocks.
 * Each call answers in its `locale` (default `en`): customer text and the lender's messages.
 */
export function createMemoryProvider(store: MockStore = createMockStore(), options: MemoryProviderOptions = {}): MemoryProvider {
  const lenders = createLenders(store);
  const calls: MemoryProvider['calls'] = [];

  async function run<T>(route: Route, args: unknown[], call: CallOptions | undefined, apply: (lender: Lender) => T): Promise<T> {
    calls.push({ route, args: snapshot(args) });
    const signal = call?.signal;
    if (signal?.aborted) throw abortError();
    const fault = takeFault(options.faults, route);
    await sleep(fault?.latencyMs ?? options.latencyMs ?? 0, signal);
    if (fault?.hang) await untilAborted(signal);
    if (fault?.timeout) throw new ProviderError('timeout', 'The request timed out');
    const locale = call?.locale === 'es' ? 'es' : 'en';
    const failure = fault && faultError(fault, locale);
    if (failure) throw failure;
    const result = apply(lenders[locale]);
    if (fault?.dropResponse) throw new ProviderError('network', 'The connection closed before the response arrived');
    if (fault?.malformed) return MALFORMED as T;
    return result;
  }

  return {
    calls,
    accounts: {
      listAccounts: (o) => run('accounts.listAccounts', [], o, (lender) => lender.listAccounts()),
      getAccount: (id, o) => run('accounts.getAccount', [id], o, (lender) => lender.getAccount(id)),
      getPayoffQuote: (id, goodThrough, o) =>
        run('accounts.getPayoffQuote', [id, goodThrough], o, (lender) => lender.getPayoffQuote(id, goodThrough)),
      listScheduledPayments: (id, o) => run('accounts.listScheduledPayments', [id], o, (lender) => lender.listScheduledPayments(id)),
    },
    payments: {
      getPaymentOptions: (id, o) => run('payments.getPaymentOptions', [id], o, (lender) => lender.getPaymentOptions(id)),
      listFundingAccounts: (o) => run('payments.listFundingAccounts', [], o, (lender) => lender.listFundingAccounts()),
      addFundingAccount: (input, o) =>
        run('payments.addFundingAccount', [input], o, (lender) => lender.addFundingAccount(input)),
      lookupRoutingNumber: (n, o) => run('payments.lookupRoutingNumber', [n], o, (lender) => lender.lookupRoutingNumber(n)),
      submitPayment: (request, o) =>
        run('payments.submitPayment', [request], o, (lender) => lender.submitPayment(request).receipt),
      cancelPayment: (id, o) => run('payments.cancelPayment', [id], o, (lender) => lender.cancelPayment(id)),
      changeScheduledPayment: (id, change, o) => run('payments.changeScheduledPayment', [id, change], o, (lender) => lender.changeScheduledPayment(id, change)),
      getAutoPay: (id, o) => run('payments.getAutoPay', [id], o, (lender) => lender.getAutoPay(id)),
      setAutoPay: (id, enrollment, o) =>
        run('payments.setAutoPay', [id, enrollment], o, (lender) => lender.setAutoPay(id, enrollment)),
      cancelAutoPay: (id, o) => run('payments.cancelAutoPay', [id], o, (lender) => lender.cancelAutoPay(id)),
    },
    cards: {
      listCards: (o) => run('cards.listCards', [], o, (lender) => lender.listCards()),
      getCard: (id, o) => run('cards.getCard', [id], o, (lender) => lender.getCard(id)),
      setCardLock: (id, change, o) => run('cards.setCardLock', [id, change], o, (lender) => lender.setCardLock(id, change)),
      getLockPolicy: (o) => run('cards.getLockPolicy', [], o, (lender) => lender.getLockPolicy()),
      getCapabilities: (o) => run('cards.getCapabilities', [], o, (lender) => lender.getCapabilities()),
      setDeclineAlerts: (id, enabled, o) =>
        run('cards.setDeclineAlerts', [id, enabled], o, (lender) => lender.setDeclineAlerts(id, enabled)),
    },
    creditScore: {
      getCreditScore: (o) => run('creditScore.getCreditScore', [], o, (lender) => lender.getCreditScore()),
    },
    titles: {
      listTitles: (o) => run('titles.listTitles', [], o, (lender) => lender.listTitles()),
      setTitleEmailUpdates: (id, enabled, o) =>
        run('titles.setTitleEmailUpdates', [id, enabled], o, (lender) => lender.setTitleEmailUpdates(id, enabled)),
    },
    help: {
      getFaq: (locale, o) => run('help.getFaq', [locale], askedIn(o, locale), (lender) => lender.getFaq(locale)),
      getContactChannels: (locale, o) =>
        run('help.getContactChannels', [locale], askedIn(o, locale), (lender) => lender.getContactChannels(locale)),
      sendFeedback: (entryId, helpful, o) =>
        run('help.sendFeedback', [entryId, helpful], o, (lender) => lender.sendFeedback(entryId, helpful)),
      getWaysToPay: (locale, o) =>
        run('help.getWaysToPay', o?.accountId === undefined ? [locale] : [locale, { accountId: o.accountId }], askedIn(o, locale), (lender) =>
          lender.getWaysToPay(locale, o?.accountId),
        ),
      revealAccountNumber: (accountId, o) =>
        run('help.revealAccountNumber', [accountId], o, (lender) => lender.revealAccountNumber(accountId)),
    },
    documents: {
      listDocuments: (query, o) => run('documents.listDocuments', [query], o, (lender) => lender.listDocuments(query)),
      openDocument: (id, o) => run('documents.openDocument', [id], o, (lender) => lender.openDocument(id)),
      getPaperless: (id, o) => run('documents.getPaperless', [id], o, (lender) => lender.getPaperless(id)),
      setPaperless: (id, change, o) => run('documents.setPaperless', [id, change], o, (lender) => lender.setPaperless(id, change)),
    },
    disputes: {
      getDisputeOptions: (accountId, transactionId, o) =>
        run('disputes.getDisputeOptions', [accountId, transactionId], o, (lender) => lender.getDisputeOptions(accountId, transactionId)),
      // The log keeps the file's name, type and size, never its content.
      uploadDisputeAttachment: (file, name, o) =>
        run('disputes.uploadDisputeAttachment', [{ size: file?.size, type: file?.type }, name], o, (lender) => lender.uploadDisputeAttachment(file, name)),
      startDispute: (request, o) => run('disputes.startDispute', [request], o, (lender) => lender.startDispute(request).dispute),
      listDisputes: (query, o) => run('disputes.listDisputes', [query], o, (lender) => lender.listDisputes(query)),
      getDispute: (id, o) => run('disputes.getDispute', [id], o, (lender) => lender.getDispute(id)),
    },
    activity: {
      listStatementPeriods: (id, o) => run('activity.listStatementPeriods', [id], o, (lender) => lender.listStatementPeriods(id)),
      listTransactions: (query, o) => run('activity.listTransactions', [query], o, (lender) => lender.listTransactions(query)),
      listLoanPayments: (id, page, o) => run('activity.listLoanPayments', [id, page], o, (lender) => lender.listLoanPayments(id, page)),
    },
    alerts: {
      getAlerts: (query, o) => run('alerts.getAlerts', [query], o, (lender) => lender.getAlerts(query)),
      setAlert: (id, change, o) => run('alerts.setAlert', [id, change], o, (lender) => lender.setAlert(id, change)),
      startPhoneVerification: (phone, o) => run('alerts.startPhoneVerification', [phone], o, (lender) => lender.startPhoneVerification(phone)),
      resendPhoneCode: (id, o) => run('alerts.resendPhoneCode', [id], o, (lender) => lender.resendPhoneCode(id)),
      confirmPhone: (id, code, o) => run('alerts.confirmPhone', [id, code], o, (lender) => lender.confirmPhone(id, code)),
      acceptTextConsent: (version, at, o) => run('alerts.acceptTextConsent', [version, at], o, (lender) => lender.acceptTextConsent(version, at)),
      setPayByText: (id, change, o) => run('alerts.setPayByText', [id, change], o, (lender) => lender.setPayByText(id, change)),
    },
  };
}
