import { addDays, daysBetween, zonedNow, type IsoDate, type TimeZone } from '@tessera/core';

/** Where a charge stands against the Fair Credit Billing Act's window. */
export interface DisputeClock {
  /** The last day to dispute; absent while the charge is on no statement yet. */
  lastDay?: IsoDate;
  /** Days left, counting today as day 0 of the last day (0: today is the last day); negative once past. */
  daysLeft?: number;
  /** Past the window: a dispute is still taken, with protections that may be reduced. */
  late: boolean;
}

/** Today in the lender's calendar (its time zone), which is the calendar the window is counted in. */
export function lenderToday(timeZone: TimeZone, now: Date): IsoDate {
  return zonedNow(timeZone, now).date;
}

/**
 * The window: `windowDays` (60) calendar days after the statement that first showed the
 * charge was sent. Day 60 is the last day; day 61 is late.
 */
export function disputeClock(statementDate: IsoDate | undefined, today: IsoDate, windowDays = 60): DisputeClock {
  if (!statementDate) return { late: false };
  const lastDay = addDays(statementDate, windowDays);
  const daysLeft = daysBetween(today, lastDay);
  return { lastDay, daysLeft, late: daysLeft < 0 };
}
