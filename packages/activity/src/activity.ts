import { html, nothing, type TemplateResult } from 'lit';
import {
  TesseraElement,
  assertShape,
  formatDateRange,
  headingLevel,
  isLoanPaymentPage,
  isPaymentReceipt,
  isStatementPeriod,
  isTransactionPage,
  leftOutOf,
  listOf,
  obj,
  oneOf,
  renderHeading,
  requireSlice,
  text,
  themeStyles,
  withLeftOut,
  type LoanPayment,
  type LoanPaymentPage,
  type StatementPeriod,
  type Transaction,
  type TransactionKind,
  type TransactionPage,
  type TransactionQuery,
} from '@tessera/core';
import { styles } from './activity.styles.js';
import { messages, type ActivityMessages } from './messages.js';
import { matches, sortRows, type Sort, type SortKey } from './rows.js';
import { Scheduled } from './scheduled.js';
import { renderSkeleton } from './skeleton.js';
import { renderLoanPayments, renderTransactions, type TableContext } from './table-view.js';
import { VERSION } from './version.js';

const isAccountKind = obj<{ id: string; kind: 'card' | 'vehicle-loan' }>({ id: text, kind: oneOf('card', 'vehicle-loan') });
const isPeriods = listOf(isStatementPeriod);
const isScheduled = listOf(isPaymentReceipt);
const rowsOf = (page: TransactionPage | LoanPaymentPage): Array<Transaction | LoanPayment> => ('transactions' in page ? page.transactions : page.payments);

interface Loaded {
  card: boolean;
  /** The checked first page (its left-out count goes with it). */
  page: TransactionPage | LoanPaymentPage;
  periods: StatementPeriod[];
}

/**
 * What an account did. A card (`account-id` of a card account): its transactions in one
 * statement period, pending apart from posted, with filters by status and type, a search of
 * descriptions and amounts that forgives typos, sortable columns, "Show more" for the next
 * page, a CSV of the rows shown or of the whole period, and "Dispute this charge" on posted charges the lender
 * marks disputable. A vehicle loan: its payment history, how each payment was applied and
 * made, and why one was returned. Both: the scheduled payments, each cancelled (after a
 * confirmation) or changed until the lender's cutoff. A table on wide screens, labeled rows
 * on narrow ones. Headings are at `heading-level`.
 *
 * @summary Transactions, payment history and scheduled payments.
 *
 * @fires {CustomEvent<ActivityDisputeRequestedDetail>} tessera-activity-dispute-requested - "Dispute this charge" was pressed: `{ accountId, transactionId }`, for the host to open the dispute widget.
 * @fires {CustomEvent<ActivityPaymentCancelledDetail>} tessera-activity-payment-cancelled - The lender confirmed a scheduled payment is cancelled.
 * @fires {CustomEvent<ActivityPaymentChangedDetail>} tessera-activity-payment-changed - The lender confirmed a scheduled payment's new date or amount.
 * @fires {CustomEvent<ActivityFailedDetail>} tessera-activity-failed - The load (`load`), the next page (`more`), the whole period's CSV (`export`), a cancel (`cancel`) or a change (`change`, with `paymentId`) failed; `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart heading - The activity's heading.
 * @csspart filters - The period, status and type filters and the search.
 * @csspart period - The statement period `<select>`.
 * @csspart status-filter - The pending/posted `<select>`.
 * @csspart kind-filter - The transaction type `<select>`.
 * @csspart search - The search field.
 * @csspart count - How many rows are shown, and the order (a live region).
 * @csspart list - The scrolling box of tables.
 * @csspart table - A table (pending, posted, or payment history).
 * @csspart row - One row.
 * @csspart sort - A column header's sort button.
 * @csspart dispute - "Dispute this charge".
 * @csspart more - The "Show more" button.
 * @csspart export - The CSV download button (the rows shown).
 * @csspart export-all - Downloads the whole period (or every loan payment) as CSV, after loading the pages not shown yet.
 * @csspart scheduled-heading - The scheduled payments' heading.
 * @csspart scheduled - The list of scheduled payments.
 * @csspart scheduled-empty - Says no payment is scheduled.
 * @csspart payment - One scheduled payment.
 * @csspart change - Opens the change of a payment's date or amount.
 * @csspart cancel - Asks to cancel a payment.
 * @csspart confirm - The cancel confirmation.
 * @csspart confirm-cancel - Confirms the cancel.
 * @csspart keep - Closes the confirmation or the change.
 * @csspart edit - The change form.
 * @csspart save - Saves the change.
 * @csspart empty - Says nothing is shown (no activity, or nothing matches).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - An error's Try again button.
 * @csspart notice - Says how many rows could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-activity-list-height=26rem] - Height of the scrolling box of rows.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Header row and skeleton bars.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Buttons.
 * @cssprop --tessera-color-on-accent - Text on the accent color.
 * @cssprop --tessera-color-danger - Error borders and the confirm-cancel button.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraActivity extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-activity';
  static override styles = [themeStyles, styles];

  // Declared without decorators: the decorator helper would cost this package more than its budget allows.
  static override properties = {
    accountId: { attribute: 'account-id' },
    pageSize: { attribute: 'page-size', type: Number },
    now: { attribute: false },
  };

  /** The account whose activity is shown (a card or a vehicle loan). */
  declare accountId?: string;

  /** How many rows to ask for per page. */
  pageSize = 25;

  /** The current time (for scheduled payments' cutoffs); by default the clock. */
  declare now?: Date;

  // What the customer chose; the load task reads the first three on each update.
  private periodId = '';
  private status: '' | 'pending' | 'posted' = '';
  private kind: '' | TransactionKind = '';
  private query = '';
  private sort: Sort = { key: 'date', ascending: false };
  private sortSaid = '';

  private more: Array<Transaction | LoanPayment> = [];
  private cursor?: string;
  private moreBusy = false;
  private moreError?: unknown;
  private exporting = false;
  private exportError?: { all: boolean; error: unknown };
  private exportRun?: AbortController;
  private periods?: { accountId: string; list: StatementPeriod[] };

  private readonly scheduled = new Scheduled({
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    now: () => this.now ?? new Date(),
    changed: () => this.requestUpdate(),
    payments: () => this.activeProvider?.payments,
    cancelled: (p) => this.emit('tessera-activity-payment-cancelled', { accountId: p.accountId, paymentId: p.id }),
    edited: (p) => this.emit('tessera-activity-payment-changed', { accountId: p.accountId, paymentId: p.id, date: p.date, amount: p.amount }),
    failed: (action, p, error) => this.reportFailure(action, error, { accountId: p.accountId, paymentId: p.id }),
    focus: (...selectors) => this.focusLater(...selectors),
    error: (prefix, error, id, retry) => this.failureBlock(prefix, error, id, retry),
  });

  private readonly task = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId ?? '', this.periodId, this.status, this.kind, this.pageSize] as const,
    async ([provider, locale, accountId], signal): Promise<Loaded> => {
      this.exportRun?.abort();
      const accounts = requireSlice(provider, 'accounts', ['getAccount']);
      const activity = requireSlice(provider, 'activity', ['listStatementPeriods', 'listTransactions']);
      const o = { signal, locale };
      const [account, scheduled] = await Promise.all([accounts.getAccount(accountId, o), accounts.listScheduledPayments?.(accountId, o)]);
      const card = assertShape(account, isAccountKind, 'account', 'accounts.getAccount').kind === 'card';
      let page: Loaded['page'];
      let periods: StatementPeriod[] = [];
      if (card) {
        const cached = this.periods?.accountId === accountId ? this.periods.list : undefined;
        const [list, answer] = await Promise.all([cached ?? activity.listStatementPeriods(accountId, o), this.fetchPage(true, signal)]);
        periods = cached ?? assertShape(list, isPeriods, 'statement periods', 'activity.listStatementPeriods');
        page = answer;
      } else {
        requireSlice(provider, 'activity', ['listLoanPayments']);
        page = await this.fetchPage(false, signal);
      }
      const checked = scheduled === undefined ? undefined : assertShape(scheduled, isScheduled, 'scheduled payments', 'accounts.listScheduledPayments');
      signal.throwIfAborted();
      this.periods = { accountId, list: periods };
      this.more = [];
      this.cursor = page.nextCursor;
      this.moreError = this.exportError = undefined;
      this.scheduled.loaded(checked?.filter((p) => p.status === 'scheduled'));
      return { card, page, periods };
    },
    ([, , accountId]) => ({ accountId }),
  );

  private get limit(): number {
    return this.pageSize > 0 ? this.pageSize : 25;
  }

  private transactionQuery(cursor?: string): TransactionQuery {
    return {
      accountId: this.accountId ?? '',
      ...(this.periodId ? { periodId: this.periodId } : {}),
      ...(this.status ? { status: this.status } : {}),
      ...(this.kind ? { kind: this.kind } : {}),
      ...(cursor ? { cursor } : {}),
      limit: this.limit,
    };
  }

  private get m(): ActivityMessages {
    return this.messagesFrom(messages);
  }

  protected override render(): unknown {
    const level = headingLevel(this.headingLevel);
    return html`<div class="base" part="base">${this.renderTask(this.task, {
      loading: () => renderSkeleton(this.m, this.coreMessages.loading),
      ready: (loaded) => this.renderReady(loaded),
    })}${this.task.value ? this.scheduled.render({ m: this.m, lang: this.langTag, level }) : nothing}</div>`;
  }

  /** The rows loaded so far (first page and the pages after it). */
  private rows(loaded: Loaded): Array<Transaction | LoanPayment> {
    return [...rowsOf(loaded.page), ...this.more];
  }

  private renderReady(loaded: Loaded): TemplateResult {
    const { m } = this;
    const lang = this.langTag;
    const level = headingLevel(this.headingLevel);
    const shown = this.shown(loaded);
    const c: TableContext = { m, lang, sort: this.sort, onSort: (key) => this.sortBy(key), onDispute: (t) => this.emit('tessera-activity-dispute-requested', { accountId: t.accountId, transactionId: t.id }) };
    const total = 'total' in loaded.page ? loaded.page.total : undefined;
    const filtered = !!(this.query || this.status || this.kind);
    return html`${renderHeading(level, loaded.card ? m.transactions : m.history, { className: 'heading', part: 'heading' })}${loaded.card ? this.renderFilters(loaded.periods, lang) : nothing}<p class="count" part="count" role="status">${m.count(shown.length, this.query ? undefined : total)}${this.sortSaid ? `. ${this.sortSaid}` : ''}</p><div class="list" part="list" role="region" aria-label=${loaded.card ? m.transactions : m.history} tabindex="0">${shown.length
      ? loaded.card
        ? html`${renderTransactions(c, m.pending, (shown as Transaction[]).filter((t) => t.status === 'pending'))}${renderTransactions(c, m.posted, (shown as Transaction[]).filter((t) => t.status === 'posted'))}`
        : renderLoanPayments(c, m.history, shown as LoanPayment[])
      : html`<p class="empty" part="empty">${filtered ? m.noMatch : m.empty}</p>`}${this.renderMore()}</div>${this.renderLeftOut(leftOutOf(loaded.page) + leftOutOf(this.more))}${this.renderExport(shown.length)}`;
  }

  /** The rows on screen: searched (cards) and in the chosen order. */
  private shown(loaded: Loaded): Array<Transaction | LoanPayment> {
    const all = this.rows(loaded);
    return loaded.card ? sortRows((all as Transaction[]).filter((t) => matches(t, this.query)), this.sort) : sortRows(all as LoanPayment[], this.sort);
  }

  private renderExport(shown: number): TemplateResult {
    const { m, exportError } = this;
    const button = (all: boolean, id: string, label: string): TemplateResult =>
      html`<button id=${id} class="button secondary" part=${id} type="button" ?disabled=${!all && !shown} aria-busy=${all && this.exporting ? 'true' : 'false'} @click=${() => void this.exportCsv(all)}>${label}</button>`;
    return html`<div class="actions">${button(false, 'export', m.exportCsv)}${this.cursor || this.exporting ? button(true, 'export-all', m.exportAll) : nothing}<span class="visually-hidden" role="status">${this.exporting ? m.exporting(this.rows(this.task.value!).length) : ''}</span></div>${exportError
      ? this.failureBlock(m.exportFailed, exportError.error, 'export', () => void this.exportCsv(exportError.all))
      : nothing}`;
  }

  private renderFilters(periods: StatementPeriod[], lang: string): TemplateResult {
    const { m } = this;
    const select = (id: string, label: string, part: string, value: string, options: Array<[string, string]>, set: (v: string) => void): TemplateResult =>
      html`<label for=${id}>${label}<select id=${id} class="control" part=${part} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>${options.map(([v, t]) => html`<option value=${v} ?selected=${v === value}>${t}</option>`)}</select></label>`;
    return html`<div class="filters" part="filters">${select(
      'period',
      m.period,
      'period',
      this.periodId,
      periods.map((p) => [p.current ? '' : p.id, `${formatDateRange(p.from, p.to, lang, 'medium')}${p.current ? ` (${m.current})` : ''}`]),
      (v) => this.choose(() => (this.periodId = v)),
    )}${select('status', m.status, 'status-filter', this.status, [['', m.all], ['pending', m.pending], ['posted', m.posted]], (v) => this.choose(() => (this.status = v as typeof this.status)))}${select(
      'kind',
      m.kind,
      'kind-filter',
      this.kind,
      [['', m.all], ...Object.entries(m.kinds)],
      (v) => this.choose(() => (this.kind = v as TransactionKind | '')),
    )}<label for="search">${m.search}<input id="search" class="control" part="search" type="search" .value=${this.query} @input=${(e: Event) => {
      this.query = (e.target as HTMLInputElement).value;
      this.requestUpdate();
    }} /></label></div>`;
  }

  /** A new period or filter: the task re-runs and aborts the request in flight. */
  private choose(set: () => void): void {
    set();
    this.requestUpdate();
  }

  private sortBy(key: SortKey): void {
    this.sort = { key, ascending: this.sort.key === key && !this.sort.ascending };
    this.sortSaid = this.m.sorted(key === 'date' ? this.m.date : this.m.amount, this.sort.ascending);
    this.requestUpdate();
  }

  /**
   * Saves the rows shown as CSV; with `all`, first fetches the pages not loaded yet (same
   * period and filters; they are shown too). A failed page is asked again by the retry, which
   * goes on from the last cursor; a new period, filter or load aborts the fetching.
   */
  private async exportCsv(all: boolean): Promise<void> {
    const loaded = this.task.value;
    if (this.moreBusy || !loaded) return;
    const hadFocus = !!this.shadowRoot?.activeElement;
    const signal = this.linkSignal((this.exportRun = new AbortController()).signal);
    this.moreBusy = this.exporting = all;
    this.exportError = undefined;
    // A retry's button goes away with its message: focus moves to the download it repeats.
    if (hadFocus) this.focusLater(all ? '#export-all' : '#export');
    else this.requestUpdate();
    try {
      while (all && this.cursor) if (!(await this.fetchNext(loaded, signal))) return;
      const { csvOf, saveCsv } = await import('./export.js');
      signal.throwIfAborted();
      const period = loaded.periods.find((p) => (this.periodId ? p.id === this.periodId : p.current)) ?? loaded.periods[0];
      saveCsv(csvOf(this.m, loaded.card, this.shown(loaded)), `activity-${period ? period.id : 'payments'}.csv`, this.renderRoot);
    } catch (error) {
      if (signal.aborted) return;
      this.exportError = { all, error };
      this.reportFailure('export', error, { accountId: this.accountId });
    } finally {
      this.moreBusy = this.exporting = false;
      if (hadFocus && !signal.aborted) this.focusLater('#export-retry', all ? '#export-all' : '#export', '#export');
      else this.requestUpdate();
    }
  }

  /** The error block of a step after the load (more, cancel, change), with a retry whose id focus can find. */
  private failureBlock(prefix: string, error: unknown, id: string, retry?: () => void): TemplateResult {
    const failure = this.describeError(error);
    return html`<div class="status-error" part="error" role="alert" data-code=${failure.code}><p>${prefix} ${failure.message}</p>${retry && failure.retryable
      ? html`<div><button id=${`${id}-retry`} class="button" part="retry" type="button" @click=${retry}>${this.coreMessages.retry}</button></div>`
      : nothing}</div>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const { m, moreBusy } = this;
    return this.moreError !== undefined
      ? this.failureBlock(m.moreFailed, this.moreError, 'more', () => void this.loadMore())
      : this.cursor
        ? html`<div><button id="more" class="button secondary" part="more" type="button" aria-busy=${moreBusy ? 'true' : 'false'} @click=${() => void this.loadMore()}>${moreBusy ? this.coreMessages.loading : m.showMore}</button></div>`
        : nothing;
  }

  /** The next page, appended; focus stays on "Show more" (or its retry) while there is one. */
  private async loadMore(): Promise<void> {
    const loaded = this.task.value;
    if (this.moreBusy || !this.cursor || !loaded) return;
    const hadFocus = !!this.shadowRoot?.activeElement;
    this.moreBusy = true;
    this.moreError = undefined;
    this.requestUpdate();
    const signal = this.connectionSignal;
    try {
      await this.fetchNext(loaded, signal);
    } catch (error) {
      if (signal.aborted) return;
      this.moreError = error;
      this.reportFailure('more', error, { accountId: this.accountId });
    } finally {
      this.moreBusy = false;
      if (hadFocus) this.focusLater('#more', '#more-retry', '[part~="list"]');
      else this.requestUpdate();
    }
  }

  /** One page of the card's transactions (period and filters applied) or of the loan's payments, checked. */
  private async fetchPage(card: boolean, signal: AbortSignal, cursor?: string): Promise<TransactionPage | LoanPaymentPage> {
    const activity = requireSlice(this.activeProvider, 'activity');
    const o = { signal, locale: this.locale };
    return card
      ? assertShape(await activity.listTransactions(this.transactionQuery(cursor), o), isTransactionPage, 'transaction page', 'activity.listTransactions')
      : assertShape(await activity.listLoanPayments!(this.accountId ?? '', cursor ? { cursor, limit: this.limit } : { limit: this.limit }, o), isLoanPaymentPage, 'loan payment page', 'activity.listLoanPayments');
  }

  /** Fetches the page at the cursor and appends it; false when the rows it follows were replaced meanwhile. */
  private async fetchNext(loaded: Loaded, signal: AbortSignal): Promise<boolean> {
    const page = await this.fetchPage(loaded.card, signal, this.cursor);
    if (signal.aborted || this.task.value !== loaded) return false;
    this.more = withLeftOut(page, [...this.more, ...rowsOf(page)]);
    this.cursor = page.nextCursor;
    this.requestUpdate();
    return true;
  }
}
