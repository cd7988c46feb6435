/** A word of a text: its normalised form and where it sits in the original. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// The forgiving matcher's word rules, shared by help-faq's search and activity's filter.

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\0-\x7f]*$/;

/** Lowercase, accents removed: `Fraude Tarjeta Crédito` → `fraude tarjeta credito`. */
export function normalise(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a text with their offsets in the original string. */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: normalise(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * Typos allowed for a query word of this length: none below 4, one up to 7, two from 8.
 * A 3-letter word that begins no word of the FAQ may also miss one letter ("lok" → "lock").
 */
export function maxTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions). Stops
 * early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

