import { html, nothing, type TemplateResult } from 'lit';
import {
  assertShape,
  isPhoneVerification,
  isPhoneVerificationResult,
  maskedText,
  type AlertContacts,
  type AlertsApi,
  type Locale,
  type PhoneVerification,
} from '@tessera/core';
import type { AlertsMessages } from './messages.js';
import { clock, toE164 } from './phone-number.js';

/** What the mobile number flow needs from the element. */
export interface PhoneHost {
  alerts(): AlertsApi;
  signal(): AbortSignal;
  locale(): Locale;
  changed(): void;
  /** Says this in the element's live region. */
  say(text: string): void;
  verified(contacts: AlertContacts): void;
  failed(action: 'send-code' | 'confirm' | 'resend', error: unknown): void;
  focus(selector: string): void;
  error(error: unknown, id: string, retry: () => void): TemplateResult;
}

type Step = 'number' | 'code';

/**
 * Adding or changing the mobile number: the number typed, checked and sent as E.164; the
 * code the lender texts typed back; a new code after a countdown that is shown every second
 * and announced only when it starts and when it ends.
 */
export class Phone {
  step?: Step;
  private typed = '';
  private code = '';
  private problem?: string;
  private verification?: PhoneVerification;
  private busy = false;
  private failure?: { error: unknown; retry: () => void; action: string };
  private wait = 0;
  private timer?: ReturnType<typeof setInterval>;
  private readonly host: PhoneHost;

  constructor(host: PhoneHost) {
    this.host = host;
  }

  open(): void {
    this.step = 'number';
    this.problem = this.failure = undefined;
    this.host.changed();
    this.host.focus('#phone');
  }

  close(): void {
    this.step = this.verification = this.failure = this.problem = undefined;
    this.stop();
    this.host.changed();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs a request; a failure is shown with a retry that runs it again. */
  private async run<T>(action: 'send-code' | 'confirm' | 'resend', call: (api: AlertsApi, o: { signal: AbortSignal; locale: Locale }) => Promise<T>, done: (value: T) => void): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = this.problem = undefined;
    this.host.changed();
    const signal = this.host.signal();
    try {
      const value = await call(this.host.alerts(), { signal, locale: this.host.locale() });
      signal.throwIfAborted();
      done(value);
    } catch (error) {
      if (signal.aborted) return;
      this.failure = { error, retry: () => void this.run(action, call, done), action };
      this.host.failed(action, error);
      this.host.focus(`#${action}-retry`);
    } finally {
      this.busy = false;
      this.host.changed();
    }
  }

  private sent(m: AlertsMessages, v: unknown, before = ''): void {
    this.verification = assertShape(v, isPhoneVerification, 'phone verification', 'alerts.startPhoneVerification');
    this.step = 'code';
    this.code = '';
    this.wait = Math.max(0, Math.ceil((Date.parse(this.verification.resendAt) - Date.now()) / 1000));
    this.host.say(`${before} ${this.wait ? m.resendAnnounce(this.wait) : ''}`.trim());
    this.stop();
    if (this.wait) {
      this.timer = setInterval(() => {
        if (--this.wait <= 0) {
          this.stop();
          this.host.say(m.resendReady);
        }
        this.host.changed();
      }, 1000);
    }
    this.host.focus('#code');
  }

  private send(m: AlertsMessages): void {
    const phone = toE164(this.typed);
    if (!phone) {
      this.problem = m.phoneInvalid;
      this.host.changed();
      this.host.focus('#phone');
      return;
    }
    void this.run('send-code', (api, o) => api.startPhoneVerification(phone, o), (v) => this.sent(m, v));
  }

  private confirm(m: AlertsMessages): void {
    const code = this.code.trim();
    const id = this.verification!.verificationId;
    if (!code) {
      this.problem = m.codeEmpty;
      this.host.changed();
      return;
    }
    void this.run('confirm', (api, o) => api.confirmPhone(id, code, o), (answer) => {
      const result = assertShape(answer, isPhoneVerificationResult, 'phone verification result', 'alerts.confirmPhone');
      if (result.status === 'verified') {
        this.close();
        this.host.verified(result.contacts);
        return;
      }
      this.problem = result.status === 'wrong' ? m.codeWrong(result.attemptsLeft) : result.status === 'expired' ? m.codeExpired : m.codeLocked;
      this.host.focus('#code');
    });
  }

  private resend(m: AlertsMessages): void {
    const id = this.verification!.verificationId;
    void this.run('resend', (api, o) => api.resendPhoneCode(id, o), (v) => {
      this.sent(m, v, m.newCode);
    });
  }

  render(m: AlertsMessages): TemplateResult | typeof nothing {
    const { step, problem, busy, failure, verification, wait } = this;
    if (!step) return nothing;
    const number = step === 'number';
    const field = number
      ? html`<label for="phone">${m.phoneLabel}</label><input id="phone" class="input" part="phone" type="tel" autocomplete="tel-national" inputmode="tel" aria-describedby="phone-hint phone-problem" aria-invalid=${problem ? 'true' : 'false'} .value=${this.typed} @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)} /><p id="phone-hint" class="muted">${m.phoneHint}</p>`
      : html`<p>${m.codeSent(maskedText(verification!.mobileLast4))}</p><label for="code">${m.codeLabel}</label><input id="code" class="input" part="code" .autocomplete=${'one-time-code'} inputmode="numeric" maxlength="10" aria-describedby="phone-problem" aria-invalid=${problem ? 'true' : 'false'} .value=${this.code} @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />`;
    return html`<form class="box" part="phone-form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      if (number) this.send(m);
      else this.confirm(m);
    }}>${field}<p id="phone-problem" class="problem" part="problem" role="alert">${problem ?? ''}</p><div class="actions"><button class="button primary" part="submit" type="submit" aria-busy=${busy ? 'true' : 'false'}>${number ? m.sendCode : m.verify}</button>${number
      ? nothing
      : html`<button id="resend" class="button" part="resend" type="button" aria-disabled=${wait > 0 ? 'true' : 'false'} @click=${() => wait > 0 || this.resend(m)}>${m.resend}</button>`}<button class="button" part="cancel" type="button" @click=${() => {
      this.close();
      this.host.focus('#mobile');
    }}>${m.cancel}</button></div>${number ? nothing : html`<p class="muted" aria-hidden="true">${wait > 0 ? m.resendIn(clock(wait)) : ''}</p>`}${failure
      ? this.host.error(failure.error, failure.action, () => {
          this.failure = undefined;
          failure.retry();
        })
      : nothing}</form>`;
  }
}
