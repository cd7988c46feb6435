import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatMoney,
  isProviderError,
  leftOutOf,
  type Account,
  type AutoPaySettings,
  type FundingAccount,
  type PaymentReceipt,
} from '@tessera/core';
import { emptyBank, type BankDraft } from './bank.js';
import {
  emptyDraft,
  reviewPayment,
  stepAfter,
  stepBefore,
  type Draft,
  type PaymentMode,
  type PaymentStep,
  type ReviewedPayment,
} from './flow.js';
import { PaymentRequests, type RequestsHost } from './requests.js';
import { dateBounds } from './schedule.js';
import { checkAccountStep } from './steps/account.js';
import { checkAmountStep } from './steps/amount.js';
import { autopayDraft } from './steps/autopay.js';
import { checkDateField } from './steps/date.js';
import { addingBank, checkFunding } from './steps/from.js';
import type { BaseView, Details, Errors, Failure, FieldKey, StepCheck, View } from './view.js';

/** What the form shows and remembers; every change renders the element again. */
export interface FormState {
  step: PaymentStep;
  draft: Draft;
  /** A bank account being typed: the only place a full account number lives, until the provider has it. */
  bank: BankDraft;
  errors: Errors;
  /** A request is out: its buttons are disabled. */
  busy: boolean;
  failure?: Failure | undefined;
  unconfirmed: boolean;
  receipt?: PaymentReceipt | undefined;
  /** Auto Pay as the provider confirmed it in this session. */
  autopay?: AutoPaySettings | undefined;
  /** Bank accounts added in this session. */
  added: FundingAccount[];
  bankName?: string | undefined;
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
  /** The loaded accounts, and the chosen account's details once loaded (never stale ones). */
  accounts(): Account[] | undefined;
  details(): Details | undefined;
  /** Loads accounts and details again. */
  reload(): void;
  /** A failed request's error block, with the provider's field errors no field shows. */
  renderFailure(failure: Failure, errors: Errors): unknown;
  /** The provider error's code and localized sentence. */
  describe(error: unknown): { code: string; message: string };
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
const AFTER_FAILURE = '[part~="retry"], [part~="continue"], [part~="confirm-turn-off"]';

/**
 * The customer's way through the form: the step, what was chosen and typed, errors and
 * where they put focus, announcements, and the views the steps render. Requests to the
 * provider are `requests`'.
 */
export class PaymentFormController implements ReactiveController {
  /** The payment on review, with the idempotency key that makes it happen once. */
  reviewed?: ReviewedPayment | undefined;
  readonly requests: PaymentRequests;
  private current: FormState = freshState('account');
  private returnToReview = false;
  private focusTarget?: string | undefined;

  constructor(
    private readonly element: FormElement,
    private readonly host: FormHost,
  ) {
    this.requests = new PaymentRequests(this, host);
    element.addController(this);
  }

  get state(): Readonly<FormState> {
    return this.current;
  }

  /** The account being paid: the host's, else the customer's choice. */
  get selectedId(): string | undefined {
    return this.element.accountId ?? this.current.draft.accountId;
  }

  set(patch: Partial<FormState>): void {
    this.current = { ...this.current, ...patch };
    this.element.requestUpdate();
  }

  /** Focus goes to `selector` once it is rendered. */
  focus(selector: string): void {
    this.focusTarget = selector;
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    const target = this.element.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  /** Back to the first step, with nothing chosen (a request under way stays busy). */
  reset(): void {
    const { accountId, mode } = this.element;
    const step = accountId ? (mode === 'autopay' ? 'autopay' : 'amount') : 'account';
    this.reviewed = undefined;
    // A whole new state: nothing of the previous payment (receipt, failure, Auto Pay) is kept.
    this.current = { ...freshState(step), busy: this.current.busy, announcement: this.current.announcement };
    this.element.requestUpdate();
  }

  // ---------------------------------------------------------------------------
  // Views

  baseView(accounts: Account[]): BaseView {
    const { host, element } = this;
    const m = host.messages();
    const lang = host.lang();
    const { errors, failure, draft, busy, receipt, unconfirmed } = this.current;
    return {
      m,
      lang,
      money: (value) => formatMoney(value, lang),
      day: (date) => formatDate(date, lang, 'long'),
      accounts,
      accountFixed: !!element.accountId,
      draft,
      errors,
      error: (key) => errors[key]?.(m),
      busy,
      reviewed: this.reviewed,
      receipt,
      unconfirmed,
      unconfirmedReason: unconfirmed && failure ? host.describe(failure.error) : undefined,
      renderFailure: () => (failure && !unconfirmed ? host.renderFailure(failure, errors) : nothing),
      leftOut: (list) => host.leftOut(leftOutOf(list)),
      setDraft: (patch) => this.setDraft(patch),
      setBank: (patch) => this.setBank(patch),
      next: () => void this.next(),
      back: () => this.go(stepBefore(this.current.step)),
      go: (step, returnToReview) => this.go(step, returnToReview),
      focusField: (key) => element.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus(),
      another: () => this.another(),
      saveAutopay: () => void this.requests.saveAutopay(),
      cancelAutopay: () => void this.requests.cancelAutopay(),
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
  // What the customer types and chooses

  setDraft(patch: Partial<Draft>): void {
    const { draft } = this.current;
    if (patch.accountId !== undefined && patch.accountId !== draft.accountId) {
      // Amounts and dates belong to the previous account.
      patch = { preset: undefined, other: '', amount: undefined, date: undefined, ...patch };
    }
    this.set({ draft: { ...draft, ...patch } });
    this.clearErrors(Object.keys(patch) as Array<keyof Draft>);
  }

  setBank(patch: Partial<BankDraft>): void {
    const bank = { ...this.current.bank, ...patch };
    this.set({ bank });
    this.clearErrors(Object.keys(patch) as Array<keyof BankDraft>);
    if (patch.routingNumber !== undefined) void this.requests.lookupBank(bank.routingNumber.trim());
  }

  private clearErrors(keys: Array<keyof Draft | keyof BankDraft>): void {
    const fields = keys.map((k) => FIELD_OF[k] ?? (k as FieldKey));
    if (!fields.some((f) => f in this.current.errors)) return;
    const errors = { ...this.current.errors };
    for (const f of fields) delete errors[f];
    this.set({ errors });
  }

  announce(text: string): void {
    // A repeated message still counts as a change for screen readers.
    this.set({ announcement: text === this.current.announcement ? `${text}\u00a0` : text });
  }

  /** Shows errors (focus on the first field, summary announced); false when there are none. */
  showErrors(errors: Errors): boolean {
    const keys = Object.keys(errors) as FieldKey[];
    this.set({ errors });
    if (!keys.length) return false;
    const m = this.host.messages();
    this.announce([m.problems(keys.length), ...keys.map((k) => errors[k]!(m))].join(' '));
    this.focus(`#${keys[0]}`);
    return true;
  }

  /** A failed request: field errors go to their fields, anything else above the buttons. */
  showFailure(error: unknown, retry: () => unknown): void {
    const fieldErrors = isProviderError(error) ? error.fieldErrors : [];
    const errors: Errors = {};
    for (const { field, message } of fieldErrors) {
      if (field in this.current.bank) errors[field as FieldKey] = () => message;
    }
    this.set({ failure: { error, retry } });
    // Buttons were disabled while waiting: give focus back where the customer can act.
    if (!this.showErrors(errors)) this.focus(AFTER_FAILURE);
  }

  // ---------------------------------------------------------------------------
  // Moving through the steps

  /** The customer moves to a step: errors clear, focus goes to its heading, an event says so. */
  go(step: PaymentStep, returnToReview = false): void {
    this.returnToReview = returnToReview;
    this.set({ errors: {}, failure: undefined });
    if (step === 'review') this.enterReview();
    if (step === 'autopay-edit') {
      const view = this.readyView();
      if (view) this.set({ draft: { ...this.current.draft, ...autopayDraft(view) } });
    }
    this.set({ step });
    this.focus('#heading');
    this.host.stepChanged(step);
  }

  /** Reaching review makes the idempotency key, unless the payment is the one already reviewed. */
  private enterReview(): void {
    const { draft } = this.current;
    const previous = this.reviewed;
    this.reviewed = reviewPayment(previous, {
      accountId: this.selectedId!,
      fundingAccountId: draft.fundingId!,
      amount: { amount: draft.amount!, currency: 'USD' },
      date: draft.date!,
    });
    if (this.reviewed !== previous) this.set({ draft: { ...draft, authorized: false } });
  }

  private advance(check: StepCheck): void {
    if (this.showErrors(check.errors)) return;
    if (check.patch) this.setDraft(check.patch);
    this.go(this.returnToReview ? 'review' : stepAfter(this.current.step));
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
        return this.go('review');
      case 'review':
        return this.requests.submit();
      case 'autopay-edit':
        return this.requests.saveAutopay();
    }
  }

  /** "Make another payment": a fresh form, fresh balances and, on review, a new key. */
  another(): void {
    this.reset();
    this.host.reload();
    this.go(this.current.step);
  }
}

function freshState(step: PaymentStep): FormState {
  return { step, draft: emptyDraft(), bank: emptyBank(), errors: {}, busy: false, unconfirmed: false, added: [], announcement: '' };
}
