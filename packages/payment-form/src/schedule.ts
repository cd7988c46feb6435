import { isBusinessDay, isIsoDate, nextBusinessDay, type IsoDate, type PaymentOptions } from '@tessera/core';

export interface DateBounds {
  min: IsoDate;
  max: IsoDate;
}

/**
 * The dates a customer may choose: the provider's window (its earliest date is already
 * past the lender's cutoff), narrowed by the host's `min-date`/`max-date`, starting on
 * a business day.
 */
export function dateBounds(options: PaymentOptions, minDate?: string | null, maxDate?: string | null): DateBounds {
  let min = options.earliestDate;
  let max = options.latestDate;
  if (isIsoDate(minDate) && minDate > min) min = minDate;
  if (isIsoDate(maxDate) && maxDate < max) max = maxDate;
  return { min: nextBusinessDay(min, options), max };
}

export type DateProblem = 'empty' | 'before' | 'after' | 'not-business-day';

export interface DateCheck {
  problem?: DateProblem;
  /** For a closed day: the next business day, when it is within bounds. */
  suggestion?: IsoDate;
}

export function checkDate(date: string, bounds: DateBounds, options: PaymentOptions): DateCheck {
  if (!isIsoDate(date)) return { problem: 'empty' };
  if (date < bounds.min) return { problem: 'before' };
  if (date > bounds.max) return { problem: 'after' };
  if (isBusinessDay(date, options)) return {};
  const next = nextBusinessDay(date, options);
  return next <= bounds.max ? { problem: 'not-business-day', suggestion: next } : { problem: 'not-business-day' };
}

/** Whether a payment on `date` posts by the due date; `undefined` when nothing is due. */
export function postsOnTime(date: IsoDate, dueDate: IsoDate | undefined): boolean | undefined {
  return dueDate ? date <= dueDate : undefined;
}

/** `HH:mm` → a localized time, e.g. `5:00 PM` (en) / `17:00` (es). */
export function formatCutoff(time: string, langTag: string): string {
  const [h, m] = time.split(':').map(Number);
  if (!Number.isInteger(h) || !Number.isInteger(m)) return time;
  return new Intl.DateTimeFormat(langTag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h, m),
  );
}
