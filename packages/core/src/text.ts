import { html, type TemplateResult } from 'lit';
import type { Locale, LocalizedText } from './types.js';
import { maskLast4 } from './validate.js';

/**
 * Provider text, isolated: whatever direction it is written in and whatever bidirectional
 * controls it holds (an unclosed RIGHT-TO-LEFT OVERRIDE), it cannot reorder the masked
 * numbers, amounts and dates beside it. Rendered as text, never as HTML.
 */
export function providerText(value: string | undefined): TemplateResult {
  return html`<bdi class=${UNBROKEN_RUN.test(value ?? '') ? 'provider-text unbroken' : 'provider-text'}>${value ?? ''}</bdi>`;
}

/**
 * A run without a space longer than a narrow line holds. WebKit sizes such a word as
 * unbreakable when it mixes directions or scripts (a Latin word holding one Arabic letter
 * and an emoji made card-lock 824 px wide at 320 px), whatever `overflow-wrap` says; core's
 * theme lets text with such a run break anywhere (`line-break: anywhere`). Ordinary text
 * keeps breaking between words.
 */
const UNBROKEN_RUN = /\S{28}/;

/**
 * A masked account or card number, `••••1942`: always left to right, isolated from the
 * text around it and never broken across lines (core's theme styles), so the customer
 * reads the digits they check.
 */
export function maskedNumber(last4OrNumber: string): TemplateResult {
  return html`<span class="masked" dir="ltr">${maskLast4(last4OrNumber)}</span>`;
}


/**
 * Provider text inside a string (an `<option>`, a message, an announcement), where no
 * element can isolate it: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which
 * also closes any override the text left open.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/** A masked number inside a string: `••••1942` between LEFT-TO-RIGHT ISOLATE and its pop. */
export function maskedText(last4OrNumber: string): string {
  return `\u2066${maskLast4(last4OrNumber)}\u2069`;
}

/**
 * A lender's wording in `locale` when it has it, else in the language it has, with that
 * language (`lang`) so it can be marked up. A plain string is in the language it was asked
 * for (`askedIn`, when known).
 */
export function localized(
  value: LocalizedText | undefined,
  locale: Locale,
  askedIn?: Locale,
): { text: string; lang: Locale | undefined } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: askedIn };
  const text = value[locale];
  return text !== undefined ? { text, lang: locale } : { text: value.en, lang: 'en' };
}
