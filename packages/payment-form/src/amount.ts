import { parseAmount, type Account, type AmountProblem, type AutoPayRule, type Money, type PaymentAmountKind, type PaymentOptions } from '@tessera/core';

/** The amounts a customer can pick without typing, per account kind. */
export type PresetKey = PaymentAmountKind;

export interface Preset {
  key: PresetKey;
  amount: Money;
}

/** Card: minimum due, statement balance, current balance; vehicle loan: amount due, payoff. */
export function presetsFor(account: Account, maxAmount: number): Preset[] {
  const presets: Preset[] =
    account.kind === 'card'
      ? [
          { key: 'minimum-due', amount: account.minimumDue },
          { key: 'statement-balance', amount: account.statementBalance },
          { key: 'current-balance', amount: account.currentBalance },
        ]
      : [
          { key: 'amount-due', amount: account.amountDue },
          { key: 'payoff', amount: account.payoffAmount },
        ];
  // Nothing to pick when it is zero, or more than the lender accepts.
  return presets.filter((p) => p.amount.amount > 0 && p.amount.amount <= maxAmount);
}

/** The amount the form starts on: the lender's suggestion, else the amount due, else the first one offered. */
export function usualPreset(account: Account, options: PaymentOptions): PresetKey | undefined {
  const presets = presetsFor(account, options.maxAmount.amount);
  const wanted = [options.suggestedAmount, account.kind === 'card' ? 'minimum-due' : 'amount-due'];
  return (wanted.map((key) => presets.find((p) => p.key === key)).find(Boolean) ?? presets[0])?.key;
}

/** The Auto Pay rule the form starts on: the lender's suggestion when it is a rule, else the amount due. */
export function usualRule(account: Account, options: PaymentOptions): AutoPayRule {
  const rules = rulesFor(account);
  const suggested = rules.find((rule) => rule === options.suggestedAmount);
  return suggested ?? (account.kind === 'card' ? 'minimum-due' : 'amount-due');
}

/** What the customer should pay at least to avoid a late fee. */
export function minimumDue(account: Account): Money {
  return account.kind === 'card' ? account.minimumDue : account.amountDue;
}

/** The Auto Pay amount rules that make sense for an account kind. */
export function rulesFor(account: Account): AutoPayRule[] {
  return account.kind === 'card' ? ['minimum-due', 'statement-balance', 'fixed'] : ['amount-due', 'fixed'];
}

export type AmountCheck = { ok: true; amount: number } | { ok: false; problem: AmountProblem };

/**
 * The two amounts an `ambiguous` text (`1.234`) could mean, in minor units: the period as
 * a thousands group ($1,234.00), or as a decimal point, to the cent ($1.23).
 */
export function ambiguousReadings(input: string, langTag: string): { thousands: number; cents: number } | undefined {
  // An ambiguous text has one period and no comma: as a comma, it is the thousands reading.
  const read = parseAmount(input.replace('.', ','), langTag);
  return read.ok ? { thousands: read.amount, cents: Math.floor(read.amount / 1000) } : undefined;
}

/**
 * Parses a typed amount per locale and checks it against the largest payable amount.
 * Never throws; `too-large` covers both absurd input and amounts above `maxAmount`.
 */
export function checkAmount(input: string, langTag: string, maxAmount: number): AmountCheck {
  const parsed = parseAmount(input, langTag);
  if (parsed.ok && parsed.amount > maxAmount) return { ok: false, problem: 'too-large' };
  return parsed;
}
