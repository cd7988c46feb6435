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

/**
 * Why a typed amount cannot be read. `ambiguous`: a single period followed by exactly
 * three digits (`1.234`), which one reader takes for a thousands group and another for a
 * decimal point; the customer has to say which.
 */
export type AmountProblem = 'empty' | 'invalid' | 'too-many-decimals' | 'not-positive' | 'too-large' | 'ambiguous';

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
 * Parses what a customer typed into integer minor units. Never uses floating point; never
 * throws. Both ways of writing decimals are read, in every language, when the text says
 * which it is:
 *
 * - both marks: the last one is the decimal mark, the other groups thousands
 *   (`1,234.56`, `1.234,56`);
 * - one mark used more than once groups thousands (`1,234,567`, `1.234.567`);
 * - one mark used once is a decimal mark (`100.50`, `100,50`, `12,5`), except before
 *   exactly three digits after one to three digits, a thousands group: the locale's group
 *   separator (a comma, with the US conventions every language formats with) groups
 *   (`1,234` is 1234), and the other mark is `ambiguous` (`1.234`).
 *
 * Spaces of any kind are dropped (`1 234,56`); a currency sign may lead or trail.
 */
export function parseAmount(input: string, langTag: string): AmountParseResult {
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
  if (!/^[\d.,]+$/.test(text)) return { ok: false, problem: 'invalid' };
  const split = splitAmount(text, thousandsMark(langTag));
  if (typeof split === 'string') return { ok: false, problem: split };
  const { whole, fraction } = split;
  if (whole === '' && fraction === '') return { ok: false, problem: 'invalid' };
  if (fraction.length > 2) return { ok: false, problem: 'too-many-decimals' };
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'too-large' };
  const amount = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (negative || amount <= 0) return { ok: false, problem: 'not-positive' };
  return { ok: true, amount };
}

/** The mark that groups thousands when one mark stands before three digits: the locale's, else a comma. */
function thousandsMark(langTag: string): '.' | ',' {
  return numberSeparators(langTag).group === '.' ? '.' : ',';
}

/** Whole digits (groups removed) and fraction digits of text made of digits, `.` and `,` only. */
function splitAmount(text: string, thousands: '.' | ','): { whole: string; fraction: string } | 'invalid' | 'ambiguous' {
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (last === -1) return { whole: text, fraction: '' };
  const mark = text[last] === '.' ? '.' : ',';
  const other = mark === '.' ? ',' : '.';
  const count = text.split(mark).length - 1;
  if (text.includes(other)) {
    // Both marks: the last is the decimal mark, used once; the other groups the whole part.
    if (count > 1) return 'invalid';
    const whole = ungroup(text.slice(0, last), other);
    return whole === null ? 'invalid' : { whole, fraction: text.slice(last + 1) };
  }
  if (count > 1) {
    const whole = ungroup(text, mark);
    return whole === null ? 'invalid' : { whole, fraction: '' };
  }
  const before = text.slice(0, last);
  const after = text.slice(last + 1);
  if (/^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after)) {
    return mark === thousands ? { whole: before + after, fraction: '' } : 'ambiguous';
  }
  return { whole: before, fraction: after };
}

/** Plain digits, or digits grouped in threes with `group`; `null` when the groups are misplaced. */
function ungroup(whole: string, group: '.' | ','): string | null {
  if (/^\d*$/.test(whole)) return whole;
  const grouped = group === '.' ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/;
  return grouped.test(whole) ? whole.split(group).join('') : null;
}
