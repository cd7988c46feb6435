import type { Account, PaymentOptions } from '@tessera/core';
import { accountIn, textIn, type StoredAccount } from '../store/texts.js';
import { invalid, notFound, type LenderContext } from './context.js';

export function listAccounts({ store, locale }: LenderContext): Account[] {
  return store.accounts.map((account) => accountIn(account, locale));
}

export function getAccount(ctx: LenderContext, accountId: string): Account {
  return accountIn(requireAccount(ctx, accountId), ctx.locale);
}

/** The stored account itself (not a copy), or `not-found`. */
export function requireAccount(ctx: LenderContext, accountId: unknown): StoredAccount {
  const account = ctx.store.accounts.find((a) => a.id === accountId);
  if (!account) throw notFound(ctx, 'account', accountId);
  return account;
}

/** The payment rules for an account that takes payments; `validation` on a paid-off one. */
export function payableOptions(ctx: LenderContext, accountId: unknown): PaymentOptions {
  const { say } = ctx;
  if (typeof accountId !== 'string' || accountId === '') {
    throw invalid(say.chooseAccount, [{ field: 'accountId', message: say.chooseAccount }]);
  }
  const account = requireAccount(ctx, accountId);
  const options = ctx.store.paymentOptions[account.id];
  if (!options) {
    const message = say.takesNoPayments(textIn(account.name, ctx.locale), account.status === 'paid-off');
    throw invalid(message, [{ field: 'accountId', message }]);
  }
  return options;
}
