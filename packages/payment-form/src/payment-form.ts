import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { TesseraElement, headingLevel, isProviderError, renderHeading, themeStyles, type Account } from '@tessera/core';
import type { PaymentFormAutopayChangedDetail } from './events.js';
import type { PaymentMode, PaymentStep } from './flow.js';
import { PaymentFormController, type FormHost } from './form-controller.js';
import { loadAccounts, loadDetails } from './load.js';
import { messages, type PaymentFormMessages } from './messages.js';
import { styles } from './payment-form.styles.js';
import { renderSkeleton } from './skeleton.js';
import { accountName, accountSummary, renderAccountStep } from './steps/account.js';
import { STEP_VIEWS } from './steps/index.js';
import { VERSION } from './version.js';
import type { Errors, Failure } from './view.js';

/**
 * A bank-account payment form: one-time and scheduled payments, and Auto Pay.
 *
 * One-time steps: account → amount → date → from → review → result, the date and bank
 * account skipped when their usual answer (the earliest on-time date, the preferred
 * account) will do. Each reviewed payment is sent with one idempotency key and the
 * authorization the customer accepted, reused on every retry, so a double click, a retry
 * or a dropped response never pays twice. Auto Pay is set up and changed only with an
 * authorization the customer accepts. Full bank account numbers go to the provider's
 * `addFundingAccount` call only.
 *
 * Focus never falls to the page: each step's heading takes it, and a button whose request is
 * out stays focused (`aria-disabled`) while the status region says what is being done. The
 * heading is an `h2` unless `heading-level` says otherwise. Amounts are read in either decimal
 * style (`1,234.56`, `1.234,56`); `1.234` is asked about.
 *
 * @summary Make a one-time or scheduled payment, or manage Auto Pay.
 *
 * @fires {CustomEvent<PaymentFormSubmittedDetail>} tessera-payment-form-submitted - The provider confirmed a payment: `{ accountId, confirmationNumber, amount, date }`.
 * @fires {CustomEvent<PaymentFormPaymentCancelledDetail>} tessera-payment-form-payment-cancelled - The provider cancelled the scheduled payment the customer had just made: `{ accountId, confirmationNumber, amount, date }`.
 * @fires {CustomEvent<PaymentFormAutopayChangedDetail>} tessera-payment-form-autopay-changed - The provider confirmed Auto Pay set up, changed (each with the customer's authorization) or turned off: `{ accountId, enrolled, rule? }`.
 * @fires {CustomEvent<PaymentFormStepChangedDetail>} tessera-payment-form-step-changed - The customer moved to another step: `{ step }`. Never when the host sets a property.
 * @fires {CustomEvent<PaymentFormFailedDetail>} tessera-payment-form-failed - A load (`action: 'load'`) or the customer's `submit`, `cancel-payment`, `add-bank-account`, `autopay-enroll` (set up or change Auto Pay) or `autopay-cancel` failed: `{ action, code, accountId? }`. After `submit` with `network`, `timeout` or `unknown` the payment may have gone through: the form offers only "Check again", with the same key.
 *
 * @csspart base - The outer box, in every state.
 * @csspart heading - Each step's heading (focused when the step changes).
 * @csspart progress - "Step 2 of 5".
 * @csspart account - The chosen account's summary.
 * @csspart past-due - The past-due notice.
 * @csspart choices - A group of radio options.
 * @csspart option - One radio option.
 * @csspart field - A labelled input with its hint and error.
 * @csspart input - A text or date input.
 * @csspart note - A note under an input (bank name, warnings, "will this post on time?").
 * @csspart autopay-note - On a one-time payment: Auto Pay is on, and its next draft (date, amount) still runs.
 * @csspart field-error - The error under a field.
 * @csspart error-summary - The list of problems at the top of a step.
 * @csspart bank-form - The form to add a bank account.
 * @csspart summary - The review list, and the Auto Pay enrollment.
 * @csspart edit - The edit buttons on the review list.
 * @csspart on-time - The on-time answer on review (the date and the amount).
 * @csspart authorization - The authorization text the customer accepts (the lender's, or the default).
 * @csspart actions - The row of buttons.
 * @csspart continue - The continue, submit or save button.
 * @csspart back - The back button.
 * @csspart unconfirmed - The "we couldn't confirm your payment yet" notice (also an `error`).
 * @csspart contact - In the unconfirmed notice: how to reach the lender (its phone line, when the provider's help channels give one).
 * @csspart check-again - Sends an unconfirmed payment again with the same key (also the `retry`).
 * @csspart receipt - The confirmation details; its data-status attribute is the payment status (scheduled, cancelled…).
 * @csspart confirmation-number - The confirmation number.
 * @csspart another - "Make another payment".
 * @csspart cancel-payment - On the confirmation of a scheduled payment: asks to cancel it, before the lender's cutoff.
 * @csspart confirm-cancel-payment - Confirms cancelling the payment.
 * @csspart keep-payment - Keeps the payment.
 * @csspart autopay-status - "Auto Pay is on/off".
 * @csspart autopay-confirmation - After an Auto Pay change: what it did, and where the copy of the authorization went (or the copy itself).
 * @csspart set-up - Starts Auto Pay enrollment.
 * @csspart change - Edits Auto Pay.
 * @csspart turn-off - Asks to turn off Auto Pay.
 * @csspart confirm-turn-off - Confirms turning off Auto Pay.
 * @csspart keep - Keeps Auto Pay on.
 * @csspart cancel - Leaves the Auto Pay form without saving.
 * @csspart skeleton - The loading placeholder: the step being loaded, its text as bars.
 * @csspart empty - Shown when there is nothing to pay.
 * @csspart error - An error message: a failed load or request.
 * @csspart retry - The error's Try again button (Check again for an unconfirmed payment).
 * @csspart live - The visually hidden status region: the work under way ("Submitting your payment…"), then its result; cleared at each step.
 * @csspart notice - Says how many accounts or bank accounts could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-payment-form-max-width=40rem] - The form's largest width.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Hints and secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Notices and skeletons.
 * @cssprop --tessera-color-border - Borders of fields and options.
 * @cssprop --tessera-color-accent - Buttons, links, the selected option.
 * @cssprop --tessera-color-on-accent - Text on the primary button.
 * @cssprop --tessera-color-danger - Errors.
 * @cssprop --tessera-color-warning - Warnings (late fee, unconfirmed payment).
 * @cssprop --tessera-color-success - Confirmations (an Auto Pay change saved).
 * @cssprop --tessera-focus-ring - Focus ring color.
 * @cssprop --tessera-focus-ring-width - Focus ring width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraPaymentForm extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-payment-form';
  static override styles = [themeStyles, styles];

  /** Pay this account. When unset, the customer chooses among the provider's accounts. */
  @property({ attribute: 'account-id' })
  accountId?: string;

  /** `one-time` (a one-time or scheduled payment) or `autopay` (Auto Pay enrollment). */
  @property()
  mode: PaymentMode = 'one-time';

  /** The earliest date a host allows, `YYYY-MM-DD`; narrows the provider's window. */
  @property({ attribute: 'min-date' })
  minDate?: string;

  /** The latest date a host allows, `YYYY-MM-DD`; narrows the provider's window. */
  @property({ attribute: 'max-date' })
  maxDate?: string;

  /** The step the customer is on. */
  get step(): PaymentStep {
    return this.form.state.step;
  }

  private readonly formHost: FormHost = {
    lang: () => this.langTag,
    locale: () => this.locale,
    messages: () => this.m,
    accounts: () => this.accountsTask.value,
    details: () => (this.detailsTask.status === TaskStatus.COMPLETE ? this.detailsTask.value : undefined),
    reload: () => {
      void this.accountsTask.run();
      void this.detailsTask.run();
    },
    renderFailure: (failure, errors) => this.renderFailure(failure, errors),
    describe: (error) => this.describeError(error),
    leftOut: (count) => this.renderLeftOut(count),
    provider: () => this.activeProvider,
    signal: () => this.connectionSignal,
    isLive: () => this.isLive(),
    stepChanged: (step) => this.emit('tessera-payment-form-step-changed', { step }),
    submitted: ({ accountId, confirmationNumber, amount, date }) =>
      this.emit('tessera-payment-form-submitted', { accountId, confirmationNumber, amount, date }),
    paymentCancelled: ({ accountId, confirmationNumber, amount, date }) =>
      this.emit('tessera-payment-form-payment-cancelled', { accountId, confirmationNumber, amount, date }),
    autopayChanged: (accountId, settings) => {
      const detail: PaymentFormAutopayChangedDetail = { accountId, enrolled: settings.enrolled };
      if (settings.enrolled && settings.rule) detail.rule = settings.rule;
      this.emit('tessera-payment-form-autopay-changed', detail);
    },
    failed: (action, error, accountId) => this.reportFailure(action, error, accountId ? { accountId } : {}),
  };

  private readonly form = new PaymentFormController(this, this.formHost);

  // Both load again in the new language when it changes (the lender's names and words are
  // text in a language); what the customer chose and typed is the form's, and stays.
  private readonly accountsTask = this.loadTask(
    () => [this.activeProvider, this.accountId, this.mode, this.locale] as const,
    ([provider, accountId, mode, locale], signal) => loadAccounts(provider, accountId, mode, signal, locale),
    ([, accountId]) => (accountId ? { accountId } : {}),
  );

  private readonly detailsTask = this.loadTask(
    () => [this.activeProvider, this.form.selectedId, this.mode, this.locale] as const,
    ([provider, accountId, mode, locale], signal) => loadDetails(provider, accountId, mode, signal, locale),
    ([, accountId]) => (accountId ? { accountId } : {}),
  );

  private get m(): PaymentFormMessages {
    return this.messagesFrom(messages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host changing the account or the mode starts over, without a step-changed event.
    if (changed.has('accountId') || changed.has('mode')) this.form.reset();
  }

  protected override render(): TemplateResult {
    return html`<div class="base" part="base">
      ${this.renderTask(this.accountsTask, {
        loading: () => this.skeleton(),
        ready: (accounts) => this.renderFlow(accounts),
        isEmpty: (accounts) => accounts.length === 0,
        empty: () => html`<p part="empty">${this.m.noAccounts}</p>`,
      })}
      <div class="visually-hidden" role="status" part="live">${this.form.state.announcement}</div>
    </div>`;
  }

  private renderFlow(accounts: Account[]): TemplateResult {
    const { form } = this;
    const { step } = form.state;
    const base = form.baseView(accounts);
    const account = accounts.find((a) => a.id === form.selectedId);
    if (step === 'account' || !account) return html`${this.heading('account')}${renderAccountStep(base)}`;
    if (account.status !== 'open') return html`${accountSummary(base, account)}<p part="empty">${this.m.notPayable}</p>`;
    // After a payment, the balances loaded before it are out of date: the receipt says what changed.
    const summary =
      step === 'result' || step === 'cancel-payment'
        ? html`<div class="account" part="account"><p class="account-name">${accountName(account)}</p></div>`
        : accountSummary(base, account);
    return html`${this.heading(step)}${summary}
    ${this.renderTask(this.detailsTask, {
      loading: () => this.skeleton(false),
      keepStale: false,
      ready: (details) => {
        const view = form.view(base, account, details);
        return view ? STEP_VIEWS[step](view) : this.skeleton(false);
      },
    })}`;
  }

  private heading(step: PaymentStep): TemplateResult {
    const { m } = this;
    const { receipt, autopay } = this.form.state;
    const title =
      step === 'result'
        ? receipt?.status === 'cancelled'
          ? m.cancelled
          : receipt?.status === 'scheduled'
            ? m.scheduled
            : m.received
        : step === 'autopay-edit'
          ? (autopay ?? this.detailsTask.value?.autopay)?.enrolled
            ? m.change
            : m.setUp
          : m.steps[step];
    const progress = this.progress(step);
    return html`${renderHeading(headingLevel(this.headingLevel), title, { id: 'heading', part: 'heading', className: 'heading', tabIndex: -1 })}
      ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing}`;
  }

  /** "Step 2 of 3" on the steps of a one-time payment the customer goes through. */
  private progress(step: PaymentStep): string | undefined {
    return this.form.progress(step);
  }

  /** A failed request, with the provider's field errors that no field shows. */
  private renderFailure({ error, retry }: Failure, errors: Errors): TemplateResult {
    const fieldErrors = isProviderError(error) ? error.fieldErrors.filter((f) => !(f.field in errors)) : [];
    return html`${this.renderError(error, retry)}
    ${fieldErrors.length ? html`<ul class="error">${fieldErrors.map((f) => html`<li>${f.message}</li>`)}</ul>` : nothing}`;
  }

  /**
   * The step being loaded, drawn with its own elements and classes so that it takes the
   * ready step's size; `head` adds the heading and the account above it.
   */
  private skeleton(head = true): TemplateResult {
    return html`<div class="loading" part="skeleton" aria-busy="true">
      <span class="visually-hidden">${this.coreMessages.loading}</span>
      <div class="frame" aria-hidden="true">
        ${renderSkeleton(this.form.baseView([]), this.form.state.step, head ? (step) => this.progress(step) : undefined)}
      </div>
    </div>`;
  }
}
