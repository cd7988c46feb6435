import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatMoney,
  isProviderError,
  leftOutOf,
  type Account,
  type AutoPaySettings,
  type ContactChannel,
  type FundingAccount,
  type Locale,
  type PaymentReceipt,
} from '@tessera/core';
import { emptyBank, type BankDraft } from './bank.js';
import {
  emptyDraft,
  oneTimeSteps,
  reviewAutopay,
  reviewPayment,
  stepAfter,
  stepBefore,
  type Draft,
  type PaymentMode,
  type PaymentStep,
  type ReviewedAutopay,
  type ReviewedPayment,
} from './flow.js';
import type { PaymentFormAction } from './events.js';
import { FocusKeeper } from './focus.js';
import { PaymentRequests, type RequestsHost } from './requests.js';
import { dateBounds } from './schedule.js';
import { checkAccountStep } from './steps/account.js';
import { checkAmountStep } from './steps/amount.js';
import { autopayDraft, checkAutopay, enrollmentOf } from './steps/autopay.js';
import { checkDateField, usualDateWillDo } from './steps/date.js';
import { addingBank, checkFunding, chosenFunding, usualFunding } from './steps/from.js';
import type { AutopayDone, BaseView, Details, Errors, Failure, FieldKey, StepCheck, View } from './view.js';

/** What the form shows and remembers; every change renders the element again. */
export interface FormState {
  step: PaymentStep;
  draft: Draft;
  /** A bank account being typed: the only place a full account number lives, until the provider has it. */
  bank: BankDraft;
  errors: Errors;
  /** The list of problems shows after Continue, not for a field checked as the customer leaves it. */
  summary: boolean;
  /** A request is out: its buttons are disabled. */
  busy: boolean;
  failure?: Failure | undefined;
  unconfirmed: boolean;
  receipt?: PaymentReceipt | undefined;
  /** Auto Pay as the provider confirmed it in this session. */
  autopay?: AutoPaySettings | undefined;
  /** What the last Auto Pay change did, shown on the Auto Pay step until the customer moves on. */
  autopayDone?: AutopayDone | undefined;
  /** Bank accounts added in this session. */
  added: FundingAccount[];
  bankName?: string | undefined;
  /** The lender's phone lines, for a payment that could not be confirmed, in the language asked. */
  contacts?: { locale: Locale; channels: ContactChannel[] } | undefined;
  /** What the live region says. */
  announcement: string;
}

/** The element's public settings the form follows. */
export interface FormElement extends ReactiveControllerHost {
  readonly accountId?: string | undefined;
  readonly mode: PaymentMode;
  readonly minDate?: string | undefined;
  readonly maxDate?: string | undefined;
  readonly renderRoot: ParentNode;
}

/** What else the form needs from its element. */
export interface FormHost extends RequestsHost {
  /** The language tag for parsing and `Intl`. */
  lang(): string;
  /** The language of the messages. */
  locale(): Locale;
  /** The loaded accounts, and the chosen account's details once loaded (never stale ones). */
  accounts(): Account[] | undefined;
  details(): Details | undefined;
  /** Loads accounts and details again. */
  reload(): void;
  /** A failed request's error block, with the provider's field errors no field shows. */
  renderFailure(failure: Failure, errors: Errors): unknown;
  /** The provider error's code and localized sentence, and whether a retry can help. */
  describe(error: unknown): { code: string; message: string; retryable: boolean };
  /** The note for `count` list items left out for invalid data. */
  leftOut(count: number): unknown;
  stepChanged(step: PaymentStep): void;
}

/** Draft keys whose field carries another name. */
const FIELD_OF: Partial<Record<keyof Draft | keyof BankDraft, FieldKey>> = {
  accountId: 'account',
  preset: 'amount',
  fundingId: 'funding',
  authorized: 'authorize',
  type: 'accountType',
};

/** Where focus goes after a failed request: the retry, else where the customer can act. */
const AFTER_FAILURE = '[part~="retry"], [part~="continue"], [part~="confirm-turn-off"], [part~="confirm-cancel-payment"]';

/**
 * The customer's way through the form: the step, what was chosen and typed, errors and
 * where they put focus, announcements, and the views the steps render. Requests to the
 * provider are `requests`'.
 */
export class PaymentFormController implements ReactiveController {
  /** The payment on review, with the idempotency key that makes it happen once. */
  reviewed?: ReviewedPayment | undefined;
  /** The Auto Pay enrollment or change on review, with the idempotency key that records it once. */
  reviewedAutopay?: ReviewedAutopay | undefined;
  readonly requests: PaymentRequests;
  private current: FormState = freshState('account');
  private returnToReview = false;
  private readonly focusKeeper: FocusKeeper;
  /** The list of problems as announced: it goes from the status region once the customer fixes one. */
  private errorsAnnounced?: string | undefined;
  /** Fields typed in since they were last checked: leaving one checks it. */
  private readonly touched = new Set<string>();

  constructor(
    private readonly element: FormElement,
    private readonly host: FormHost,
  ) {
    this.requests = new PaymentRequests(this, host);
    element.addController(this);
    this.focusKeeper = new FocusKeeper(element);
  }

  get state(): Readonly<FormState> {
    return this.current;
  }

  /** The account being paid: the host's, else the customer's choice. */
  get selectedId(): string | undefined {
    return this.element.accountId ?? this.current.draft.accountId;
  }

  get mode(): PaymentMode {
    return this.element.mode;
  }

  set(patch: Partial<FormState>): void {
    this.current = { ...this.current, ...patch };
    this.element.requestUpdate();
  }

  /** Focus goes to `selector` once it is rendered. */
  focus(selector: string): void {
    this.focusKeeper.focus(selector);
  }

  hostUpdated(): void {
    // The lender's phone lines follow a language change while a payment is unconfirmed.
    const { unconfirmed, contacts } = this.current;
    if (unconfirmed && contacts && contacts.locale !== this.host.locale()) void this.requests.loadContacts();
  }

  /** Back to the first step, with nothing chosen (a request under way stays busy). */
  reset(): void {
    const { accountId, mode } = this.element;
    const step = accountId ? (mode === 'autopay' ? 'autopay' : 'amount') : 'account';
    this.reviewed = undefined;
    this.reviewedAutopay = undefined;
    this.touched.clear();
    // A whole new state: nothing of the previous payment (receipt, failure, Auto Pay, what was announced) is kept.
    this.current = { ...freshState(step), busy: this.current.busy };
    this.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------
  // Views

  baseView(accounts: Account[]): BaseView {
    const { host, element } = this;
    const m = host.messages();
    const lang = host.lang();
    const { errors, failure, draft, busy, receipt, unconfirmed, summary, contacts, autopayDone } = this.current;
    const described = failure ? host.describe(failure.error) : undefined;
    return {
      m,
      lang,
      locale: host.locale(),
      money: (value) => formatMoney(value, lang),
      day: (date) => formatDate(date, lang, 'long'),
      accounts,
      accountFixed: !!element.accountId,
      draft,
      errors: summary ? errors : {},
      fieldErrors: errors,
      error: (key) => errors[key]?.(m),
      busy,
      reviewed: this.reviewed,
      reviewedAutopay: this.reviewedAutopay,
      receipt,
      unconfirmed,
      unconfirmedReason: unconfirmed && described ? described : undefined,
      renderFailure: () => (failure && !unconfirmed ? host.renderFailure(failure, errors) : nothing),
      retryOffered: !!described?.retryable && !unconfirmed,
      contacts: contacts?.channels,
      autopayDone,
      canCancelPayment: typeof host.provider()?.payments?.cancelPayment === 'function',
      progress: (step) => this.progress(step),
      leftOut: (list) => host.leftOut(leftOutOf(list)),
      setDraft: (patch) => this.setDraft(patch),
      setBank: (patch) => this.setBank(patch),
      next: () => void this.next(),
      back: () => this.back(),
      go: (step, returnToReview) => this.go(step, returnToReview),
      focusField: (key) => element.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus(),
      leave: (key) => this.leave(key),
      another: () => this.another(),
      cancelAutopay: () => void this.requests.cancelAutopay(),
      cancelPayment: () => void this.requests.cancelPayment(),
    };
  }

  /** The full view once the chosen account's details are loaded. */
  view(base: BaseView, account: Account, details: Details | undefined): View | undefined {
    if (!details) return undefined;
    const { added, autopay, bank, bankName } = this.current;
    const funding = [...details.funding, ...added.filter((a) => !details.funding.some((f) => f.id === a.id))];
    return {
      ...base,
      account,
      details,
      bounds: dateBounds(details.options, this.element.minDate, this.element.maxDate),
      funding,
      autopay: autopay ?? details.autopay ?? { accountId: account.id, enrolled: false },
      bank,
      bankName,
    };
  }

  readyView(): View | undefined {
    const accounts = this.host.accounts();
    const account = accounts?.find((a) => a.id === this.selectedId);
    return accounts && account ? this.view(this.baseView(accounts), account, this.host.details()) : undefined;
  }

  // ---------------------------------------------------------------------------
  // The way through a one-time payment

  /**
   * The steps of this payment: the date and bank account only when their usual answer
   * (the earliest date, on time; the preferred account) will not do, or the customer went
   * to them. Before the details are known, the usual answers are assumed.
   */
  steps(v: View | undefined = this.readyView()): PaymentStep[] {
    const { step, draft } = this.current;
    return oneTimeSteps(!!this.element.accountId, (which) => {
      if (step === which || !v) return step === which;
      return which === 'date' ? draft.date !== undefined || !usualDateWillDo(v) : draft.fundingId !== undefined || !usualFunding(v);
    });
  }

  /** "Step 2 of 3" on the steps of a one-time payment. */
  progress(step: PaymentStep): string | undefined {
    if (this.element.mode !== 'one-time') return undefined;
    const steps = this.steps();
    const index = steps.indexOf(step);
    return index < 0 ? undefined : this.host.messages().stepOf(index + 1, steps.length);
  }

  // ---------------------------------------------------------------------------
  // What the customer types and chooses

  setDraft(patch: Partial<Draft>): void {
    const { draft } = this.current;
    if (patch.accountId !== undefined && patch.accountId !== draft.accountId) {
      // Amounts, dates and bank accounts belong to the previous account.
      patch = { preset: undefined, other: '', amount: undefined, date: undefined, ...patch };
    }
    this.set({ draft: { ...draft, ...patch } });
    this.changed(Object.keys(patch) as Array<keyof Draft>);
  }

  setBank(patch: Partial<BankDraft>): void {
    const bank = { ...this.current.bank, ...patch };
    this.set({ bank });
    this.changed(Object.keys(patch) as Array<keyof BankDraft>);
    if (patch.routingNumber !== undefined) void this.requests.lookupBank(bank.routingNumber.trim());
  }

  /** A field changed: its error goes (it is checked again when the customer leaves it). */
  private changed(keys: Array<keyof Draft | keyof BankDraft>): void {
    const fields = keys.map((k) => FIELD_OF[k] ?? (k as FieldKey));
    for (const f of fields) this.touched.add(f);
    if (!fields.some((f) => f in this.current.errors)) return;
    const errors = { ...this.current.errors };
    for (const f of fields) delete errors[f];
    // The customer is fixing the problems: the list announced no longer says how things stand.
    const stale = this.errorsAnnounced !== undefined && this.current.announcement === this.errorsAnnounced;
    this.set(stale ? { errors, announcement: '' } : { errors });
  }

  /** The customer left a field they typed in: its problem shows under it (no summary, focus stays where it went). */
  leave(key: string): void {
    if (!this.touched.has(key)) return;
    this.touched.delete(key);
    const v = this.readyView();
    if (!v) return;
    const error = this.stepErrors(v)[key as FieldKey];
    const errors = { ...this.current.errors };
    if (error) errors[key as FieldKey] = error;
    else delete errors[key as FieldKey];
    this.set({ errors });
  }

  /** Every problem on the step as it stands. */
  private stepErrors(v: View): Errors {
    switch (this.current.step) {
      case 'amount':
        return checkAmountStep(v).errors;
      case 'date':
        return checkDateField(v).errors;
      case 'from':
        return checkFunding(v);
      case 'autopay-edit':
        return checkAutopay(v).errors;
      default:
        return {};
    }
  }

  /** The status region says `text`, and only that: what it said before is replaced. */
  announce(text: string): void {
    // A repeated message still counts as a change for screen readers.
    this.set({ announcement: text === this.current.announcement ? `${text}\u00a0` : text });
  }

  /** A request starts: its buttons wait, and the status region says what is being done. */
  working(action: Exclude<PaymentFormAction, 'load'>): string {
    const text = this.host.messages().pending[action];
    this.set({ busy: true });
    this.announce(text);
    return this.current.announcement;
  }

  /** The request is over: "Submitting your payment…" goes, unless its result already replaced it. */
  finished(said: string): void {
    this.set(this.current.announcement === said ? { busy: false, announcement: '' } : { busy: false });
  }

  /** Shows errors (focus on the first field, summary announced); false when there are none. */
  showErrors(errors: Errors): boolean {
    const keys = Object.keys(errors) as FieldKey[];
    this.set({ errors, summary: keys.length > 0 });
    if (!keys.length) return false;
    const m = this.host.messages();
    this.announce([m.problems(keys.length), ...keys.map((k) => errors[k]!(m))].join(' '));
    this.errorsAnnounced = this.current.announcement;
    this.focus(`#${keys[0]}`);
    return true;
  }

  /** A failed request: field errors go to their fields, anything else above the buttons. */
  showFailure(error: unknown, retry: () => unknown): void {
    const fieldErrors = isProviderError(error) ? error.fieldErrors : [];
    const errors: Errors = {};
    for (const { field, message } of fieldErrors) {
      if (field in this.current.bank) errors[field as FieldKey] = () => message;
      // The lender refusing a fixed Auto Pay amount (below the amount due) says why under it.
      if (field === 'fixedAmount' && this.current.step === 'autopay-edit') errors.fixed = () => message;
    }
    this.set({ failure: { error, retry } });
    // Buttons were disabled while waiting: give focus back where the customer can act.
    if (!this.showErrors(errors)) this.focus(AFTER_FAILURE);
  }

  // ---------------------------------------------------------------------------
  // Moving through the steps

  /**
   * The customer moves to a step: errors and announcements clear (a result is announced
   * after), focus goes to its heading, an event says so.
   */
  go(step: PaymentStep, returnToReview = false): void {
    this.returnToReview = returnToReview;
    this.touched.clear();
    this.set({ errors: {}, summary: false, failure: undefined, autopayDone: undefined, announcement: '' });
    if (step === 'review') this.enterReview();
    if (step === 'autopay-edit' && this.current.step === 'autopay') {
      const view = this.readyView();
      if (view) this.set({ draft: { ...this.current.draft, ...autopayDraft(view) } });
    }
    this.set({ step });
    this.focus('#heading');
    this.host.stepChanged(step);
  }

  back(): void {
    const { step } = this.current;
    if (step === 'autopay-review') return this.go('autopay-edit');
    this.go(stepBefore(step, this.steps()));
  }

  /** Reaching review makes the idempotency key, unless the payment is the one already reviewed. */
  private enterReview(): void {
    const v = this.readyView();
    if (!v) return;
    const { draft } = this.current;
    const previous = this.reviewed;
    this.reviewed = reviewPayment(previous, {
      accountId: this.selectedId!,
      fundingAccountId: chosenFunding(v)!,
      amount: { amount: draft.amount!, currency: 'USD' },
      date: checkDateField(v).patch!.date!,
    });
    if (this.reviewed !== previous) this.set({ draft: { ...draft, authorized: false } });
  }

  /**
   * After a step passes: review, unless a step on the way is needed. The steps skipped
   * (their usual answers taken) are still checked, and shown when they do not pass.
   */
  private advance(check: StepCheck): void {
    if (this.showErrors(check.errors)) return;
    if (check.patch) this.setDraft(check.patch);
    const next = this.returnToReview ? 'review' : stepAfter(this.current.step, this.steps());
    if (next === 'review') return this.toReview();
    this.go(next);
  }

  private toReview(): void {
    const v = this.readyView();
    if (!v) return;
    for (const [step, errors] of [
      ['date', checkDateField(v).errors],
      ['from', checkFunding(v)],
    ] as const) {
      if (!Object.keys(errors).length) continue;
      this.go(step, true);
      this.showErrors(errors);
      return;
    }
    this.go('review');
  }

  /** Continue (or submit, or save): checks the step, then moves on or sends the request. */
  async next(): Promise<void> {
    const { step, busy } = this.current;
    if (busy) return;
    if (step === 'account') {
      const accounts = this.host.accounts() ?? [];
      if (!this.showErrors(checkAccountStep(this.baseView(accounts)))) this.go(this.element.mode === 'autopay' ? 'autopay' : 'amount');
      return;
    }
    const v = this.readyView();
    if (!v) return;
    switch (step) {
      case 'amount':
        return this.advance(checkAmountStep(v));
      case 'date':
        return this.advance(checkDateField(v));
      case 'from':
        if (this.showErrors(checkFunding(v))) return;
        if (addingBank(v)) {
          const fundingId = await this.requests.addBank();
          if (!fundingId) return;
          this.setDraft({ fundingId });
        }
        return this.toReview();
      case 'review':
        return this.requests.submit();
      case 'autopay-edit':
        return this.toAutopayReview(v);
      case 'autopay-review':
        return this.requests.saveAutopay();
    }
  }

  /** Checks the Auto Pay form (adding the bank account typed, if any), then shows its authorization. */
  private async toAutopayReview(v: View): Promise<void> {
    const check = checkAutopay(v);
    if (this.showErrors(check.errors)) return;
    let fundingId = chosenFunding(v);
    if (addingBank(v)) {
      fundingId = await this.requests.addBank();
      if (!fundingId) return;
      this.setDraft({ fundingId });
    }
    const previous = this.reviewedAutopay;
    this.reviewedAutopay = reviewAutopay(previous, enrollmentOf(v, check, fundingId!));
    if (this.reviewedAutopay !== previous) this.set({ draft: { ...this.current.draft, authorized: false } });
    this.go('autopay-review');
  }

  /** "Make another payment": a fresh form, fresh balances and, on review, a new key. */
  another(): void {
    this.reset();
    this.host.reload();
    this.go(this.current.step);
  }
}

function freshState(step: PaymentStep): FormState {
  return {
    step,
    draft: emptyDraft(),
    bank: emptyBank(),
    errors: {},
    summary: false,
    busy: false,
    unconfirmed: false,
    added: [],
    announcement: '',
  };
}
