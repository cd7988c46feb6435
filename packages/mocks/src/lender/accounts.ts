import type { Account, PaymentOptions } from '@tessera/core';
import { copy, invalid, notFound, type LenderContext } from './context.js';

export function listAccounts({ store }: LenderContext): Account[] {
  return copy(store.accounts);
}

export function getAccount(ctx: LenderContext, accountId: string): Account {
  return copy(requireAccount(ctx, accountId));
}

/** The stored account itself (not a copy), or `not-found`. */
export function requireAccount({ store }: LenderContext, accountId: unknown): Account {
  const account = store.accounts.find((a) => a.id === accountId);
  if (!account) throw notFound('account', accountId);
  return account;
}

/** The payment rules for an account that takes payments; `validation` on a paid-off one. */
export function payableOptions(ctx: LenderContext, accountId: unknown): PaymentOptions {
  if (typeof accountId !== 'string' || accountId === '') {
    throw invalid('Choose an account.', [{ field: 'accountId', message: 'Choose an account.' }]);
  }
  const account = requireAccount(ctx, accountId);
  const options = ctx.store.paymentOptions[account.id];
  if (!options) {
    const message = `${account.name} is ${account.status === 'paid-off' ? 'paid off' : 'closed'} and takes no payments.`;
    throw invalid(message, [{ field: 'accountId', message }]);
  }
  return options;
}
