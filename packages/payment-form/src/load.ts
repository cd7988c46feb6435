import {
  listOf,
  assertShape,
  isAccount,
  isAutoPaySettings,
  isConfigurationError,
  isFundingAccount,
  isPaymentOptions,
  requireSlice,
  type Account,
  type Locale,
  type MethodOf,
  type PaymentsApi,
  type TesseraProvider,
} from '@tessera/core';
import type { PaymentMode } from './flow.js';
import type { Details } from './view.js';

// Provider answers are checked with core's shape guards (the REST provider's too): malformed
// data becomes an error, never a crash.
/** Lists leave an item that breaks a rule out (and report it); the others are shown. */
export const isAccountList = listOf(isAccount);
export const isFundingList = listOf(isFundingAccount);

/**
 * Every `payments` method the form calls in a mode, checked on load so that a missing one
 * is a configuration error before the customer starts, not after a click.
 * `lookupRoutingNumber` is optional: without it, the bank's name is not shown.
 */
export function paymentsMethods(mode: PaymentMode): Array<MethodOf<'payments'>> {
  const common: Array<MethodOf<'payments'>> = ['getPaymentOptions', 'listFundingAccounts', 'addFundingAccount'];
  return mode === 'autopay' ? [...common, 'getAutoPay', 'setAutoPay', 'cancelAutoPay'] : [...common, 'submitPayment'];
}

/** The accounts to pay: the one of `account-id`, else all of them. Checks the whole provider first. */
export async function loadAccounts(
  provider: TesseraProvider | undefined,
  accountId: string | undefined,
  mode: PaymentMode,
  signal: AbortSignal,
  locale: Locale,
): Promise<Account[]> {
  const accounts = requireSlice(provider, 'accounts', [accountId ? 'getAccount' : 'listAccounts']);
  requireSlice(provider, 'payments', paymentsMethods(mode));
  const options = { signal, locale };
  return accountId
    ? [assertShape(await accounts.getAccount(accountId, options), isAccount, 'account', 'accounts.getAccount')]
    : assertShape(await accounts.listAccounts(options), isAccountList, 'accounts', 'accounts.listAccounts');
}

/**
 * What the chosen account needs: its payment options, the saved bank accounts and its Auto
 * Pay enrollment (in one-time mode too when the provider can say, so a payment on top of
 * an automatic one is never a surprise).
 */
export async function loadDetails(
  provider: TesseraProvider | undefined,
  accountId: string | undefined,
  mode: PaymentMode,
  signal: AbortSignal,
  locale: Locale,
): Promise<Details | undefined> {
  if (!accountId) return undefined;
  let payments: PaymentsApi;
  try {
    payments = requireSlice(provider, 'payments', paymentsMethods(mode));
  } catch (error) {
    // The accounts load reports a configuration mistake, once.
    if (isConfigurationError(error)) return undefined;
    throw error;
  }
  const options = { signal, locale };
  const askAutopay = mode === 'autopay' || typeof payments.getAutoPay === 'function';
  const [paymentOptions, funding, autopay] = await Promise.all([
    payments.getPaymentOptions(accountId, options),
    payments.listFundingAccounts(options),
    askAutopay ? payments.getAutoPay(accountId, options) : undefined,
  ]);
  return {
    options: assertShape(paymentOptions, isPaymentOptions, 'payment options', 'payments.getPaymentOptions'),
    funding: assertShape(funding, isFundingList, 'bank accounts', 'payments.listFundingAccounts'),
    autopay: askAutopay ? assertShape(autopay, isAutoPaySettings, 'Auto Pay settings', 'payments.getAutoPay') : undefined,
    locale,
  };
}
