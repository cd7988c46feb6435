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
import { matches, plainAmount, saveCsv, sortRows, toCsv, type Sort, type SortKey } from './rows.js';
import { Scheduled } from './scheduled.js';
import { renderSkeleton } from './skeleton.js';
import { renderLoanPayments, renderTransactions, type TableContext } from './table-view.js';
import { VERSION } from './version.js';

const isAccountKind = obj<{ id: string; kind: 'card' | 'vehicle-loan' }>({ id: text, kind: oneOf('card', 'vehicle-loan') });
const isPeriods = listOf(isStatementPeriod);
const isScheduled = listOf(isPaymentReceipt);

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
 * page, a CSV of the rows shown, and "Dispute this charge" on posted charges the lender
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
 * @fires {CustomEvent<ActivityFailedDetail>} tessera-activity-failed - The load (`load`), the next page (`more`), a cancel (`cancel`) or a change (`change`, with `paymentId`) failed; `code` is the provider's error code.
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
 * @csspart export - The CSV download button.
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
      const accounts = requireSlice(provider, 'accounts', ['getAccount']);
      const activity = requireSlice(provider, 'activity', ['listStatementPeriods', 'listTransactions']);
      const o = { signal, locale };
      const [account, scheduled] = await Promise.all([accounts.getAccount(accountId, o), accounts.listScheduledPayments?.(accountId, o)]);
      const card = assertShape(account, isAccountKind, 'account', 'accounts.getAccount').kind === 'card';
      let page: Loaded['page'];
      let periods: StatementPeriod[] = [];
      if (card) {
        const cached = this.periods?.accountId === accountId ? this.periods.list : undefined;
        const [list, answer] = await Promise.all([cached ?? activity.listStatementPeriods(accountId, o), activity.listTransactions(this.transactionQuery(), o)]);
        periods = cached ?? assertShape(list, isPeriods, 'statement periods', 'activity.listStatementPeriods');
        page = assertShape(answer, isTransactionPage, 'transaction page', 'activity.listTransactions');
      } else {
        const loans = requireSlice(provider, 'activity', ['listLoanPayments']);
        page = assertShape(await loans.listLoanPayments!(accountId, { limit: this.limit }, o), isLoanPaymentPage, 'loan payment page', 'activity.listLoanPayments');
      }
      const checked = scheduled === undefined ? undefined : assertShape(scheduled, isScheduled, 'scheduled payments', 'accounts.listScheduledPayments');
      signal.throwIfAborted();
      this.periods = { accountId, list: periods };
      this.more = [];
      this.cursor = page.nextCursor;
      this.moreError = undefined;
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
    const first: Array<Transaction | LoanPayment> = 'transactions' in loaded.page ? loaded.page.transactions : loaded.page.payments;
    return [...first, ...this.more];
  }

  private renderReady(loaded: Loaded): TemplateResult {
    const { m } = this;
    const lang = this.langTag;
    const level = headingLevel(this.headingLevel);
    const all = this.rows(loaded);
    const shown = loaded.card ? sortRows((all as Transaction[]).filter((t) => matches(t, this.query)), this.sort) : sortRows(all as LoanPayment[], this.sort);
    const c: TableContext = { m, lang, sort: this.sort, onSort: (key) => this.sortBy(key), onDispute: (t) => this.emit('tessera-activity-dispute-requested', { accountId: t.accountId, transactionId: t.id }) };
    const total = 'total' in loaded.page ? loaded.page.total : undefined;
    const period = loaded.periods.find((p) => (this.periodId ? p.id === this.periodId : p.current)) ?? loaded.periods[0];
    const filtered = !!(this.query || this.status || this.kind);
    return html`${renderHeading(level, loaded.card ? m.transactions : m.history, { className: 'heading', part: 'heading' })}${loaded.card ? this.renderFilters(loaded.periods, lang) : nothing}<p class="count" part="count" role="status">${m.count(shown.length, this.query ? undefined : total)}${this.sortSaid ? `. ${this.sortSaid}` : ''}</p><div class="list" part="list" role="region" aria-label=${loaded.card ? m.transactions : m.history} tabindex="0">${shown.length
      ? loaded.card
        ? html`${renderTransactions(c, m.pending, (shown as Transaction[]).filter((t) => t.status === 'pending'))}${renderTransactions(c, m.posted, (shown as Transaction[]).filter((t) => t.status === 'posted'))}`
        : renderLoanPayments(c, m.history, shown as LoanPayment[])
      : html`<p class="empty" part="empty">${filtered ? m.noMatch : m.empty}</p>`}${this.renderMore()}</div>${this.renderLeftOut(leftOutOf(loaded.page) + leftOutOf(this.more))}<div class="actions"><button class="button secondary" part="export" type="button" ?disabled=${!shown.length} @click=${() => this.exportCsv(loaded.card, shown, period)}>${m.exportCsv}</button></div>`;
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

  private exportCsv(card: boolean, rows: Array<Transaction | LoanPayment>, period: StatementPeriod | undefined): void {
    const { m } = this;
    const table = card
      ? [[m.date, m.status, m.description, m.kind, m.amount], ...(rows as Transaction[]).map((t) => [t.date, t.status === 'pending' ? m.pending : m.posted, t.description, m.kinds[t.kind], plainAmount(t.amount)])]
      : [
          [m.date, m.amount, m.principal, m.interest, m.fees, m.status, m.method],
          ...(rows as LoanPayment[]).map((p) => [p.date, plainAmount(p.amount), ...(p.applied ? [p.applied.principal, p.applied.interest, p.applied.fees].map(plainAmount) : ['', '', '']), p.returnReason ? `${m[p.status]}: ${p.returnReason}` : m[p.status], m.methods[p.method]]),
        ];
    saveCsv(toCsv(table), `activity-${period ? period.id : 'payments'}.csv`.replace(/[^\w.-]/g, '-'), this.renderRoot);
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
    const activity = requireSlice(this.activeProvider, 'activity');
    const hadFocus = !!this.shadowRoot?.activeElement;
    this.moreBusy = true;
    this.moreError = undefined;
    this.requestUpdate();
    const signal = this.connectionSignal;
    const o = { signal, locale: this.locale };
    try {
      let rows: Array<Transaction | LoanPayment>;
      let page: { nextCursor?: string };
      if (loaded.card) {
        const p = assertShape(await activity.listTransactions(this.transactionQuery(this.cursor), o), isTransactionPage, 'transaction page', 'activity.listTransactions');
        [rows, page] = [p.transactions, p];
      } else {
        const p = assertShape(await activity.listLoanPayments!(this.accountId ?? '', { cursor: this.cursor, limit: this.limit }, o), isLoanPaymentPage, 'loan payment page', 'activity.listLoanPayments');
        [rows, page] = [p.payments, p];
      }
      if (signal.aborted || this.task.value !== loaded) return;
      this.more = withLeftOut(page, [...this.more, ...rows]);
      this.cursor = page.nextCursor;
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
}

