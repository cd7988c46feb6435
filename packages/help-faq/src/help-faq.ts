import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import {
  TesseraElement,
  arrayOf,
  assertShape,
  isContactChannel,
  isFaq,
  requireSlice,
  themeStyles,
  type ContactChannel,
  type Faq,
  type FaqTopic,
} from '@tessera/core';
import { formatHours, isOpenAt, telHref, timeZoneName } from './contact.js';
import type { FaqSearchDetail } from './events.js';
import { faqPageJson, writeFaqSchema } from './faq-schema.js';
import { styles } from './help-faq.styles.js';
import { messages, type HelpFaqMessages } from './messages.js';
import { highlight, renderRich, safeHref } from './rich-text.js';
import { buildSearchIndex, searchFaq, type FaqIndex, type SearchHit } from './search.js';
import { VERSION } from './version.js';

interface LoadedFaq {
  faq: Faq;
  index: FaqIndex;
  /** Entry id → position, for DOM ids that are valid whatever the entry ids look like. */
  keys: Map<string, number>;
}

interface FaqView {
  topics: FaqTopic[];
  /** The selected topic, when it is one of `topics`. */
  topic: string;
  /** Matches within the allowed topics, before the topic filter. */
  all: SearchHit[];
  hits: SearchHit[];
}

const FEEDBACK_KEY = 'tessera-faq-feedback:';
const SEARCH_SETTLE_MS = 400;
const isChannels = arrayOf(isContactChannel);

const listConverter = {
  fromAttribute: (value: string | null): string[] | undefined => value?.split(/[\s,]+/).filter(Boolean),
};

const ariaBool = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');
const same = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((part, i) => part === b[i]);

function hashId(): string | undefined {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

function feedbackGiven(id: string): boolean {
  try {
    return sessionStorage.getItem(FEEDBACK_KEY + id) !== null;
  } catch {
    return false;
  }
}

/**
 * Searchable help questions and answers from the lender, grouped by topic, with the
 * lender's contact channels below. Answers are structured content rendered as text;
 * search tolerates typos and accents and highlights what matched.
 *
 * @summary Searchable help questions and answers, with contact channels.
 *
 * @fires tessera-faq-search - The customer paused typing a search. `detail: { queryLength: number, resultCount: number, query?: string }` (`query` only with `emit-query`).
 * @fires tessera-faq-open - The customer expanded a question. `detail: { id: string }`
 * @fires tessera-faq-feedback - The customer answered "Was this helpful?". `detail: { id: string, helpful: boolean }`
 *
 * @csspart base - The wrapper around everything.
 * @csspart search - The search field and its label.
 * @csspart search-input - The search input.
 * @csspart topics - The group of topic filter buttons.
 * @csspart topic - One topic filter button (`aria-pressed` tells the selected one).
 * @csspart status - The live region with the result count.
 * @csspart group - One topic's list of questions.
 * @csspart item - One question and its answer.
 * @csspart question - The button that expands a question.
 * @csspart answer - The answer region.
 * @csspart highlight - A search match (`<mark>`).
 * @csspart link - A link inside an answer.
 * @csspart feedback - The "Was this helpful?" prompt, or the thanks after it.
 * @csspart empty - The empty state (no questions, or no search results).
 * @csspart contact - The contact channels section.
 * @csspart channel - One contact channel.
 * @csspart channel-link - A channel's phone or secure message link.
 * @csspart channel-status - "Open now" or "Closed now".
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message block.
 * @csspart retry - The retry button in the error block.
 *
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Hints and secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Question rows, channels and skeletons.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Links, buttons and the selected topic.
 * @cssprop --tessera-color-on-accent - Text on the selected topic.
 * @cssprop --tessera-color-success - "Open now".
 * @cssprop --tessera-color-danger - Error border.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 * @cssprop --tessera-faq-highlight - Background of search matches (default: a light yellow, dark amber in dark mode).
 */
export class TesseraHelpFaq extends TesseraElement {
  static override styles = [themeStyles, styles];
  static override version = VERSION;

  /** The topic id selected in the topic filter; empty for all topics. Follows the customer's choice. */
  @property()
  topic = '';

  /** Limits the FAQ to these topic ids (attribute: space- or comma-separated). */
  @property({ converter: listConverter })
  topics?: string[];

  /** The search text. Follows what the customer types. */
  @property()
  query = '';

  /** Expands this entry and scrolls it into view (also done for a `#<entry-id>` URL hash). */
  @property({ attribute: 'open-id' })
  openId?: string;

  /** Writes `#<entry-id>` to the URL (history.replaceState) when the customer opens a question. */
  @property({ type: Boolean, attribute: 'sync-hash' })
  syncHash = false;

  /** Writes schema.org FAQPage JSON-LD into a script in the element's light DOM. */
  @property({ type: Boolean, attribute: 'faq-schema' })
  faqSchema = false;

  /** Hides the contact channels (and does not load them). */
  @property({ type: Boolean, attribute: 'hide-contact' })
  hideContact = false;

  /** Adds the query text to `tessera-faq-search` events. Off by default: queries can hold personal details. */
  @property({ type: Boolean, attribute: 'emit-query' })
  emitQuery = false;

  /**
   * The clock for "Open now", for tests and stories. Unset: the current time, re-checked
   * every minute.
   */
  @property({ attribute: false })
  now?: Date;

  @state() private opened = new Set<string>();
  @state() private announcement = '';
  /** Feedback given in this view, to thank for it. */
  @state() private answered = new Set<string>();

  /** An entry to expand and scroll to once the FAQ is rendered. */
  private reveal?: string;
  private scrollTarget?: string;
  private hashChecked = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private ticker?: ReturnType<typeof setInterval>;
  private viewCache?: { key: unknown[]; view: FaqView };
  private schemaKey?: unknown[];

  private readonly faqTask = new Task(this, {
    task: async ([provider, locale], { signal }): Promise<LoadedFaq> => {
      const help = requireSlice(provider, 'help');
      const faq = assertShape(await help.getFaq(locale, { signal: this.linkSignal(signal) }), isFaq, 'FAQ');
      return {
        faq,
        index: buildSearchIndex(faq.entries),
        keys: new Map(faq.entries.map((entry, i) => [entry.id, i])),
      };
    },
    args: () => [this.activeProvider, this.locale] as const,
  });

  private readonly contactTask = new Task(this, {
    task: async ([provider, locale, hidden], { signal }): Promise<ContactChannel[]> => {
      if (hidden) return [];
      const help = requireSlice(provider, 'help');
      return assertShape(await help.getContactChannels(locale, { signal: this.linkSignal(signal) }), isChannels, 'contact channels');
    },
    args: () => [this.activeProvider, this.locale, this.hideContact] as const,
  });

  private get m(): HelpFaqMessages {
    return this.messagesFrom(messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.ticker = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearInterval(this.ticker);
    clearTimeout(this.searchTimer);
  }

  private readonly onHashChange = (): void => {
    this.reveal = hashId();
    this.requestUpdate();
  };

  /** The topics offered, the selected one, and the search results within them. */
  /** Whether a topic is within the `topics` limit. */
  private inScope(topic: string): boolean {
    return !this.topics?.length || this.topics.includes(topic);
  }

  private view(loaded: LoadedFaq): FaqView {
    const key = [loaded, this.query, this.topic, this.topics?.join()];
    if (this.viewCache && same(this.viewCache.key, key)) return this.viewCache.view;
    const entries = loaded.faq.entries.filter((e) => this.inScope(e.topic));
    const topics = loaded.faq.topics.filter((t) => entries.some((e) => e.topic === t.id));
    const topic = topics.some((t) => t.id === this.topic) ? this.topic : '';
    const all = searchFaq(loaded.index, this.query).filter((hit) => this.inScope(hit.entry.topic));
    const view = { topics, topic, all, hits: topic ? all.filter((hit) => hit.entry.topic === topic) : all };
    this.viewCache = { key, view };
    return view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('openId') && this.openId) this.reveal = this.openId;
    const loaded = this.faqTask.value;
    if (!loaded || isServer) return;
    if (!this.hashChecked) {
      this.hashChecked = true;
      const id = hashId();
      if (id && loaded.keys.has(id)) this.reveal = id;
    }
    if (this.reveal) this.revealEntry(loaded, this.reveal);
  }

  /** Opens an entry, clearing a topic filter or search that hides it, and scrolls to it after rendering. */
  private revealEntry(loaded: LoadedFaq, id: string): void {
    this.reveal = undefined;
    const entry = loaded.faq.entries.find((e) => e.id === id);
    if (!entry || !this.inScope(entry.topic)) return;
    const shown = (): boolean => this.view(loaded).hits.some((hit) => hit.entry === entry);
    if (!shown() && this.topic !== entry.topic) this.topic = '';
    if (!shown()) this.query = '';
    if (!this.opened.has(id)) this.opened = new Set(this.opened).add(id);
    this.scrollTarget = id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollTarget) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      (this.renderRoot as ShadowRoot).getElementById(this.scrollTarget)?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto' });
      this.scrollTarget = undefined;
    }
    const loaded = this.faqSchema ? this.faqTask.value : undefined;
    const key = [loaded, this.topics?.join(), this.langTag];
    if (!this.schemaKey || !same(this.schemaKey, key)) {
      this.schemaKey = key;
      const entries = loaded?.faq.entries.filter((e) => this.inScope(e.topic));
      writeFaqSchema(this, entries && faqPageJson(entries, this.langTag));
    }
  }

  // ---------------------------------------------------------------------------
  // Customer actions

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.settleSearch(), SEARCH_SETTLE_MS);
  }

  private settleSearch(): void {
    const loaded = this.faqTask.value;
    if (!loaded) return;
    const count = this.view(loaded).hits.length;
    const query = this.query.trim();
    this.announcement = query ? this.m.results(count) : '';
    const detail: FaqSearchDetail = { queryLength: query.length, resultCount: count };
    if (this.emitQuery) detail.query = query;
    this.emit('tessera-faq-search', detail);
  }

  private pickTopic(topic: string): void {
    this.topic = topic;
    const loaded = this.faqTask.value;
    if (loaded) this.announcement = this.m.results(this.view(loaded).hits.length);
  }

  private clearSearch(): void {
    clearTimeout(this.searchTimer);
    this.query = '';
    this.announcement = '';
    this.renderRoot.querySelector<HTMLInputElement>('#tf-search')?.focus();
  }

  private toggle(id: string): void {
    const opened = new Set(this.opened);
    const open = !opened.delete(id);
    if (open) opened.add(id);
    this.opened = opened;
    if (open) this.emit('tessera-faq-open', { id });
    if (this.syncHash) {
      if (open) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
      else if (hashId() === id) history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  /** Arrow keys, Home and End move between questions (WAI-ARIA accordion). */
  private onQuestionKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.question')];
    const at = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons.at(next % buttons.length)?.focus();
  }

  private giveFeedback(id: string, helpful: boolean, key: number): void {
    this.answered = new Set(this.answered).add(id);
    try {
      sessionStorage.setItem(FEEDBACK_KEY + id, helpful ? 'yes' : 'no');
    } catch {
      // Storage may be full or disabled: the prompt can then show again next visit.
    }
    this.emit('tessera-faq-feedback', { id, helpful });
    const help = this.activeProvider?.help;
    // Best effort: a failed feedback call does not bother the customer.
    new Promise((resolve) => resolve(help?.sendFeedback?.(id, helpful, { signal: this.connectionSignal }))).catch(() => undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tf-f${key}`)?.focus());
  }

  // ---------------------------------------------------------------------------
  // Rendering

  protected override render(): unknown {
    const contact = this.contactTask;
    const showContact = !this.hideContact && !(contact.status === TaskStatus.COMPLETE && !contact.value?.length);
    return html`<div class="base" part="base">
      ${this.renderTask(this.faqTask, {
        loading: () => html`<div class="loading" part="skeleton">
          <span class="visually-hidden">${this.coreMessages.loading}</span>
          ${[0, 1, 2, 3, 4, 5].map(() => html`<span class="skeleton sk-row"></span>`)}
        </div>`,
        ready: (loaded) => this.renderFaq(loaded),
        isEmpty: (loaded) => !this.query && !this.view(loaded).all.length,
        empty: () => html`<p class="empty" part="empty">${this.m.empty}</p>`,
      })}
      ${showContact ? this.renderContact() : nothing}
    </div>`;
  }

  private renderFaq(loaded: LoadedFaq): TemplateResult {
    const m = this.m;
    const view = this.view(loaded);
    const query = this.query.trim();
    const topics = [{ id: '', label: m.allTopics }, ...view.topics];
    return html`<div class="search" part="search">
        <label for="tf-search">${m.searchLabel}</label>
        <input id="tf-search" part="search-input" type="search" autocomplete="off" aria-describedby="tf-hint"
          .value=${this.query} @input=${this.onInput} />
        <span id="tf-hint" class="hint">${m.searchHint}</span>
      </div>
      ${view.topics.length > 1
        ? html`<div class="topics" part="topics" role="group" aria-label=${m.topicsLabel}>
            ${topics.map(
              (t) => html`<button type="button" class="topic" part="topic" aria-pressed=${ariaBool(view.topic === t.id)}
                @click=${() => this.pickTopic(t.id)}>${t.label}</button>`,
            )}
          </div>`
        : nothing}
      <p part="status" role="status">${this.announcement}</p>
      ${!view.hits.length
        ? this.renderNoResults(view, query)
        : query
          ? this.renderGroup(m.resultsHeading, view.hits, loaded)
          : [
              ...view.topics.map((t) => this.renderGroup(t.label, view.hits.filter((hit) => hit.entry.topic === t.id), loaded)),
              this.renderGroup(m.otherTopic, view.hits.filter((hit) => !view.topics.some((t) => t.id === hit.entry.topic)), loaded),
            ]}`;
  }

  private renderGroup(heading: string, hits: SearchHit[], loaded: LoadedFaq): unknown {
    return hits.length
      ? html`<section class="group" part="group">
          <h2>${heading}</h2>
          ${repeat(hits, (hit) => hit.entry.id, (hit) => this.renderEntry(hit, loaded.keys.get(hit.entry.id) ?? 0))}
        </section>`
      : nothing;
  }

  private renderEntry({ entry, question, answer }: SearchHit, key: number): TemplateResult {
    const open = this.opened.has(entry.id);
    return html`<div class="item" part="item" id=${entry.id}>
      <h3><button type="button" class="question" part="question" id="tf-q${key}" aria-expanded=${ariaBool(open)}
        aria-controls="tf-a${key}" @click=${() => this.toggle(entry.id)} @keydown=${this.onQuestionKey}>
        <span>${highlight(entry.question, question)}</span>
      </button></h3>
      <div class="answer" part="answer" id="tf-a${key}" role="region" aria-labelledby="tf-q${key}" ?hidden=${!open}>
        ${open ? [renderRich(entry.answer, answer), this.renderFeedback(entry.id, key)] : nothing}
      </div>
    </div>`;
  }

  private renderFeedback(id: string, key: number): unknown {
    const m = this.m;
    if (this.answered.has(id)) return html`<p class="feedback" part="feedback" id="tf-f${key}" tabindex="-1">${m.thanks}</p>`;
    if (feedbackGiven(id)) return nothing;
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="tf-h${key}">
      <span id="tf-h${key}">${m.helpful}</span>
      ${[true, false].map(
        (helpful) => html`<button type="button" class="button" @click=${() => this.giveFeedback(id, helpful, key)}>
          ${helpful ? m.yes : m.no}
        </button>`,
      )}
    </div>`;
  }

  private renderNoResults(view: FaqView, query: string): TemplateResult {
    const m = this.m;
    return html`<div class="empty" part="empty">
      <p><strong>${m.noResults(query)}</strong></p>
      <p>${m.noResultsHint}${this.hideContact ? '' : ` ${m.askUs}`}</p>
      <div class="actions">
        <button type="button" class="button" @click=${this.clearSearch}>${m.clearSearch}</button>
        ${view.topic && view.all.length
          ? html`<button type="button" class="button" @click=${() => this.pickTopic('')}>${m.searchAllTopics}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderContact(): TemplateResult {
    const m = this.m;
    return html`<section class="contact" part="contact" aria-labelledby="tf-contact">
      <h2 id="tf-contact">${m.contactTitle}</h2>
      ${this.renderTask(this.contactTask, {
        loading: () => html`<div class="channels" part="skeleton">
          ${[0, 1, 2].map(() => html`<span class="skeleton sk-channel"></span>`)}
        </div>`,
        ready: (channels) => html`<ul class="channels">
          ${channels.map((channel) => this.renderChannel(channel))}
        </ul>`,
      })}
    </section>`;
  }

  private renderChannel(channel: ContactChannel): TemplateResult {
    const m = this.m;
    const lines = typeof channel.value === 'string' ? [channel.value] : channel.value;
    const first = lines[0] ?? '';
    const secure = channel.kind === 'secure-message' && safeHref(first, ['https:']);
    const reach =
      channel.kind === 'phone'
        ? html`<a part="channel-link" href=${telHref(first)}>${first}</a>`
        : secure
          ? html`<a part="channel-link" href=${secure}>${m.secureMessage}</a>`
          : channel.kind === 'mail'
            ? html`<address>${lines.map((line) => html`<span>${line}</span>`)}</address>`
            : nothing;
    const now = this.now ?? new Date();
    let zone = '';
    let open: boolean | undefined;
    try {
      if (channel.hours?.length && channel.timeZone) {
        zone = ` ${timeZoneName(channel.timeZone, this.langTag, now)}`;
        open = isOpenAt(channel.hours, channel.timeZone, now);
      }
    } catch {
      // An unknown time zone: show the hours without a status rather than fail.
    }
    return html`<li class="channel" part="channel" data-kind=${channel.kind}>
      <h3>${channel.label}</h3>
      ${reach}
      ${open === undefined ? nothing : html`<p part="channel-status" data-open=${String(open)}>${open ? m.openNow : m.closedNow}</p>`}
      ${channel.hours?.length
        ? html`<p class="hours">
            <span class="label">${m.hours}</span>
            ${channel.hours.map((h) => html` <span>${formatHours(h, this.langTag) + zone}</span>`)}
          </p>`
        : nothing}
      ${channel.bestFor.length
        ? html`<p class="label">${m.bestFor}</p>
            <ul class="best-for">
              ${channel.bestFor.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing}
    </li>`;
  }
}
