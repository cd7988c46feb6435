import { html, nothing, type TemplateResult } from 'lit';
import {
  TesseraElement,
  assertShape,
  formatDate,
  formatMoney,
  headingLevel,
  leftOutOf,
  isDispute,
  isDisputeAttachment,
  isDisputeList,
  isDisputeOptions,
  providerText,
  renderHeading,
  requireSlice,
  themeStyles,
  type Dispute,
  type DisputeAttachment,
  type DisputeList,
  type DisputeOptions,
  type DisputeReason,
} from '@tessera/core';
import { fileProblem, formatSize, readAnswers, typeNames, type AnswerProblem } from './answers.js';
import { disputeClock, lenderToday } from './clock.js';
import { styles } from './dispute.styles.js';
import { fieldId, renderQuestion } from './fields.js';
import { messages, type DisputeMessages } from './messages.js';
import { renderTracking } from './tracking.js';
import { VERSION } from './version.js';

type Step = 'reason' | 'questions' | 'review' | 'done';
type Loaded = { options: DisputeOptions } | { list: DisputeList };

const REASONS: DisputeReason[] = ['fraud', 'duplicate', 'wrong-amount', 'refund-missing', 'not-received', 'recurring-canceled', 'other'];

/**
 * Disputes a card charge (`account-id` and `transaction-id`), or, without a transaction, lists
 * the customer's disputes with their steps and how to escalate. The flow: the reason first
 * (fraud goes its own way: it offers to lock the card and says the customer is not liable),
 * the lender's questions with optional files (type and size checked before they are sent,
 * only their names shown back), a review with what happens next, and one submission whose
 * idempotency key is kept across retries. The Fair Credit Billing Act's clock — 60 days after
 * the statement that first showed the charge, in the lender's calendar — is shown throughout;
 * past it the customer may still submit and is told the protections may be reduced. Vehicle
 * loans are not open-end credit: the lender's words say how to question their charges.
 *
 * @summary Dispute a card charge, with the billing-error clock, and track disputes.
 *
 * @fires {CustomEvent<DisputeSubmittedDetail>} tessera-dispute-submitted - The lender opened the case (the same case when a lost answer was retried).
 * @fires {CustomEvent<DisputeLockRequestedDetail>} tessera-dispute-lock-requested - The customer asked to lock the card of a charge they do not recognize; the host wires it to `<tessera-card-lock card-id>`.
 * @fires {CustomEvent<DisputeFailedDetail>} tessera-dispute-failed - The load (`load`), a file (`attach`) or the submission (`submit`) failed; `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart charge - The charge: merchant, amount and date.
 * @csspart clock - The last day to dispute and the days left, or that it has passed.
 * @csspart reasons - The reasons (radio group).
 * @csspart fraud - What fraud adds: the customer is not liable, and the card lock.
 * @csspart lock - The button that asks the host to lock the card.
 * @csspart field - One question.
 * @csspart field-error - A question's error.
 * @csspart files - The file picker, its limits and the files attached.
 * @csspart file - One attached file (its name).
 * @csspart review - The review of the dispute.
 * @csspart next-steps - What happens next.
 * @csspart back - The Back button.
 * @csspart continue - The Continue button.
 * @csspart submit - The Submit button.
 * @csspart done - The confirmation with the case number.
 * @csspart loan - How to question a vehicle loan's charge instead.
 * @csspart not-disputable - Why the charge cannot be disputed here.
 * @csspart cases - The list of disputes.
 * @csspart case - One dispute.
 * @csspart state - A dispute's status.
 * @csspart steps - A dispute's steps, with dates.
 * @csspart step - One step.
 * @csspart escalate - How to escalate: the written complaint and the regulator's page.
 * @csspart empty - Says there are no disputes.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - An error's Try again button.
 * @csspart submit-error - The submission's error (it is also an `error` part).
 * @csspart attach-error - A file's error (it is also an `error` part).
 * @csspart notice - Says how many reasons or disputes could not be shown because their data was invalid.
 *
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Skeleton bars and the charge box.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Buttons and links.
 * @cssprop --tessera-color-on-accent - Text on the accent color.
 * @cssprop --tessera-color-danger - Errors and the late warning.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraDispute extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-dispute';
  static override styles = [themeStyles, styles];

  // Declared without decorators: the decorator helper would cost this package more than its budget allows.
  static override properties = {
    accountId: { attribute: 'account-id' },
    transactionId: { attribute: 'transaction-id' },
    now: { attribute: false },
  };

  /** The account of the charge; without `transaction-id`, only this account's disputes are listed. */
  declare accountId?: string;
  /** The charge to dispute; without it, the customer's disputes are listed. */
  declare transactionId?: string;
  /** The current time (for today in the lender's calendar); by default the clock. */
  declare now?: Date;

  private step: Step = 'reason';
  private reason?: DisputeReason;
  private inputs: Record<string, string> = {};
  private problems: Record<string, AnswerProblem> = {};
  private files: DisputeAttachment[] = [];
  private fileErrors: string[] = [];
  private uploading = false;
  private attachError?: { file: File; error: unknown };
  private key?: string;
  private busy = false;
  private submitError?: unknown;
  private done?: Dispute;
  private lockAsked = false;
  /** The charge the flow's answers belong to: a reload for another language keeps them. */
  private flowFor?: string;

  private readonly task = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId, this.transactionId] as const,
    async ([provider, locale, accountId, transactionId], signal): Promise<Loaded> => {
      if (transactionId) {
        const api = requireSlice(provider, 'disputes', ['getDisputeOptions', 'startDispute']);
        const options = assertShape(await api.getDisputeOptions(accountId ?? '', transactionId, { signal, locale }), isDisputeOptions, 'dispute options', 'disputes.getDisputeOptions');
        const flow = `${accountId}/${transactionId}`;
        if (this.flowFor !== flow) this.reset(flow);
        return { options };
      }
      const api = requireSlice(provider, 'disputes', ['listDisputes']);
      return { list: assertShape(await api.listDisputes(accountId ? { accountId } : {}, { signal, locale }), isDisputeList, 'disputes', 'disputes.listDisputes') };
    },
    () => this.scope,
  );

  private get scope(): { accountId?: string; transactionId?: string } {
    return { ...(this.accountId ? { accountId: this.accountId } : {}), ...(this.transactionId ? { transactionId: this.transactionId } : {}) };
  }

  private get m(): DisputeMessages {
    return this.messagesFrom(messages);
  }

  private reset(flow?: string): void {
    this.flowFor = flow;
    this.step = 'reason';
    this.reason = this.key = this.done = this.submitError = this.attachError = undefined;
    this.inputs = {};
    this.problems = {};
    this.files = [];
    this.fileErrors = [];
    this.lockAsked = false;
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderTask(this.task, {
      loading: () => this.renderSkeleton(),
      ready: (loaded) =>
        'list' in loaded
          ? html`${renderTracking(loaded.list, this.m, this.langTag, headingLevel(this.headingLevel))}${this.renderLeftOut(leftOutOf(loaded.list))}`
          : this.renderFlow(loaded.options),
    })}</div>`;
  }

  /** The reason step drawn without controls: the same boxes and words, transparent, nothing focusable. */
  private renderSkeleton(): TemplateResult {
    const { m, langTag } = this;
    // Words as generated content (no text nodes, nothing to read or contrast-check), in the ready step's boxes.
    const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;
    return html`<div class="loading" part="skeleton"><span class="visually-hidden" role="status">${this.coreMessages.loading}</span><div class="layout" aria-hidden="true">${this.transactionId
      ? html`<p class="heading">${bar(m.title)}</p><p class="charge"><span class="merchant">${bar('\u00a0')}</span>${bar(`${formatMoney({ amount: 8450, currency: 'USD' }, langTag)} ${formatDate('2026-10-26', langTag)}`)}</p><p class="clock">${bar(m.clockLeft(formatDate('2026-12-31', langTag, 'long'), 40))}</p><div class="fieldset"><p class="legend">${bar(m.reasonLegend)}</p>${REASONS.map(
          (r) => html`<p class="choice"><span class="dot"></span>${bar(m.reasons[r])}</p>`,
        )}</div><div class="actions"><span class="button">${bar(m.next)}</span></div>`
      : html`<p class="heading">${bar(m.track)}</p>${[0, 1, 2].map(() => html`<p class="case">${bar('\u00a0')}</p>`)}`}</div></div>`;
  }

  private renderFlow(options: DisputeOptions): TemplateResult {
    const { m, langTag: lang } = this;
    const level = headingLevel(this.headingLevel);
    const tx = options.transaction;
    const { terms } = options;
    const today = lenderToday(terms.timeZone, this.now ?? new Date());
    const windowDays = terms.windowDays ?? 60;
    const clock = disputeClock(tx.statementDate, today, windowDays);
    const lastDay = clock.lastDay ? formatDate(clock.lastDay, lang, 'long') : '';
    const clockText = !clock.lastDay ? m.clockPending(windowDays) : clock.late ? m.clockLate(lastDay) : clock.daysLeft ? m.clockLeft(lastDay, clock.daysLeft) : m.clockToday(lastDay);
    const charge = html`${renderHeading(level, m.title, { className: 'heading' })}<p class="charge" part="charge"><span class="merchant">${providerText(tx.merchant)}</span> <span class="amount">${formatMoney(tx.amount, lang)}</span> <span class="muted date">${formatDate(tx.date, lang)}</span></p>`;
    if (tx.accountKind !== 'card') return html`${charge}<p class="note" part="loan">${terms.loanHelp ? providerText(terms.loanHelp) : m.loan}</p>`;
    if (!tx.disputable && !this.done) return html`${charge}<p class="note" part="not-disputable">${tx.notDisputable ? providerText(tx.notDisputable) : nothing}</p>`;
    const clockLine = html`<p class=${clock.late ? 'clock late' : 'clock'} part="clock">${clockText}</p>`;
    return html`${charge}${clockLine}${this.step === 'done' ? this.renderDone() : this.step === 'reason' ? this.renderReasons(options) : this.step === 'questions' ? this.renderQuestions(options, level) : this.renderReview(options, level)}`;
  }

  private renderReasons(options: DisputeOptions): TemplateResult {
    const { m } = this;
    const offered = REASONS.filter((r) => options.reasons.some((o) => o.reason === r));
    const problem = this.problems.reason;
    return html`<fieldset class="reasons" part="reasons" id="reasons" tabindex="-1" aria-describedby=${problem ? 'reason-error' : nothing}><legend>${m.reasonLegend}</legend>${offered.map(
      (r) => html`<label class="choice"><input type="radio" name="reason" value=${r} .checked=${this.reason === r} @change=${() => this.choose(r)} />${m.reasons[r]}</label>`,
    )}${problem ? html`<span id="reason-error" class="field-error" part="field-error">${m.required}</span>` : nothing}</fieldset>${this.renderLeftOut(leftOutOf(options))}<div class="actions"><button class="button primary" part="continue" type="button" @click=${() => this.toQuestions()}>${m.next}</button></div>`;
  }

  private renderQuestions(options: DisputeOptions, level: number): TemplateResult {
    const { m } = this;
    const option = options.reasons.find((o) => o.reason === this.reason)!;
    const tx = options.transaction;
    const rules = option.attachments ? options.attachments : undefined;
    const fraud = this.reason === 'fraud';
    return html`${renderHeading(headingLevel(level, 1), m.reasons[option.reason], { id: 'step', className: 'heading', tabIndex: -1 })}${fraud
      ? html`<div class="fraud" part="fraud"><p>${options.terms.fraudLiability ? providerText(options.terms.fraudLiability) : m.notLiable}</p>${tx.cardId
          ? html`<div class="actions"><button id="lock" class="button" part="lock" type="button" @click=${() => this.askLock(tx.accountId, tx.cardId!)}>${m.lockCard}</button></div>`
          : nothing}<p role="status">${this.lockAsked ? m.lockAsked : ''}</p></div>`
      : nothing}${option.questions.map((q) =>
      renderQuestion(q, {
        m,
        value: (id) => this.inputs[id] ?? '',
        problem: (id) => this.problems[id],
        set: (id, value) => {
          this.inputs = { ...this.inputs, [id]: value };
          this.requestUpdate();
        },
      }),
    )}${rules ? this.renderFiles(rules) : nothing}<div class="actions"><button class="button" part="back" type="button" @click=${() => this.go('reason', '#reasons input:checked')}>${m.back}</button><button class="button primary" part="continue" type="button" @click=${() => this.toReview(options)}>${m.next}</button></div>`;
  }

  private renderFiles(rules: NonNullable<DisputeOptions['attachments']>): TemplateResult {
    const { m, langTag } = this;
    const full = this.files.length >= rules.maxFiles;
    return html`<div class="field" part="files"><label for="files">${m.files}</label><span id="files-hint" class="muted">${m.filesHint(typeNames(rules.accept), formatSize(rules.maxBytes, langTag), rules.maxFiles)}</span><input id="files" class="input" type="file" multiple accept=${rules.accept.join(',')} aria-describedby="files-hint" ?disabled=${full || this.uploading} @change=${(e: Event) => void this.attach(e.target as HTMLInputElement, rules)} />${this.fileErrors.map(
      (text) => html`<span class="field-error" part="field-error">${text}</span>`,
    )}<p class="visually-hidden" role="status">${this.uploading ? m.uploading : ''}</p>${this.attachError
      ? this.failureBlock(m.attachFailed, this.attachError.error, 'attach', () => void this.upload(this.attachError!.file))
      : nothing}${this.files.length
      ? html`<ul class="file-list">${this.files.map(
          (f) => html`<li part="file"><span>${providerText(f.name)}</span><button class="button small" type="button" aria-label=${m.remove(f.name)} @click=${() => this.removeFile(f.id)}>×</button></li>`,
        )}</ul>`
      : nothing}</div>`;
  }

  private renderReview(options: DisputeOptions, level: number): TemplateResult {
    const { m, langTag: lang } = this;
    const option = options.reasons.find((o) => o.reason === this.reason)!;
    const { answers } = readAnswers(option.questions, this.inputs, lang);
    const { terms } = options;
    const steps = terms.nextSteps?.length ? terms.nextSteps : m.nextSteps(terms.acknowledgeDays ?? 30, terms.resolveDays ?? 90);
    const shown = (value: unknown): unknown =>
      typeof value === 'boolean' ? m[value ? 'yes' : 'no'] : typeof value === 'object' && value ? formatMoney(value as never, lang) : /^\d{4}-\d\d-\d\d$/.test(String(value)) ? formatDate(String(value), lang) : providerText(String(value));
    return html`${renderHeading(headingLevel(level, 1), m.review, { id: 'step', className: 'heading', tabIndex: -1 })}<dl class="review" part="review"><dt>${m.reasonLegend}</dt><dd>${m.reasons[option.reason]}</dd>${option.questions
      .filter((q) => answers[q.id] !== undefined)
      .map((q) => html`<dt>${providerText(q.label)}</dt><dd>${shown(answers[q.id])}</dd>`)}${this.files.length
      ? html`<dt>${m.files}</dt><dd>${this.files.map((f) => html`<span class="file">${providerText(f.name)}</span>`)}</dd>`
      : nothing}</dl><div part="next-steps">${renderHeading(headingLevel(level, 2), m.whatNext, { className: 'heading' })}<ul class="next">${steps.map((s) => html`<li>${providerText(s)}</li>`)}</ul></div>${this.submitError !== undefined
      ? this.failureBlock(m.submitFailed, this.submitError, 'submit', () => void this.submit(options))
      : nothing}<div class="actions"><button class="button" part="back" type="button" ?disabled=${this.busy} @click=${() => this.go('questions', '#step')}>${m.back}</button><button id="submit" class="button primary" part="submit" type="button" aria-busy=${this.busy ? 'true' : 'false'} @click=${() => void this.submit(options)}>${this.busy ? m.submitting : m.submit}</button></div>`;
  }

  private renderDone(): TemplateResult {
    return html`<p id="done" class="done" part="done" role="status" tabindex="-1">${this.m.done(this.done!.caseNumber)}</p>`;
  }

  /** A step's error: what failed, the provider's reason and, when useful, a retry with an id for focus. */
  private failureBlock(prefix: string, error: unknown, id: string, retry: () => void): TemplateResult {
    const failure = this.describeError(error);
    return html`<div class="status-error" part=${`error ${id}-error`} role="alert" data-code=${failure.code}><p>${prefix} ${failure.message}</p>${failure.retryable
      ? html`<div><button id=${`${id}-retry`} class="button" part="retry" type="button" @click=${retry}>${this.coreMessages.retry}</button></div>`
      : nothing}</div>`;
  }

  private choose(reason: DisputeReason): void {
    if (reason !== this.reason) this.inputs = {};
    this.reason = reason;
    this.problems = {};
    this.requestUpdate();
  }

  private toQuestions(): void {
    if (!this.reason) {
      this.problems = { reason: 'required' };
      this.focusLater('#reasons');
      return;
    }
    this.go('questions', '#step');
  }

  private toReview(options: DisputeOptions): void {
    const option = options.reasons.find((o) => o.reason === this.reason)!;
    const { problems } = readAnswers(option.questions, this.inputs, this.langTag);
    this.problems = problems;
    const first = option.questions.find((q) => problems[q.id]);
    if (first) return this.focusLater(`#${fieldId(first)}`);
    // One key per reviewed dispute: kept across retries of a lost answer, new after any change.
    this.key = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    this.submitError = undefined;
    this.go('review', '#step');
  }

  private go(step: Step, focus: string): void {
    this.step = step;
    this.focusLater(focus, '#step');
  }

  private askLock(accountId: string, cardId: string): void {
    this.lockAsked = true;
    this.requestUpdate();
    this.emit('tessera-dispute-lock-requested', { accountId, cardId });
  }

  /** Files are checked for type and size here, before anything is sent; the good ones are sent one by one. */
  private async attach(input: HTMLInputElement, rules: NonNullable<DisputeOptions['attachments']>): Promise<void> {
    const { m, langTag } = this;
    const size = formatSize(rules.maxBytes, langTag);
    const chosen = [...(input.files ?? [])];
    input.value = '';
    this.fileErrors = [];
    const room = rules.maxFiles - this.files.length;
    if (chosen.length > room) this.fileErrors.push(m.tooMany(rules.maxFiles));
    const good = chosen.slice(0, Math.max(0, room)).filter((file) => {
      const problem = fileProblem(file, rules.accept, rules.maxBytes);
      if (problem) this.fileErrors.push(problem === 'type' ? m.fileType(file.name) : m.fileSize(file.name, size));
      return !problem;
    });
    this.requestUpdate();
    for (const file of good) if (!(await this.upload(file))) break;
  }

  private async upload(file: File): Promise<boolean> {
    const signal = this.connectionSignal;
    this.uploading = true;
    this.attachError = undefined;
    this.requestUpdate();
    try {
      const api = requireSlice(this.activeProvider, 'disputes', ['uploadDisputeAttachment']);
      const sent = assertShape(await api.uploadDisputeAttachment!(file, file.name, { signal, locale: this.locale }), isDisputeAttachment, 'dispute attachment', 'disputes.uploadDisputeAttachment');
      this.files = [...this.files, sent];
      // The input is disabled while a file is sent (and once full), and a retry button goes away
      // on success: either way focus would be left on the page's body.
      this.refocus('#files:enabled', '.file-list li:last-child button');
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      this.attachError = { file, error };
      this.reportFailure('attach', error, this.scope);
      this.focusLater('#attach-retry', '#files');
      return false;
    } finally {
      this.uploading = false;
      this.requestUpdate();
    }
  }

  private removeFile(id: string): void {
    this.files = this.files.filter((f) => f.id !== id);
    this.focusLater('#files');
  }

  private async submit(options: DisputeOptions): Promise<void> {
    if (this.busy || !this.reason || !this.key) return;
    const option = options.reasons.find((o) => o.reason === this.reason)!;
    const tx = options.transaction;
    const signal = this.connectionSignal;
    this.busy = true;
    this.submitError = undefined;
    this.requestUpdate();
    try {
      const api = requireSlice(this.activeProvider, 'disputes', ['startDispute']);
      const request = {
        accountId: tx.accountId,
        transactionId: tx.id,
        reason: this.reason,
        answers: readAnswers(option.questions, this.inputs, this.langTag).answers,
        attachmentIds: this.files.map((f) => f.id),
        idempotencyKey: this.key,
      };
      const dispute = assertShape(await api.startDispute(request, { signal, locale: this.locale }), isDispute, 'dispute', 'disputes.startDispute');
      this.done = dispute;
      this.step = 'done';
      this.emit('tessera-dispute-submitted', { disputeId: dispute.id, caseNumber: dispute.caseNumber, accountId: tx.accountId, transactionId: tx.id, reason: dispute.reason });
      this.focusLater('#done');
    } catch (error) {
      if (signal.aborted) return;
      this.submitError = error;
      this.reportFailure('submit', error, { accountId: tx.accountId, transactionId: tx.id });
      this.focusLater('#submit-retry', '#submit');
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }
}
