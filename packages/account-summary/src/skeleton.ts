import { addDays, type Account, type IsoDate } from '@tessera/core';

// The skeleton draws accounts through the ready view (same elements, classes and labels in
// the widget's language) with placeholder figures as wide as typical ones, its text made
// into bars (account-summary.styles.ts) and hidden from assistive technology. Names stand in
// as blank words; the heading holds one line whatever the name, so the size does not depend
// on it.

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
const blank = '\u00a0'.repeat(12);

/** A card as most are: due in a few days, a posted payment last month, Auto Pay off. */
export function placeholderCard(today: IsoDate): Account {
  return {
    id: 'skeleton-card',
    kind: 'card',
    name: blank,
    last4: '0000',
    status: 'open',
    dueDate: addDays(today, 4),
    statementBalance: usd(128_400),
    minimumDue: usd(3_500),
    currentBalance: usd(140_200),
    creditLimit: usd(800_000),
    availableCredit: usd(659_800),
    statementClosingDate: addDays(today, -21),
    lastPayment: { amount: usd(25_000), date: addDays(today, -27), status: 'posted' },
    autoPayEnrolled: false,
  };
}

/** A vehicle loan a third of the way through, with a payoff quote on offer. */
export function placeholderLoan(today: IsoDate): Account {
  return {
    id: 'skeleton-loan',
    kind: 'vehicle-loan',
    name: blank,
    last4: '0000',
    status: 'open',
    dueDate: addDays(today, 10),
    amountDue: usd(48_600),
    payoffAmount: usd(1_873_500),
    vehicle: { year: 2020, make: blank, model: blank, vinLast6: '000000' },
    principalBalance: usd(1_864_200),
    interestRate: 6.49,
    paymentsMade: 22,
    paymentsLeft: 50,
    maturityDate: addDays(today, 1480),
    lastPayment: { amount: usd(51_100), date: addDays(today, -20), status: 'posted' },
    autoPayEnrolled: true,
    payoffQuoteWindow: { earliestDate: today, latestDate: addDays(today, 10) },
  };
}
