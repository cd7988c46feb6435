import type {
  Account,
  AuthorizationCopy,
  AuthorizationRecord,
  AutoPaySettings,
  Card,
  CardCapabilities,
  CardLockPolicy,
  ContactChannel,
  CreditScore,
  Faq,
  FundingAccount,
  IsoDate,
  Locale,
  PaymentOptions,
  PaymentReceipt,
  TitleCase,
} from '@tessera/core';
import { isIsoDate } from '@tessera/core';
import { seedAccounts } from './accounts.js';
import { seedCapabilities, seedCards, seedLockPolicy } from './cards.js';
import { seedContactChannels } from './contact.js';
import { seedCreditScore } from './credit-score.js';
import { seedFaqEn } from './faq-en.js';
import { seedFaqEs } from './faq-es.js';
import { seedAutoPay, seedBanks, seedFundingAccounts, seedPaymentOptions, seedPayments } from './payments.js';
import { seedTitles } from './titles.js';

import { CUSTOMER_EMAIL } from './ids.js';

export { MOCK_IDS } from './ids.js';

/** The lender's data: plain, mutable, JSON-able. Inspect or change it in tests. */
export interface MockStore {
  /** The lender's calendar date; payment dates and estimates are relative to it. */
  today: IsoDate;
  accounts: Account[];
  fundingAccounts: FundingAccount[];
  payments: PaymentReceipt[];
  autoPay: Record<string, AutoPaySettings>;
  paymentOptions: Record<string, PaymentOptions>;
  cards: Card[];
  lockPolicy: CardLockPolicy;
  capabilities: CardCapabilities;
  /** `null`: no score on file (`getCreditScore` answers `not-found`). */
  creditScore: CreditScore | null;
  titles: TitleCase[];
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
  };
}
