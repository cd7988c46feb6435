import {
  checkAccountNumber,
  checkRoutingNumber,
  normalizeAccountNumber,
  type AccountNumberProblem,
  type BankAccountType,
  type NewFundingAccount,
  type RoutingNumberProblem,
} from '@tessera/core';

/** What the customer is typing to add a bank account. Cleared once the provider has it. */
export interface BankDraft {
  holderName: string;
  routingNumber: string;
  accountNumber: string;
  confirmAccountNumber: string;
  type: BankAccountType;
}

export const emptyBank = (): BankDraft => ({
  holderName: '',
  routingNumber: '',
  accountNumber: '',
  confirmAccountNumber: '',
  type: 'checking',
});

export interface BankProblems {
  holderName?: 'empty';
  routingNumber?: RoutingNumberProblem;
  accountNumber?: AccountNumberProblem;
  confirmAccountNumber?: 'empty' | 'mismatch';
}

/** Every problem with a new bank account, field by field; `{}` when it is ready to send. */
export function checkBank(draft: BankDraft): BankProblems {
  const problems: BankProblems = {};
  if (!draft.holderName.trim()) problems.holderName = 'empty';
  const routing = checkRoutingNumber(draft.routingNumber);
  if (routing) problems.routingNumber = routing;
  const account = checkAccountNumber(draft.accountNumber);
  if (account) problems.accountNumber = account;
  const confirm = normalizeAccountNumber(draft.confirmAccountNumber);
  if (!confirm) problems.confirmAccountNumber = 'empty';
  else if (confirm !== normalizeAccountNumber(draft.accountNumber)) problems.confirmAccountNumber = 'mismatch';
  return problems;
}

/** The body of the one call that ever receives the full account number. */
export function toNewFundingAccount(draft: BankDraft): NewFundingAccount {
  return {
    holderName: draft.holderName.trim(),
    routingNumber: draft.routingNumber.trim(),
    accountNumber: normalizeAccountNumber(draft.accountNumber),
    type: draft.type,
  };
}
