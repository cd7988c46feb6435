import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  isConfigurationError,
  isContactChannel,
  leftOutOf,
  listOf,
  renderHeading,
  requireSlice,
  themeStyles,
} from '@tessera/core';
import { renderChannels, renderContactSkeleton, type Channels } from './contact-render.js';
import type { HelpFaqSearchedDetail } from './events.js';
import { faqPageJson, writeFaqSchema } from './faq-schema.js';
import { renderFaq, renderFaqSkeleton, type FaqRenderContext } from './faq-render.js';
import { faqView, fetchFaq, inScope, shows, type FaqView, type LoadedFaq } from './faq-view.js';
import { Feedback } from './feedback.js';
import { styles } from './help-faq.styles.js';
import { messages, type HelpFaqMessages } from './messages.js';
import { OtherLanguage, otherLocale } from './other-language.js';
import { hashId, listConverter, onQuestionKey, same } from './util.js';
import { VERSION } from './version.js';

const SEARCH_SETTLE_MS = 400;
const isChannels = listOf(isContactChannel);

/**
 * Searchable help questions and answers from the lender, grouped by topic, with the
 * lender's contact channels below. Answers are structured content rendered as text;
 * search tolerates typos and accents, also searches the lender's keywords for each question,
 * and highlights what matched; when it finds little, it offers the other language ("Search
 * in English" on a Spanish page). The first view shows the first five questions and a "Show
 * all N questions" button; deep links open any question and move focus to it. Headings
 * start at `heading-level`.
 *
 * @summary Searchable help questions and answers, with contact channels.
 *
 * @fires {CustomEvent<HelpFaqSearchedDetail>} tessera-help-faq-searched - The customer paused typing a search (`query` only with `emit-query`).
 * @fires {CustomEvent<HelpFaqOpenedDetail>} tessera-help-faq-opened - The customer expanded a question (not for `open-id` or the URL hash).
 * @fires {CustomEvent<HelpFaqFeedbackSentDetail>} tessera-help-faq-feedback-sent - The lender accepted the customer's "Was this helpful?" answer.
 * @fires {CustomEvent<HelpFaqFailedDetail>} tessera-help-faq-failed - A load (`action: 'load'`: the questions or the contact channels) or the customer's `feedback` failed; `code` is the provider's error code, `entryId` the question.
 *
 * @csspart base - The outer box, in every state.
 * @csspart search - The search field, its label and hint.
 * @csspart search-input - The search input.
 * @csspart status - The live region with the result count (shown once there is one).
 * @csspart topics - The row of topic filter buttons (it scrolls sideways when they do not fit).
 * @csspart topic - One topic filter button (`aria-pressed` tells the selected one).
 * @csspart group - One topic's questions, or the search results.
 * @csspart item - One question and its answer.
 * @csspart question - The button that expands a question (`aria-expanded="true"` when open).
 * @csspart answer - The answer region.
 * @csspart highlight - A search match (`<mark>`).
 * @csspart link - A link inside an answer.
 * @csspart show-all - The "Show all N questions" button under the first questions.
 * @csspart other-language - "Search in English" on a Spanish page ("Buscar en español" on an English one), offered when a search finds two questions or fewer.
 * @csspart feedback - The "Was this helpful?" prompt, or the thanks after it.
 * @csspart feedback-button - The prompt's Yes and No buttons.
 * @csspart empty - The empty state (no questions, or no search results).
 * @csspart notice - Says how many questions, topics or contact channels could not be shown because their data was invalid.
 * @csspart contact - The contact channels section.
 * @csspart contact-toggle - The button that shows the contact channels (`aria-expanded`).
 * @csspart channel - One contact channel.
 * @csspart channel-link - A channel's phone or secure message link.
 * @csspart channel-status - "Open now" or "Closed now" (`data-open="true"` when open).
 * @csspart skeleton - The loading placeholders.
 * @csspart error - An error message: the questions', the channels' or the feedback's.
 * @csspart retry - The error's Try again button.
 *
 * @cssprop [--tessera-help-faq-highlight=light-dark(#fff0a0, #5c4a00)] - Background of search matches.
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
 */
export class TesseraHelpFaq extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-help-faq';
  static override styles = [themeStyles, styles];

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

  /** Adds the query text to `tessera-help-faq-searched` events. Off by default: queries can hold personal details. */
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
  /** The customer asked for every question, past the first view. */
  @state() private showingAll = false;
  /** The customer opened the contact channels. */
  @state() private contactOpen = false;

  /** An entry to expand and scroll to once the FAQ is rendered. */
  private reveal?: string;
  private scrollTarget?: string;
  private hashChecked = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private ticker?: ReturnType<typeof setInterval>;
  private viewCache?: { key: unknown[]; view: FaqView };
  private schemaKey?: unknown[];

  private readonly feedback = new Feedback({
    help: () => this.activeProvider?.help,
    signal: () => this.connectionSignal,
    messages: () => this.m,
    changed: () => this.requestUpdate(),
    sent: (entryId, helpful) => this.emit('tessera-help-faq-feedback-sent', { entryId, helpful }),
    failed: (entryId, error) => this.reportFailure('feedback', error, { entryId }),
    retryable: (error) => this.describeError(error).retryable,
    renderError: (error, retry) => this.renderError(error, retry),
    focus: (selector) => void this.focusWhenRendered(selector),
  });

  private readonly other = new OtherLanguage(this, (locale) =>
    fetchFaq(this.activeProvider, locale, this.connectionSignal).catch((error: unknown) => {
      this.reportFailure('load', error);
      throw error;
    }),
  );

  private readonly faqTask = this.loadTask(
    () => [this.activeProvider, this.locale] as const,
    ([provider, locale], signal) => fetchFaq(provider, locale, signal),
  );

  private readonly contactTask = this.loadTask(
    () => [this.activeProvider, this.locale, this.hideContact] as const,
    async ([provider, locale, hidden], signal): Promise<Channels> => {
      if (hidden) return { channels: [], leftOut: 0 };
      const help = requireSlice(provider, 'help', ['getContactChannels']);
      const channels = assertShape(await help.getContactChannels(locale, { signal }), isChannels, 'channels', 'help.getContactChannels');
      return { channels, leftOut: leftOutOf(channels) };
    },
  );

  private get m(): HelpFaqMessages {
    return this.messagesFrom(messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
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

  /** The topics offered, the selected one, and the questions shown. */
  private view(loaded: LoadedFaq): FaqView {
    const key = [loaded, this.query, this.topic, this.topics?.join(), this.showingAll];
    if (this.viewCache && same(this.viewCache.key, key)) return this.viewCache.view;
    const view = faqView(loaded, { scope: this.topics, query: this.query, topic: this.topic, showingAll: this.showingAll });
    this.viewCache = { key, view };
    return view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('openId') && this.openId) this.reveal = this.openId;
    if (!this.query.trim()) this.other.off();
    const loaded = this.faqTask.value;
    if (!loaded || isServer) return;
    if (!this.hashChecked) {
      this.hashChecked = true;
      const id = hashId();
      if (id && loaded.keys.has(id)) this.reveal = id;
    }
    if (this.reveal) this.revealEntry(loaded, this.reveal);
  }

  /**
   * Opens an entry, clearing a topic filter or search that hides it and showing every
   * question when it is past the first view, and scrolls to it after rendering.
   */
  private revealEntry(loaded: LoadedFaq, id: string): void {
    this.reveal = undefined;
    const entry = loaded.faq.entries.find((e) => e.id === id);
    if (!entry || !inScope(this.topics, entry.topic)) return;
    const shown = (): boolean => this.view(loaded).hits.some((hit) => hit.entry === entry);
    if (!shown() && this.topic !== entry.topic) this.topic = '';
    if (!shown()) this.query = '';
    if (!shows(this.view(loaded), id)) this.showingAll = true;
    if (!this.opened.has(id)) this.opened = new Set(this.opened).add(id);
    this.scrollTarget = id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollTarget) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      const item = (this.renderRoot as ShadowRoot).getElementById(this.scrollTarget);
      item?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto' });
      // The customer followed a link to this question: they continue from it, not from the page's top.
      item?.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true });
      this.scrollTarget = undefined;
    }
    const loaded = this.faqSchema ? this.faqTask.value : undefined;
    const key = [loaded, this.topics?.join(), this.langTag];
    if (!this.schemaKey || !same(this.schemaKey, key)) {
      this.schemaKey = key;
      const entries = loaded?.faq.entries.filter((e) => inScope(this.topics, e.topic));
      writeFaqSchema(this, entries && faqPageJson(entries, this.langTag));
    }
  }

  private async focusWhenRendered(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---------------------------------------------------------------------------
  // Customer actions

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.settleSearch(), SEARCH_SETTLE_MS);
  };

  private settleSearch(): void {
    const loaded = this.faqTask.value;
    if (!loaded) return;
    const count = this.view(loaded).hits.length;
    const query = this.query.trim();
    this.announcement = query ? this.m.results(count) : '';
    const detail: HelpFaqSearchedDetail = { queryLength: query.length, resultCount: count };
    if (this.emitQuery) detail.query = query;
    this.emit('tessera-help-faq-searched', detail);
  }

  private readonly pickTopic = (topic: string): void => {
    this.topic = topic;
    const loaded = this.faqTask.value;
    if (loaded) this.announcement = this.m.results(this.view(loaded).hits.length);
  };

  private readonly clearSearch = (): void => {
    clearTimeout(this.searchTimer);
    this.query = '';
    this.announcement = '';
    void this.focusWhenRendered('#tf-search');
  };

  /** The button goes away with the empty state: focus goes to the first result. */
  private readonly searchAllTopics = (): void => {
    this.pickTopic('');
    void this.focusWhenRendered('.question');
  };

  /** `other`: a question among the other language's results (no URL hash; its own open state). */
  private readonly toggle = (entryId: string, other = false): void => {
    const id = other ? `~${entryId}` : entryId;
    const opened = new Set(this.opened);
    const open = !opened.delete(id);
    if (open) opened.add(id);
    this.opened = opened;
    if (open) this.emit('tessera-help-faq-opened', { entryId });
    if (this.syncHash && !other) {
      if (open) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
      else if (hashId() === id) history.replaceState(history.state, '', location.pathname + location.search);
    }
  };

  /** Shows every question in place; focus goes to the first one that was not shown. */
  private readonly showAll = (): void => {
    const before = this.renderRoot.querySelectorAll('.question').length;
    this.showingAll = true;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.question')[before]?.focus());
  };

  // ---------------------------------------------------------------------------
  // Rendering

  protected override render(): unknown {
    let faqLoading = false;
    const faq = this.renderTask(this.faqTask, {
      loading: () => {
        faqLoading = true;
        return renderFaqSkeleton(this.m, this.coreMessages.loading);
      },
      ready: (loaded) => renderFaq(loaded, this.view(loaded), this.faqContext()),
      isEmpty: (loaded) => !this.query && !this.view(loaded).all.length && !loaded.leftOut,
      empty: () => html`<p class="empty" part="empty">${this.m.empty}</p>`,
    });
    return html`<div class="base" part="base">${faq}${this.renderContact(faqLoading)}</div>`;
  }

  private faqContext(): FaqRenderContext {
    const other = otherLocale(this.locale);
    const otherFaq = this.other.faq(this.activeProvider, other);
    return {
      m: this.m,
      level: headingLevel(this.headingLevel),
      query: this.query,
      announcement: this.announcement,
      opened: this.opened,
      hideContact: this.hideContact,
      onInput: this.onInput,
      pickTopic: this.pickTopic,
      clearSearch: this.clearSearch,
      searchAllTopics: this.searchAllTopics,
      toggle: this.toggle,
      showAll: this.showAll,
      onQuestionKey,
      feedback: (entryId, key, question) => this.feedback.render(entryId, key, question),
      leftOut: (count) => this.renderLeftOut(count),
      other,
      otherHits: otherFaq && faqView(otherFaq, { scope: this.topics, query: this.query, topic: this.topic, showingAll: true }).hits,
      otherBusy: this.other.busy,
      otherError: this.other.error === undefined ? undefined : this.renderError(this.other.error),
      searchOther: () => void this.other.ask(this.activeProvider, other),
    };
  }

  /**
   * "Still have questions?": the contact channels behind a toggle. Not shown with
   * `hide-contact`, when the lender lists none, or when the questions already say that the
   * provider is missing.
   */
  private renderContact(faqLoading: boolean): TemplateResult | typeof nothing {
    const task = this.contactTask;
    const value = task.status === TaskStatus.COMPLETE ? task.value : undefined;
    if (this.hideContact || (value && !value.channels.length && !value.leftOut)) return nothing;
    const { error } = task;
    if (!faqLoading && task.status === TaskStatus.ERROR && isConfigurationError(error) && !error.method) return nothing;
    const m = this.m;
    const level = headingLevel(this.headingLevel);
    return html`<section class="contact" part="contact" aria-labelledby="tf-contact">${renderHeading(level, m.contactTitle, { id: 'tf-contact', className: 'heading' })}
${this.renderTask(task, {
        loading: () => renderContactSkeleton(m),
        ready: (channels) =>
          renderChannels(channels, {
            leftOut: (count) => this.renderLeftOut(count),
            m,
            langTag: this.langTag,
            now: this.now ?? new Date(),
            level: headingLevel(level, 1),
            open: this.contactOpen,
            onToggle: () => (this.contactOpen = !this.contactOpen),
          }),
      })}</section>`;
  }
}
