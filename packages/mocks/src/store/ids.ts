/** Ids of the seeded records, for tests and stories. */
export const MOCK_IDS = {
  cardAccount: 'card-acct-1',
  activeLoan: 'auto-acct-1',
  paidOffLoan: 'auto-acct-2',
  card: 'card-1',
  authorizedUserCard: 'card-2',
  replacedCard: 'card-3',
  checking: 'bank-1',
  savings: 'bank-2',
  title: 'title-1',
} as const;

/** The name of the fictional lender behind the seeded data. */
export const LENDER_NAME = 'Harborview Bank';
export const CUSTOMER_NAME = 'Jordan Rivera';
/** The customer's e-mail as the lender shows it (masked), where copies of authorizations go. */
export const CUSTOMER_EMAIL = 'j••••••@example.com';
export const AUTHORIZED_USER_NAME = 'Sam Rivera';

/** Money in cents, always USD in the seeded data. */
export function usd(amount: number): { amount: number; currency: 'USD' } {
  return { amount, currency: 'USD' };
}
