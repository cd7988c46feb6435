import type { MockStore } from '../store/index.js';
import { customerTexts, englishOnlyTexts, neutralTexts } from '../store/inventory.js';

/** One piece of text a widget shows or speaks: an element's own text, or one of its attributes. */
export interface Shown {
  text: string;
  /** Where: `<li part="factor">`, or `<button part="retry"> aria-label`. */
  where: string;
}

/** Attributes whose values a customer reads or hears. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label'];
const SKIPPED = new Set(['style', 'script', 'template']);
/** Bidi isolates and marks, zero-width characters and soft hyphens: invisible, and no word. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Text the widget marks as another language (`lang="en"` on "Search in English" and on the
 * English answers it leads to) is declared so, and a screen reader reads it in that
 * language: it is not English left in a Spanish render.
 */
const markedOtherThan = (el: Element | null, language: 'en' | 'es'): boolean => {
  const lang = el?.closest('[lang]')?.getAttribute('lang');
  return lang !== undefined && lang !== null && lang.toLowerCase().split(/[-_]/)[0] !== language;
};

const clean = (text: string): string => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

function describe(el: Element): string {
  const tag = (e: Element): string => {
    const part = e.getAttribute('part');
    return `<${e.localName}${part ? ` part="${part}"` : e.id ? ` id="${e.id}"` : ''}>`;
  };
  const named = el.parentElement?.closest('[part]');
  return el.hasAttribute('part') || !named ? tag(el) : `${tag(el)} in ${tag(named)}`;
}

/**
 * Everything a widget shows or speaks, in document order: each element's own text (its
 * direct text nodes, joined: a template binding splits one sentence into several nodes)
 * and the attributes read aloud, inside its shadow root and any nested one. Hidden
 * elements count: they show once opened, and some are read by screen readers.
 */
export function shownTexts(root: ShadowRoot, language: 'en' | 'es' = 'es'): Shown[] {
  const shown: Shown[] = [];
  const ownText = (node: Node): string =>
    clean([...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(''));
  const visit = (scope: ShadowRoot): void => {
    const top = ownText(scope);
    if (top) shown.push({ text: top, where: scope === root ? 'the shadow root' : `the shadow root of ${describe(scope.host)}` });
    for (const el of scope.querySelectorAll('*')) {
      if (SKIPPED.has(el.localName) || el.closest('style, script, template') || markedOtherThan(el, language)) continue;
      const own = ownText(el);
      if (own) shown.push({ text: own, where: describe(el) });
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = clean(el.getAttribute(name) ?? '');
        if (value) shown.push({ text: value, where: `${describe(el)} ${name}` });
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return shown;
}

/** All the text of a root as one string, so a sentence split over elements is found whole. */
export function wholeText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style, script, template') && !markedOtherThan(node.parentElement, 'es')) text += node.textContent ?? '';
  }
  return clean(text);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `needle` in `haystack`, not inside a longer word (`Good` is not in `Goodyear`). */
function containsWord(haystack: string, needle: string): boolean {
  if (!haystack.includes(needle)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/** Brands and product names a Spanish page shows as they are. */
const BRANDS = [
  /FICO®?(?:\s+(?:Auto|Bankcard))?(?:\s+Score)?/g,
  /VantageScore®?/g,
  /(?:TransUnion|Equifax|Experian)®?/g,
  /\b(?:Visa|Mastercard|American Express|Discover)\b/g,
  /\b(?:USPS|UPS|FedEx)\b/g,
];
const LINKS = [/\b[\w.+-]*@[\w-]+(?:\.[\w-]+)+\b/g, /\bhttps?:\/\/\S+/g, /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov)(?:\/\S*)?/g];

/**
 * English words that are no Spanish word: one of them in a Spanish render is English text,
 * whatever numbers or dates were filled into it (so the render in English, with other
 * dates, cannot hide it).
 */
const ENGLISH_WORDS = new Set(
  (
    'the and you your with for this that from will have been when what which our are was were can cannot ' +
    "can't don't won't isn't doesn't didn't would should could there their they into about after before until while " +
    'these those its here not any each every only more of to is it by or on at if be an in'
  ).split(' '),
);

/** A word of three letters or more, not an acronym (`CST`, `VIN`, `PIN`, `DMV` read the same in Spanish). */
const isWord = (word: string): boolean => word.length >= 3 && !/^\p{Lu}{2,5}$/u.test(word);
const wordsOf = (text: string): string[] => text.match(/[\p{L}'’]+/gu) ?? [];

let calendarWords: Set<string> | undefined;
/**
 * Month and weekday names, long and short, in both languages (from `Intl`, as widgets
 * format them), and `a. m.`/`p. m.`: a date filled into a text is not what it says.
 */
function isCalendarWord(word: string): boolean {
  if (!calendarWords) {
    calendarWords = new Set(['am', 'pm', 'a', 'p', 'm']);
    for (const tag of ['en-US', 'es-US']) {
      for (const style of ['long', 'short'] as const) {
        for (let i = 0; i < 12; i++) {
          const date = new Date(Date.UTC(2026, i, 1 + i));
          const month = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(date);
          const weekday = new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(date);
          for (const name of [month, weekday]) wordsOf(name).forEach((w) => calendarWords!.add(w.toLowerCase()));
        }
      }
    }
  }
  return calendarWords.has(word.toLowerCase());
}

/**
 * What a text says, as its words in order: without neutral text (names, brands, links),
 * numbers, amounts, masked numbers and dates. `Completed Nov 12, 2026` and `Completed 12
 * nov 2026` say the same; so do `Due $35.00` and `Due $1,284.37`.
 */
function saying(text: string, neutral: readonly string[]): string {
  return wordsOf(withoutNeutral(text, neutral))
    .filter((word) => !isCalendarWord(word))
    .join(' ');
}

/** What the store says a Spanish page may show as it is, and what it must never show. */
export interface StoreLanguage {
  /** English of the store whose Spanish differs. */
  english: string[];
  /** Names, nicknames, numbers and texts a test stored as plain strings: the same in both languages. */
  neutral: string[];
}

export function storeLanguage(store: MockStore): StoreLanguage {
  const plain = customerTexts(store).flatMap(({ text }) => (typeof text === 'string' ? [text.trim()] : []));
  // Longest first: a name inside a longer name is taken out after it.
  const neutral = [...new Set([...neutralTexts(store), ...plain])].filter(Boolean).sort((a, b) => b.length - a.length);
  return { english: englishOnlyTexts(store), neutral };
}

/** The text without what reads the same in both languages: neutral store text, brands, links. */
function withoutNeutral(text: string, neutral: readonly string[]): string {
  let rest = text;
  for (const value of neutral) if (rest.includes(value)) rest = rest.split(value).join(' ');
  for (const pattern of [...LINKS, ...BRANDS]) rest = rest.replace(pattern, ' ');
  return rest;
}

/** A finding: which rule, the text, and where it shows. */
export type Finding = string;

/**
 * English in a Spanish render:
 * - (store) an English text of the store whose Spanish differs, anywhere in the render;
 * - (same) text that says the same as a text of the English render of the same state,
 *   word for word, once neutral text (names, nicknames, banks, brands, links), numbers,
 *   amounts and dates are taken out (so an English sentence filled with a Spanish date is
 *   still caught);
 * - (words) an English word that is no Spanish word (`the`, `your`, `with`…), however the
 *   text around it was filled in.
 */
export function englishIn(spanish: ShadowRoot, english: ShadowRoot, store: MockStore): Finding[] {
  const { english: storeEnglish, neutral } = storeLanguage(store);
  const shown = shownTexts(spanish);
  const whole = wholeText(spanish);
  const findings: Finding[] = [];
  const found = storeEnglish.filter((text) => containsWord(whole, text) || shown.some((s) => containsWord(s.text, text)));
  for (const text of found) {
    // "Payments" inside "Payments and credits to your account" is one finding, not two.
    if (found.some((other) => other !== text && other.includes(text))) continue;
    const where = shown.find((s) => s.text.includes(text))?.where ?? 'the text';
    findings.push(`store English "${text}" in ${where}`);
  }
  const sayings = new Set(shownTexts(english, 'en').map((s) => saying(s.text, neutral)));
  const reported = new Set<string>();
  for (const { text, where } of shown) {
    const key = `${text}\n${where}`;
    if (reported.has(key) || found.includes(text)) continue;
    const said = saying(text, neutral);
    const englishWords = wordsOf(withoutNeutral(text, neutral)).filter((word) => ENGLISH_WORDS.has(word.toLowerCase().replace('’', "'")));
    if (sayings.has(said) && wordsOf(said).some(isWord)) findings.push(`the same in English: "${text}" in ${where}`);
    else if (englishWords.length > 0) findings.push(`English words (${englishWords.join(', ')}): "${text}" in ${where}`);
    else continue;
    reported.add(key);
  }
  return findings;
}
