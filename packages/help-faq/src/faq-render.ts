import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FIRST_VIEW_COUNT, type FaqGroup, type FaqView, type LoadedFaq } from './faq-view.js';
import type { HelpFaqMessages } from './messages.js';
import { highlight, renderRich } from './rich-text.js';
import type { SearchHit } from './search.js';

// Templates are kept compact: their text ships in every copy of the widget.

/** What the FAQ's templates need from the element: its state and the customer's actions. */
export interface FaqRenderContext {
  m: HelpFaqMessages;
  query: string;
  announcement: string;
  opened: ReadonlySet<string>;
  /** Whether the contact channels are hidden (the empty search then does not point to them). */
  hideContact: boolean;
  onInput: (event: Event) => void;
  pickTopic: (topic: string) => void;
  clearSearch: () => void;
  toggle: (entryId: string) => void;
  showAll: () => void;
  onQuestionKey: (event: KeyboardEvent) => void;
  /** "Was this helpful?" under an open answer. */
  feedback: (entryId: string, key: number) => unknown;
  /** The core notice for items left out. */
  leftOut: (count: number) => unknown;
}

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
${view.truncated ? html`<button type="button" class="button show-all" part="show-all" @click=${ctx.showAll}>${m.showAll(view.hits.length)}</button>` : nothing}
${ctx.leftOut(loaded.leftOut)}</div>`;
}

function renderGroup(group: FaqGroup, loaded: LoadedFaq, ctx: FaqRenderContext): TemplateResult {
  const { m } = ctx;
  const heading = group.kind === 'results' ? m.resultsHeading : (group.topic?.label ?? m.otherTopic);
  return html`<section class="group" part="group"><h2>${heading}</h2>
${repeat(group.hits, (hit) => hit.entry.id, (hit) => renderEntry(hit, loaded.keys.get(hit.entry.id) ?? 0, ctx))}</section>`;
}

/** One question (WAI-ARIA accordion): a heading holding a button that controls its answer region. */
function renderEntry({ entry, question, answer }: SearchHit, key: number, ctx: FaqRenderContext): TemplateResult {
  const open = ctx.opened.has(entry.id);
  return html`<div class="item" part="item" id=${entry.id}><h3><button type="button" class="question" part="question" id="tf-q${key}" aria-expanded=${ariaBool(open)} aria-controls="tf-a${key}" @click=${() => ctx.toggle(entry.id)} @keydown=${ctx.onQuestionKey}><bdi class="question-text">${highlight(entry.question, question)}</bdi></button></h3>
<div class="answer" part="answer" id="tf-a${key}" role="region" aria-labelledby="tf-q${key}" ?hidden=${!open}>${open ? [renderRich(entry.answer, answer), ctx.feedback(entry.id, key)] : nothing}</div></div>`;
}

function renderNoResults(view: FaqView, ctx: FaqRenderContext): TemplateResult {
  const { m } = ctx;
  return html`<div class="empty" part="empty"><p><strong>${m.noResults(ctx.query.trim())}</strong></p>
<p>${m.noResultsHint}${ctx.hideContact ? '' : ` ${m.askUs}`}</p>
<div class="actions"><button type="button" class="button" @click=${ctx.clearSearch}>${m.clearSearch}</button>
${view.topic && view.all.length ? html`<button type="button" class="button" @click=${() => ctx.pickTopic('')}>${m.searchAllTopics}</button>` : nothing}</div></div>`;
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
