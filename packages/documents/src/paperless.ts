import { html, nothing, type TemplateResult } from 'lit';
import {
  LatestIntent,
  assertShape,
  formatDate,
  isPaperlessSettings,
  renderHeading,
  renderSwitch,
  type DocumentsApi,
  type HeadingLevel,
  type Locale,
  type PaperlessChange,
  type PaperlessSettings,
} from '@tessera/core';
import type { DocumentsMessages } from './messages.js';

/** What the paperless switch needs from the element. */
export interface PaperlessHost {
  documents(): DocumentsApi;
  signal(): AbortSignal;
  locale(): Locale;
  now(): Date;
  changed(): void;
  /** The lender confirmed a new setting. */
  confirmed(settings: PaperlessSettings): void;
  failed(error: unknown): void;
  /** Moves focus to the consent's heading, the switch or the retry button (the switch without one) once rendered. */
  focus(what: 'consent' | 'switch' | 'retry'): void;
  /** The element's error block for a failed step, its retry button `#<id>-retry`. */
  error(prefix: string, error: unknown, id: string, retry: () => void): TemplateResult;
}

export interface PaperlessView {
  m: DocumentsMessages;
  lang: string;
  headingLevel: HeadingLevel;
}

/**
 * One account's paperless switch: the consent shown in full before the first opt-in, one
 * request at a time, the customer's last choice winning (core's LatestIntent).
 */
export class Paperless {
  private settings?: PaperlessSettings;
  private consentOpen = false;
  /** When the customer accepted the consent in this view (sent with the opt-in). */
  private acceptedAt?: string;
  private saved = false;
  private turnedOff = false;
  private failure?: { error: unknown; retry: () => void };
  private readonly host: PaperlessHost;
  private readonly intent: LatestIntent;

  constructor(host: PaperlessHost) {
    this.host = host;
    this.intent = new LatestIntent({
      confirmed: () => this.settings?.paperless,
      send: (value) => this.send(value),
      failed: (error, wanted) => {
        this.saved = false;
        this.failure = { error, retry: () => this.intent.want(wanted) };
        this.host.changed();
        this.host.failed(error);
        this.host.focus('retry');
      },
      changed: () => this.host.changed(),
    });
  }

  /** A load answered: these are the lender's settings (another account starts over). */
  loaded(settings: PaperlessSettings | undefined): void {
    if (settings?.accountId !== this.settings?.accountId) {
      this.consentOpen = false;
      this.acceptedAt = undefined;
      this.saved = false;
      this.turnedOff = false;
      this.failure = undefined;
    }
    this.settings = settings;
  }

  private async send(paperless: boolean): Promise<void> {
    const settings = this.settings!;
    const change: PaperlessChange = paperless
      ? { paperless, consentVersion: settings.consent.version, ...(this.acceptedAt ? { acceptedAt: this.acceptedAt } : {}) }
      : { paperless };
    const signal = this.host.signal();
    const answer = assertShape(
      await this.host.documents().setPaperless!(settings.accountId, change, { signal, locale: this.host.locale() }),
      isPaperlessSettings,
      'paperless settings',
      'documents.setPaperless',
    );
    signal.throwIfAborted();
    const before = this.settings?.paperless;
    this.settings = answer;
    this.saved = true;
    this.turnedOff = !answer.paperless;
    if (answer.paperless !== before) this.host.confirmed(answer);
  }

  private toggle(): void {
    this.failure = undefined;
    this.saved = false;
    const turningOn = !this.intent.shown;
    if (turningOn && !this.settings?.consentedAt && !this.acceptedAt) {
      this.consentOpen = true;
      this.host.changed();
      this.host.focus('consent');
      return;
    }
    this.intent.toggle();
  }

  private accept(): void {
    this.acceptedAt = this.host.now().toISOString();
    this.consentOpen = false;
    this.intent.want(true);
    this.host.focus('switch');
  }

  private dismiss(): void {
    this.consentOpen = false;
    this.host.changed();
    this.host.focus('switch');
  }

  private retry(): void {
    const retry = this.failure?.retry;
    this.failure = undefined;
    this.saved = false;
    retry?.();
    this.host.focus('switch');
  }

  render({ m, lang, headingLevel }: PaperlessView): TemplateResult | typeof nothing {
    const settings = this.settings;
    if (!settings) return nothing;
    const on = this.intent.shown;
    const busy = this.intent.busy;
    return html`<div class="paperless" part="paperless">${renderSwitch({
      id: 'paperless-switch',
      label: m.paperlessLabel,
      describedBy: 'paperless-state',
      stateText: on ? m.on : m.off,
      checked: on,
      busy,
      onToggle: () => this.toggle(),
    })}<p class="muted" id="paperless-state">${on ? m.paperlessOn : m.paperlessOff} ${!on && this.turnedOff && settings.paperStartsOn
      ? html`<strong part="paper-starts">${m.paperStarts(formatDate(settings.paperStartsOn, lang, 'long'))}</strong>`
      : nothing}</p>${this.consentOpen
      ? html`<section class="consent" part="consent" aria-labelledby="consent-heading">${renderHeading(headingLevel, m.consentHeading, { id: 'consent-heading', className: 'heading', tabIndex: -1 })}<p class="consent-text" part="consent-text">${settings.consent.text}</p><div class="actions"><button class="button primary" part="accept" type="button" @click=${() => this.accept()}>${m.accept}</button> <button class="button" part="not-now" type="button" @click=${() => this.dismiss()}>${m.notNow}</button></div></section>`
      : nothing}<p class="muted live" role="status">${busy ? m.saving : this.saved ? m.saved : ''}</p>${this.failure ? this.host.error(m.paperlessFailed, this.failure.error, 'paperless', () => this.retry()) : nothing}</div>`;
  }
}
