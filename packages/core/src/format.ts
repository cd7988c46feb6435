import { formattingTag } from './locale.js';
import type { IsoDate, IsoInstant, Money, OpeningHours, TimeZone } from './types.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

// Tags go through formattingTag: US conventions in the customer's language, and `Intl`
// never sees a page's raw `lang` (it throws on a tag like `en_US`).
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${formattingTag(tag)}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(formattingTag(tag), options)));
  return format;
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${formattingTag(tag)}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(formattingTag(tag), options)));
  return format;
}

// Long lists (a thousand transactions) format the same dates and amounts again on every
// update: the texts are kept, so an appended page costs its own rows, not every row's `Intl` call.
const texts = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 5000) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

/** Formats integer minor units as currency, e.g. `{ amount: 123456 }` → `$1,234.56`. */
export function formatMoney(money: Money, langTag: string): string {
  return remembered(`m|${langTag}|${money.currency}|${money.amount}`, () => numberFormat(langTag, { style: 'currency', currency: money.currency }).format(money.amount / 100));
}

/** Formats minor units as a plain number for an input, e.g. `123456` → `1234.56` (no grouping, a period in both languages). */
export function formatAmountInput(amount: number, langTag: string): string {
  return numberFormat(langTag, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
    amount / 100,
  );
}

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { month: 'short', day: 'numeric' },
  weekday: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * Formats a calendar date without shifting it through the local time zone: `2026-01-01`
 * is January 1 for every viewer. Text that is not a real `YYYY-MM-DD` date is returned
 * as it is, so bad provider data shows up instead of crashing a widget.
 */
export function formatDate(date: IsoDate, langTag: string, style: DateStyle = 'medium'): string {
  if (!isIsoDate(date)) return String(date);
  return remembered(`d|${langTag}|${style}|${date}`, () => dateFormat(langTag, { ...DATE_STYLES[style], timeZone: 'UTC' }).format(isoDateToUtc(date)));
}

/**
 * Formats a date range, e.g. `Mar 4 – 18`. When either end is not a real date, the two
 * texts are joined with an en dash as they are.
 */
export function formatDateRange(from: IsoDate, to: IsoDate, langTag: string, style: DateStyle = 'short'): string {
  if (!isIsoDate(from) || !isIsoDate(to)) return `${String(from)} – ${String(to)}`;
  return dateFormat(langTag, { ...DATE_STYLES[style], timeZone: 'UTC' }).formatRange(isoDateToUtc(from), isoDateToUtc(to));
}

/**
 * Formats an instant with date and time, in `timeZone` (default: the viewer's). Text that
 * is not a valid instant is returned as it is; an unknown time zone throws a RangeError.
 */
export function formatInstant(instant: IsoInstant, langTag: string, timeZone?: TimeZone): string {
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return String(instant);
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  return dateFormat(langTag, options).format(value);
}

/** Formats a signed integer with an explicit sign as the locale writes it: `+12`, `-8`. */
export function formatSigned(value: number, langTag: string): string {
  return numberFormat(langTag, { signDisplay: 'exceptZero' }).format(value);
}

// ---------------------------------------------------------------------------
// Calendar dates

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = isoDateToUtc(value);
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() + 1 === Number(match[2]) && date.getUTCDate() === Number(match[3]);
}

function isoDateToUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  const value = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  value.setUTCFullYear(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return value;
}

function utcToIsoDate(date: Date): IsoDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const value = isoDateToUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return utcToIsoDate(value);
}

/** Day of the week, 0 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  return isoDateToUtc(date).getUTCDay();
}

/** Negative, zero or positive, like a sort comparator. ISO dates compare as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoDateToUtc(to).getTime() - isoDateToUtc(from).getTime()) / 86_400_000);
}

/** The calendar date and `HH:mm` time at `now` in a time zone. */
export function zonedNow(timeZone: TimeZone, now: Date = new Date()): { date: IsoDate; time: string; weekday: number } {
  const parts = dateFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  return { date, time: `${get('hour')}:${get('minute')}`, weekday: dayOfWeek(date) };
}

// 1 January 2023 was a Sunday: day N of the week is 1 + N January.
const dayDate = (day: number, hours = 0, minutes = 0): number => Date.UTC(2023, 0, 1 + day, hours, minutes);

/** Consecutive days joined as ranges: `[1,2,3,4,5,6]` → "Monday–Saturday". */
function formatDays(days: readonly number[], langTag: string): string {
  const name = (day: number): string => dateFormat(langTag, { weekday: 'long', timeZone: 'UTC' }).format(dayDate(day));
  const runs: number[][] = [];
  for (const day of [...new Set(days)].sort()) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 1 ? `${name(run[0]!)}–${name(run[run.length - 1]!)}` : name(run[0]!))).join(', ');
}

function formatClock(clock: string, langTag: string): string {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return dateFormat(langTag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(dayDate(0, hours, minutes));
}

/** Whether hours run around the clock: equal times, or midnight to 23:59 as many backends write it. */
export const isAllDay = ({ opens, closes }: OpeningHours): boolean => opens === closes || (opens === '00:00' && closes.startsWith('23:59'));

/**
 * One line of opening hours, e.g. "Monday–Friday, 8:00 AM – 8:00 PM". Around-the-clock
 * hours read `allDay` ("Open 24 hours"), after the days unless they are every day.
 */
export function formatOpeningHours(hours: OpeningHours, langTag: string, allDay: string): string {
  if (isAllDay(hours)) return new Set(hours.days).size === 7 ? allDay : `${formatDays(hours.days, langTag)}, ${allDay.toLowerCase()}`;
  return `${formatDays(hours.days, langTag)}, ${formatClock(hours.opens, langTag)} – ${formatClock(hours.closes, langTag)}`;
}

/** The short name of a time zone at `now`, e.g. "CST"; empty for a zone `Intl` does not know. */
export function timeZoneName(timeZone: TimeZone, langTag: string, now: Date): string {
  try {
    return dateFormat(langTag, { timeZone, timeZoneName: 'short' }).formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** The number to dial for a displayed phone number: `1-555-0100` → `tel:15550100`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export interface BusinessCalendar {
  holidays: readonly IsoDate[];
  weekendProcessing?: boolean;
}

export function isBusinessDay(date: IsoDate, calendar: BusinessCalendar): boolean {
  const weekday = dayOfWeek(date);
  if (!calendar.weekendProcessing && (weekday === 0 || weekday === 6)) return false;
  return !calendar.holidays.includes(date);
}

/** The first business day on or after `date`. */
export function nextBusinessDay(date: IsoDate, calendar: BusinessCalendar): IsoDate {
  let day = date;
  for (let i = 0; i < 366 && !isBusinessDay(day, calendar); i++) day = addDays(day, 1);
  return day;
}

/** The business day `days` business days before `date` (`date` itself when 0). */
export function businessDaysBefore(date: IsoDate, days: number, calendar: BusinessCalendar): IsoDate {
  let day = date;
  for (let left = days, i = 0; left > 0 && i < 366; i++) {
    day = addDays(day, -1);
    if (isBusinessDay(day, calendar)) left -= 1;
  }
  return day;
}
