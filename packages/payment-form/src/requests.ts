import {
  assertShape,
  checkRoutingNumber,
  isAutoPaySettings,
  isConfigurationError,
  isFundingAccount,
  isPaymentReceipt,
  requireSlice,
  toProviderError,
  type AutoPayEnrollment,
  type AutoPaySettings,
  type FundingAccount,
  type NewFundingAccount,
  type PaymentReceipt,
  type PaymentsApi,
  type ProviderErrorCode,
  type TesseraProvider,
} from '@tessera/core';
import { emptyBank, toNewFundingAccount } from './bank.js';
import type { PaymentFormAction } from './events.js';
import type { PaymentFormController } from './form-controller.js';
import { isFundingList } from './load.js';
import type { PaymentFormMessages } from './messages.js';
import { checkAutopay } from './steps/autopay.js';
import { addingBank } from './steps/from.js';

/** What the requests need from the element: the provider, its signal, and the events to fire. */
export interface RequestsHost {
  provider(): TesseraProvider | undefined;
  /** Aborted when the element leaves the page. */
  signal(): AbortSignal;
  isLive(): boolean;
  messages(): PaymentFormMessages;
  submitted(receipt: PaymentReceipt): void;
  autopayChanged(accountId: string, settings: AutoPaySettings): void;
  failed(action: Exclude<PaymentFormAction, 'load'>, error: unknown, accountId: string | undefined): void;
}

/** Failures after which the request may have gone through: a payment is "not confirmed yet", a bank account is looked for. */
const UNCONFIRMED: ProviderErrorCode[] = ['network', 'timeout', 'unknown'];

const mayHaveHappened = (error: unknown): boolean => !isConfigurationError(error) && UNCONFIRMED.includes(toProviderError(error).code);

/**
 * The form's calls to the provider that change something: adding a bank account, paying,
 * and Auto Pay. Each failure is shown in the form, with a retry where it can help, and
 * reported to the host with its action.
 */
export class PaymentRequests {
  /** Set before any await or render, so a second click or Enter cannot send a second payment. */
  private inFlight = false;

  constructor(
    private readonly form: PaymentFormController,
    private readonly host: RequestsHost,
  ) {}

  /** The bank's name is a courtesy: an unknown number or a failed lookup leaves the form as it is. */
  async lookupBank(routing: string): Promise<void> {
    const { form } = this;
    form.set({ bankName: undefined });
    const payments = this.host.provider()?.payments;
    if (!payments?.lookupRoutingNumber || checkRoutingNumber(routing)) return;
    try {
      const found = await payments.lookupRoutingNumber(routing, { signal: this.host.signal() });
      if (form.state.bank.routingNumber.trim() === routing && typeof found?.bankName === 'string') form.set({ bankName: found.bankName });
    } catch {
      // Nothing to show: the customer can continue without the bank's name.
    }
  }

  /**
   * The one call that receives full bank numbers; they leave the form's state once it
   * succeeds. Its retry is the customer's Continue (or Save) again.
   */
  async addBank(): Promise<string | undefined> {
    const { form } = this;
    const input = toNewFundingAccount(form.state.bank);
    form.set({ busy: true, failure: undefined });
    try {
      const payments = requireSlice(this.host.provider(), 'payments');
      let added: FundingAccount | undefined;
      try {
        added = assertShape(
          await payments.addFundingAccount(input, { signal: this.host.signal() }),
          isFundingAccount,
          'bank account',
          'payments.addFundingAccount',
        );
      } catch (error) {
        // The account may have been saved before the answer was lost: look for it before saying it failed.
        if (mayHaveHappened(error)) added = await this.findAdded(payments, input);
        if (!added) throw error;
      }
      form.set({ added: [...form.state.added, added], bank: emptyBank(), bankName: undefined });
      return added.id;
    } catch (error) {
      if (this.host.isLive()) {
        form.showFailure(error, () => form.next());
        this.host.failed('add-bank-account', error, form.selectedId);
      }
      return undefined;
    } finally {
      form.set({ busy: false });
    }
  }

  private async findAdded(payments: PaymentsApi, input: NewFundingAccount): Promise<FundingAccount | undefined> {
    const known = this.form.readyView()?.funding ?? [];
    try {
      const list = assertShape(
        await payments.listFundingAccounts({ signal: this.host.signal() }),
        isFundingList,
        'bank accounts',
        'payments.listFundingAccounts',
      );
      return list.find(
        (f) => !known.some((k) => k.id === f.id) && f.last4 === input.accountNumber.slice(-4) && f.type === input.type,
      );
    } catch {
      return undefined;
    }
  }

  /**
   * Sends the reviewed payment with its key. After a failure that may have paid, the form
   * says it could not confirm the payment yet, and "Check again" sends it again, unchanged,
   * with the same key: the provider answers with the payment if it was made.
   */
  async submit(): Promise<void> {
    const { form } = this;
    const { reviewed } = form;
    const { draft, receipt, unconfirmed, failure } = form.state;
    if (this.inFlight || receipt || !reviewed) return;
    if (!draft.authorized && !unconfirmed) {
      form.showErrors({ authorize: (m) => m.mustAuthorize });
      return;
    }
    this.inFlight = true;
    // While not confirmed, the notice keeps saying why until the new answer.
    form.set({ busy: true, failure: unconfirmed ? failure : undefined, errors: {} });
    try {
      const payments = requireSlice(this.host.provider(), 'payments');
      const answer = assertShape(
        await payments.submitPayment({ ...reviewed.request, idempotencyKey: reviewed.key }, { signal: this.host.signal() }),
        isPaymentReceipt,
        'payment receipt',
        'payments.submitPayment',
      );
      form.set({ receipt: answer, unconfirmed: false });
      form.go('result');
      form.announce(this.host.messages().confirmed(answer.confirmationNumber));
      this.host.submitted(answer);
    } catch (error) {
      if (!this.host.isLive()) return;
      if (unconfirmed || mayHaveHappened(error)) {
        // Its notice is an alert and takes focus: screen readers hear it once.
        form.set({ unconfirmed: true, failure: { error, retry: () => this.submit() } });
        form.focus('#unconfirmed');
      } else {
        form.showFailure(error, () => this.submit());
      }
      this.host.failed('submit', error, reviewed.request.accountId);
    } finally {
      this.inFlight = false;
      form.set({ busy: false });
    }
  }

  /** Sets up or changes Auto Pay (adding the bank account first when the customer typed one). */
  async saveAutopay(): Promise<void> {
    const { form } = this;
    const v = form.readyView();
    if (!v || form.state.busy) return;
    const { errors, fixed, extra, date } = checkAutopay(v);
    if (form.showErrors(errors)) return;
    let fundingAccountId = v.draft.fundingId;
    if (addingBank(v)) {
      fundingAccountId = await this.addBank();
      if (!fundingAccountId) return;
      form.setDraft({ fundingId: fundingAccountId });
    }
    const enrollment: AutoPayEnrollment = { rule: v.draft.rule!, fundingAccountId: fundingAccountId!, startDate: date! };
    if (fixed !== undefined) enrollment.fixedAmount = { amount: fixed, currency: 'USD' };
    if (extra !== undefined) enrollment.extraAmount = { amount: extra, currency: 'USD' };
    await this.changeAutopay(
      'autopay-enroll',
      (payments, signal) => payments.setAutoPay(v.account.id, enrollment, { signal }),
      () => this.saveAutopay(),
      (settings) => this.host.messages().enrolled(v.day(settings.startDate ?? enrollment.startDate)),
    );
  }

  async cancelAutopay(): Promise<void> {
    const id = this.form.selectedId;
    if (!id || this.form.state.busy) return;
    await this.changeAutopay(
      'autopay-cancel',
      (payments, signal) => payments.cancelAutoPay(id, { signal }),
      () => this.cancelAutopay(),
      () => this.host.messages().autopayOff,
    );
  }

  private async changeAutopay(
    action: 'autopay-enroll' | 'autopay-cancel',
    call: (payments: PaymentsApi, signal: AbortSignal) => Promise<AutoPaySettings>,
    retry: () => unknown,
    say: (settings: AutoPaySettings) => string,
  ): Promise<void> {
    const { form } = this;
    const accountId = form.selectedId!;
    form.set({ busy: true, failure: undefined });
    try {
      const payments = requireSlice(this.host.provider(), 'payments');
      const method = action === 'autopay-cancel' ? 'payments.cancelAutoPay' : 'payments.setAutoPay';
      const settings = assertShape(await call(payments, this.host.signal()), isAutoPaySettings, 'Auto Pay settings', method);
      form.set({ autopay: settings });
      form.go('autopay');
      form.announce(say(settings));
      this.host.autopayChanged(accountId, settings);
    } catch (error) {
      if (!this.host.isLive()) return;
      form.showFailure(error, retry);
      this.host.failed(action, error, accountId);
    } finally {
      form.set({ busy: false });
    }
  }
}
