import { addDays, type IsoDate } from '@tessera/core';
import { MOCK_IDS, usd } from './ids.js';
import { both, type StoredAccount } from './texts.js';

/** The customer's accounts; product names in both languages (brand names stay as they are). */
export function seedAccounts(today: IsoDate): StoredAccount[] {
  return [
    {
      id: MOCK_IDS.cardAccount,
      kind: 'card',
      name: both('Harborview Everyday Rewards Visa', 'Tarjeta Visa Harborview Everyday Rewards'),
      last4: '4821',
      status: 'open',
      dueDate: addDays(today, 4),
      statementBalance: usd(128_437),
      minimumDue: usd(3_500),
      currentBalance: usd(140_219),
      creditLimit: usd(800_000),
      availableCredit: usd(659_781),
      statementClosingDate: addDays(today, -21),
      lastPayment: { amount: usd(25_000), date: addDays(today, -27), status: 'posted' },
      // Kept in step with the Auto Pay enrollment by the lender's setAutoPay / cancelAutoPay.
      autoPayEnrolled: false,
    },
    {
      id: MOCK_IDS.activeLoan,
      kind: 'vehicle-loan',
      name: both('Auto loan – 2023 Subaru Outback', 'Préstamo de auto – Subaru Outback 2023'),
      last4: '7730',
      status: 'open',
      dueDate: addDays(today, 10),
      amountDue: usd(48_612),
      payoffAmount: usd(1_873_544),
      vehicle: { year: 2023, make: 'Subaru', model: 'Outback', vinLast6: 'A41987' },
      principalBalance: usd(1_864_210),
      interestRate: 6.49,
      paymentsMade: 22,
      paymentsLeft: 50,
      maturityDate: addDays(today, 10 + 49 * 30),
      lastPayment: { amount: usd(51_112), date: addDays(today, -20), status: 'posted' },
      payoffQuoteWindow: { earliestDate: today, latestDate: addDays(today, 10) },
      autoPayEnrolled: true,
    },
    {
      id: MOCK_IDS.paidOffLoan,
      kind: 'vehicle-loan',
      name: both('Auto loan – 2019 Toyota Camry', 'Préstamo de auto – Toyota Camry 2019'),
      last4: '3306',
      status: 'paid-off',
      amountDue: usd(0),
      payoffAmount: usd(0),
      vehicle: { year: 2019, make: 'Toyota', model: 'Camry', vinLast6: 'K20554' },
      paymentsMade: 60,
      paymentsLeft: 0,
      paidOffDate: addDays(today, -9),
    },
  ];
}
