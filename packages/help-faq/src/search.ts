import { editDistance, maxTypos, normalise, tokenize, type FaqEntry, type RichBlock, type RichInline, type Token } from '@tessera/core';

export { editDistance, maxTypos, normalise, tokenize, type Token };

/** A half-open range `[start, end)` of UTF-16 offsets in the original text. */
export interface TextRange {
  start: number;
  end: number;
}


interface IndexedEntry {
  entry: FaqEntry;
  question: Token[];
  /** The provider's keywords for the entry: searched, never shown. */
  keywords: Token[];
  /** The answer's text segments ({@link richTexts}) and one token list per segment. */
  texts: string[];
  answer: Token[][];
}

/** Built once per FAQ load; {@link searchFaq} runs against it on every keystroke. */
export interface FaqIndex {
  readonly items: readonly IndexedEntry[];
  /** Every distinct single word, for typo and prefix matching. */
  readonly words: readonly string[];
  /** Adjacent word pairs written together ("auto pay" → "autopay"), exact and prefix only. */
  readonly pairs: readonly string[];
}

export interface SearchHit {
  entry: FaqEntry;
  /** Higher is better: a question match outranks keyword matches, which outrank answer matches. */
  score: number;
  /** Ranges to highlight in the question. */
  question: TextRange[];
  /** Ranges to highlight per answer text segment ({@link richTexts} order). */
  answer: TextRange[][];
}

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const ASCII_WORD = /^[a-z\d]*$/i;

/** The text segments of an answer, in reading order: what search indexes and highlights. */
export function richTexts(blocks: readonly RichBlock[]): string[] {
  const texts: string[] = [];
  const add = (inlines: readonly RichInline[]): void => {
    for (const inline of inlines) texts.push(typeof inline === 'string' ? inline : inline.text);
  };
  for (const block of blocks) {
    if (block.type === 'list') block.items.forEach(add);
    else add(block.content);
  }
  return texts;
}

function withPairs(tokens: Token[]): Token[] {
  const pairs: Token[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1]!, tokens[i]!];
    pairs.push({ word: a.word + b.word, start: a.start, end: b.end });
  }
  return tokens.concat(pairs);
}

/** Indexes the entries' questions, keywords and answers. Call once per FAQ load. */
export function buildSearchIndex(entries: readonly FaqEntry[]): FaqIndex {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const collect = (text: string): Token[] => {
    const tokens = tokenize(text);
    for (const token of tokens) words.add(token.word);
    const all = withPairs(tokens);
    for (let i = tokens.length; i < all.length; i++) pairs.add(all[i]!.word);
    return all;
  };
  const items = entries.map((entry) => {
    const texts = richTexts(entry.answer);
    return { entry, question: collect(entry.question), keywords: (entry.keywords ?? []).flatMap(collect), texts, answer: texts.map(collect) };
  });
  return { items, words: [...words], pairs: [...pairs] };
}

/** For each matching index word, its quality per query word: 3 exact, 2 prefix, 1 typo, 0 none. */
type Matches = Map<string, number[]>;

function matchWords(index: FaqIndex, terms: string[]): Matches {
  const matches: Matches = new Map();
  const note = (word: string, i: number, quality: number): void => {
    let qualities = matches.get(word);
    if (!qualities) matches.set(word, (qualities = terms.map(() => 0)));
    qualities[i] = Math.max(qualities[i]!, quality);
  };
  terms.forEach((term, i) => {
    const typos = maxTypos(term.length);
    let begins = false;
    for (const word of index.words) {
      if (word.startsWith(term)) {
        note(word, i, word === term ? 3 : 2);
        begins = true;
      } else if (typos && editDistance(term, word, typos) <= typos) note(word, i, 1);
    }
    for (const pair of index.pairs) if (pair.startsWith(term)) note(pair, i, pair === term ? 3 : 2);
    // A 3-letter word that begins no word may miss one letter ("lok" → "lock"); no other
    // typo, so that "cam" does not find "can" and short words do not find everything.
    if (!begins && term.length === 3) for (const word of index.words) if (word.length === 4 && editDistance(term, word, 1) === 1) note(word, i, 1);
  });
  return matches;
}

/** Offset where the first `length` normalised characters of a word end in the original. */
function prefixEnd(text: string, token: Token, length: number): number {
  const original = text.slice(token.start, token.end);
  if (ASCII_WORD.test(original)) return token.start + length;
  let at = token.start;
  let count = 0;
  for (const char of original) {
    if (count >= length && !MARK.test(char)) break;
    if (LETTER.test(char)) count += normalise(char).length;
    at += char.length;
  }
  return at;
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}

/** Raises `best` to the best quality per query word found in these tokens. */
function grade(tokens: Token[], matches: Matches, best: number[]): void {
  for (const token of tokens) {
    matches.get(token.word)?.forEach((quality, i) => {
      if (quality > best[i]!) best[i] = quality;
    });
  }
}

/** What to highlight: whole words, or the typed beginning of words matched by prefix. */
function ranges(text: string, tokens: Token[], terms: string[], matches: Matches): TextRange[] {
  const found: TextRange[] = [];
  for (const token of tokens) {
    const qualities = matches.get(token.word);
    if (!qualities) continue;
    let end = token.start;
    qualities.forEach((quality, i) => {
      if (quality) end = Math.max(end, quality === 2 ? prefixEnd(text, token, terms[i]!.length) : token.end);
    });
    found.push({ start: token.start, end });
  }
  return merge(found);
}

/**
 * Entries matching every word of the query (exact, prefix, or within the typo allowance) in
 * their question, keywords or answer, best first: question matches outrank keyword matches,
 * which outrank answer matches; exact outranks prefix outranks typo; ties keep the FAQ's
 * order. An empty query returns every entry.
 */
export function searchFaq(index: FaqIndex, query: string): SearchHit[] {
  const terms = [...new Set(tokenize(query).map((t) => t.word))];
  if (!terms.length) return index.items.map(({ entry }) => ({ entry, score: 0, question: [], answer: [] }));
  const matches = matchWords(index, terms);
  const hits: SearchHit[] = [];
  for (const item of index.items) {
    const inQuestion = terms.map(() => 0);
    const inKeywords = terms.map(() => 0);
    const inAnswer = terms.map(() => 0);
    grade(item.question, matches, inQuestion);
    grade(item.keywords, matches, inKeywords);
    for (const tokens of item.answer) grade(tokens, matches, inAnswer);
    if (!terms.every((_, i) => inQuestion[i] || inKeywords[i] || inAnswer[i])) continue;
    hits.push({
      entry: item.entry,
      score: terms.reduce((sum, _, i) => sum + inQuestion[i]! * 100 + inKeywords[i]! * 10 + inAnswer[i]!, 0),
      question: ranges(item.entry.question, item.question, terms, matches),
      answer: item.answer.map((tokens, i) => ranges(item.texts[i]!, tokens, terms, matches)),
    });
  }
  return hits.sort((a, b) => b.score - a.score);
}
