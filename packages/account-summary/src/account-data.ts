import { daysBetween, isAccount, isPaymentReceipt, listOf, type Account, type IsoDate, type Money, type PaymentReceipt } from '@tessera/core';

/** Accounts that break a data rule are left out (and reported); the others are shown. */
export const isAccountList = listOf(isAccount);
export const isScheduledList = listOf(isPaymentReceipt);

/** What one load brings: the accounts, and each one's scheduled payments when the lender lists them. */
export interface SummaryData {
  accounts: Account[];
  scheduled: Record<string, PaymentReceipt[]>;
}

/** The calendar date of `now` in the viewer's time zone. */
export function localToday(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How a due date reads today: days left, due today, or late (by the lender's count when it gives one). */
export type DueState = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'late'; days: number; amount: Money } | { kind: 'none' };

export function dueState(account: Account, today: IsoDate): DueState {
  if (account.pastDueAmount && account.pastDueAmount.amount > 0) {
    const days = account.daysPastDue ?? (account.dueDate ? Math.max(1, daysBetween(account.dueDate, today)) : 1);
    return { kind: 'late', days, amount: account.pastDueAmount };
  }
  const owed = account.kind === 'card' ? account.minimumDue : account.amountDue;
  if (!account.dueDate || owed.amount <= 0) return { kind: 'none' };
  const days = daysBetween(today, account.dueDate);
  // A due date behind us without an amount past due: the lender has not counted it late (a
  // payment in flight, a weekend); only the lender says a payment is past due.
  return days === 0 ? { kind: 'today' } : days > 0 ? { kind: 'left', days } : { kind: 'none' };
}

/** The share of the credit limit in use, 0 (a credit balance) and up (over the limit), in percent. */
export function utilization(balance: Money, limit: Money): number {
  if (limit.amount <= 0) return balance.amount > 0 ? 100 : 0;
  return Math.max(0, (balance.amount / limit.amount) * 100);
}

export const money = (amount: number, like: Money): Money => ({ amount, currency: like.currency });

/**
 * A percentage as United States conventions write it in both languages (`17%`, `6.49%`):
 * engines' `Intl` percent styles differ for `es-US` (one adds a space), so the sign is ours.
 */
export function percent(value: number, lang: string, decimals = 0): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: decimals }).format(value)}%`;
}
