import { isIsoDate, type Account, type IsoDate, type PaymentOptions, type PaymentReceipt, type PayoffQuote } from '@tessera/core';
import { usd } from '../store/ids.js';
import { accountIn, textIn, type StoredAccount } from '../store/texts.js';
import { copy, invalid, notFound, type LenderContext } from './context.js';

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

/** The payoff of an open vehicle loan good through `goodThrough`, within its quote window. */
export function getPayoffQuote(ctx: LenderContext, accountId: string, goodThrough: IsoDate): PayoffQuote {
  const account = requireAccount(ctx, accountId);
  const name = textIn(account.name, ctx.locale);
  if (account.kind !== 'vehicle-loan' || account.status !== 'open' || !account.payoffQuoteWindow) {
    const message = ctx.say.noPayoffQuote(name);
    throw invalid(message, [{ field: 'accountId', message }]);
  }
  const { earliestDate, latestDate } = account.payoffQuoteWindow;
  if (!isIsoDate(goodThrough) || goodThrough < earliestDate || goodThrough > latestDate) {
    const message = ctx.say.goodThroughWindow(earliestDate, latestDate);
    throw invalid(message, [{ field: 'goodThrough', message }]);
  }
  const principal = account.principalBalance ?? account.payoffAmount;
  // Interest accrued so far is what the payoff holds beyond the principal; each day adds the per diem.
  const perDiem = Math.round((principal.amount * (account.interestRate ?? 0)) / 100 / 365);
  const days = Math.round((Date.parse(goodThrough) - Date.parse(ctx.store.today)) / 86_400_000);
  const interest = Math.max(0, account.payoffAmount.amount - principal.amount) + perDiem * days;
  const fees = 1_500;
  return {
    accountId: account.id,
    goodThrough,
    amount: usd(principal.amount + interest + fees),
    principal: usd(principal.amount),
    interest: usd(interest),
    fees: usd(fees),
    perDiem: usd(perDiem),
    letterUrl: `https://documents.example.com/payoff-letters/${account.id}/${goodThrough}.pdf`,
  };
}

/** The account's payments still to come, soonest first. */
export function listScheduledPayments(ctx: LenderContext, accountId: string): PaymentReceipt[] {
  const account = requireAccount(ctx, accountId);
  return copy(ctx.store.payments.filter((p) => p.accountId === account.id && p.status === 'scheduled').sort((a, b) => a.date.localeCompare(b.date)));
}
