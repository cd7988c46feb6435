import {
  checkAccountNumber,
  checkRoutingNumber,
  normalizeAccountNumber,
  type BankLookup,
  type FieldError,
  type FundingAccount,
  type NewFundingAccount,
} from '@tessera/core';
import { copy, invalid, isRecord, nextId, type LenderContext } from './context.js';

export function listFundingAccounts({ store }: LenderContext): FundingAccount[] {
  return copy(store.fundingAccounts);
}

export function lookupRoutingNumber({ store }: LenderContext, routingNumber: string): BankLookup | null {
  const bankName = typeof routingNumber === 'string' ? store.banks[routingNumber.trim()] : undefined;
  return bankName === undefined ? null : { routingNumber: routingNumber.trim(), bankName };
}

const ROUTING_MESSAGES = {
  empty: 'Enter the routing number.',
  'not-digits': 'A routing number has 9 digits.',
  length: 'A routing number has 9 digits.',
  prefix: 'This routing number is not valid. Check it and try again.',
  checksum: 'This routing number is not valid. Check it and try again.',
} as const;

const ACCOUNT_MESSAGES = {
  empty: 'Enter the account number.',
  'not-digits': 'An account number has only digits.',
  'too-short': 'An account number has 4 to 17 digits.',
  'too-long': 'An account number has 4 to 17 digits.',
} as const;

/** Saves a bank account. The full account number is checked, then only its last 4 are kept. */
export function addFundingAccount(ctx: LenderContext, input: NewFundingAccount): FundingAccount {
  const { store } = ctx;
  const fields: Record<string, unknown> = isRecord(input) ? input : {};
  const errors: FieldError[] = [];

  const holderName = typeof fields.holderName === 'string' ? fields.holderName.trim() : '';
  if (holderName === '') errors.push({ field: 'holderName', message: 'Enter the name on the bank account.' });
  else if (holderName.length > 100) errors.push({ field: 'holderName', message: 'Use 100 characters or fewer.' });

  const routingNumber = typeof fields.routingNumber === 'string' ? fields.routingNumber.trim() : '';
  const routingProblem = checkRoutingNumber(routingNumber);
  const bankName = store.banks[routingNumber];
  if (routingProblem) errors.push({ field: 'routingNumber', message: ROUTING_MESSAGES[routingProblem] });
  else if (bankName === undefined)
    errors.push({ field: 'routingNumber', message: 'We can’t find a bank with this routing number.' });

  const accountNumber = typeof fields.accountNumber === 'string' ? normalizeAccountNumber(fields.accountNumber) : '';
  const accountProblem = checkAccountNumber(accountNumber);
  if (accountProblem) errors.push({ field: 'accountNumber', message: ACCOUNT_MESSAGES[accountProblem] });

  const type = fields.type;
  if (type !== 'checking' && type !== 'savings') errors.push({ field: 'type', message: 'Choose checking or savings.' });

  const last4 = accountNumber.slice(-4);
  if (
    errors.length === 0 &&
    store.fundingAccounts.some((a) => a.bankName === bankName && a.last4 === last4 && a.type === type)
  ) {
    errors.push({ field: 'accountNumber', message: 'This bank account is already saved.' });
  }
  if (errors.length > 0) throw invalid('Check the bank account details.', errors);

  const account: FundingAccount = {
    id: nextId('bank', store.fundingAccounts),
    bankName: bankName!,
    type: type as FundingAccount['type'],
    last4,
    holderName,
  };
  store.fundingAccounts.push(account);
  return copy(account);
}
