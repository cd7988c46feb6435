import { adoptStyles, html, type TemplateResult } from 'lit';
import {
  TesseraElement,
  assertShape,
  headingLevel,
  isAccount,
  leftOutOf,
  requireSlice,
  themeStyles,
  type Account,
  type AccountsApi,
  type PaymentReceipt,
  type VehicleLoanAccount,
} from '@tessera/core';
import { isAccountList, isScheduledList, localToday, type SummaryData } from './account-data.js';
import { styles } from './account-summary.styles.js';
import { renderAccount, type ViewContext } from './account-view.js';
import { messages, type AccountSummaryMessages } from './messages.js';
import { PayoffQuotes } from './payoff-quote.js';
import { placeholderCard, placeholderLoan } from './skeleton.js';
import { VERSION } from './version.js';

/**
 * Everything the customer owes, in one place: each card's balances, statement, minimum due
 * and due date (days left, due today, or past due with the amount and days late), credit
 * used as a meter, last payment, scheduled payments and Auto Pay; each vehicle loan's amount
 * due, principal, rate, payments made and left, maturity date and progress toward payoff,
 * with a payoff quote good through a date the customer picks. A credit balance, an
 * over-limit balance and a paid-off loan read as such. Every action is an event the host
 * wires: the widget never opens another widget itself. Each account's heading is at
 * `heading-level`.
 *
 * @summary Balances, due dates, available credit, loan progress and payoff quotes.
 *
 * @fires {CustomEvent<AccountSummaryPaymentRequestedDetail>} tessera-account-summary-payment-requested - The customer pressed "Make a payment"; `amount` is the amount past due when a payment is late.
 * @fires {CustomEvent<AccountSummaryAutopayRequestedDetail>} tessera-account-summary-autopay-requested - The customer pressed "Set up Auto Pay" (shown when Auto Pay is off).
 * @fires {CustomEvent<AccountSummaryTitleRequestedDetail>} tessera-account-summary-title-requested - The customer pressed "Track my title" on a paid-off vehicle loan.
 * @fires {CustomEvent<AccountSummaryPayoffQuotedDetail>} tessera-account-summary-payoff-quoted - The lender answered the customer's payoff quote: good-through `date` and `amount`.
 * @fires {CustomEvent<AccountSummaryPayoffRequestedDetail>} tessera-account-summary-payoff-requested - The customer pressed "Pay this amount" under a payoff quote: its `amount`, to pay by `date`.
 * @fires {CustomEvent<AccountSummaryFailedDetail>} tessera-account-summary-failed - The load (`action: 'load'`, with `accountId` when set) or a payoff quote (`action: 'payoff-quote'`, with `accountId`) failed; `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart list - The list of accounts.
 * @csspart account - One account (list item).
 * @csspart status - A line that needs attention; it also has one of the six parts below.
 * @csspart status-late - Past due: the amount late and the days late.
 * @csspart status-today - The payment is due today.
 * @csspart status-credit - A credit balance: the lender owes the customer.
 * @csspart status-over - The balance is over the credit limit.
 * @csspart status-done - The loan is paid off, with the date.
 * @csspart facts - The account's figures (`<dl>`).
 * @csspart payment-status - The last payment's status: pending or posted.
 * @csspart meter - Credit used (cards) or progress toward payoff (loans), `role="meter"`, with the figure in words.
 * @csspart actions - The account's buttons.
 * @csspart make-payment - "Make a payment".
 * @csspart set-up-autopay - "Set up Auto Pay".
 * @csspart track-title - "Track my title".
 * @csspart quote - The payoff-quote block of a vehicle loan.
 * @csspart quote-toggle - The button that shows or hides the payoff-quote form.
 * @csspart date - The good-through date field.
 * @csspart field-error - Why the date cannot be quoted.
 * @csspart get-quote - The button that asks for the payoff amount.
 * @csspart quote-result - The payoff amount, its breakdown and the per-diem interest.
 * @csspart pay-quote - "Pay this amount".
 * @csspart payoff-letter - The link that opens the lender's payoff letter (https: only, in a new tab, without an opener).
 * @csspart empty - The state shown when the customer has no account.
 * @csspart skeleton - The loading placeholder: the account (or a card and a loan) with its figures as bars.
 * @csspart error - An error message: the load's, or a payoff quote's.
 * @csspart retry - The error's Try again button.
 * @csspart notice - Says how many accounts could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-account-summary-meter-height=0.5rem] - Height of the meters' bars.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Labels and secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Status lines, meter tracks and skeleton bars.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Buttons and the meters' fill.
 * @cssprop --tessera-color-on-accent - Text on primary buttons.
 * @cssprop --tessera-color-success - Posted payments, credit balances and paid-off loans.
 * @cssprop --tessera-color-warning - Pending payments and payments due today.
 * @cssprop --tessera-color-danger - Past due, over the limit, errors.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraAccountSummary extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-account-summary';
  static override styles = [themeStyles, styles];

  // Declared without decorators: the decorator helper would cost this package more than its budget allows.
  static override properties = {
    accountId: { attribute: 'account-id' },
    now: { attribute: false },
  };

  /** Show only this account; without it, every account of the provider. */
  declare accountId?: string;

  /**
   * The current time, for tests and server rendering; by default the clock when rendering.
   * Days left and "due today" count from its calendar date in the viewer's time zone.
   */
  declare now?: Date;

  private readonly quotes = new PayoffQuotes({
    accounts: () => requireSlice(this.activeProvider, 'accounts', ['getPayoffQuote']) as Required<Pick<AccountsApi, 'getPayoffQuote'>>,
    offered: () => typeof this.activeProvider?.accounts?.getPayoffQuote === 'function',
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    changed: () => this.requestUpdate(),
    quoted: (account, quote) => this.emit('tessera-account-summary-payoff-quoted', { accountId: account.id, date: quote.goodThrough, amount: quote.amount }),
    pay: (account, quote) => this.emit('tessera-account-summary-payoff-requested', { accountId: account.id, date: quote.goodThrough, amount: quote.amount }),
    failed: (accountId, error) => this.reportFailure('payoff-quote', error, { accountId }),
    describe: (error) => this.describeError(error),
    focus: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus()),
    error: (error, retry) => this.renderError(error, retry),
    adopt: (panelStyles) => adoptStyles(this.renderRoot as ShadowRoot, [...TesseraAccountSummary.elementStyles, panelStyles]),
  });

  private readonly summaryTask = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId] as const,
    async ([provider, locale, accountId], signal): Promise<SummaryData> => {
      const api = requireSlice(provider, 'accounts', accountId ? ['getAccount'] : ['listAccounts']);
      const call = { signal, locale };
      const accounts = accountId
        ? [assertShape(await api.getAccount(accountId, call), isAccount, 'account', 'accounts.getAccount')]
        : assertShape(await api.listAccounts(call), isAccountList, 'accounts', 'accounts.listAccounts');
      const scheduled: Record<string, PaymentReceipt[]> = {};
      const list = api.listScheduledPayments?.bind(api);
      if (list) {
        const open = accounts.filter((a) => a.status === 'open');
        const answers = await Promise.all(open.map((a) => list(a.id, call)));
        open.forEach((a, i) => (scheduled[a.id] = assertShape(answers[i], isScheduledList, 'scheduled payments', 'accounts.listScheduledPayments')));
      }
      signal.throwIfAborted();
      this.quotes.reset();
      return { accounts, scheduled };
    },
    ([, , accountId]) => (accountId ? { accountId } : {}),
  );

  private get m(): AccountSummaryMessages {
    return this.messagesFrom(messages);
  }

  private context(data: SummaryData | undefined, skeleton: boolean): ViewContext {
    const { m } = this;
    return {
      m,
      lang: this.langTag,
      today: localToday(this.now ?? new Date()),
      headingLevel: headingLevel(this.headingLevel),
      skeleton,
      scheduled: (accountId) => data?.scheduled[accountId],
      pay: (account) => this.emit('tessera-account-summary-payment-requested', { accountId: account.id, ...(account.pastDueAmount ? { amount: account.pastDueAmount } : {}) }),
      autopay: (account) => this.emit('tessera-account-summary-autopay-requested', { accountId: account.id }),
      title: (account) => this.emit('tessera-account-summary-title-requested', { accountId: account.id }),
      quote: (account: VehicleLoanAccount, index: number) =>
        this.quotes.render({ m, lang: this.langTag, retryLabel: this.coreMessages.retry, loadingLabel: this.coreMessages.loading, account, index }),
    };
  }

  /** Also waits for the payoff-quote panel while it loads, so the update that shows it is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.quotes.loading) {
      await this.quotes.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderTask(this.summaryTask, {
        loading: () => this.renderSkeleton(),
        isEmpty: (data) => data.accounts.length === 0,
        empty: () => html`<div class="empty" part="empty"><p><strong>${this.m.emptyTitle}</strong></p><p>${this.m.emptyBody}</p></div>`,
        ready: (data) => html`${this.renderList(data.accounts, this.context(data, false))}${this.renderLeftOut(leftOutOf(data.accounts))}`,
    })}</div>`;
  }

  private renderList(accounts: Account[], ctx: ViewContext): TemplateResult {
    return html`<ul class="list" part="list" aria-label=${this.m.listLabel}>${accounts.map((account, index) => renderAccount(ctx, account, index))}</ul>`;
  }

  private renderSkeleton(): TemplateResult {
    const today = localToday(this.now ?? new Date());
    const placeholders = this.accountId ? [placeholderCard(today)] : [placeholderCard(today), placeholderLoan(today)];
    const ctx = { ...this.context(undefined, true), scheduled: () => [] };
    return html`<div class="loading" part="skeleton"><span class="visually-hidden" role="status">${this.coreMessages.loading}</span><div aria-hidden="true">${this.renderList(placeholders, ctx)}</div></div>`;
  }
}
