import { addDays, type PaymentReceipt } from '@tessera/core';
import type { MockStore } from './index.js';
import { MOCK_IDS, usd } from './ids.js';
import type { StoredAccount } from './texts.js';

type Card = Extract<StoredAccount, { kind: 'card' }>;
type Loan = Extract<StoredAccount, { kind: 'vehicle-loan' }>;

const card = (store: MockStore): Card => store.accounts.find((a) => a.id === MOCK_IDS.cardAccount) as Card;
const loan = (store: MockStore): Loan => store.accounts.find((a) => a.id === MOCK_IDS.activeLoan) as Loan;

/** A payment the customer scheduled on `accountId`, `inDays` from the store's today. */
export function scheduledPayment(store: MockStore, accountId: string, inDays: number, cents: number): PaymentReceipt {
  const date = addDays(store.today, inDays);
  const payment: PaymentReceipt = {
    id: `pmt-s${store.payments.length + 1}`,
    confirmationNumber: `HB-${date.replaceAll('-', '')}-S${store.payments.length + 1}`,
    accountId,
    fundingAccountId: MOCK_IDS.checking,
    amount: usd(cents),
    date,
    postsOn: date,
    status: 'scheduled',
    createdAt: `${store.today}T15:20:00Z`,
    cancelBy: `${addDays(date, -1)}T23:00:00Z`,
  };
  store.payments.push(payment);
  return payment;
}

/**
 * The account states `<tessera-account-summary>` shows, as changes to a seeded store: for
 * stories, tests and the demo. The seeded store itself is the ordinary state (a card due in
 * 4 days, a loan with a payoff quote window of 10 days, a paid-off loan).
 */
export const accountStates = {
  /** The card's minimum is 12 days late; the loan's installment too. */
  pastDue(store: MockStore): void {
    const c = card(store);
    c.dueDate = addDays(store.today, -12);
    c.pastDueAmount = usd(3_500);
    c.daysPastDue = 12;
    const l = loan(store);
    l.dueDate = addDays(store.today, -12);
    l.pastDueAmount = usd(48_612);
    l.daysPastDue = 12;
    l.amountDue = usd(97_224);
  },
  /** Both payments are due today. */
  dueToday(store: MockStore): void {
    card(store).dueDate = store.today;
    loan(store).dueDate = store.today;
  },
  /** The lender owes the customer $42.18 on the card (a refund after the statement was paid). */
  creditBalance(store: MockStore): void {
    const c = card(store);
    c.currentBalance = usd(-4_218);
    c.statementBalance = usd(0);
    c.minimumDue = usd(0);
    c.availableCredit = usd(804_218);
    delete c.dueDate;
  },
  /** The card is $125.40 over its limit. */
  overLimit(store: MockStore): void {
    const c = card(store);
    c.currentBalance = usd(812_540);
    c.availableCredit = usd(0);
  },
  /** The card's last payment is still pending, another is scheduled, and Auto Pay is on. */
  scheduledAndPending(store: MockStore): void {
    card(store).lastPayment = { amount: usd(12_000), date: addDays(store.today, -1), status: 'pending' };
    scheduledPayment(store, MOCK_IDS.cardAccount, 3, 3_500);
    store.autoPay[MOCK_IDS.cardAccount] = { accountId: MOCK_IDS.cardAccount, enrolled: true, rule: 'minimum-due', fundingAccountId: MOCK_IDS.checking };
    card(store).autoPayEnrolled = true;
  },
  /** The lender offers no payoff quote for the loan. */
  noQuote(store: MockStore): void {
    delete loan(store).payoffQuoteWindow;
  },
};

export type AccountState = keyof typeof accountStates;
