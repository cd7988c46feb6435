import { html, nothing, type TemplateResult } from 'lit';
import { LatestIntent, assertShape, isPayByText, maskedText, renderHeading, renderSwitch, type AlertsApi, type HeadingLevel, type Locale, type PayByText } from '@tessera/core';
import type { AlertsMessages } from './messages.js';

/** What one account's pay by text needs from the element. */
export interface PayByTextHost {
  alerts(): AlertsApi;
  signal(): AbortSignal;
  locale(): Locale;
  changed(): void;
  confirmed(settings: PayByText): void;
  failed(error: unknown): void;
  focus(selector: string): void;
  error(error: unknown, id: string, retry: () => void): TemplateResult;
  /** Whether the account's payment reminders go by text. */
  remindsByText(): boolean;
  /** Turns payment reminders by text on (a mobile number and the text consent first, when missing), then `then`. */
  remindByText(then: () => void): void;
}

/**
 * Pay by text for one eligible account: turning it on is one step (the bank account, the
 * amount rule and, when they are off, payment reminders by text turned on too); turning it
 * off is the switch alone. One request at a time, the last choice winning.
 */
export class PayByTextControl {
  settings: PayByText;
  private stepOpen = false;
  private funding?: string;
  private failure?: { error: unknown; retry: () => void };
  private readonly host: PayByTextHost;
  private readonly intent: LatestIntent;

  constructor(settings: PayByText, host: PayByTextHost) {
    this.settings = settings;
    this.host = host;
    this.intent = new LatestIntent({
      confirmed: () => this.settings.enrolled,
      send: (enrolled) => this.send(enrolled),
      failed: (error, wanted) => {
        this.failure = { error, retry: () => this.intent.want(wanted) };
        this.host.failed(error);
        this.host.focus(`#${this.id}-retry`);
      },
      changed: () => this.host.changed(),
    });
  }

  private get id(): string {
    return `pbt-${this.settings.accountId.replace(/\W/g, '_')}`;
  }

  private async send(enrolled: boolean): Promise<void> {
    const { accountId } = this.settings;
    const signal = this.host.signal();
    const change = enrolled ? { enrolled, fundingAccountId: this.funding ?? this.settings.fundingAccounts[0]?.id } : { enrolled };
    const answer = assertShape(await this.host.alerts().setPayByText!(accountId, change, { signal, locale: this.host.locale() }), isPayByText, 'pay by text', 'alerts.setPayByText');
    signal.throwIfAborted();
    const before = this.settings.enrolled;
    this.settings = answer;
    if (answer.enrolled !== before) this.host.confirmed(answer);
  }

  private toggle(): void {
    this.failure = undefined;
    if (this.intent.shown) {
      this.stepOpen = false;
      this.intent.want(false);
    } else {
      this.stepOpen = true;
      this.host.changed();
      this.host.focus(`#${this.id}-from`);
    }
  }

  private enroll(): void {
    this.stepOpen = false;
    this.intent.want(true);
    this.host.focus(`#${this.id}`);
  }

  render(m: AlertsMessages, level: HeadingLevel): TemplateResult | typeof nothing {
    const s = this.settings;
    if (!s.eligible) return nothing;
    const { id } = this;
    const on = this.intent.shown;
    const bank = s.fundingAccounts.find((f) => f.id === s.fundingAccountId);
    const reminders = this.host.remindsByText();
    return html`<section class="group" part="pay-by-text">${renderHeading(level, m.payByText, { id: `${id}-h`, className: 'heading' })}${renderSwitch({
      id,
      label: m.payByText,
      labelledBy: `${id}-h`,
      checked: on,
      busy: this.intent.busy,
      stateText: '',
      onToggle: () => this.toggle(),
    })}${on && !this.intent.busy ? html`<p class="muted">${m.howItWorks(m.rules[s.amountRule])}${bank ? ` ${m.payFrom}: ${bank.bankName} ${maskedText(bank.last4)}.` : ''}</p>` : nothing}${this.stepOpen
      ? html`<div class="box" part="pay-step">${reminders ? nothing : html`<p>${m.needsReminders}</p>`}<label for=${`${id}-from`}>${m.payFrom}</label><select id=${`${id}-from`} class="input" part="funding" @change=${(e: Event) => (this.funding = (e.target as HTMLSelectElement).value)}>${s.fundingAccounts.map(
          (f) => html`<option value=${f.id} ?selected=${f.id === (this.funding ?? s.fundingAccountId)}>${f.bankName} ${maskedText(f.last4)}</option>`,
        )}</select><p class="muted">${m.howItWorks(m.rules[s.amountRule])}</p><div class="actions"><button class="button primary" part="enroll" type="button" @click=${() => (reminders ? this.enroll() : this.host.remindByText(() => this.enroll()))}>${reminders ? m.turnOn : m.turnOnBoth}</button><button class="button" part="not-now" type="button" @click=${() => {
          this.stepOpen = false;
          this.host.changed();
          this.host.focus(`#${id}`);
        }}>${m.notNow}</button></div></div>`
      : nothing}${this.failure ? this.host.error(this.failure.error, id, () => {
      const retry = this.failure?.retry;
      this.failure = undefined;
      retry?.();
      this.host.focus(`#${id}`);
    }) : nothing}</section>`;
  }
}
