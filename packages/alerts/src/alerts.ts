import { html, nothing, type TemplateResult } from 'lit';
import {
  LatestIntent,
  TesseraElement,
  assertShape,
  formatAmountInput,
  formatMoney,
  headingLevel,
  isAbortError,
  isAlert,
  isAlertSettings,
  isTextConsent,
  leftOutOf,
  maskedNumber,
  maskedText,
  parseAmount,
  providerText,
  renderHeading,
  renderSwitch,
  requireSlice,
  switchStyles,
  themeStyles,
  type Alert,
  type AlertChange,
  type AlertChannel,
  type AlertContacts,
  type AlertSettings,
  type AlertsApi,
  type HeadingLevel,
  type TextConsent,
} from '@tessera/core';
import { CHANNELS, byGroup } from './alert-groups.js';
import { styles } from './alerts.styles.js';
import { messages, type AlertsMessages } from './messages.js';
import { PayByTextControl } from './pay-by-text.js';
import { Phone } from './phone.js';
import { renderSkeleton } from './skeleton.js';
import { VERSION } from './version.js';

type Failure = { error: unknown; retry: () => void };

/**
 * Alerts and reminders by e-mail, text and push for one account (`account-id`) or every
 * account, grouped (payments, balance and credit, card activity, title and documents): one
 * switch per channel the lender offers, each saved on its own at once (the last choice wins;
 * a failure puts that switch back and says why), amounts read with core's parsing, and the
 * payment reminder's days before the due date. Where alerts go: the e-mail masked, a mobile
 * number added or changed with a one-time code. The lender's text consent is accepted before
 * the first text alert. Pay by text, where the lender offers it, needs payment reminders by
 * text and a bank account, in one step. Account headings are at `heading-level`.
 *
 * @summary Alerts and reminders by e-mail and text, and pay by text.
 *
 * @fires {CustomEvent<AlertsChangedDetail>} tessera-alerts-changed - After the lender confirms one change to one alert: a channel (`channel`, `enabled`), its amount (`threshold`) or its days before the due date (`daysBefore`).
 * @fires {CustomEvent<AlertsMobileVerifiedDetail>} tessera-alerts-mobile-verified - A new mobile number was verified with its code; `at` is when. Never the number.
 * @fires {CustomEvent<AlertsConsentAcceptedDetail>} tessera-alerts-consent-accepted - The lender recorded the acceptance of its text consent (`version`, `at`).
 * @fires {CustomEvent<AlertsPayByTextChangedDetail>} tessera-alerts-pay-by-text-changed - After the lender confirms pay by text on or off for an account.
 * @fires {CustomEvent<AlertsFailedDetail>} tessera-alerts-failed - The load (`load`) or a change failed: an alert (`alert`, with `alertId`), sending, resending or checking a code (`send-code`, `resend`, `confirm`), the consent (`consent`) or pay by text (`pay-by-text`, with `accountId`); `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart contacts - Where alerts go: the e-mail and the mobile number.
 * @csspart mobile - The button that adds or changes the mobile number.
 * @csspart phone-form - The mobile number and code form.
 * @csspart phone - The mobile number field.
 * @csspart code - The one-time code field (`autocomplete="one-time-code"`).
 * @csspart problem - What is wrong with what was typed (a number, a code, an amount).
 * @csspart submit - The button that sends the number or the code.
 * @csspart resend - The button that asks for a new code, after its countdown.
 * @csspart cancel - The button that closes the mobile number form.
 * @csspart consent - The lender's text consent, before the first text alert.
 * @csspart consent-text - The consent's wording, in full.
 * @csspart accept - The button that accepts the consent.
 * @csspart not-now - The button that closes the consent or the pay by text step.
 * @csspart list - The scrolling box of accounts and their alerts.
 * @csspart account - One account's alerts (a section named by its heading).
 * @csspart group - One group of alerts.
 * @csspart alert - One alert: its name, its channel switches and its setting.
 * @csspart name - An alert's name.
 * @csspart switch - Each switch (`role="switch"`): a channel, pay by text.
 * @csspart track - A switch's track.
 * @csspart thumb - A switch's thumb.
 * @csspart label - A switch's visible label.
 * @csspart days - The payment reminder's days before the due date (`<select>`).
 * @csspart amount - An alert's amount field.
 * @csspart save - The button that saves an amount.
 * @csspart pay-by-text - One account's pay by text.
 * @csspart pay-step - The step that turns pay by text on.
 * @csspart funding - The bank account pay by text pays from (`<select>`).
 * @csspart enroll - The button that turns pay by text on.
 * @csspart empty - Says no alerts are offered.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - An error's Try again button.
 * @csspart notice - Says how many alerts could not be shown because their data was invalid.
 *
 * @cssprop [--tessera-alerts-list-height=28rem] - Height of the scrolling list of alerts.
 * @cssprop --tessera-color-text - Text color.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Skeleton bars, the switch's track when off.
 * @cssprop --tessera-color-border - Borders.
 * @cssprop --tessera-color-accent - Buttons and switches when on.
 * @cssprop --tessera-color-on-accent - Text on the accent color.
 * @cssprop --tessera-color-danger - Problems and error borders.
 * @cssprop --tessera-focus-ring - Focus outline color.
 * @cssprop --tessera-focus-ring-width - Focus outline width.
 * @cssprop --tessera-font-family - Font.
 * @cssprop --tessera-font-size - Base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - Spacing unit.
 */
export class TesseraAlerts extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-alerts';
  static override styles = [themeStyles, switchStyles, styles];

  // Declared without decorators: the decorator helper would cost this package more than its budget allows.
  static override properties = {
    accountId: { attribute: 'account-id' },
    now: { attribute: false },
  };

  /** Show only this account's alerts. */
  declare accountId?: string;

  /** The current time (for the consent's acceptance time); by default the clock. */
  declare now?: Date;

  /** Alerts as the lender last confirmed them, by id. */
  private alerts = new Map<string, Alert>();
  private contacts: AlertContacts = {};
  private consent?: TextConsent;
  private payByText: PayByTextControl[] = [];
  private readonly intents = new Map<string, LatestIntent>();
  private readonly failures = new Map<string, Failure>();
  /** Amounts as typed, kept while they are not saved. */
  private readonly typed = new Map<string, string>();
  private readonly problems = new Map<string, string>();
  private readonly queued = new Map<string, AlertChange>();
  private readonly busy = new Set<string>();
  private status = '';
  private consentOpen = false;
  /** What to do once a mobile number is verified and the consent accepted, and where focus goes back to. */
  private pending?: () => void;
  private from = '#mobile';

  private readonly phone = new Phone({
    alerts: () => this.api,
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    changed: () => this.requestUpdate(),
    say: (text) => this.say(text),
    verified: (contacts) => {
      this.contacts = contacts;
      this.emit('tessera-alerts-mobile-verified', { at: this.clock() });
      this.say(this.m.verified(maskedText(contacts.mobileLast4 ?? '')));
      this.focusLater('#mobile');
      const then = this.pending;
      if (then) this.needText(then);
    },
    failed: (action, error) => this.reportFailure(action, error, this.scope),
    focus: (s) => this.focusLater(s),
    error: (error, id, retry) => this.failureBlock(error, id, retry),
  });

  private readonly task = this.loadTask(
    () => [this.activeProvider, this.locale, this.accountId] as const,
    async ([provider, locale, accountId], signal): Promise<AlertSettings> => {
      const api = requireSlice(provider, 'alerts', ['getAlerts', 'setAlert', 'startPhoneVerification', 'resendPhoneCode', 'confirmPhone', 'acceptTextConsent']);
      const settings = assertShape(await api.getAlerts(accountId ? { accountId } : {}, { signal, locale }), isAlertSettings, 'alert settings', 'alerts.getAlerts');
      signal.throwIfAborted();
      this.alerts = new Map(settings.alerts.map((a) => [a.id, a]));
      this.contacts = settings.contacts;
      this.consent = settings.textConsent;
      this.intents.clear();
      this.failures.clear();
      this.typed.clear();
      this.problems.clear();
      this.phone.close();
      this.consentOpen = false;
      this.pending = undefined;
      this.payByText = api.setPayByText ? settings.payByText.map((p) => this.payByTextControl(p)) : [];
      return settings;
    },
    () => this.scope,
  );

  private get scope(): { accountId?: string } {
    return this.accountId ? { accountId: this.accountId } : {};
  }

  private get api(): AlertsApi {
    return requireSlice(this.activeProvider, 'alerts');
  }

  private get m(): AlertsMessages {
    return this.messagesFrom(messages);
  }

  private clock(): string {
    return (this.now ?? new Date()).toISOString();
  }

  private say(text: string): void {
    this.status = text;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.phone.stop();
  }

  private payByTextControl(settings: AlertSettings['payByText'][number]): PayByTextControl {
    const reminder = (): Alert | undefined => [...this.alerts.values()].find((a) => a.accountId === settings.accountId && a.kind === 'payment-due');
    return new PayByTextControl(settings, {
      alerts: () => this.api,
      signal: () => this.connectionSignal,
      locale: () => this.locale,
      changed: () => this.requestUpdate(),
      confirmed: (s) => this.emit('tessera-alerts-pay-by-text-changed', { accountId: s.accountId, enrolled: s.enrolled }),
      failed: (error) => this.reportFailure('pay-by-text', error, { accountId: settings.accountId }),
      focus: (s) => this.focusLater(s),
      error: (error, id, retry) => this.failureBlock(error, id, retry),
      remindsByText: () => !!reminder()?.channels.text,
      remindByText: (then) => {
        const alert = reminder();
        if (!alert) return then();
        const key = this.keyOf(alert, 'text');
        this.needText(() => void this.saveValue(alert, key, { channel: 'text', enabled: true }).then((ok) => ok && then()), `#${key}`);
      },
    });
  }

  /** The id of an alert's control: its place in the list, with the channel or `t` (amount), `d` (days). */
  private keyOf(alert: Alert, what: string): string {
    return `a${[...this.alerts.keys()].indexOf(alert.id)}-${what}`;
  }

  /** Sends one change and keeps the lender's answer. */
  private async send(alertId: string, change: AlertChange): Promise<void> {
    const signal = this.connectionSignal;
    this.say(this.m.saving);
    const alert = assertShape(await this.api.setAlert(alertId, change, { signal, locale: this.locale }), isAlert, 'alert', 'alerts.setAlert');
    signal.throwIfAborted();
    this.alerts.set(alert.id, alert);
    this.say(this.m.saved);
    this.emit('tessera-alerts-changed', { alertId: alert.id, accountId: alert.accountId, kind: alert.kind, ...change });
  }

  private failed(key: string, alert: Alert, error: unknown, retry: () => void): void {
    this.say('');
    this.failures.set(key, { error, retry });
    this.reportFailure('alert', error, { alertId: alert.id });
    this.focusLater(`#${key}-retry`, `#${key}`);
  }

  /** A channel's switch: one request at a time, the customer's last choice winning. */
  private intent(alert: Alert, channel: AlertChannel): LatestIntent {
    const key = this.keyOf(alert, channel);
    let intent = this.intents.get(key);
    if (!intent) {
      intent = new LatestIntent({
        confirmed: () => this.alerts.get(alert.id)?.channels[channel],
        send: (enabled) => this.send(alert.id, { channel, enabled }),
        failed: (error, wanted) => this.failed(key, alert, error, () => this.intent(alert, channel).want(wanted)),
        changed: () => this.requestUpdate(),
      });
      this.intents.set(key, intent);
    }
    return intent;
  }

  /** Text needs a verified mobile number and the accepted consent: asks for what is missing, then goes on. */
  private needText(then: () => void, from = this.from): void {
    this.pending = then;
    this.from = from;
    if (!this.contacts.mobileLast4) return this.phone.open();
    if (!this.consent?.acceptedAt) {
      this.consentOpen = true;
      return this.focusLater('#consent-h');
    }
    this.pending = undefined;
    then();
  }

  private toggle(alert: Alert, channel: AlertChannel): void {
    const key = this.keyOf(alert, channel);
    const intent = this.intent(alert, channel);
    this.failures.delete(key);
    if (channel === 'text' && !intent.shown) this.needText(() => intent.want(true), `#${key}`);
    else intent.toggle();
  }

  /** An amount or a number of days: one request at a time, the last value winning. Resolves true once saved. */
  private async saveValue(alert: Alert, key: string, change: AlertChange): Promise<boolean> {
    this.queued.set(key, change);
    if (this.busy.has(key)) return false;
    this.busy.add(key);
    this.failures.delete(key);
    this.requestUpdate();
    const signal = this.connectionSignal;
    let last = change;
    try {
      for (let next; (next = this.queued.get(key)); ) {
        this.queued.delete(key);
        last = next;
        await this.send(alert.id, next);
      }
      this.typed.delete(key);
      return true;
    } catch (error) {
      this.queued.delete(key);
      if (!signal.aborted && !isAbortError(error)) this.failed(key, alert, error, () => void this.saveValue(alert, key, last));
      return false;
    } finally {
      this.busy.delete(key);
      this.requestUpdate();
      // A list that the customer changed shows the lender's value again.
      void this.updateComplete.then(() => {
        const select = this.renderRoot.querySelector<HTMLSelectElement>(`select#${key}`);
        if (select) select.value = String(this.alerts.get(alert.id)?.daysBefore?.value);
      });
    }
  }

  /** Reads a typed amount with core's parsing and the lender's limits; the text stays as typed when it is refused. */
  private saveAmount(alert: Alert, key: string): void {
    const { m } = this;
    const text = this.typed.get(key) ?? '';
    const { min, max } = alert.threshold!;
    const parsed = parseAmount(text, this.langTag);
    const problem = parsed.ok
      ? parsed.amount < min.amount || parsed.amount > max.amount
        ? this.range(alert)
        : undefined
      : parsed.problem === 'empty'
        ? m.amountEmpty
        : parsed.problem === 'ambiguous'
          ? m.amountAmbiguous
          : this.range(alert);
    if (problem || !parsed.ok) {
      this.problems.set(key, problem!);
      this.requestUpdate();
      return;
    }
    this.problems.delete(key);
    void this.saveValue(alert, key, { threshold: { amount: parsed.amount, currency: 'USD' } });
  }

  /** The lender's limits for an alert's amount, in words. */
  private range(alert: Alert): string {
    const { min, max } = alert.threshold!;
    return this.m.range(formatMoney(min, this.langTag), formatMoney(max, this.langTag));
  }

  private async acceptConsent(): Promise<void> {
    const consent = this.consent!;
    const signal = this.connectionSignal;
    this.failures.delete('consent');
    try {
      const answer = assertShape(await this.api.acceptTextConsent(consent.version, this.clock(), { signal, locale: this.locale }), isTextConsent, 'text consent', 'alerts.acceptTextConsent');
      signal.throwIfAborted();
      this.consent = answer;
      this.consentOpen = false;
      this.focusLater(this.from);
      this.emit('tessera-alerts-consent-accepted', { version: answer.version, at: answer.acceptedAt ?? this.clock() });
      const then = this.pending;
      this.pending = undefined;
      then?.();
    } catch (error) {
      if (signal.aborted) return;
      this.failures.set('consent', { error, retry: () => void this.acceptConsent() });
      this.reportFailure('consent', error, this.scope);
      this.focusLater('#consent-retry');
    } finally {
      this.requestUpdate();
    }
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">${this.renderTask(this.task, {
      loading: () => renderSkeleton(this.m, this.coreMessages.loading),
      ready: (settings) => this.renderReady(settings),
    })}</div>`;
  }

  private renderReady(settings: AlertSettings): TemplateResult {
    const { m } = this;
    const level = headingLevel(this.headingLevel);
    const sub = headingLevel(this.headingLevel, 1);
    return html`${this.renderContacts(level)}<p class="visually-hidden" role="status">${this.status}</p>${settings.alerts.length
      ? html`<div class="list" part="list" role="region" aria-label=${m.listLabel} tabindex="0">${settings.accounts.map((account, i) => {
          const alerts = [...this.alerts.values()].filter((a) => a.accountId === account.id);
          const control = this.payByText.find((p) => p.settings.accountId === account.id);
          return html`<section class="account" part="account" aria-labelledby=${`acct${i}`}>${renderHeading(level, html`${providerText(account.name)} ${maskedNumber(account.last4)}`, { id: `acct${i}`, className: 'heading' })}${byGroup(alerts).map(
            ([group, list]) => html`<section class="group" part="group">${renderHeading(sub, m.groups[group], { className: 'heading' })}${list.map((a) => this.renderAlert(a))}</section>`,
          )}${control ? control.render(m, sub) : nothing}</section>`;
        })}</div>`
      : html`<p part="empty">${m.empty}</p>`}${this.renderLeftOut(leftOutOf(settings))}`;
  }

  private renderContacts(level: HeadingLevel): TemplateResult {
    const { m, contacts, consent } = this;
    const failure = this.failures.get('consent');
    return html`<section class="contacts" part="contacts" aria-labelledby="contacts-h">${renderHeading(level, m.contacts, { id: 'contacts-h', className: 'heading' })}${contacts.emailMasked
      ? html`<p>${m.channels.email}: ${providerText(contacts.emailMasked)}</p>`
      : nothing}<p>${m.mobile}: ${contacts.mobileLast4 ? maskedNumber(contacts.mobileLast4) : m.noMobile}</p>${this.phone.step
      ? this.phone.render(m)
      : html`<div><button id="mobile" class="button" part="mobile" type="button" @click=${() => {
          this.pending = undefined;
          this.phone.open();
        }}>${contacts.mobileLast4 ? m.changeMobile : m.addMobile}</button></div>`}${this.consentOpen && consent
      ? html`<section class="box" part="consent" aria-labelledby="consent-h">${renderHeading(level, m.consent, { id: 'consent-h', className: 'heading', tabIndex: -1 })}<p class="consent-text" part="consent-text">${consent.text}</p><div class="actions"><button class="button primary" part="accept" type="button" @click=${() => void this.acceptConsent()}>${m.accept}</button><button class="button" part="not-now" type="button" @click=${() => {
          this.consentOpen = false;
          this.pending = undefined;
          this.focusLater(this.from);
        }}>${m.notNow}</button></div>${failure ? this.failureBlock(failure.error, 'consent', failure.retry) : nothing}</section>`
      : nothing}</section>`;
  }

  private renderAlert(alert: Alert): TemplateResult {
    const { m } = this;
    const name = this.keyOf(alert, 'n');
    const keys: string[] = [];
    const channels = CHANNELS.filter((c) => c in alert.channels).map((channel) => {
      const key = this.keyOf(alert, channel);
      const intent = this.intent(alert, channel);
      keys.push(key);
      return renderSwitch({
        id: key,
        label: m.channels[channel],
        labelId: `${key}-l`,
        labelledBy: `${name} ${key}-l`,
        checked: intent.shown,
        busy: intent.busy,
        small: true,
        onToggle: () => this.toggle(alert, channel),
      });
    });
    let setting: TemplateResult | typeof nothing = nothing;
    if (alert.daysBefore) {
      const key = this.keyOf(alert, 'd');
      keys.push(key);
      setting = html`<label for=${key}>${m.days}</label><select id=${key} class="input" part="days" aria-labelledby=${`${name} ${key}-l`} aria-busy=${this.busy.has(key) ? 'true' : 'false'} @change=${(e: Event) => void this.saveValue(alert, key, { daysBefore: Number((e.target as HTMLSelectElement).value) })}>${alert.daysBefore.choices.map(
        (n) => html`<option value=${n} ?selected=${n === alert.daysBefore!.value}>${n}</option>`,
      )}</select>`;
      setting = html`<span id=${`${key}-l`} class="visually-hidden">${m.days}</span>${setting}`;
    } else if (alert.threshold) {
      const key = this.keyOf(alert, 't');
      keys.push(key);
      const { amount } = alert.threshold;
      const problem = this.problems.get(key);
      setting = html`<form novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.saveAmount(alert, key);
      }}><label for=${key}>${m.amount}</label><div class="row"><input id=${key} class="input" part="amount" inputmode="decimal" autocomplete="off" aria-describedby=${`${key}-h ${key}-p`} aria-invalid=${problem ? 'true' : 'false'} .value=${this.typed.get(key) ?? formatAmountInput(amount.amount, this.langTag)} @input=${(e: Event) => this.typed.set(key, (e.target as HTMLInputElement).value)} /><button class="button" part="save" type="submit" aria-busy=${this.busy.has(key) ? 'true' : 'false'}>${m.save}</button></div><p id=${`${key}-h`} class="muted">${this.range(alert)}</p><p id=${`${key}-p`} class="problem" part="problem" role="alert">${problem ?? ''}</p></form>`;
    }
    return html`<div class="alert" part="alert"><span id=${name} class="name" part="name">${m.kinds[alert.kind]}</span><div class="channels">${channels}</div>${setting}${keys.map((key) => {
      const failure = this.failures.get(key);
      return failure
        ? this.failureBlock(failure.error, key, () => {
            this.failures.delete(key);
            failure.retry();
            this.focusLater(`#${key}`);
          })
        : nothing;
    })}</div>`;
  }

  /** A failed change: what failed, the provider's reason and, when useful, a retry button `#<id>-retry`. */
  private failureBlock(error: unknown, id: string, retry: () => void): TemplateResult {
    const failure = this.describeError(error);
    return html`<div class="status-error" part="error" role="alert" data-code=${failure.code}><p>${this.m.failed} ${failure.message}</p>${failure.retryable
      ? html`<div><button id=${`${id}-retry`} class="button" part="retry" type="button" @click=${retry}>${this.coreMessages.retry}</button></div>`
      : nothing}</div>`;
  }
}
