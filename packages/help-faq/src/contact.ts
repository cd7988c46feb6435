import { zonedNow, type OpeningHours, type TimeZone } from '@tessera/core';

export { formatOpeningHours as formatHours, isAllDay, telHref, timeZoneName } from '@tessera/core';

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
