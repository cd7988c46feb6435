import type {
  Account,
  Card,
  CardAccount,
  CardLockPolicy,
  CreditScore,
  Locale,
  LocalizedText,
  ScoreBand,
  ScoreFactor,
  TitleCase,
  TitleStep,
  VehicleLoanAccount,
} from '@tessera/core';

/**
 * Text a customer reads, as the lender keeps it: `{ en, es }`, each language written for
 * its readers. A plain string reads the same in every language (a value a test writes).
 */
export type StoredText = LocalizedText;

/** An account as stored: its name in both languages. */
export type StoredAccount = (Omit<CardAccount, 'name'> | Omit<VehicleLoanAccount, 'name'>) & { name: StoredText };

/** A card as stored: why it cannot be locked, in both languages (a nickname is the customer's own). */
export interface StoredCard extends Omit<Card, 'notLockableReason'> {
  notLockableReason?: StoredText;
}

export interface StoredLockPolicy {
  allowedWhileLocked: StoredText[];
  blockedWhileLocked: StoredText[];
}

export interface StoredScoreBand extends Omit<ScoreBand, 'label'> {
  label?: StoredText;
}

export interface StoredScoreFactor extends Omit<ScoreFactor, 'text'> {
  text: StoredText;
}

/** A credit score as stored: band labels and key factors in both languages. */
export interface StoredCreditScore extends Omit<CreditScore, 'bands' | 'factors'> {
  bands?: StoredScoreBand[];
  factors: StoredScoreFactor[];
}

export interface StoredTitleStep extends Omit<TitleStep, 'note'> {
  note?: StoredText;
}

/** A title case as stored: step notes and guidance ("What to expect") in both languages. */
export interface StoredTitleCase extends Omit<TitleCase, 'steps' | 'guidance'> {
  steps: StoredTitleStep[];
  guidance?: StoredText[];
}

/** `{ en, es }` in one expression. */
export const both = (en: string, es: string): { en: string; es: string } => ({ en, es });

/** A stored text in `locale`; English when the lender has no version in that language. */
export function textIn(text: StoredText, locale: Locale): string {
  if (typeof text === 'string') return text;
  // A test may store anything to see a widget refuse it: what is not `{ en }` goes out as it is.
  if (typeof text !== 'object' || text === null || typeof text.en !== 'string') return text as unknown as string;
  return text[locale] ?? text.en;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Each text of a list in `locale` (a list that is not one goes out as it is). */
function textsIn(list: StoredText[], locale: Locale): string[] {
  const value: unknown = list;
  return Array.isArray(value) ? value.map((text: StoredText) => textIn(text, locale)) : (value as string[]);
}

/** Each item of a list, changed by `change` (a list, or an item, that is not one goes out as it is). */
function eachOf<T extends object, R>(list: T[], change: (item: T) => R): R[] {
  const value: unknown = list;
  if (!Array.isArray(value)) return value as R[];
  return value.map((item: unknown) => (typeof item === 'object' && item !== null ? change(item as T) : (item as R)));
}

/** An account as the lender answers it in `locale`. */
export function accountIn(account: StoredAccount, locale: Locale): Account {
  const answer: unknown = { ...copy(account), name: textIn(account.name, locale) };
  return answer as Account;
}

export function cardIn(card: StoredCard, locale: Locale): Card {
  const { notLockableReason, ...rest } = copy(card);
  return { ...rest, ...(notLockableReason !== undefined ? { notLockableReason: textIn(notLockableReason, locale) } : {}) };
}

export function lockPolicyIn(policy: StoredLockPolicy, locale: Locale): CardLockPolicy {
  return {
    ...copy(policy),
    allowedWhileLocked: textsIn(policy.allowedWhileLocked, locale),
    blockedWhileLocked: textsIn(policy.blockedWhileLocked, locale),
  };
}

export function creditScoreIn(score: StoredCreditScore, locale: Locale): CreditScore {
  const { bands, factors, ...rest } = copy(score);
  const labelled = ({ label, ...band }: StoredScoreBand): ScoreBand => ({ ...band, ...(label !== undefined ? { label: textIn(label, locale) } : {}) });
  return {
    ...rest,
    ...(bands !== undefined ? { bands: eachOf(bands, labelled) } : {}),
    factors: eachOf(factors, (factor) => ({ ...factor, text: textIn(factor.text, locale) })),
  };
}

export function titleIn(title: StoredTitleCase, locale: Locale): TitleCase {
  const { steps, guidance, ...rest } = copy(title);
  const noted = ({ note, ...step }: StoredTitleStep): TitleStep => ({ ...step, ...(note !== undefined ? { note: textIn(note, locale) } : {}) });
  return {
    ...rest,
    steps: eachOf(steps, noted),
    ...(guidance !== undefined ? { guidance: textsIn(guidance, locale) } : {}),
  };
}
