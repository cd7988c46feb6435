import { zonedNow, type OpeningHours, type TimeZone } from '@tessera/core';

/**
 * Whether a channel is open at `now` in its own time zone. Hours that close at or before
 * they open run past midnight (`22:00`–`02:00`); equal times mean all day. Throws a
 * RangeError for an unknown time zone.
 */
export function isOpenAt(hours: readonly OpeningHours[], timeZone: TimeZone, now: Date): boolean {
  const { time, weekday } = zonedNow(timeZone, now);
  const yesterday = (weekday + 6) % 7;
  return hours.some(({ days, opens, closes }) =>
    opens < closes
      ? days.includes(weekday) && opens <= time && time < closes
      : (days.includes(weekday) && time >= opens) || (days.includes(yesterday) && time < closes),
  );
}

// One formatter per language tag and options: building an Intl.DateTimeFormat costs far more
// than formatting with it, and every channel of every instance formats days, clocks and zones.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(langTag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${langTag}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(langTag, options)));
  return format;
}

// 1 January 2023 was a Sunday: day N of the week is 1 + N January.
const dayDate = (day: number, hours = 0, minutes = 0): number => Date.UTC(2023, 0, 1 + day, hours, minutes);

/** Consecutive days joined as ranges: `[1,2,3,4,5,6]` → "Monday–Saturday". */
function formatDays(days: readonly number[], langTag: string): string {
  const name = (day: number): string =>
    dateTimeFormat(langTag, { weekday: 'long', timeZone: 'UTC' }).format(dayDate(day));
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
  return dateTimeFormat(langTag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    dayDate(0, hours, minutes),
  );
}

/** Whether hours run around the clock: equal times, or midnight to 23:59 as many backends write it. */
export const isAllDay = ({ opens, closes }: OpeningHours): boolean => opens === closes || (opens === '00:00' && closes.startsWith('23:59'));

/**
 * One line of opening hours, e.g. "Monday–Friday, 8:00 AM – 8:00 PM". Around-the-clock
 * hours read `allDay` ("Open 24 hours"), after the days unless they are every day.
 */
export function formatHours(hours: OpeningHours, langTag: string, allDay: string): string {
  if (isAllDay(hours)) return new Set(hours.days).size === 7 ? allDay : `${formatDays(hours.days, langTag)}, ${allDay.toLowerCase()}`;
  return `${formatDays(hours.days, langTag)}, ${formatClock(hours.opens, langTag)} – ${formatClock(hours.closes, langTag)}`;
}

/** The short name of a time zone at `now`, e.g. "CST"; empty when unknown. */
export function timeZoneName(timeZone: TimeZone, langTag: string, now: Date): string {
  return (
    dateTimeFormat(langTag, { timeZone, timeZoneName: 'short' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/** The number to dial for a displayed phone number: `1-555-0100` → `tel:15550100`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
