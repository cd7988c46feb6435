import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  leftOutOf,
  requireSlice,
  switchStyles,
  themeStyles,
  withLeftOut,
  type DocumentPage,
  type DocumentSummary,
  type DocumentType,
  type PaperlessSettings,
  isPaperlessSettings,
} from '@tessera/core';
import { DOCUMENT_TYPES, byYear, isDocumentPage, isDocumentType } from './document-data.js';
import { documentButtonId, renderYears } from './document-view.js';
import { styles } from './documents.styles.js';
import { messages, type DocumentsMessages } from './messages.js';
import { Opening } from './opening.js';
import { Paperless } from './paperless.js';
import { renderSkeleton } from './skeleton.js';
import { VERSION } from './version.js';

interface Loaded {
  page: DocumentPage;
  paperless?: PaperlessSettings;
}

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

  /** Show only this account's documents, and its paperless switch. */
  @property({ attribute: 'account-id' })
  accountId?: string;

  /** How many documents to ask for per page. */
  @property({ attribute: 'page-size', type: Number })
  pageSize = 12;

  /** The current time (for the link's expiry and the consent's acceptance time); by default the clock. */
  @property({ attribute: false })
  now?: Date;

  /** The type the customer chose, or every type. */
  @state() private type: DocumentType | '' = '';

  /** Older pages the customer asked for, after the first. */
  private more: DocumentSummary[] = [];
  private cursor?: string;
  private moreBusy = false;
  private moreError?: unknown;
  /** Documents opened here: no longer new, whatever the loaded page said. */
  private readonly opened = new Set<string>();

  private readonly opening = new Opening({
    documents: () => requireSlice(this.activeProvider, 'documents'),
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    now: () => this.now ?? new Date(),
    changed: () => this.requestUpdate(),
    opened: (d, delivery) => {
      this.opened.add(d.id);
      this.emit('tessera-documents-opened', { documentId: d.id, accountId: d.accountId, type: d.type, delivery });
    },
    failed: (d, error) => this.reportFailure('open', error, { documentId: d.id }),
    root: () => this.renderRoot,
  });

  private readonly paperless = new Paperless({
    documents: () => requireSlice(this.activeProvider, 'documents', ['setPaperless']),
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    now: () => this.now ?? new Date(),
    changed: () => this.requestUpdate(),
    confirmed: (s) => this.emit('tessera-documents-paperless-changed', { accountId: s.accountId, paperless: s.paperless, ...(s.paperless && s.consentedAt ? { at: s.consentedAt } : {}) }),
    failed: (error) => this.reportFailure('paperless', error, this.accountId ? { accountId: this.accountId } : {}),
    describe: (error) => this.describeError(error),
    focus: (what) => this.focusLater(what === 'consent' ? '#consent-heading' : what === 'retry' ? '#paperless-retry' : '#paperless-switch'),
  });

  private readonly task = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId, this.type, this.pageSize] as const,
    async ([provider, locale, accountId, type, pageSize], signal): Promise<Loaded> => {
      const methods = accountId ? (['listDocuments', 'openDocument', 'getPaperless', 'setPaperless'] as const) : (['listDocuments', 'openDocument'] as const);
      const documents = requireSlice(provider, 'documents', methods);
      const query = { ...(accountId ? { accountId } : {}), ...(type ? { type } : {}), limit: pageSize > 0 ? pageSize : 12 };
      const [page, paperless] = await Promise.all([
        documents.listDocuments(query, { signal, locale }),
        accountId ? documents.getPaperless!(accountId, { signal, locale }) : undefined,
      ]);
      const checked = assertShape(page, isDocumentPage, 'document page', 'documents.listDocuments');
      const settings = paperless === undefined ? undefined : assertShape(paperless, isPaperlessSettings, 'paperless settings', 'documents.getPaperless');
      signal.throwIfAborted();
      this.more = [];
      this.cursor = checked.nextCursor;
      this.moreError = undefined;
      this.paperless.loaded(settings);
      return { page: checked, paperless: settings };
    },
    () => (this.accountId ? { accountId: this.accountId } : {}),
  );

  private get m(): DocumentsMessages {
    return this.messagesFrom(messages);
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">
      ${this.renderTask(this.task, {
        loading: () => renderSkeleton(this.m, this.coreMessages.loading, !!this.accountId),
        ready: (loaded) => this.renderReady(loaded),
      })}
    </div>`;
  }

  private renderReady({ page }: Loaded): TemplateResult {
    const { m } = this;
    const shown = [...page.documents, ...this.more];
    const empty = shown.length === 0;
    return html`<div class="toolbar">
        <label for="filter">${m.filterLabel}</label>
        <select id="filter" class="filter" part="filter" @change=${(e: Event) => this.filter((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.type === ''}>${m.allTypes}</option>
          ${DOCUMENT_TYPES.map((t) => html`<option value=${t} ?selected=${this.type === t}>${m.typesPlural[t]}</option>`)}
        </select>
      </div>
      <p class="count" part="count" role="status">${m.count(shown.length, page.total)}</p>
      ${empty && !this.type
        ? html`<p class="empty" part="empty">${this.accountId ? m.emptyAccount : m.emptyAll}</p>`
        : html`<div class="list" part="list" role="region" aria-label=${m.listLabel} tabindex="0">
            ${empty
              ? html`<p class="muted" part="empty">${m.emptyType}</p>`
              : renderYears(
                  {
                    m,
                    lang: this.langTag,
                    headingLevel: headingLevel(this.headingLevel),
                    isNew: (d) => !d.viewed && !this.opened.has(d.id),
                    busyId: this.opening.busy,
                    onOpen: (d) => void this.opening.open(d),
                  },
                  byYear(shown),
                )}
            ${this.renderMore()}
          </div>`}
      ${this.renderLeftOut(leftOutOf(page))} ${this.renderOpening()}
      ${this.paperless.render({ m, lang: this.langTag, retryLabel: this.coreMessages.retry, headingLevel: headingLevel(this.headingLevel) })}`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    if (this.moreError !== undefined) {
      const failure = this.describeError(this.moreError);
      return html`<div class="status-error" part="error" role="alert" data-code=${failure.code}>
        <p>${this.m.moreFailed} ${failure.message}</p>
        ${failure.retryable
          ? html`<div><button id="more-retry" class="button" part="retry" type="button" @click=${() => void this.loadMore(true)}>${this.coreMessages.retry}</button></div>`
          : nothing}
      </div>`;
    }
    if (!this.cursor) return nothing;
    return html`<div>
      <button id="more" class="button" part="more" type="button" aria-busy=${this.moreBusy ? 'true' : 'false'} @click=${() => void this.loadMore(false)}>
        ${this.moreBusy ? this.m.loadingMore : this.m.showMore}
      </button>
    </div>`;
  }

  private renderOpening(): TemplateResult {
    const { m, opening } = this;
    const failure = opening.failure;
    let failureText: TemplateResult | typeof nothing = nothing;
    if (failure) {
      const described = this.describeError(failure.error);
      const message = failure.refusal === 'not-https' ? m.linkRefused : failure.refusal === 'expired' ? m.linkExpired : `${m.openFailed} ${described.message}`;
      const retry = described.retryable && !failure.refusal;
      failureText = html`<div class="status-error" part="error open-error" role="alert" data-code=${described.code}>
        <p>${message}</p>
        ${retry ? html`<div><button id="open-retry" class="button" part="retry" type="button" @click=${() => this.retryOpen(failure.document)}>${this.coreMessages.retry}</button></div>` : nothing}
      </div>`;
    }
    const done = opening.done;
    const live = opening.busy ? m.opening : done ? (done.delivery === 'link' ? m.openedInTab : m.downloaded)(done.document.name) : '';
    return html`<p class="visually-hidden" role="status">${live}</p>
      ${failureText}`;
  }

  /** Opens the document again; the retry button goes away with the message, so focus returns to the document. */
  private retryOpen(document: DocumentSummary): void {
    void this.opening.open(document);
    this.focusLater(`[data-document-id="${CSS.escape(document.id)}"]`);
  }

  private filter(value: string): void {
    this.type = isDocumentType(value) ? value : '';
  }

  /** The next page, appended; focus moves to its first document (the button may go away). */
  private async loadMore(retrying: boolean): Promise<void> {
    if (this.moreBusy || !this.cursor) return;
    const documents = requireSlice(this.activeProvider, 'documents');
    const before = (this.task.value?.page.documents.length ?? 0) + this.more.length;
    const hadFocus = this.shadowRoot?.activeElement !== null && this.shadowRoot?.activeElement !== undefined;
    this.moreBusy = true;
    this.moreError = undefined;
    this.requestUpdate();
    if (retrying) this.focusLater('#more');
    const signal = this.connectionSignal;
    const query = { ...(this.accountId ? { accountId: this.accountId } : {}), ...(this.type ? { type: this.type } : {}), cursor: this.cursor, limit: this.pageSize > 0 ? this.pageSize : 12 };
    try {
      const page = assertShape(await documents.listDocuments(query, { signal, locale: this.locale }), isDocumentPage, 'document page', 'documents.listDocuments');
      signal.throwIfAborted();
      this.more = withLeftOut(page, [...this.more, ...page.documents]);
      this.cursor = page.nextCursor;
      if (hadFocus && page.documents.length) this.focusLater(`#${documentButtonId(before)}`);
      else if (hadFocus) this.focusLater('#filter');
    } catch (error) {
      if (signal.aborted) return;
      this.moreError = error;
      this.reportFailure('more', error, this.accountId ? { accountId: this.accountId } : {});
      if (hadFocus) this.focusLater(this.describeError(error).retryable ? '#more-retry' : '#filter');
    } finally {
      this.moreBusy = false;
      this.requestUpdate();
    }
  }

  /**
   * Focuses an element of the shadow root once rendered, unless the customer has since
   * focused something else on the page (focus left on the body by a removed button is moved).
   */
  private focusLater(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const active = this.ownerDocument.activeElement;
      if (active && active !== this && active !== this.ownerDocument.body) return;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }
}
