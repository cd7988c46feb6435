import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { headingLevel, renderHeading, type HeadingLevel, type Locale } from '@tessera/core';
import { FIRST_VIEW_COUNT, type FaqGroup, type FaqView, type LoadedFaq } from './faq-view.js';
import { messages, type HelpFaqMessages } from './messages.js';
import { highlight, renderRich } from './rich-text.js';
import type { SearchHit } from './search.js';

// Templates are kept compact: their text ships in every copy of the widget.

/** What the FAQ's templates need from the element: its state and the customer's actions. */
export interface FaqRenderContext {
  m: HelpFaqMessages;
  /** The level of the topic headings (`heading-level`); questions are one below. */
  level: HeadingLevel;
  query: string;
  announcement: string;
  opened: ReadonlySet<string>;
  /** Whether the contact channels are hidden (the empty search then does not point to them). */
  hideContact: boolean;
  onInput: (event: Event) => void;
  pickTopic: (topic: string) => void;
  clearSearch: () => void;
  /** "Search all topics" from an empty search. */
  searchAllTopics: () => void;
  /** Expands or collapses a question; `other` for one of the other language's results. */
  toggle: (entryId: string, other?: boolean) => void;
  showAll: () => void;
  onQuestionKey: (event: KeyboardEvent) => void;
  /** "Was this helpful?" under an open answer. */
  feedback: (entryId: string, key: number, question: string) => unknown;
  /** The core notice for items left out. */
  leftOut: (count: number) => unknown;
  /** The language the customer can also search ("Search in English" on a Spanish page). */
  other: Locale;
  /** The other language's results, once the customer asked for them. */
  otherHits?: SearchHit[];
  /** The other language's FAQ is loading. */
  otherBusy: boolean;
  /** Why the other language's FAQ did not load. */
  otherError?: TemplateResult;
  searchOther: () => void;
}

/** A search finding this many questions or fewer offers the other language. */
const FEW_RESULTS = 2;

const ariaBool = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

/**
 * The search field, the topic filters, and the questions: the first view with "Show all N
 * questions", every question, or the search results.
 */
export function renderFaq(loaded: LoadedFaq, view: FaqView, ctx: FaqRenderContext): TemplateResult {
  const { m } = ctx;
  // Every question left out: only the notice saying so.
  if (!view.all.length && !ctx.query) return html`<div class="faq">${ctx.leftOut(loaded.leftOut)}</div>`;
  const topics = [{ id: '', label: m.allTopics }, ...view.topics];
  return html`<div class="faq"><div class="search" part="search"><label for="tf-search">${m.searchLabel}</label>
<input id="tf-search" part="search-input" type="search" autocomplete="off" aria-describedby="tf-hint" .value=${ctx.query} @input=${ctx.onInput}>
<span id="tf-hint" class="hint">${m.searchHint}</span>
<p part="status" role="status" class=${ctx.announcement ? 'status' : 'visually-hidden'}>${ctx.announcement}</p></div>
${view.topics.length > 1
    ? html`<div class="topics" part="topics" role="group" aria-label=${m.topicsLabel}>${topics.map(
        (t) => html`<button type="button" class="topic" part="topic" aria-pressed=${ariaBool(view.topic === t.id)} @click=${() => ctx.pickTopic(t.id)}>${t.label}</button>`,
      )}</div>`
    : nothing}
${view.hits.length ? view.groups.map((group) => renderGroup(group, loaded, ctx)) : renderNoResults(view, ctx)}
${ctx.query.trim() ? renderOther(view, ctx) : nothing}
${view.truncated ? html`<button type="button" class="button show-all" part="show-all" @click=${ctx.showAll}>${m.showAll(view.hits.length)}</button>` : nothing}
${ctx.leftOut(loaded.leftOut)}</div>`;
}

function renderGroup(group: FaqGroup, loaded: LoadedFaq, ctx: FaqRenderContext): TemplateResult {
  const { m } = ctx;
  const heading = group.kind === 'results' ? m.resultsHeading : (group.topic?.label ?? m.otherTopic);
  return html`<section class="group" part="group">${renderHeading(ctx.level, heading, { className: 'heading' })}
${repeat(group.hits, (hit) => hit.entry.id, (hit) => renderEntry(hit, loaded.keys.get(hit.entry.id) ?? 0, ctx))}</section>`;
}

/**
 * One question (WAI-ARIA accordion): a heading holding a button that controls its answer
 * region. The other language's results have their own ids, no anchor and no feedback.
 */
function renderEntry({ entry, question, answer }: SearchHit, key: number, ctx: FaqRenderContext, other = false): TemplateResult {
  const open = ctx.opened.has(other ? `~${entry.id}` : entry.id);
  const k = other ? `x${key}` : key;
  return html`<div class="item" part="item" id=${ifDefined(other ? undefined : entry.id)}>${renderHeading(headingLevel(ctx.level, 1), html`<button type="button" class="question" part="question" id="tf-q${k}" aria-expanded=${ariaBool(open)} aria-controls="tf-a${k}" @click=${() => ctx.toggle(entry.id, other)} @keydown=${ctx.onQuestionKey}><bdi class="question-text">${highlight(entry.question, question)}</bdi></button>`, { className: 'subheading' })}
<div class="answer" part="answer" id="tf-a${k}" role="region" aria-labelledby="tf-q${k}" ?hidden=${!open}>${open ? [renderRich(entry.answer, answer), other ? nothing : ctx.feedback(entry.id, key, entry.question)] : nothing}</div></div>`;
}

/**
 * Few or no results: "Search in English" on a Spanish page ("Buscar en español" on an
 * English one), in that language; once used, that language's results, marked with its `lang`.
 */
function renderOther(view: FaqView, ctx: FaqRenderContext): unknown {
  const { other, otherHits: hits } = ctx;
  const om = messages[other];
  if (!hits) {
    return view.hits.length > FEW_RESULTS
      ? nothing
      : html`<div class="actions"><button type="button" class="button" part="other-language" lang=${other} aria-disabled=${ariaBool(ctx.otherBusy)} @click=${ctx.searchOther}>${om.searchHere}</button></div>${ctx.otherError ?? nothing}`;
  }
  return html`<section class="group" part="group" lang=${other}>${renderHeading(ctx.level, om.resultsHere, { id: 'tf-other', className: 'heading', tabIndex: -1 })}
${hits.length ? hits.map((hit, i) => renderEntry(hit, i, ctx, true)) : html`<p>${om.noResults(ctx.query.trim())}</p>`}</section>`;
}

function renderNoResults(view: FaqView, ctx: FaqRenderContext): TemplateResult {
  const { m } = ctx;
  return html`<div class="empty" part="empty"><p><strong>${m.noResults(ctx.query.trim())}</strong></p>
<p>${m.noResultsHint}${ctx.hideContact ? '' : ` ${m.askUs}`}</p>
<div class="actions"><button type="button" class="button" @click=${ctx.clearSearch}>${m.clearSearch}</button>
${view.topic && view.all.length ? html`<button type="button" class="button" @click=${ctx.searchAllTopics}>${m.searchAllTopics}</button>` : nothing}</div></div>`;
}

/** A fixed text held unseen inside its placeholder, so the placeholder wraps as the text will. */
const placeholderText = (text: string): TemplateResult => html`<span class="skeleton inline"><span class="ghost">${text}</span></span>`;

const placeholderRow = html`<div class="item"><div class="question placeholder"><span class="skeleton line"></span></div></div>`;

/**
 * The first view's layout, block for block with the same classes: the search field (its
 * fixed texts held unseen, so they wrap as they will), the topic row, one topic heading,
 * {@link FIRST_VIEW_COUNT} questions and the "Show all" button. Questions take at least two
 * lines and the topic row one row of buttons, so the placeholders take the room that the
 * data will (a question longer than two lines grows its row).
 */
export function renderFaqSkeleton(m: HelpFaqMessages, loading: string): TemplateResult {
  return html`<div class="faq" part="skeleton"><span class="visually-hidden">${loading}</span>
<div class="search" aria-hidden="true"><span class="label">${placeholderText(m.searchLabel)}</span><span class="field skeleton"></span><span class="hint">${placeholderText(m.searchHint)}</span></div>
<div class="topics placeholder" aria-hidden="true">${[0, 1, 2, 3].map(() => html`<span class="topic skeleton"></span>`)}</div>
<div class="group" aria-hidden="true"><span class="heading skeleton line"></span>${Array.from({ length: FIRST_VIEW_COUNT }, () => placeholderRow)}</div>
<span class="button show-all skeleton" aria-hidden="true"><span class="ghost">${m.showAll(0)}</span></span></div>`;
}
