import {
  assertShape,
  checkRoutingNumber,
  isAutoPaySettings,
  isConfigurationError,
  isContactChannel,
  isFundingAccount,
  isPaymentReceipt,
  listOf,
  requireSlice,
  toProviderError,
  type AutoPayEnrollment,
  type AutoPaySettings,
  type FundingAccount,
  type Locale,
  type NewFundingAccount,
  type PaymentReceipt,
  type PaymentsApi,
  type ProviderErrorCode,
  type TesseraProvider,
} from '@tessera/core';
import { authorizationRecord, wording } from './authorization.js';
import { emptyBank, toNewFundingAccount } from './bank.js';
import type { PaymentFormAction } from './events.js';
import type { PaymentFormController } from './form-controller.js';
import { isFundingList } from './load.js';
import type { PaymentFormMessages } from './messages.js';
import { draftWords } from './steps/amount.js';
import { autopayTerms } from './steps/autopay.js';
import { paymentTerms } from './steps/review.js';

/** What the requests need from the element: the provider, its signal, and the events to fire. */
export interface RequestsHost {
  provider(): TesseraProvider | undefined;
  /** Aborted when the element leaves the page. */
  signal(): AbortSignal;
  isLive(): boolean;
  messages(): PaymentFormMessages;
  /** The language of the messages. */
  locale(): Locale;
  submitted(receipt: PaymentReceipt): void;
  paymentCancelled(receipt: PaymentReceipt): void;
  autopayChanged(accountId: string, settings: AutoPaySettings): void;
  failed(action: Exclude<PaymentFormAction, 'load'>, error: unknown, accountId: string | undefined): void;
}

const isContactList = listOf(isContactChannel);

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
    const said = form.working('add-bank-account');
    form.set({ failure: undefined });
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
      form.finished(said);
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
    const v = form.readyView();
    if (this.inFlight || receipt || !reviewed || !v) return;
    if (!draft.authorized && !unconfirmed) {
      form.showErrors({ authorize: (m) => m.mustAuthorize });
      return;
    }
    // The authorization as accepted, once per reviewed payment: every retry sends the same record.
    reviewed.authorization ??= authorizationRecord(v, paymentTerms(v), wording(v, 'one-time'), new Date().toISOString());
    this.inFlight = true;
    // While not confirmed, the notice keeps saying why until the new answer.
    const said = form.working('submit');
    form.set({ failure: unconfirmed ? failure : undefined, errors: {} });
    try {
      const payments = requireSlice(this.host.provider(), 'payments');
      const answer = assertShape(
        await payments.submitPayment(
          { ...reviewed.request, idempotencyKey: reviewed.key, authorization: reviewed.authorization },
          { signal: this.host.signal() },
        ),
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
        if (!form.state.contacts) void this.loadContacts();
      } else {
        form.showFailure(error, () => this.submit());
      }
      this.host.failed('submit', error, reviewed.request.accountId);
    } finally {
      this.inFlight = false;
      form.finished(said);
    }
  }

  /**
   * Sets up or changes Auto Pay with the authorization the customer accepted: its record
   * (wording version, time, language, words) and one idempotency key per reviewed
   * authorization, the same on every retry.
   */
  async saveAutopay(): Promise<void> {
    const { form } = this;
    const v = form.readyView();
    const reviewed = form.reviewedAutopay;
    if (!v || !reviewed || form.state.busy) return;
    if (!v.draft.authorized) {
      form.showErrors({ authorize: (m) => m.mustAuthorizeAutopay });
      return;
    }
    // The authorization as accepted, once per reviewed enrollment: every retry sends the same record.
    const authorization = (reviewed.authorization ??= authorizationRecord(v, autopayTerms(v, reviewed), wording(v, 'autopay'), new Date().toISOString()));
    const enrollment: AutoPayEnrollment = { ...reviewed.enrollment, authorization, idempotencyKey: reviewed.key };
    const kind = v.autopay.enrolled ? 'changed' : 'enrolled';
    await this.changeAutopay(
      'autopay-enroll',
      (payments, signal) => payments.setAutoPay(v.account.id, enrollment, { signal }),
      () => this.saveAutopay(),
      (settings) => {
        form.reviewedAutopay = undefined;
        form.set({ autopayDone: { kind, settings, authorization } });
        const m = this.host.messages();
        const copy = settings.authorizationCopy;
        return `${m.enrolled(v.day(settings.startDate ?? enrollment.startDate))}${copy ? ` ${m.copySent(copy.channel, copy.to)}` : ''}`;
      },
    );
  }

  /** Turns Auto Pay off; the confirmation says whether the next draft was too late to stop. */
  async cancelAutopay(): Promise<void> {
    const { form } = this;
    const id = form.selectedId;
    if (!id || form.state.busy) return;
    await this.changeAutopay(
      'autopay-cancel',
      (payments, signal) => payments.cancelAutoPay(id, { signal }),
      () => this.cancelAutopay(),
      (settings) => {
        form.set({ autopayDone: { kind: 'cancelled', settings } });
        const m = this.host.messages();
        const draft = settings.nextDraft;
        const view = form.readyView();
        return `${m.autopayOff} ${draft && view ? m.stillRuns(draftWords(view, draft)) : m.noMoreDrafts}`;
      },
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
    const said = form.working(action);
    form.set({ failure: undefined });
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
      form.finished(said);
    }
  }

  /**
   * Cancels the scheduled payment on the confirmation (before its cutoff). Cancelling is
   * safe to repeat: the lender answers a cancelled payment again.
   */
  async cancelPayment(): Promise<void> {
    const { form } = this;
    const receipt = form.state.receipt;
    if (!receipt || form.state.busy) return;
    const said = form.working('cancel-payment');
    form.set({ failure: undefined });
    try {
      const payments = requireSlice(this.host.provider(), 'payments', ['cancelPayment']);
      const answer = assertShape(
        await payments.cancelPayment!(receipt.id, { signal: this.host.signal() }),
        isPaymentReceipt,
        'payment receipt',
        'payments.cancelPayment',
      );
      form.set({ receipt: answer });
      form.go('result');
      form.announce(this.host.messages().paymentCancelled(answer.confirmationNumber));
      this.host.paymentCancelled(answer);
    } catch (error) {
      if (!this.host.isLive()) return;
      form.showFailure(error, () => this.cancelPayment());
      this.host.failed('cancel-payment', error, receipt.accountId);
    } finally {
      form.finished(said);
    }
  }

  /**
   * The lender's contact channels, for a payment that could not be confirmed, in the
   * customer's language. A courtesy: without them (no help slice, a failure) the notice
   * still says to contact the lender before paying again.
   */
  async loadContacts(): Promise<void> {
    const locale = this.host.locale();
    const help = this.host.provider()?.help;
    if (this.contactsAsked.has(locale) || !help?.getContactChannels) return;
    this.contactsAsked.add(locale);
    try {
      const channels = assertShape(
        await help.getContactChannels(locale, { signal: this.host.signal(), locale }),
        isContactList,
        'contact channels',
        'help.getContactChannels',
      );
      if (this.host.isLive()) this.form.set({ contacts: { locale, channels } });
    } catch {
      // Nothing to add: the notice already says to contact the lender.
    }
  }

  /** Languages the contact channels were asked in (once each). */
  private readonly contactsAsked = new Set<Locale>();
}
