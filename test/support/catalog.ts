// Checks on a widget's message catalog, for its unit tests.

/** One message: where it is in the catalog (`impact.helping`, `defaultAllowed.0`) and its text. */
export interface Message {
  path: string;
  text: string;
}

/**
 * Every message of a catalog as text: strings as they are, list items one by one, and
 * message functions called with stand-in arguments (numbers, which every message turns
 * into words around them).
 */
export function messagesOf(catalog: object, prefix = ''): Message[] {
  return Object.entries(catalog).flatMap(([key, value]): Message[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [{ path, text: value }];
    if (typeof value === 'function') {
      const args = Array.from({ length: Math.max(1, (value as (...a: number[]) => string).length) }, (_, i) => i + 2);
      return [{ path, text: String((value as (...a: number[]) => unknown)(...args)) }];
    }
    if (value !== null && typeof value === 'object') return messagesOf(value as object, path);
    return [];
  });
}

/**
 * The Spanish messages that read exactly as the English ones: English left in Spanish,
 * except the paths in `allowed` (brand names, which are the same in every language).
 */
export function untranslated(en: object, es: object, allowed: readonly string[] = []): string[] {
  const english = new Map(messagesOf(en).map((m) => [m.path, m.text]));
  return messagesOf(es)
    .filter((m) => !allowed.includes(m.path) && english.get(m.path) === m.text)
    .map((m) => `${m.path}: “${m.text}”`);
}

/** Common English words that no Spanish sentence holds. */
const ENGLISH_WORDS = /\b(the|and|your|you|with|to|of|is|are|on|for|this|not|can|will|we|our)\b/i;

/** The Spanish messages with English words in them (English left inside a translation). */
export function englishIn(es: object, allowed: readonly string[] = []): string[] {
  return messagesOf(es)
    .filter((m) => !allowed.includes(m.path) && ENGLISH_WORDS.test(m.text))
    .map((m) => `${m.path}: “${m.text}”`);
}
