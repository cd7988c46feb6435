import { isTitleCase, listOf, rule, type Guard, type IsoDate, type TitleCase, type TitleStep } from '@tessera/core';

/** A step's status as shown: the provider's status, or `delayed` when it is past its estimate. */
export type ShownStepStatus = 'done' | 'current' | 'upcoming' | 'delayed';

/** A title case as the widget needs it: core's shape, with at least one step. */
const hasSteps = rule<TitleCase>('a title case with at least one step', (v) => (v as TitleCase).steps.length > 0);
export const isTrackableTitle: Guard<TitleCase> = (v): v is TitleCase => isTitleCase(v) && hasSteps(v);
/** A title case that breaks a rule is left out of the list (and reported); the others are shown. */
export const isTitleList = listOf(isTrackableTitle);

/** The calendar date of `now` in the viewer's time zone. */
export function localToday(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A step not done yet whose estimate (its end, or its only date) is before today is delayed. */
export function shownStatus(step: TitleStep, today: IsoDate): ShownStepStatus {
  const due = step.estimate && (step.estimate.to ?? step.estimate.from);
  return step.status !== 'done' && due && due < today ? 'delayed' : step.status;
}

/** The step the title is at: the current one, else the first upcoming, else the last. */
export function stepNow(title: TitleCase): TitleStep {
  return (
    title.steps.find((s) => s.status === 'current') ??
    title.steps.find((s) => s.status === 'upcoming') ??
    (title.steps[title.steps.length - 1] as TitleStep)
  );
}

/**
 * The vehicle shown expanded when the list loads: the title still on its way with the latest
 * payoff, else the latest payoff. It is listed first; the others keep the provider's order.
 */
export function featuredFirst(titles: TitleCase[]): TitleCase[] {
  const rank = (t: TitleCase): string => `${stepNow(t).status === 'done' ? 0 : 1}${t.payoffDate}`;
  const featured = titles.reduce<TitleCase | undefined>((best, t) => (!best || rank(t) > rank(best) ? t : best), undefined);
  return featured ? [featured, ...titles.filter((t) => t !== featured)] : titles;
}

const BASE = 'http://relative.invalid/';

/** True for an absolute http(s) URL: the only provider links ever rendered. */
/** True for an http(s) URL or a relative one (the host's own page). */
export function isSafeHref(href: string | undefined): href is string {
  return !!href && URL.canParse(href, BASE) && /^https?:$/.test(new URL(href, BASE).protocol);
}
