import { ProviderError, type Locale, type RevealedAccountNumber, type WaysToPay } from '@tessera/core';
import { copy, invalid, notFound, type LenderContext } from './context.js';

function requireLocale({ say }: LenderContext, locale: unknown): Locale {
  if (locale === 'en' || locale === 'es') return locale;
  const message = say.unsupportedLocale(String(locale));
  throw invalid(message, [{ field: 'locale', message }]);
}

/** Every way to pay in `locale`; with `accountId`, that account's masked number and whether it can be revealed. */
export function getWaysToPay(ctx: LenderContext, locale: Locale, accountId?: string): WaysToPay {
  const { store } = ctx;
  const answer: WaysToPay = { locale: requireLocale(ctx, locale), ways: copy(store.waysToPay[locale]) };
  if (accountId === undefined) return answer;
  const account = store.accounts.find((a) => a.id === accountId);
  if (!account) throw notFound(ctx, 'account', accountId);
  answer.account = { id: account.id, kind: account.kind, last4: account.last4, revealable: accountId in store.accountNumbers };
  return answer;
}

/** The full number of an account the lender reveals; `forbidden` for one it does not. */
export function revealAccountNumber(ctx: LenderContext, accountId: string): RevealedAccountNumber {
  const { store } = ctx;
  if (!store.accounts.some((a) => a.id === accountId)) throw notFound(ctx, 'account', accountId);
  const accountNumber = store.accountNumbers[accountId];
  if (accountNumber === undefined) throw new ProviderError('forbidden', ctx.say.faults.forbidden);
  return { accountId, accountNumber };
}
