import {
  addDays,
  type Account,
  type AutoPaySettings,
  type FundingAccount,
  type IsoDate,
  type PaymentOptions,
  type PaymentReceipt,
} from '@tessera/core';
import { addMonths } from './calendar.js';
import { firstBusinessDayAfter, holidaysAround } from './calendar.js';
import { CUSTOMER_NAME, MOCK_IDS, usd } from './ids.js';

/** Routing number → bank name. Real routing numbers (valid checksums), fictional names. */
export function seedBanks(): Record<string, string> {
  return {
    '021000021': 'Granite Harbor Trust',
    '011000015': 'Northgate Federal Bank',
    '121000358': 'Pacific Crest Bank',
    '111000025': 'Lakeshore Community Bank',
    '071000013': 'Prairie State Savings',
  };
}

export function seedFundingAccounts(): FundingAccount[] {
  return [
    { id: MOCK_IDS.checking, bankName: 'Lakeshore Community Bank', type: 'checking', last4: '6789', holderName: CUSTOMER_NAME },
    { id: MOCK_IDS.savings, bankName: 'Prairie State Savings', type: 'savings', last4: '2040', holderName: CUSTOMER_NAME },
  ];
}

const AUTHORIZATION =
  'By selecting Submit, you authorize Harborview Bank to make a one-time electronic debit from the bank account you selected, for the amount and on the date shown. You can change or cancel a scheduled payment until 5:00 p.m. Central time on the business day before it is made.';

const LOAN_EXTRA =
  'Extra money you add goes to your principal balance after your regular installment is paid. It does not move your next due date.';

/** Payment rules per open account; paid-off accounts take no payments. */
export function seedPaymentOptions(today: IsoDate, accounts: readonly Account[]): Record<string, PaymentOptions> {
  const holidays = holidaysAround(today);
  const options: Record<string, PaymentOptions> = {};
  for (const account of accounts) {
    if (account.status !== 'open') continue;
    options[account.id] = {
      accountId: account.id,
      earliestDate: firstBusinessDayAfter(today, holidays),
      latestDate: addDays(today, 90),
      cutoffTime: '17:00',
      timeZone: 'America/Chicago',
      holidays,
      weekendProcessing: false,
      maxAmount: account.kind === 'card' ? { ...account.currentBalance } : { ...account.payoffAmount },
      authorizationText: AUTHORIZATION,
      ...(account.kind === 'vehicle-loan' ? { extraPaymentText: LOAN_EXTRA } : {}),
    };
  }
  return options;
}

export function seedAutoPay(): Record<string, AutoPaySettings> {
  return {
    [MOCK_IDS.cardAccount]: { accountId: MOCK_IDS.cardAccount, enrolled: false },
    [MOCK_IDS.activeLoan]: {
      accountId: MOCK_IDS.activeLoan,
      enrolled: true,
      rule: 'amount-due',
      extraAmount: usd(2_500),
      fundingAccountId: MOCK_IDS.checking,
      startDate: '2025-06-01',
    },
    [MOCK_IDS.paidOffLoan]: { accountId: MOCK_IDS.paidOffLoan, enrolled: false },
  };
}

/** Last month's payments, already posted. */
export function seedPayments(today: IsoDate): PaymentReceipt[] {
  const cardPaid = addMonths(addDays(today, 4), -1);
  const loanPaid = addMonths(addDays(today, 10), -1);
  return [
    {
      id: 'pmt-1',
      confirmationNumber: `HB-${cardPaid.replaceAll('-', '')}-0001`,
      accountId: MOCK_IDS.cardAccount,
      fundingAccountId: MOCK_IDS.checking,
      amount: usd(25_000),
      date: cardPaid,
      postsOn: cardPaid,
      status: 'posted',
      createdAt: `${addDays(cardPaid, -3)}T18:42:10Z`,
    },
    {
      id: 'pmt-2',
      confirmationNumber: `HB-${loanPaid.replaceAll('-', '')}-0002`,
      accountId: MOCK_IDS.activeLoan,
      fundingAccountId: MOCK_IDS.checking,
      amount: usd(51_112),
      date: loanPaid,
      postsOn: loanPaid,
      status: 'posted',
      createdAt: `${loanPaid}T11:00:00Z`,
    },
  ];
}
