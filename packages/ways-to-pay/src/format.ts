import { formatMoney, formatOpeningHours, isAllDay, timeZoneName, type OpeningHours, type TimeZone, type WayToPayCost } from '@tessera/core';
import type { WaysToPayMessages } from './messages.js';

/** What a way costs, in a word or two: "Free", "$9.95 fee", "Fee varies". */
export function costLabel(cost: WayToPayCost, m: WaysToPayMessages, langTag: string): string {
  if (cost.type === 'free') return m.free;
  return cost.type === 'fee' ? m.fee(formatMoney(cost.amount, langTag)) : m.varies;
}

/**
 * One line of opening hours: "Monday–Friday, 7:00 AM – 9:00 PM CST". Around the clock
 * (equal times, or 00:00–23:59) reads `allDay`.
 */
export function formatHours(hours: OpeningHours, timeZone: TimeZone | undefined, langTag: string, allDay: string, now: Date): string {
  const zone = timeZone && !isAllDay(hours) ? timeZoneName(timeZone, langTag, now) : '';
  return formatOpeningHours(hours, langTag, allDay) + (zone ? ` ${zone}` : '');
}

export { telHref } from '@tessera/core';

/** An `https:` URL, or undefined: provider links are never followed over other schemes. */
export function httpsHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
