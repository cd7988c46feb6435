import {
  addDays,
  type AutoPaySettings,
  type FundingAccount,
  type IsoDate,
  type LocalizedTexts,
  type PaymentOptions,
  type PaymentReceipt,
} from '@tessera/core';
import { addMonths } from './calendar.js';
import { firstBusinessDayAfter, holidaysAround } from './calendar.js';
import { CUSTOMER_NAME, MOCK_IDS, usd } from './ids.js';
import type { StoredAccount } from './texts.js';

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
    {
      id: MOCK_IDS.checking,
      bankName: 'Lakeshore Community Bank',
      type: 'checking',
      last4: '6789',
      holderName: CUSTOMER_NAME,
      preferred: true,
    },
    { id: MOCK_IDS.savings, bankName: 'Prairie State Savings', type: 'savings', last4: '2040', holderName: CUSTOMER_NAME },
  ];
}

// The lender's wording in both languages, naming no button (a widget's buttons have their own words).
const AUTHORIZATION: LocalizedTexts = {
  en: 'You authorize Harborview Bank to make a one-time electronic debit from the bank account you selected, for the amount and on the date shown. You can cancel a scheduled payment until 5:00 p.m. Central time the day before it is made.',
  es: 'Usted autoriza a Harborview Bank a hacer un único débito electrónico de la cuenta bancaria que eligió, por el monto y en la fecha indicados. Puede cancelar un pago programado hasta las 5:00 p. m., hora del Centro, del día anterior a la fecha del pago.',
};

const AUTOPAY_AUTHORIZATION: LocalizedTexts = {
  en: 'You authorize Harborview Bank to debit the bank account shown each month by electronic funds transfer, for the amount and starting on the date shown, until you turn off Auto Pay. A payment due on a weekend or holiday is debited the next business day. To stop or change a payment, turn off or change Auto Pay here, or call 1-800-555-0142, at least 3 business days before it is made. We will e-mail you a copy of this authorization.',
  es: 'Usted autoriza a Harborview Bank a debitar cada mes, por transferencia electrónica de fondos, la cuenta bancaria indicada, por el monto y a partir de la fecha indicados, hasta que desactive el pago automático. Un pago que vence en fin de semana o día feriado se debita el siguiente día hábil. Para detener o cambiar un pago, desactive o cambie aquí el pago automático, o llame al 1-800-555-0142, al menos 3 días hábiles antes de la fecha del pago. Le enviaremos por correo electrónico una copia de esta autorización.',
};

const LOAN_EXTRA: LocalizedTexts = {
  en: 'Extra money you add goes to your principal balance after your regular installment is paid. It does not move your next due date.',
  es: 'El dinero adicional se aplica al saldo de capital después de pagar su cuota mensual. No cambia su próxima fecha de vencimiento.',
};

/** Payment rules per open account; paid-off accounts take no payments. */
export function seedPaymentOptions(today: IsoDate, accounts: readonly StoredAccount[]): Record<string, PaymentOptions> {
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
      authorizationText: { ...AUTHORIZATION },
      authorizationVersion: 'HB-ONETIME-2026-03',
      autopayAuthorizationText: { ...AUTOPAY_AUTHORIZATION },
      autopayAuthorizationVersion: 'HB-AUTOPAY-2026-03',
      autopayNoticeDays: 3,
      // The card suggests its statement balance (no interest) and lets Auto Pay pay less than
      // the minimum, with a warning; the loan's Auto Pay pays at least the installment.
      ...(account.kind === 'card'
        ? { suggestedAmount: 'statement-balance' as const, autopayBelowDue: 'warn' as const }
        : { extraPaymentText: { ...LOAN_EXTRA }, autopayBelowDue: 'refuse' as const }),
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
