import { html, nothing, type TemplateResult } from 'lit';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  leftOutOf,
  requireSlice,
  switchStyles,
  themeStyles,
  withLeftOut,
  type DocumentOpening,
  type DocumentPage,
  type DocumentQuery,
  type DocumentSummary,
  type DocumentType,
  isPaperlessSettings,
} from '@tessera/core';
import { DOCUMENT_TYPES, byYear, isDocumentPage, isDocumentType } from './document-data.js';
import { documentButtonId, renderYears } from './document-view.js';
import { styles } from './documents.styles.js';
import { messages, type DocumentsMessages } from './messages.js';
import type { OpenFailure } from './opening.js';
import { Paperless } from './paperless.js';
import { renderSkeleton } from './skeleton.js';
import { VERSION } from './version.js';

/**
 * Statements, notices, payoff and lien-release letters and tax documents of one account
 * (`account-id`) or of every account, by year, newest first, with a filter by type that
 * announces the count, "new" until opened and "Show more" for older pages. A document
 * opens from the lender's short-lived `https:` link in a new tab (`noopener`), or downloads
 * under a safe file name; the link goes into no event, log or storage. With `account-id`,
 * a switch turns paperless delivery on (after the lender's consent, shown in full, is
 * accepted) or off (saying when paper starts again). Year headings are at `heading-level`.
 *
 * @summary Statements and documents, and going paperless.
 *
 * @fires {CustomEvent<DocumentsOpenedDetail>} tessera-documents-opened - A document opened in a new tab (`delivery: 'link'`) or downloaded (`'file'`). Carries ids and the type, never the link.
 * @fires {CustomEvent<DocumentsPaperlessChangedDetail>} tessera-documents-paperless-changed - After the lender confirms the account's new paperless setting; `at` is when the consent was accepted.
 * @fires {CustomEvent<DocumentsFailedDetail>} tessera-documents-failed - The load (`load`), the next page (`more`), opening a document (`open`, with `documentId`) or the paperless change (`paperless`) failed; `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart filter - The document type filter (`<select>`).
 * @csspart count - How many documents are shown (a live region).
 * @csspart list - The scrolling box of years and documents.
 * @csspart year - One year (a section named by its heading).
 * @csspart year-heading - A year's heading.
 * @csspart year-empty - Says a year between two others has no documents.
 * @csspart documents - One year's list of documents.
 * @csspart document - One document (list item).
 * @csspart open - The button that opens a document: name, "new", date, type and figures.
 * @csspart name - A document's name.
 * @csspart new - The "new" badge of a document not opened yet.
 * @csspart facts - A statement's period, closing balance and minimum due.
 * @csspart more - The "Show more" button.
 * @csspart paperless - The paperless block.
 * @csspart switch - The paperless switch (`role="switch"`).
 * @csspart track - The switch's track.
 * @csspart thumb - The switch's thumb.
 * @csspart label - The switch's visible label.
 * @csspart paper-starts - When paper starts again, after paperless is turned off.
 * @csspart consent - The electronic-delivery consent, shown before the first opt-in.
 * @csspart consent-text - The lender's consent text, in full.
 * @csspart accept - The button that accepts the consent and turns paperless on.
 * @csspart not-now - The button that closes the consent.
 * @csspart paperless-error - The paperless change's error (it is also an `error` part).
 * @csspart open-error - Opening a document failed (it is also an `error` part).
 * @csspart empty - Says there are no documents (for the account, or of the chosen type).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - An error's Try again button.
 * @csspart notice - Says how many documents could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-documents-list-height=24rem] - Height of the scrolling list of documents.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Document buttons and skeleton bars, the switch's track when off.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - The "new" badge, buttons and the switch when on.
 * @cssprop --tessera-color-on-accent - Text on the accent color.
 * @cssprop --tessera-color-danger - Error borders.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraDocuments extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-documents';
  static override styles = [themeStyles, switchStyles, styles];

  // Declared without decorators: the decorator helper would cost this package more than its budget allows.
  static override properties = {
    accountId: { attribute: 'account-id' },
    pageSize: { attribute: 'page-size', type: Number },
    now: { attribute: false },
  };

  /** Show only this account's documents, and its paperless switch. */
  declare accountId?: string;

  /** How many documents to ask for per page. */
  pageSize = 12;

  /** The current time (for the link's expiry and the consent's acceptance time); by default the clock. */
  declare now?: Date;

  /** The type the customer chose, or every type (the load task reads it on each update). */
  private type: DocumentType | '' = '';

  /** Older pages the customer asked for, after the first. */
  private more: DocumentSummary[] = [];
  private cursor?: string;
  private moreBusy = false;
  private moreError?: unknown;
  /** Documents opened here: no longer new, whatever the loaded page said. */
  private readonly opened = new Set<string>();

  /** The document being opened (one at a time). */
  private openingId?: string;
  /** The document last opened and how, for the live message. */
  private done?: { document: DocumentSummary; delivery: DocumentOpening['kind'] };
  private openFailure?: OpenFailure;

  private readonly paperless = new Paperless({
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    now: () => this.now ?? new Date(),
    changed: () => this.requestUpdate(),
    documents: () => requireSlice(this.activeProvider, 'documents', ['setPaperless']),
    confirmed: (s) => this.emit('tessera-documents-paperless-changed', { accountId: s.accountId, paperless: s.paperless, ...(s.paperless && s.consentedAt ? { at: s.consentedAt } : {}) }),
    failed: (error) => this.reportFailure('paperless', error, this.scope),
    focus: (what) => this.focusLater(what === 'consent' ? '#consent-heading' : `#paperless-${what}`, '#paperless-switch'),
    error: (prefix, error, id, retry) => this.failureBlock(prefix, error, id, retry),
  });

  private readonly task = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId, this.type, this.pageSize] as const,
    async ([provider, locale, accountId], signal): Promise<DocumentPage> => {
      const methods = accountId ? (['listDocuments', 'openDocument', 'getPaperless', 'setPaperless'] as const) : (['listDocuments', 'openDocument'] as const);
      const documents = requireSlice(provider, 'documents', methods);
      const [page, paperless] = await Promise.all([
        documents.listDocuments(this.query(), { signal, locale }),
        accountId ? documents.getPaperless!(accountId, { signal, locale }) : undefined,
      ]);
      const checked = assertShape(page, isDocumentPage, 'document page', 'documents.listDocuments');
      const settings = paperless === undefined ? undefined : assertShape(paperless, isPaperlessSettings, 'paperless settings', 'documents.getPaperless');
      signal.throwIfAborted();
      this.more = [];
      this.cursor = checked.nextCursor;
      this.moreError = undefined;
      this.paperless.loaded(settings);
      return checked;
    },
    () => this.scope,
  );

  /** The account shown, for failure events. */
  private get scope(): { accountId?: string } {
    return this.accountId ? { accountId: this.accountId } : {};
  }

  /** A page of the account's (or every account's) documents of the chosen type. */
  private query(cursor?: string): DocumentQuery {
    return { ...this.scope, ...(this.type ? { type: this.type } : {}), ...(cursor ? { cursor } : {}), limit: this.pageSize > 0 ? this.pageSize : 12 };
  }

  private get m(): DocumentsMessages {
    return this.messagesFrom(messages);
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderTask(this.task, {
      loading: () => renderSkeleton(this.m, this.coreMessages.loading, !!this.accountId),
      ready: (page) => this.renderReady(page),
    })}</div>`;
  }

  private renderReady(page: DocumentPage): TemplateResult {
    const { m } = this;
    const shown = [...page.documents, ...this.more];
    const empty = shown.length === 0;
    const level = headingLevel(this.headingLevel);
    return html`<div class="toolbar"><label for="filter">${m.filterLabel}</label><select id="filter" class="filter" part="filter" @change=${(e: Event) => this.filter((e.target as HTMLSelectElement).value)}><option value="" ?selected=${!this.type}>${m.allTypes}</option>${DOCUMENT_TYPES.map(
      (t) => html`<option value=${t} ?selected=${this.type === t}>${m.typesPlural[t]}</option>`,
    )}</select></div><p class="count" part="count" role="status">${m.count(shown.length, page.total)}</p>${empty && !this.type
      ? html`<p class="empty" part="empty">${this.accountId ? m.emptyAccount : m.emptyAll}</p>`
      : html`<div class="list" part="list" role="region" aria-label=${m.listLabel} tabindex="0">${empty
          ? html`<p class="muted" part="empty">${m.emptyType}</p>`
          : renderYears(
              {
                m,
                lang: this.langTag,
                headingLevel: level,
                isNew: (d) => !d.viewed && !this.opened.has(d.id),
                busyId: this.openingId,
                onOpen: (d) => void this.open(d),
              },
              byYear(shown),
            )}${this.renderMore()}</div>`}${this.renderLeftOut(leftOutOf(page))}${this.renderOpening()}${this.paperless.render({ m, lang: this.langTag, headingLevel: level })}`;
  }

  /**
   * The error block of a step that failed after the load (more, open, paperless): what
   * failed, the provider's reason and, when useful, a retry button with an id for focus. Its
   * part names the step (`open-error`, `paperless-error`), except the next page's (`error` only).
   */
  private failureBlock(prefix: string, error: unknown, id: string, retry?: () => void, refusal?: string): TemplateResult {
    const failure = this.describeError(error);
    return html`<div class="status-error" part=${id === 'more' ? 'error' : `error ${id}-error`} role="alert" data-code=${failure.code}><p>${refusal ?? `${prefix} ${failure.message}`}</p>${retry && failure.retryable && !refusal
      ? html`<div><button id=${`${id}-retry`} class="button" part="retry" type="button" @click=${retry}>${this.coreMessages.retry}</button></div>`
      : nothing}</div>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const { m, moreBusy } = this;
    return this.moreError !== undefined
      ? this.failureBlock(m.moreFailed, this.moreError, 'more', () => void this.loadMore(true))
      : this.cursor
        ? html`<div><button id="more" class="button" part="more" type="button" aria-busy=${moreBusy ? 'true' : 'false'} @click=${() => void this.loadMore(false)}>${moreBusy ? this.coreMessages.loading : m.showMore}</button></div>`
        : nothing;
  }

  private renderOpening(): TemplateResult {
    const { m, done, openFailure: failure } = this;
    const live = this.openingId ? m.opening : done ? (done.delivery === 'link' ? m.openedInTab : m.downloaded)(done.document.name) : '';
    return html`<p class="visually-hidden" role="status">${live}</p>${failure
      ? this.failureBlock(m.openFailed, failure.error, 'open', () => this.retryOpen(failure.document), failure.refusal && m[failure.refusal === 'expired' ? 'linkExpired' : 'linkRefused'])
      : nothing}`;
  }

  /**
   * Opens a document: the lender's short-lived `https:` link in a new tab (`noopener`), or the
   * file saved under a safe name. The link is used at once and kept nowhere.
   */
  private async open(document: DocumentSummary): Promise<void> {
    if (this.openingId) return;
    this.openingId = document.id;
    this.openFailure = this.done = undefined;
    this.requestUpdate();
    const signal = this.connectionSignal;
    try {
      const [answer, { checkOpening, download }] = await Promise.all([
        requireSlice(this.activeProvider, 'documents').openDocument(document.id, { signal, locale: this.locale }) as Promise<unknown>,
        import('./opening.js'),
      ]);
      signal.throwIfAborted();
      const opening = checkOpening(answer, this.now ?? new Date());
      if (opening.kind === 'link') window.open(opening.url, '_blank', 'noopener,noreferrer');
      else download(opening, document, this.renderRoot);
      const delivery = opening.kind;
      this.done = { document, delivery };
      this.opened.add(document.id);
      this.emit('tessera-documents-opened', { documentId: document.id, accountId: document.accountId, type: document.type, delivery });
    } catch (error) {
      if (!signal.aborted) {
        this.openFailure = { document, error, refusal: (error as { refusal?: OpenFailure['refusal'] }).refusal };
        this.reportFailure('open', error, { documentId: document.id });
      }
    } finally {
      this.openingId = undefined;
      this.requestUpdate();
    }
  }

  /** Opens the document again; the retry button goes away with the message, so focus returns to the document. */
  private retryOpen(document: DocumentSummary): void {
    void this.open(document);
    this.focusLater(`[data-document-id="${CSS.escape(document.id)}"]`);
  }

  private filter(value: string): void {
    this.type = isDocumentType(value) ? value : '';
    this.requestUpdate();
  }

  /** The next page, appended; focus moves to its first document (the button may go away). */
  private async loadMore(retrying: boolean): Promise<void> {
    if (this.moreBusy || !this.cursor) return;
    const documents = requireSlice(this.activeProvider, 'documents');
    const before = (this.task.value?.documents.length ?? 0) + this.more.length;
    const hadFocus = !!this.shadowRoot?.activeElement;
    this.moreBusy = true;
    this.moreError = undefined;
    this.requestUpdate();
    if (retrying) this.focusLater('#more');
    const signal = this.connectionSignal;
    try {
      const page = assertShape(await documents.listDocuments(this.query(this.cursor), { signal, locale: this.locale }), isDocumentPage, 'document page', 'documents.listDocuments');
      signal.throwIfAborted();
      this.more = withLeftOut(page, [...this.more, ...page.documents]);
      this.cursor = page.nextCursor;
      if (hadFocus) this.focusLater(page.documents.length ? `#${documentButtonId(before)}` : '#filter');
    } catch (error) {
      if (signal.aborted) return;
      this.moreError = error;
      this.reportFailure('more', error, this.scope);
      if (hadFocus) this.focusLater('#more-retry', '#filter');
    } finally {
      this.moreBusy = false;
      this.requestUpdate();
    }
  }
}
