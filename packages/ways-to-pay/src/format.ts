import { formatMoney, type OpeningHours, type TimeZone, type WayToPayCost } from '@tessera/core';
import type { WaysToPayMessages } from './messages.js';

/** What a way costs, in a word or two: "Free", "$9.95 fee", "Fee varies". */
export function costLabel(cost: WayToPayCost, m: WaysToPayMessages, langTag: string): string {
  if (cost.type === 'free') return m.free;
  return cost.type === 'fee' ? m.fee(formatMoney(cost.amount, langTag)) : m.varies;
}

// 1 January 2023 was a Sunday: day N of the week is 1 + N January.
const dayDate = (day: number, hours = 0, minutes = 0): number => Date.UTC(2023, 0, 1 + day, hours, minutes);

/** Consecutive days joined as ranges: `[1,2,3,4,5]` → "Monday–Friday". */
function formatDays(days: readonly number[], langTag: string): string {
  const name = (day: number): string => new Intl.DateTimeFormat(langTag, { weekday: 'long', timeZone: 'UTC' }).format(dayDate(day));
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
  return new Intl.DateTimeFormat(langTag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(dayDate(0, hours, minutes));
}

/** The short name of a time zone, e.g. "CST"; empty when unknown. */
function zoneName(timeZone: TimeZone | undefined, langTag: string, now: Date): string {
  if (!timeZone) return '';
  try {
    return new Intl.DateTimeFormat(langTag, { timeZone, timeZoneName: 'short' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/**
 * One line of opening hours: "Monday–Friday, 7:00 AM – 9:00 PM CST". Around the clock
 * (equal times, or 00:00–23:59) reads `allDay`.
 */
export function formatHours(hours: OpeningHours, timeZone: TimeZone | undefined, langTag: string, allDay: string, now: Date): string {
  const { opens, closes, days } = hours;
  if (opens === closes || (opens === '00:00' && closes.startsWith('23:59'))) {
    return new Set(days).size === 7 ? allDay : `${formatDays(days, langTag)}, ${allDay.toLowerCase()}`;
  }
  const zone = zoneName(timeZone, langTag, now);
  return `${formatDays(days, langTag)}, ${formatClock(opens, langTag)} – ${formatClock(closes, langTag)}${zone ? ` ${zone}` : ''}`;
}

/** The number to dial: `1-888-555-0163` → `tel:18885550163`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** An `https:` URL, or undefined: provider links are never followed over other schemes. */
export function httpsHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
