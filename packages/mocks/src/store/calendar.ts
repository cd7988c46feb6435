import { addDays, dayOfWeek, nextBusinessDay, zonedNow, type IsoDate, type IsoInstant } from '@tessera/core';

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The `n`th (1-based) `weekday` of a month; `n = -1` is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n > 0) {
    const first = iso(year, month, 1);
    const offset = (weekday - dayOfWeek(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  const last = addDays(iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

/**
 * Federal Reserve holidays, when ACH payments are not processed. A holiday on a Sunday
 * is observed on Monday; one on a Saturday is not moved (the Fed is open that Friday).
 */
export function federalHolidays(year: number): IsoDate[] {
  const fixed = [iso(year, 1, 1), iso(year, 6, 19), iso(year, 7, 4), iso(year, 11, 11), iso(year, 12, 25)];
  const observed = fixed
    .map((date) => (dayOfWeek(date) === 0 ? addDays(date, 1) : date))
    .filter((date) => dayOfWeek(date) !== 6);
  const floating = [
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
  ];
  return [...observed, ...floating].sort();
}

/** Holidays for the year of `today` and the next one. */
export function holidaysAround(today: IsoDate): IsoDate[] {
  const year = Number(today.slice(0, 4));
  return [...federalHolidays(year), ...federalHolidays(year + 1)];
}

/** The first business day after `today`: the store's clock stands past today's cutoff. */
export function firstBusinessDayAfter(today: IsoDate, holidays: readonly IsoDate[]): IsoDate {
  return nextBusinessDay(addDays(today, 1), { holidays });
}

/** The 15th of the month on or before `today` (when monthly credit data refreshes). */
export function lastRefreshDay(today: IsoDate): IsoDate {
  const day = Number(today.slice(8, 10));
  const fifteenth = `${today.slice(0, 7)}-15`;
  return day >= 15 ? fifteenth : addMonths(fifteenth, -1);
}

/** Same day of the month, `months` later (days past 28 are not used here). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return iso(y, m + 1, Number(date.slice(8, 10)));
}

/** The instant a wall-clock `HH:mm` on `date` is in `timeZone` (`17:00` in Chicago → `23:00Z` in winter). */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): IsoInstant {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // The zone's offset at about that moment: what its clock reads when UTC reads `wall`.
  const seen = zonedNow(timeZone, new Date(wall));
  const [sy, sm, sd] = seen.date.split('-').map(Number) as [number, number, number];
  const [sh, smin] = seen.time.split(':').map(Number) as [number, number];
  const offset = Date.UTC(sy, sm - 1, sd, sh, smin) - wall;
  return new Date(wall - offset).toISOString().replace('.000Z', 'Z');
}
