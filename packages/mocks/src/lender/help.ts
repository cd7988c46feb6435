import type { ContactChannel, Faq, Locale } from '@tessera/core';
import { copy, invalid, notFound, type LenderContext } from './context.js';

function requireLocale(locale: unknown): Locale {
  if (locale === 'en' || locale === 'es') return locale;
  const message = `Unsupported locale "${String(locale)}": use en or es.`;
  throw invalid(message, [{ field: 'locale', message }]);
}

export function getFaq({ store }: LenderContext, locale: Locale): Faq {
  return copy(store.faq[requireLocale(locale)]);
}

export function getContactChannels({ store }: LenderContext, locale: Locale): ContactChannel[] {
  return copy(store.contactChannels[requireLocale(locale)]);
}

export function sendFeedback({ store }: LenderContext, entryId: string, helpful: boolean): void {
  const known = Object.values(store.faq).some((faq) => faq.entries.some((e) => e.id === entryId));
  if (!known) throw notFound('FAQ entry', entryId);
  if (typeof helpful !== 'boolean') {
    throw invalid('Say whether the answer helped.', [{ field: 'helpful', message: 'Choose yes or no.' }]);
  }
  store.feedback.push({ entryId, helpful });
}
