import { formattingTag } from './locale.js';

/** Why a routing number is not valid. */
export type RoutingNumberProblem = 'empty' | 'not-digits' | 'length' | 'prefix' | 'checksum';

const ROUTING_PREFIXES = /^(0[0-9]|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)/;

/**
 * Checks an ABA routing number: nine digits, a Federal Reserve prefix, and the 3-7-1
 * checksum (which catches every single-digit mistake). Returns the problem or `null`.
 */
export function checkRoutingNumber(input: string): RoutingNumberProblem | null {
  const value = input.trim();
  if (value === '') return 'empty';
  if (!/^\d+$/.test(value)) return 'not-digits';
  if (value.length !== 9) return 'length';
  if (!ROUTING_PREFIXES.test(value)) return 'prefix';
  const d = [...value].map(Number);
  const sum =
    3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0 ? null : 'checksum';
}

export function isValidRoutingNumber(input: string): boolean {
  return checkRoutingNumber(input) === null;
}

export type AccountNumberProblem = 'empty' | 'not-digits' | 'too-short' | 'too-long';

/** Bank account numbers: 4 to 17 digits (spaces and hyphens people type are ignored). */
export function checkAccountNumber(input: string): AccountNumberProblem | null {
  const value = normalizeAccountNumber(input);
  if (value === '') return 'empty';
  if (!/^\d+$/.test(value)) return 'not-digits';
  if (value.length < 4) return 'too-short';
  if (value.length > 17) return 'too-long';
  return null;
}

export function normalizeAccountNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** `••••1234`: the only way a bank or card number is ever shown. */
export function maskLast4(last4OrNumber: string): string {
  return `••••${last4OrNumber.slice(-4)}`;
}

// ---------------------------------------------------------------------------
// Amounts

export type AmountProblem = 'empty' | 'invalid' | 'too-many-decimals' | 'not-positive' | 'too-large';

export type AmountParseResult = { ok: true; amount: number } | { ok: false; problem: AmountProblem };

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/** The group and decimal separators `Intl` uses for a language tag. */
export function numberSeparators(langTag: string): Separators {
  let separators = separatorCache.get(langTag);
  if (!separators) {
    const parts = new Intl.NumberFormat(formattingTag(langTag), { useGrouping: true }).formatToParts(1234567.8);
    separators = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(langTag, separators);
  }
  return separators;
}

const CURRENCY_PREFIX = /^(?:US\$|USD|\$)/;
const CURRENCY_SUFFIX = /(?:US\$|USD|\$)$/;

/** Amounts above this many whole units are refused, so minor units stay exact integers. */
const MAX_WHOLE_DIGITS = 12;

/**
 * Parses what a customer typed into integer minor units, per locale: `1,234.56` (en),
 * `1.234,56` or `1234,56` (es). Never uses floating point; never throws.
 */
export function parseAmount(input: string, langTag: string): AmountParseResult {
  const { group, decimal } = numberSeparators(langTag);
  // Every kind of space goes (Intl uses U+00A0 and U+202F); a currency sign may lead or
  // trail (`$25`, `25,00 US$`, `USD 25`), with a minus before or after a leading one.
  let text = input.replace(/[\s\u00a0\u202f]/g, '');
  let negative = false;
  const dropMinus = (): void => {
    if (!negative && /^[-\u2212]/.test(text)) {
      negative = true;
      text = text.slice(1);
    }
  };
  dropMinus();
  text = text.replace(CURRENCY_PREFIX, '');
  dropMinus();
  text = text.replace(CURRENCY_SUFFIX, '');
  if (text === '') return { ok: false, problem: negative ? 'invalid' : 'empty' };
  const groupChar = group === '\u00a0' || group === '\u202f' ? '' : group;
  const decimalIndex = text.lastIndexOf(decimal);
  const whole = decimalIndex === -1 ? text : text.slice(0, decimalIndex);
  const fraction = decimalIndex === -1 ? '' : text.slice(decimalIndex + 1);
  if (!/^\d*$/.test(fraction)) return { ok: false, problem: 'invalid' };
  const wholeDigits = validWhole(whole, groupChar);
  if (wholeDigits === null) return { ok: false, problem: 'invalid' };
  if (wholeDigits === '' && fraction === '') return { ok: false, problem: 'invalid' };
  if (fraction.length > 2) return { ok: false, problem: 'too-many-decimals' };
  const digits = wholeDigits.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'too-large' };
  const amount = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (negative || amount <= 0) return { ok: false, problem: 'not-positive' };
  return { ok: true, amount };
}

/** Plain digits, or digits grouped in threes with the locale's group separator. */
function validWhole(whole: string, group: string): string | null {
  if (/^\d*$/.test(whole)) return whole;
  if (!group) return null;
  const escaped = group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const grouped = new RegExp(`^\\d{1,3}(${escaped}\\d{3})+$`);
  return grouped.test(whole) ? whole.split(group).join('') : null;
}
