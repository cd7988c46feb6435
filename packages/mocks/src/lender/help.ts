import type { ContactChannel, Faq, Locale } from '@tessera/core';
import { copy, invalid, notFound, type LenderContext } from './context.js';

function requireLocale({ say }: LenderContext, locale: unknown): Locale {
  if (locale === 'en' || locale === 'es') return locale;
  const message = say.unsupportedLocale(String(locale));
  throw invalid(message, [{ field: 'locale', message }]);
}

/** The FAQ in the language asked for by argument (the call's own locale says only what messages are in). */
export function getFaq(ctx: LenderContext, locale: Locale): Faq {
  return copy(ctx.store.faq[requireLocale(ctx, locale)]);
}

export function getContactChannels(ctx: LenderContext, locale: Locale): ContactChannel[] {
  return copy(ctx.store.contactChannels[requireLocale(ctx, locale)]);
}

export function sendFeedback(ctx: LenderContext, entryId: string, helpful: boolean): void {
  const { store, say } = ctx;
  const known = Object.values(store.faq).some((faq) => faq.entries.some((e) => e.id === entryId));
  if (!known) throw notFound(ctx, 'faq-entry', entryId);
  if (typeof helpful !== 'boolean') {
    throw invalid(say.sayHelpful, [{ field: 'helpful', message: say.chooseYesNo }]);
  }
  store.feedback.push({ entryId, helpful });
}
