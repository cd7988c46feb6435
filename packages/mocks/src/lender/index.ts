import type { Locale } from '@tessera/core';
import type { MockStore } from '../store/index.js';
import * as accounts from './accounts.js';
import * as autopay from './autopay.js';
import * as cards from './cards.js';
import type { LenderContext } from './context.js';
import * as funding from './funding.js';
import * as help from './help.js';
import { lenderMessages } from './messages.js';
import * as payments from './payments.js';
import * as creditScore from './credit-score.js';
import * as titles from './titles.js';
import * as waysToPay from './ways-to-pay.js';
import * as documents from './documents.js';
import * as disputes from './disputes.js';
import * as activity from './activity.js';
import * as alerts from './alerts.js';

export type { SubmittedPayment } from './payments.js';
export type { StartedDispute } from './disputes.js';

/** Drops the context argument: `(ctx, a, b) => r` becomes `(a, b) => r`. */
type Bound<F> = F extends (ctx: LenderContext, ...args: infer A) => infer R ? (...args: A) => R : never;

const rules = {
  listAccounts: accounts.listAccounts,
  getAccount: accounts.getAccount,
  getPayoffQuote: accounts.getPayoffQuote,
  listScheduledPayments: accounts.listScheduledPayments,
  getPaymentOptions: payments.getPaymentOptions,
  listFundingAccounts: funding.listFundingAccounts,
  addFundingAccount: funding.addFundingAccount,
  lookupRoutingNumber: funding.lookupRoutingNumber,
  submitPayment: payments.submitPayment,
  cancelPayment: payments.cancelPayment,
  changeScheduledPayment: payments.changeScheduledPayment,
  getAutoPay: autopay.getAutoPay,
  setAutoPay: autopay.setAutoPay,
  cancelAutoPay: autopay.cancelAutoPay,
  listCards: cards.listCards,
  getCard: cards.getCard,
  setCardLock: cards.setCardLock,
  getLockPolicy: cards.getLockPolicy,
  getCapabilities: cards.getCapabilities,
  setDeclineAlerts: cards.setDeclineAlerts,
  getCreditScore: creditScore.getCreditScore,
  listTitles: titles.listTitles,
  setTitleEmailUpdates: titles.setTitleEmailUpdates,
  getFaq: help.getFaq,
  getContactChannels: help.getContactChannels,
  sendFeedback: help.sendFeedback,
  getWaysToPay: waysToPay.getWaysToPay,
  revealAccountNumber: waysToPay.revealAccountNumber,
  listDocuments: documents.listDocuments,
  openDocument: documents.openDocument,
  getPaperless: documents.getPaperless,
  setPaperless: documents.setPaperless,
  getDisputeOptions: disputes.getDisputeOptions,
  uploadDisputeAttachment: disputes.uploadDisputeAttachment,
  startDispute: disputes.startDispute,
  listDisputes: disputes.listDisputes,
  getDispute: disputes.getDispute,
  listStatementPeriods: activity.listStatementPeriods,
  listTransactions: activity.listTransactions,
  listLoanPayments: activity.listLoanPayments,
  getAlerts: alerts.getAlerts,
  setAlert: alerts.setAlert,
  startPhoneVerification: alerts.startPhoneVerification,
  resendPhoneCode: alerts.resendPhoneCode,
  confirmPhone: alerts.confirmPhone,
  acceptTextConsent: alerts.acceptTextConsent,
  setPayByText: alerts.setPayByText,
};

/**
 * The lender's rules over a store: synchronous, throwing ProviderError, returning copies.
 * The memory provider and the msw handlers are two transports over this one implementation.
 */
export type Lender = { [K in keyof typeof rules]: Bound<(typeof rules)[K]> };

/** A lender that answers in `locale`: customer text, validation and error messages. */
export function createLender(store: MockStore, now: () => Date = () => new Date(), locale: Locale = 'en'): Lender {
  const ctx: LenderContext = { store, now, locale, say: lenderMessages(locale) };
  const lender = {} as Record<string, unknown>;
  for (const [name, rule] of Object.entries(rules)) {
    lender[name] = (...args: unknown[]) => (rule as (ctx: LenderContext, ...a: unknown[]) => unknown)(ctx, ...args);
  }
  return lender as Lender;
}

/** One lender per language over the same store. */
export function createLenders(store: MockStore, now?: () => Date): Record<Locale, Lender> {
  return { en: createLender(store, now, 'en'), es: createLender(store, now, 'es') };
}
