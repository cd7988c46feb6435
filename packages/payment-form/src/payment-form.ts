import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  TesseraElement,
  arrayOf,
  assertShape,
  checkRoutingNumber,
  formatDate,
  formatMoney,
  isAccount,
  isAutoPaySettings as isAutoPay,
  isFundingAccount,
  isPaymentOptions,
  isPaymentReceipt as isReceipt,
  isProviderError,
  requireSlice,
  themeStyles,
  toProviderError,
  type Account,
  type AutoPayEnrollment,
  type AutoPaySettings,
  type FundingAccount,
  type NewFundingAccount,
  type PaymentReceipt,
  type PaymentsApi,
  type ProviderErrorCode,
} from '@tessera/core';
import { emptyBank, toNewFundingAccount, type BankDraft } from './bank.js';
import {
  emptyDraft,
  oneTimeSteps,
  reviewPayment,
  stepAfter,
  stepBefore,
  type Draft,
  type PaymentMode,
  type PaymentStep,
  type ReviewedPayment,
} from './flow.js';
import { messages, type PaymentFormMessages } from './messages.js';
import { styles } from './payment-form.styles.js';
import { dateBounds } from './schedule.js';
import { accountSummary, checkAccountStep, renderAccountStep } from './steps/account.js';
import { checkAmountStep, renderAmountStep } from './steps/amount.js';
import { autopayDraft, checkAutopay, renderAutopay, renderAutopayCancel, renderAutopayEdit } from './steps/autopay.js';
import { checkDateField, renderDateStep } from './steps/date.js';
import { addingBank, checkFunding, renderFromStep } from './steps/from.js';
import { renderResult } from './steps/result.js';
import { renderReviewStep } from './steps/review.js';
import { renderSkeleton } from './skeleton.js';
import { VERSION } from './version.js';
import type { AutoPayChangedDetail } from './events.js';
import type { BaseView, Details, Errors, FieldKey, StepCheck, View } from './view.js';

// Provider answers are checked with core's shape guards (the REST provider's too): malformed
// data becomes an error, never a crash.
const isAccountList = arrayOf(isAccount);
const isFundingList = arrayOf(isFundingAccount);

/** Failures after which the payment may have been made: say so, and only offer a same-key retry. */
const UNCONFIRMED: ProviderErrorCode[] = ['network', 'timeout', 'unknown'];

/** Draft keys whose field carries another name. */
const FIELD_OF: Partial<Record<keyof Draft | keyof BankDraft, FieldKey>> = {
  accountId: 'account',
  preset: 'amount',
  fundingId: 'funding',
  authorized: 'authorize',
  type: 'accountType',
};

const STEPS: Record<Exclude<PaymentStep, 'account'>, (v: View) => TemplateResult> = {
  amount: renderAmountStep,
  date: renderDateStep,
  from: renderFromStep,
  review: renderReviewStep,
  result: renderResult,
  autopay: renderAutopay,
  'autopay-edit': renderAutopayEdit,
  'autopay-cancel': renderAutopayCancel,
};

interface Failure {
  error: unknown;
  retry: () => unknown;
}

/**
 * A bank-account payment form: one-time and scheduled payments, and Auto Pay.
 *
 * One-time steps: account → amount → date → from → review → result. Each reviewed payment
 * is sent with one idempotency key, reused on every retry, so a double click, a retry or a
 * dropped response never pays twice. Full bank account numbers go to the provider's
 * `addFundingAccount` call only.
 *
 * @summary Make a one-time or scheduled payment, or manage Auto Pay.
 *
 * @fires tessera-payment-submitted - The provider confirmed a payment. Detail: `{ confirmationNumber, amount, date, accountId }`.
 * @fires tessera-payment-failed - A payment was refused or could not be confirmed. Detail: `{ code }` (a `ProviderErrorCode`).
 * @fires tessera-autopay-changed - Auto Pay was turned on, changed or off. Detail: `{ accountId, enrolled, rule? }`.
 * @fires tessera-step-change - The customer moved to another step. Detail: `{ step }`.
 *
 * @csspart base - The form's frame.
 * @csspart heading - Each step's heading (focused when the step changes).
 * @csspart progress - "Step 2 of 5".
 * @csspart account - The chosen account's summary.
 * @csspart past-due - The past-due notice.
 * @csspart choices - A group of radio options.
 * @csspart option - One radio option.
 * @csspart field - A labelled input with its hint and error.
 * @csspart input - A text or date input.
 * @csspart note - A note under an input (bank name, warnings, "will this post on time?").
 * @csspart field-error - The error under a field.
 * @csspart error-summary - The list of problems at the top of a step.
 * @csspart bank-form - The form to add a bank account.
 * @csspart summary - The review list.
 * @csspart edit - The edit buttons on the review list.
 * @csspart on-time - The on-time answer on review.
 * @csspart authorization - The authorization text.
 * @csspart actions - The row of buttons.
 * @csspart continue - The continue, submit or save button.
 * @csspart back - The back button.
 * @csspart unconfirmed - The "we couldn't confirm your payment yet" notice.
 * @csspart check-again - Retries an unconfirmed payment with the same key.
 * @csspart receipt - The confirmation details.
 * @csspart confirmation-number - The confirmation number.
 * @csspart another - "Make another payment".
 * @csspart autopay-status - "Auto Pay is on/off".
 * @csspart set-up - Starts Auto Pay enrollment.
 * @csspart change - Edits Auto Pay.
 * @csspart turn-off - Asks to turn off Auto Pay.
 * @csspart confirm-turn-off - Confirms turning off Auto Pay.
 * @csspart keep - Keeps Auto Pay on.
 * @csspart cancel - Leaves the Auto Pay form without saving.
 * @csspart loading - The skeleton while loading.
 * @csspart empty - Shown when there is nothing to pay.
 * @csspart error - A provider error, with `retry` when trying again can help.
 * @csspart retry - The retry button of an error.
 * @csspart live - The visually hidden live region for announcements.
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
 * @cssprop --tessera-focus-ring - Focus ring color.
 * @cssprop --tessera-focus-ring-width - Focus ring width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraPaymentForm extends TesseraElement {
  static override styles = [themeStyles, styles];
  static override version = VERSION;

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

  /** The step the customer is on (read-only). */
  get step(): PaymentStep {
    return this.current;
  }

  @state() private current: PaymentStep = 'account';
  @state() private draft: Draft = emptyDraft();
  @state() private bank: BankDraft = emptyBank();
  @state() private errors: Errors = {};
  @state() private busy = false;
  @state() private failure?: Failure | undefined;
  @state() private unconfirmed = false;
  @state() private receipt?: PaymentReceipt | undefined;
  @state() private autopayNow?: AutoPaySettings | undefined;
  @state() private added: FundingAccount[] = [];
  @state() private bankName?: string | undefined;
  @state() private announcement = '';
  private reviewed?: ReviewedPayment | undefined;
  private returnToReview = false;
  private focusTarget?: string | undefined;
  /** Set before any await or render, so a second click or Enter cannot send a second request. */
  private inFlight = false;

  private readonly accountsTask = new Task(this, {
    task: async ([provider, accountId], { signal }): Promise<Account[]> => {
      const accounts = requireSlice(provider, 'accounts');
      const options = { signal: this.linkSignal(signal) };
      return accountId
        ? [assertShape(await accounts.getAccount(accountId, options), isAccount, 'account')]
        : assertShape(await accounts.listAccounts(options), isAccountList, 'accounts');
    },
    args: () => [this.activeProvider, this.accountId] as const,
  });

  private readonly detailsTask = new Task(this, {
    task: async ([provider, accountId, mode], { signal }): Promise<Details | undefined> => {
      if (!accountId) return undefined;
      const payments = requireSlice(provider, 'payments');
      const options = { signal: this.linkSignal(signal) };
      const [paymentOptions, funding, autopay] = await Promise.all([
        payments.getPaymentOptions(accountId, options),
        payments.listFundingAccounts(options),
        mode === 'autopay' ? payments.getAutoPay(accountId, options) : undefined,
      ]);
      return {
        options: assertShape(paymentOptions, isPaymentOptions, 'payment options'),
        funding: assertShape(funding, isFundingList, 'bank accounts'),
        autopay: mode === 'autopay' ? assertShape(autopay, isAutoPay, 'Auto Pay settings') : undefined,
      };
    },
    args: () => [this.activeProvider, this.selectedId, this.mode] as const,
  });

  private get selectedId(): string | undefined {
    return this.accountId ?? this.draft.accountId;
  }

  private get m(): PaymentFormMessages {
    return this.messagesFrom(messages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host changing the account or the mode starts over, without a step-change event.
    if (changed.has('accountId') || changed.has('mode')) this.reset();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  private reset(): void {
    this.current = this.accountId ? (this.mode === 'autopay' ? 'autopay' : 'amount') : 'account';
    this.draft = emptyDraft();
    this.bank = emptyBank();
    this.errors = {};
    this.failure = this.receipt = this.reviewed = this.autopayNow = this.bankName = undefined;
    this.unconfirmed = false;
    this.added = [];
  }

  // ---------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    return html`<div class="base" part="base">
      ${this.renderTask(this.accountsTask, {
        loading: () => this.skeleton(),
        ready: (accounts) => this.renderFlow(accounts),
        isEmpty: (accounts) => accounts.length === 0,
        empty: () => html`<p part="empty">${this.m.noAccounts}</p>`,
      })}
      <div class="visually-hidden" role="status" part="live">${this.announcement}</div>
    </div>`;
  }

  private renderFlow(accounts: Account[]): TemplateResult {
    const base = this.baseView(accounts);
    const account = accounts.find((a) => a.id === this.selectedId);
    if (this.current === 'account' || !account) return html`${this.heading('account')}${renderAccountStep(base)}`;
    if (account.status !== 'open') return html`${accountSummary(base, account)}<p part="empty">${this.m.notPayable}</p>`;
    return html`${this.heading(this.current)}${accountSummary(base, account)}
    ${this.renderTask(this.detailsTask, {
      loading: () => this.skeleton(false),
      keepStale: false,
      ready: (details) => {
        const view = this.view(base, account, details);
        return view ? STEPS[this.current as keyof typeof STEPS](view) : this.skeleton(false);
      },
    })}`;
  }

  private heading(step: PaymentStep): TemplateResult {
    const { m } = this;
    const title =
      step === 'result'
        ? this.receipt?.status === 'scheduled'
          ? m.scheduled
          : m.received
        : step === 'autopay-edit'
          ? (this.autopayNow ?? this.detailsTask.value?.autopay)?.enrolled
            ? m.change
            : m.setUp
          : m.steps[step];
    const progress = this.progress(step);
    return html`<h2 id="heading" tabindex="-1" part="heading">${title}</h2>
      ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing}`;
  }

  /** "Step 2 of 5" on the steps of a one-time payment. */
  private progress(step: PaymentStep): string | undefined {
    const steps = oneTimeSteps(!!this.accountId);
    const index = this.mode === 'one-time' ? steps.indexOf(step) : -1;
    return index < 0 ? undefined : this.m.stepOf(index + 1, steps.length);
  }

  private baseView(accounts: Account[]): BaseView {
    const { m, langTag: lang, errors, failure } = this;
    return {
      m,
      lang,
      money: (value) => formatMoney(value, lang),
      day: (date) => formatDate(date, lang, 'long'),
      accounts,
      accountFixed: !!this.accountId,
      draft: this.draft,
      errors,
      error: (key) => errors[key]?.(m),
      busy: this.busy,
      failure,
      reviewed: this.reviewed,
      receipt: this.receipt,
      unconfirmed: this.unconfirmed,
      renderFailure: () => (failure ? this.renderFailure(failure) : nothing),
      setDraft: (patch) => this.setDraft(patch),
      setBank: (patch) => this.setBank(patch),
      next: () => void this.next(),
      back: () => this.go(stepBefore(this.current)),
      go: (step, returnToReview) => this.go(step, returnToReview),
      focusField: (key) => this.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus(),
      another: () => this.another(),
      saveAutopay: () => void this.saveAutopay(),
      cancelAutopay: () => void this.cancelAutopay(),
    };
  }

  /** The full view once the chosen account's details are loaded (never stale ones). */
  private view(base: BaseView, account: Account, details: Details | undefined): View | undefined {
    if (!details || this.detailsTask.status !== TaskStatus.COMPLETE) return undefined;
    const funding = [...details.funding, ...this.added.filter((a) => !details.funding.some((f) => f.id === a.id))];
    return {
      ...base,
      account,
      details,
      bounds: dateBounds(details.options, this.minDate, this.maxDate),
      funding,
      autopay: this.autopayNow ?? details.autopay ?? { accountId: account.id, enrolled: false },
      bank: this.bank,
      bankName: this.bankName,
    };
  }

  private readyView(): View | undefined {
    const accounts = this.accountsTask.value;
    const account = accounts?.find((a) => a.id === this.selectedId);
    return accounts && account ? this.view(this.baseView(accounts), account, this.detailsTask.value) : undefined;
  }

  /** A provider failure of a mutation, with field errors it could not tie to a field. */
  private renderFailure({ error, retry }: Failure): TemplateResult {
    const fieldErrors = isProviderError(error) ? error.fieldErrors.filter((f) => !(f.field in this.errors)) : [];
    return html`${this.renderError(error, retry)}
    ${fieldErrors.length ? html`<ul class="error">${fieldErrors.map((f) => html`<li>${f.message}</li>`)}</ul>` : nothing}`;
  }

  // ---------------------------------------------------------------------------
  // State changes

  private setDraft(patch: Partial<Draft>): void {
    if (patch.accountId !== undefined && patch.accountId !== this.draft.accountId) {
      // Amounts and dates belong to the previous account.
      patch = { preset: undefined, other: '', amount: undefined, date: undefined, ...patch };
    }
    this.draft = { ...this.draft, ...patch };
    this.clearErrors(Object.keys(patch) as Array<keyof Draft>);
  }

  private setBank(patch: Partial<BankDraft>): void {
    this.bank = { ...this.bank, ...patch };
    this.clearErrors(Object.keys(patch) as Array<keyof BankDraft>);
    if (patch.routingNumber !== undefined) void this.lookupBank(this.bank.routingNumber.trim());
  }

  private clearErrors(keys: Array<keyof Draft | keyof BankDraft>): void {
    const fields = keys.map((k) => FIELD_OF[k] ?? (k as FieldKey));
    if (!fields.some((f) => f in this.errors)) return;
    const errors = { ...this.errors };
    for (const f of fields) delete errors[f];
    this.errors = errors;
  }

  /** The bank's name is a courtesy: an unknown number or a failed lookup leaves the form as it is. */
  private async lookupBank(routing: string): Promise<void> {
    this.bankName = undefined;
    const payments = this.activeProvider?.payments;
    if (!payments?.lookupRoutingNumber || checkRoutingNumber(routing)) return;
    try {
      const found = await payments.lookupRoutingNumber(routing, { signal: this.connectionSignal });
      if (this.bank.routingNumber.trim() === routing && typeof found?.bankName === 'string') this.bankName = found.bankName;
    } catch {
      // Nothing to show: the customer can continue without the bank's name.
    }
  }

  private announce(text: string): void {
    // A repeated message still counts as a change for screen readers.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /** Shows errors (focus on the first field, summary announced); false when there are none. */
  private showErrors(errors: Errors): boolean {
    const keys = Object.keys(errors) as FieldKey[];
    this.errors = errors;
    if (!keys.length) return false;
    const { m } = this;
    this.announce([m.problems(keys.length), ...keys.map((k) => errors[k]!(m))].join(' '));
    this.focusTarget = `#${keys[0]}`;
    return true;
  }

  /** A failed mutation: field errors go to their fields, anything else above the buttons. */
  private showFailure(error: unknown, retry: () => unknown): void {
    const fieldErrors = isProviderError(error) ? error.fieldErrors : [];
    const errors: Errors = {};
    for (const { field, message } of fieldErrors) {
      if (field in this.bank) errors[field as FieldKey] = () => message;
    }
    this.failure = { error, retry };
    this.showErrors(errors);
    // Buttons were disabled while waiting: give focus back where the customer can act.
    this.focusTarget ??= '[part="retry"], [part~="continue"], [part="confirm-turn-off"]';
  }

  /** The customer moves to a step: errors clear, focus goes to its heading, an event says so. */
  private go(step: PaymentStep, returnToReview = false): void {
    this.returnToReview = returnToReview;
    this.errors = {};
    this.failure = undefined;
    if (step === 'review') this.enterReview();
    if (step === 'autopay-edit') {
      const view = this.readyView();
      if (view) this.draft = { ...this.draft, ...autopayDraft(view) };
    }
    this.current = step;
    this.focusTarget = '#heading';
    this.emit('tessera-step-change', { step });
  }

  /** Reaching review makes the idempotency key, unless the payment is the one already reviewed. */
  private enterReview(): void {
    const { draft } = this;
    const previous = this.reviewed;
    this.reviewed = reviewPayment(previous, {
      accountId: this.selectedId!,
      fundingAccountId: draft.fundingId!,
      amount: { amount: draft.amount!, currency: 'USD' },
      date: draft.date!,
    });
    if (this.reviewed !== previous) this.draft = { ...draft, authorized: false };
  }

  private advance(check: StepCheck): void {
    if (this.showErrors(check.errors)) return;
    if (check.patch) this.setDraft(check.patch);
    this.go(this.returnToReview ? 'review' : stepAfter(this.current));
  }

  private async next(): Promise<void> {
    if (this.busy) return;
    if (this.current === 'account') {
      const accounts = this.accountsTask.value ?? [];
      if (!this.showErrors(checkAccountStep(this.baseView(accounts)))) this.go(this.mode === 'autopay' ? 'autopay' : 'amount');
      return;
    }
    const v = this.readyView();
    if (!v) return;
    switch (this.current) {
      case 'amount':
        return this.advance(checkAmountStep(v));
      case 'date':
        return this.advance(checkDateField(v));
      case 'from':
        if (this.showErrors(checkFunding(v))) return;
        if (addingBank(v)) {
          const fundingId = await this.addBank();
          if (!fundingId) return;
          this.setDraft({ fundingId });
        }
        return this.go('review');
      case 'review':
        return this.submit();
      case 'autopay-edit':
        return this.saveAutopay();
    }
  }

  /** The one call that receives full bank numbers; they leave the form's state once it succeeds. */
  private async addBank(): Promise<string | undefined> {
    const payments = requireSlice(this.activeProvider, 'payments');
    const input = toNewFundingAccount(this.bank);
    const options = { signal: this.connectionSignal };
    this.busy = true;
    this.failure = undefined;
    try {
      let added: FundingAccount | undefined;
      try {
        added = assertShape(await payments.addFundingAccount(input, options), isFundingAccount, 'bank account');
      } catch (error) {
        // The account may have been saved before the answer was lost: look for it before saying it failed.
        if (UNCONFIRMED.includes(toProviderError(error).code)) added = await this.findAdded(payments, input);
        if (!added) throw error;
      }
      this.added = [...this.added, added];
      this.bank = emptyBank();
      this.bankName = undefined;
      return added.id;
    } catch (error) {
      if (this.isLive()) this.showFailure(error, () => this.next());
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async findAdded(payments: PaymentsApi, input: NewFundingAccount): Promise<FundingAccount | undefined> {
    const known = this.readyView()?.funding ?? [];
    try {
      const list = assertShape(await payments.listFundingAccounts({ signal: this.connectionSignal }), isFundingList, 'bank accounts');
      return list.find(
        (f) => !known.some((k) => k.id === f.id) && f.last4 === input.accountNumber.slice(-4) && f.type === input.type,
      );
    } catch {
      return undefined;
    }
  }

  /** Sends the reviewed payment with its key; "check again" after an unconfirmed result sends it again, unchanged. */
  private async submit(): Promise<void> {
    const reviewed = this.reviewed;
    if (this.inFlight || this.receipt || !reviewed) return;
    if (!this.draft.authorized && !this.unconfirmed) {
      this.showErrors({ authorize: (m) => m.mustAuthorize });
      return;
    }
    this.inFlight = this.busy = true;
    this.failure = undefined;
    this.errors = {};
    try {
      const payments = requireSlice(this.activeProvider, 'payments');
      const receipt = assertShape(
        await payments.submitPayment({ ...reviewed.request, idempotencyKey: reviewed.key }, { signal: this.connectionSignal }),
        isReceipt,
        'payment receipt',
      );
      this.receipt = receipt;
      this.unconfirmed = false;
      this.go('result');
      this.announce(this.m.confirmed(receipt.confirmationNumber));
      const { confirmationNumber, amount, date, accountId } = receipt;
      this.emit('tessera-payment-submitted', { confirmationNumber, amount, date, accountId });
    } catch (error) {
      if (!this.isLive()) return;
      const { code } = toProviderError(error);
      if (UNCONFIRMED.includes(code)) {
        // Its notice is an alert and takes focus: screen readers hear it once.
        this.unconfirmed = true;
        this.focusTarget = '#unconfirmed';
      } else {
        this.showFailure(error, () => this.submit());
      }
      this.emit('tessera-payment-failed', { code });
    } finally {
      this.inFlight = this.busy = false;
    }
  }

  /** "Make another payment": a fresh form, fresh balances and, on review, a new key. */
  private another(): void {
    this.reset();
    void this.accountsTask.run();
    void this.detailsTask.run();
    this.go(this.current);
  }

  private async saveAutopay(): Promise<void> {
    const v = this.readyView();
    if (!v || this.busy) return;
    const { errors, fixed, extra, date } = checkAutopay(v);
    if (this.showErrors(errors)) return;
    let fundingAccountId = this.draft.fundingId;
    if (addingBank(v)) {
      fundingAccountId = await this.addBank();
      if (!fundingAccountId) return;
      this.setDraft({ fundingId: fundingAccountId });
    }
    const enrollment: AutoPayEnrollment = { rule: this.draft.rule!, fundingAccountId: fundingAccountId!, startDate: date! };
    if (fixed !== undefined) enrollment.fixedAmount = { amount: fixed, currency: 'USD' };
    if (extra !== undefined) enrollment.extraAmount = { amount: extra, currency: 'USD' };
    await this.changeAutopay(
      (payments, signal) => payments.setAutoPay(v.account.id, enrollment, { signal }),
      () => this.saveAutopay(),
      (settings) => this.m.enrolled(v.day(settings.startDate ?? enrollment.startDate)),
    );
  }

  private async cancelAutopay(): Promise<void> {
    const id = this.selectedId;
    if (!id || this.busy) return;
    await this.changeAutopay(
      (payments, signal) => payments.cancelAutoPay(id, { signal }),
      () => this.cancelAutopay(),
      () => this.m.autopayOff,
    );
  }

  private async changeAutopay(
    call: (payments: PaymentsApi, signal: AbortSignal) => Promise<AutoPaySettings>,
    retry: () => unknown,
    say: (settings: AutoPaySettings) => string,
  ): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    try {
      const payments = requireSlice(this.activeProvider, 'payments');
      const settings = assertShape(await call(payments, this.connectionSignal), isAutoPay, 'Auto Pay settings');
      this.autopayNow = settings;
      this.go('autopay');
      this.announce(say(settings));
      const detail: AutoPayChangedDetail = { accountId: this.selectedId!, enrolled: settings.enrolled };
      if (settings.enrolled && settings.rule) detail.rule = settings.rule;
      this.emit('tessera-autopay-changed', detail);
    } catch (error) {
      if (this.isLive()) this.showFailure(error, retry);
    } finally {
      this.busy = false;
    }
  }

  /**
   * The step being loaded, drawn with its own elements and classes so that it takes the
   * ready step's size; `head` adds the heading and the account above it.
   */
  private skeleton(head = true): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      <span class="visually-hidden">${this.coreMessages.loading}</span>
      <div class="frame" aria-hidden="true">
        ${renderSkeleton(this.baseView([]), this.current, head ? (step) => this.progress(step) : undefined)}
      </div>
    </div>`;
  }
}
