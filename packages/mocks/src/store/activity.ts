import { addDays, type IsoDate, type LoanPayment, type LoanPaymentMethod, type Transaction, type TransactionKind } from '@tessera/core';
import { MOCK_IDS, usd } from './ids.js';
import { both, type StoredText } from './texts.js';

/** A loan payment as stored: why it was returned, in both languages. */
export interface StoredLoanPayment extends Omit<LoanPayment, 'returnReason'> {
  returnReason?: StoredText;
}

/** Small, fast and always the same sequence for a seed (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fictional merchants as a card network sends them: upper case, store numbers, city codes,
// one very long and one right-to-left.
const MERCHANTS: ReadonlyArray<[string, number, number]> = [
  ['FRESHFIELD MARKET #0412 SPRINGFIELD', 1_800, 14_000],
  ['BLUE KETTLE COFFEE', 350, 1_400],
  ['QUICKFUEL 2291 RIVERTON', 2_500, 7_000],
  ['PAGEBOUND BOOKS ONLINE', 900, 4_500],
  ['NORTHWIND AIR 0062145550199', 12_000, 48_000],
  ['CITY TRANSIT FARES', 250, 2_750],
  ['SUNNYSIDE PHARMACY 18', 600, 6_500],
  ['MAPLE & OAK HARDWARE', 1_200, 22_000],
  ['STREAMLINE VIDEO SUBSCRIPTION', 1_599, 1_599],
  ['مخبز الياسمين — JASMINE BAKERY', 700, 3_200],
  ['TST* THE LONG TABLE NEIGHBORHOOD KITCHEN AND GATHERING PLACE CATERING DEPT 0000412 PORTLAND OR', 4_500, 16_000],
];

const periodEnd = (date: IsoDate): IsoDate => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * A year of the card's transactions up to `today`, made from a fixed seed (the same every
 * time, and small to ship): purchases most days, a refund now and then, the monthly
 * payment, interest at each statement's close, one late fee; the last two days pending.
 * Posted purchases stay disputable for 60 days after their statement closes.
 */
export function seedTransactions(today: IsoDate): Transaction[] {
  const next = random(21);
  const list: Transaction[] = [];
  const add = (date: IsoDate, kind: TransactionKind, description: string, cents: number): void => {
    const pending = date > addDays(today, -2);
    const close = periodEnd(date);
    const until = addDays(close, 60);
    list.push({
      id: `txn-${date.replaceAll('-', '')}-${list.length}`,
      accountId: MOCK_IDS.cardAccount,
      kind,
      status: pending ? 'pending' : 'posted',
      date,
      ...(pending ? {} : { postedOn: addDays(date, 1) > today ? date : addDays(date, 1) }),
      description,
      amount: usd(cents),
      ...(!pending && kind === 'purchase' && until >= today ? { disputableUntil: until } : {}),
    });
  };
  for (let day = 365; day >= 0; day--) {
    const date = addDays(today, -day);
    const dayOfMonth = Number(date.slice(8));
    for (let n = Math.floor(next() * 3); n > 0; n--) {
      const [name, low, high] = MERCHANTS[Math.floor(next() * MERCHANTS.length)]!;
      add(date, 'purchase', name, Math.round(low + next() * (high - low)));
    }
    if (next() < 0.02) add(date, 'credit', 'REFUND PAGEBOUND BOOKS ONLINE', 1_000 + Math.round(next() * 3_000));
    if (dayOfMonth === 5) add(date, 'payment', 'PAYMENT THANK YOU', 20_000 + Math.round(next() * 30_000));
    if (date === periodEnd(date)) add(date, 'interest', 'INTEREST CHARGE ON PURCHASES', 1_200 + Math.round(next() * 2_400));
    if (day === 200) add(date, 'fee', 'LATE FEE', 3_200);
  }
  return list.reverse();
}

const METHODS: LoanPaymentMethod[] = ['autopay', 'online', 'text', 'bill-pay', 'mail', 'phone', 'third-party'];

/** A year of the active loan's monthly payments, newest first: one returned (insufficient funds), the newest pending. */
export function seedLoanPayments(today: IsoDate): StoredLoanPayment[] {
  const payments: StoredLoanPayment[] = [];
  let principal = 38_400;
  for (let i = 0; i < 12; i++) {
    const date = addDays(today, -3 - i * 30);
    const status = i === 0 ? 'pending' : i === 4 ? 'returned' : 'posted';
    // One month paid a $15 late fee out of the installment, before principal.
    const fees = i === 7 ? 1_500 : 0;
    payments.push({
      id: `lpm-${12 - i}`,
      accountId: MOCK_IDS.activeLoan,
      date,
      amount: usd(48_612),
      status,
      method: METHODS[i % METHODS.length]!,
      ...(status === 'returned' ? { returnReason: both('Insufficient funds in the bank account', 'Fondos insuficientes en la cuenta bancaria') } : {}),
      ...(status === 'posted' ? { applied: { principal: usd(principal - fees), interest: usd(48_612 - principal), fees: usd(fees) } } : {}),
    });
    principal -= 150;
  }
  return payments;
}
