import { assertShape, isFaq, leftOutOf, requireSlice, type Faq, type FaqEntry, type FaqTopic, type Locale, type TesseraProvider } from '@tessera/core';
import { buildSearchIndex, searchFaq, type FaqIndex, type SearchHit } from './search.js';

/**
 * How many questions the first view shows before "Show all N questions". The loading
 * skeleton reserves exactly this many rows, so the ready view takes the skeleton's place
 * without a jump.
 */
export const FIRST_VIEW_COUNT = 5;

/** A loaded FAQ with its search index. */
export interface LoadedFaq {
  faq: Faq;
  index: FaqIndex;
  /** Entry id → position, for DOM ids that are valid whatever the entry ids look like. */
  keys: Map<string, number>;
  /** Topics and entries left out because their data broke a rule. */
  leftOut: number;
}

/** The search index is built on the first search: most views never search (it was a third of a render). */
export function loadedFaq(faq: Faq, leftOut: number): LoadedFaq {
  let index: FaqIndex | undefined;
  return {
    faq,
    get index() {
      return (index ??= buildSearchIndex(faq.entries));
    },
    keys: new Map(faq.entries.map((entry, i) => [entry.id, i])),
    leftOut,
  };
}

/** The provider's FAQ in `locale`, checked against the data rules and indexed. */
export async function fetchFaq(provider: TesseraProvider | undefined, locale: Locale, signal: AbortSignal): Promise<LoadedFaq> {
  const help = requireSlice(provider, 'help', ['getFaq']);
  const faq = assertShape(await help.getFaq(locale, { signal }), isFaq, 'faq', 'help.getFaq');
  return loadedFaq(faq, leftOutOf(faq));
}

/** What the customer asked for: the host's limits and the customer's search, topic and "Show all". */
export interface ViewOptions {
  /** The topic ids the host limits the FAQ to; empty or unset for all. */
  scope?: readonly string[];
  query: string;
  topic: string;
  showingAll: boolean;
}

/** One heading and its questions: a topic, the entries no listed topic holds, or search results. */
export interface FaqGroup {
  topic?: FaqTopic;
  kind: 'topic' | 'other' | 'results';
  hits: SearchHit[];
}

export interface FaqView {
  /** The topics with at least one entry in scope. */
  topics: FaqTopic[];
  /** The selected topic, when it is one of `topics`; otherwise `''`. */
  topic: string;
  /** Matches within the scope, before the topic filter. */
  all: SearchHit[];
  /** Matches within the scope and the selected topic. */
  hits: SearchHit[];
  /** What is shown, grouped: the first view, or every hit. */
  groups: FaqGroup[];
  /** Whether `groups` stop at the first view, with more to show. */
  truncated: boolean;
}

export const inScope = (scope: readonly string[] | undefined, topic: string): boolean => !scope?.length || scope.includes(topic);

/**
 * The questions to show. Without a search or a topic, the first view is the first
 * {@link FIRST_VIEW_COUNT} questions in topic order, until the customer asks for all of
 * them; a search or a topic shows every match.
 */
export function faqView(loaded: LoadedFaq, options: ViewOptions): FaqView {
  const { scope } = options;
  const entries = loaded.faq.entries.filter((e) => inScope(scope, e.topic));
  const topics = loaded.faq.topics.filter((t) => entries.some((e) => e.topic === t.id));
  const topic = topics.some((t) => t.id === options.topic) ? options.topic : '';
  const query = options.query.trim();
  const all = (query ? searchFaq(loaded.index, query) : loaded.faq.entries.map(unranked)).filter((hit) =>
    inScope(scope, hit.entry.topic),
  );
  const hits = topic ? all.filter((hit) => hit.entry.topic === topic) : all;
  let groups: FaqGroup[];
  if (query) {
    groups = hits.length ? [{ kind: 'results', hits }] : [];
  } else {
    const listed = new Set(topics.map((t) => t.id));
    groups = [
      ...topics.map((t): FaqGroup => ({ kind: 'topic', topic: t, hits: hits.filter((hit) => hit.entry.topic === t.id) })),
      { kind: 'other' as const, hits: hits.filter((hit) => !listed.has(hit.entry.topic)) },
    ].filter((group) => group.hits.length);
  }
  const truncated = !query && !topic && !options.showingAll && hits.length > FIRST_VIEW_COUNT;
  return { topics, topic, all, hits, groups: truncated ? firstView(groups, FIRST_VIEW_COUNT) : groups, truncated };
}

/** An entry shown without a search: what `searchFaq` answers for an empty query. */
const unranked = (entry: FaqEntry): SearchHit => ({ entry, score: 0, question: [], answer: [] });

/** The first `count` questions of the groups, in order, under their headings. */
function firstView(groups: readonly FaqGroup[], count: number): FaqGroup[] {
  const out: FaqGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    out.push({ ...group, hits: group.hits.slice(0, left) });
    left -= group.hits.length;
  }
  return out;
}

/** Whether the view shows this entry. */
export const shows = (view: FaqView, entryId: string): boolean =>
  view.groups.some((group) => group.hits.some((hit) => hit.entry.id === entryId));
