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

/** Saves a bank account. The full account number is checked, then only its last 4 are kept. */
export function addFundingAccount(ctx: LenderContext, input: NewFundingAccount): FundingAccount {
  const { store, say } = ctx;
  const fields: Record<string, unknown> = isRecord(input) ? input : {};
  const errors: FieldError[] = [];

  const holderName = typeof fields.holderName === 'string' ? fields.holderName.trim() : '';
  if (holderName === '') errors.push({ field: 'holderName', message: say.holderName });
  else if (holderName.length > 100) errors.push({ field: 'holderName', message: say.holderNameLength });

  const routingNumber = typeof fields.routingNumber === 'string' ? fields.routingNumber.trim() : '';
  const routingProblem = checkRoutingNumber(routingNumber);
  const bankName = store.banks[routingNumber];
  if (routingProblem) errors.push({ field: 'routingNumber', message: say.routing[routingProblem] });
  else if (bankName === undefined) errors.push({ field: 'routingNumber', message: say.unknownBank });

  const accountNumber = typeof fields.accountNumber === 'string' ? normalizeAccountNumber(fields.accountNumber) : '';
  const accountProblem = checkAccountNumber(accountNumber);
  if (accountProblem) errors.push({ field: 'accountNumber', message: say.accountNumber[accountProblem] });

  const type = fields.type;
  if (type !== 'checking' && type !== 'savings') errors.push({ field: 'type', message: say.chooseType });

  const last4 = accountNumber.slice(-4);
  if (
    errors.length === 0 &&
    store.fundingAccounts.some((a) => a.bankName === bankName && a.last4 === last4 && a.type === type)
  ) {
    errors.push({ field: 'accountNumber', message: say.alreadySaved });
  }
  if (errors.length > 0) throw invalid(say.checkBankAccount, errors);

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
