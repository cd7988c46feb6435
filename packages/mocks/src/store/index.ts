import type {
  AuthorizationCopy,
  AuthorizationRecord,
  AutoPaySettings,
  Transaction,
  CardCapabilities,
  ContactChannel,
  Faq,
  FundingAccount,
  IsoDate,
  Locale,
  PaymentOptions,
  PaymentReceipt,
  WayToPay,
} from '@tessera/core';
import { isIsoDate } from '@tessera/core';
import { seedAccounts } from './accounts.js';
import { seedCapabilities, seedCards, seedLockPolicy } from './cards.js';
import { seedContactChannels } from './contact.js';
import { seedCreditScore } from './credit-score.js';
import { seedFaqEn } from './faq-en.js';
import { seedFaqEs } from './faq-es.js';
import { seedAutoPay, seedBanks, seedFundingAccounts, seedPaymentOptions, seedPayments } from './payments.js';
import type { StoredAccount, StoredCard, StoredCreditScore, StoredLockPolicy, StoredTitleCase } from './texts.js';
import { seedTitles } from './titles.js';
import { seedAccountNumbers, seedWaysToPay } from './ways-to-pay.js';
import { seedDocuments, seedPaperless, type StoredDocument, type StoredPaperless } from './documents.js';
import { seedDisputes, type StoredDisputes } from './disputes.js';
import { seedLoanPayments, seedTransactions, type StoredLoanPayment } from './activity.js';
import { seedAlerts, type StoredAlerts } from './alerts.js';

import { CUSTOMER_EMAIL } from './ids.js';

export { MOCK_IDS } from './ids.js';
export { WAYS_TO_PAY_ADDRESSES, WAYS_TO_PAY_PHONES } from './ways-to-pay.js';
export { accountStates, scheduledPayment, type AccountState } from './account-states.js';
export type { StoredDocument, StoredPaperless } from './documents.js';
export { DISPUTE_IDS, type StoredDisputeQuestion, type StoredDisputeReason, type StoredDisputeTerms, type StoredDisputeTransaction, type StoredDisputes } from './disputes.js';
export type { StoredLoanPayment } from './activity.js';
export { MOCK_ALERT_CODE, MOCK_MOBILE, type StoredAlerts, type StoredVerification } from './alerts.js';
export { customerTexts, englishOnlyTexts, neutralTexts, type CustomerText } from './inventory.js';
export {
  accountIn,
  cardIn,
  creditScoreIn,
  lockPolicyIn,
  textIn,
  titleIn,
  type StoredAccount,
  type StoredCard,
  type StoredCreditScore,
  type StoredLockPolicy,
  type StoredScoreBand,
  type StoredScoreFactor,
  type StoredText,
  type StoredTitleCase,
  type StoredTitleStep,
} from './texts.js';

/**
 * The lender's data: plain, mutable, JSON-able. Inspect or change it in tests. Text a
 * customer reads is kept in both languages, `{ en, es }` (see `StoredText`), and answered
 * in the language each call asks for; a plain string reads the same in both.
 */
export interface MockStore {
  /** The lender's calendar date; payment dates and estimates are relative to it. */
  today: IsoDate;
  /** Names in both languages. */
  accounts: StoredAccount[];
  fundingAccounts: FundingAccount[];
  payments: PaymentReceipt[];
  autoPay: Record<string, AutoPaySettings>;
  paymentOptions: Record<string, PaymentOptions>;
  /** Reasons a card cannot be locked in both languages; nicknames are the customer's own. */
  cards: StoredCard[];
  lockPolicy: StoredLockPolicy;
  capabilities: CardCapabilities;
  /** `null`: no score on file (`getCreditScore` answers `not-found`). Band labels and factors in both languages. */
  creditScore: StoredCreditScore | null;
  /** Step notes and guidance in both languages. */
  titles: StoredTitleCase[];
  faq: Record<Locale, Faq>;
  contactChannels: Record<Locale, ContactChannel[]>;
  feedback: Array<{ entryId: string; helpful: boolean }>;
  /** Routing number → bank name (for lookups and new bank accounts). */
  banks: Record<string, string>;
  /** Payments by idempotency key: what was asked (a fingerprint) and the payment made. */
  idempotencyKeys: Record<string, { fingerprint: string; paymentId: string }>;
  /** Auto Pay enrollments and changes by idempotency key: what was asked and for which account. */
  autopayKeys: Record<string, { fingerprint: string; accountId: string }>;
  /** Every authorization a customer accepted, oldest first, with what it authorized. */
  authorizations: Array<{ kind: 'payment' | 'autopay'; accountId: string; record: AuthorizationRecord }>;
  /** Where copies of Auto Pay authorizations go; `null`: the lender does not say. */
  authorizationCopy: AuthorizationCopy | null;
  /** Payment id → cents a payment took off its account's amount due (given back if it is cancelled). */
  dueReductions: Record<string, number>;
  /** Every way to pay, per language (names, posting times and notes in it). */
  waysToPay: Record<Locale, WayToPay[]>;
  /** Account id → its full number, for the accounts whose number the lender reveals on request. */
  accountNumbers: Record<string, string>;
  /** Statements, notices and letters, names in both languages; newest first per account. */
  documents: StoredDocument[];
  /** Paperless settings by account id, the consent text in both languages. */
  paperless: Record<string, StoredPaperless>;
  /** Disputable charges, reasons and questions, terms in both languages, cases and idempotency keys. */
  disputes: StoredDisputes;
  /** The card's transactions, newest first (merchant text as a network sends it, in no language). */
  transactions: Transaction[];
  /** The active loan's payments, newest first; return reasons in both languages. */
  loanPayments: StoredLoanPayment[];
  /** Alerts and their channels, the contacts, the text consent (both languages), pay by text and open code requests. */
  alerts: StoredAlerts;
}

export const DEFAULT_TODAY: IsoDate = '2026-11-21';

/** A fresh, seeded store. The same `today` always gives deep-equal stores. */
export function createMockStore(options: { today?: IsoDate } = {}): MockStore {
  const today = options.today ?? DEFAULT_TODAY;
  if (!isIsoDate(today)) throw new RangeError(`createMockStore: today must be YYYY-MM-DD, got "${String(today)}"`);
  const accounts = seedAccounts(today);
  return {
    today,
    accounts,
    fundingAccounts: seedFundingAccounts(),
    payments: seedPayments(today),
    autoPay: seedAutoPay(),
    paymentOptions: seedPaymentOptions(today, accounts),
    cards: seedCards(today),
    lockPolicy: seedLockPolicy(),
    capabilities: seedCapabilities(),
    creditScore: seedCreditScore(today),
    titles: seedTitles(today),
    faq: { en: seedFaqEn(), es: seedFaqEs() },
    contactChannels: seedContactChannels(),
    feedback: [],
    banks: seedBanks(),
    idempotencyKeys: {},
    autopayKeys: {},
    authorizations: [],
    authorizationCopy: { channel: 'email', to: CUSTOMER_EMAIL },
    dueReductions: {},
    waysToPay: seedWaysToPay(),
    accountNumbers: seedAccountNumbers(),
    documents: seedDocuments(today),
    paperless: seedPaperless(today),
    disputes: seedDisputes(today),
    transactions: seedTransactions(today),
    loanPayments: seedLoanPayments(today),
    alerts: seedAlerts(),
  };
}
