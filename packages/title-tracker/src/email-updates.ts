import { html, nothing, type TemplateResult } from 'lit';
import { LatestIntent, assertShape, isolate, renderSwitch, type DescribedError, type Locale, type TitleCase, type TitlesApi } from '@tessera/core';
import type { TitleTrackerMessages } from './messages.js';
import { isTrackableTitle } from './title-data.js';

/** What the email-updates switches need from the element. */
export interface EmailUpdatesHost {
  titles(): TitlesApi;
  /** Aborted when the element leaves the page. */
  signal(): AbortSignal;
  /** The language the widget shows, for the provider's text. */
  locale(): Locale;
  /** The title case as the last load listed it. */
  listed(titleId: string): TitleCase | undefined;
  /** Something to show changed. */
  changed(): void;
  /** The lender confirmed a new setting. */
  emailChanged(titleId: string, enabled: boolean): void;
  /** Saving failed (never for aborts): report it. */
  failed(titleId: string, error: unknown): void;
  describe(error: unknown): DescribedError;
  /** Moves focus to the title's switch or retry button, if focus is on one of the two now. */
  focus(titleId: string, what: 'switch' | 'retry'): void;
}

/** One title's switch: the customer's intents, and what the last attempt said. */
interface EmailSwitch {
  intent: LatestIntent;
  saved: boolean;
  failure?: { error: unknown; retry: () => void };
}

/** What {@link EmailUpdates.render} draws one switch with. */
export interface EmailView {
  m: TitleTrackerMessages;
  retryLabel: string;
  title: TitleCase;
  /** Ids inside the shadow root are made from it. */
  index: number;
  /** The id of the vehicle's name, which names the switch with its label. */
  nameId: string;
}

const aborted = (): DOMException => new DOMException('The element was removed', 'AbortError');

/** The email-updates switch of every title: one request at a time, the customer's last choice winning. */
export class EmailUpdates {
  private readonly host: EmailUpdatesHost;
  private switches = new Map<string, EmailSwitch>();
  /** Title cases as the lender returned them after a change: newer than the last load. */
  private readonly answers = new Map<string, TitleCase>();

  constructor(host: EmailUpdatesHost) {
    this.host = host;
  }

  /** A new load: its title cases are the latest. With another provider, the switches start over. */
  loaded(sameProvider: boolean): void {
    this.answers.clear();
    if (!sameProvider) this.switches = new Map();
  }

  /** The title case with the lender's latest answer to an email-updates change. */
  latest(title: TitleCase): TitleCase {
    return this.answers.get(title.id) ?? title;
  }

  private enabledOf(titleId: string): boolean | undefined {
    return (this.answers.get(titleId) ?? this.host.listed(titleId))?.emailUpdates.enabled;
  }

  private switchOf(titleId: string): EmailSwitch {
    let found = this.switches.get(titleId);
    if (!found) {
      const state: EmailSwitch = {
        saved: false,
        intent: new LatestIntent({
          confirmed: () => this.enabledOf(titleId),
          send: (enabled) => this.send(titleId, state, enabled),
          failed: (error, enabled) => {
            state.saved = false;
            state.failure = { error, retry: () => state.intent.want(enabled) };
            this.host.changed();
            this.host.failed(titleId, error);
            this.host.focus(titleId, this.host.describe(error).retryable ? 'retry' : 'switch');
          },
          changed: () => this.host.changed(),
        }),
      };
      this.switches.set(titleId, (found = state));
    }
    return found;
  }

  private async send(titleId: string, state: EmailSwitch, enabled: boolean): Promise<void> {
    const before = this.enabledOf(titleId);
    const signal = this.host.signal();
    const answer = assertShape(
      await this.host.titles().setTitleEmailUpdates(titleId, enabled, { signal, locale: this.host.locale() }),
      isTrackableTitle,
      'title case',
      'titles.setTitleEmailUpdates',
    );
    if (signal.aborted) throw aborted();
    this.answers.set(titleId, answer);
    state.saved = true;
    if (answer.emailUpdates.enabled !== before) this.host.emailChanged(titleId, answer.emailUpdates.enabled);
  }

  private toggle(titleId: string): void {
    const state = this.switchOf(titleId);
    state.failure = undefined;
    state.saved = false;
    state.intent.toggle();
  }

  private retry(titleId: string): void {
    const state = this.switchOf(titleId);
    const retry = state.failure?.retry;
    state.failure = undefined;
    state.saved = false;
    retry?.();
    // The retry button goes away with the message: focus returns to the switch.
    this.host.focus(titleId, 'switch');
  }

  render({ m, retryLabel, title, index, nameId }: EmailView): TemplateResult {
    const state = this.switchOf(title.id);
    const checked = state.intent.shown;
    const busy = state.intent.busy;
    const failure = state.failure && this.host.describe(state.failure.error);
    return html`<div class="email" part="email-updates">
      ${renderSwitch({
        id: `email-switch-${index}`,
        small: true,
        label: m.emailLabel,
        labelId: `email-label-${index}`,
        labelledBy: `email-label-${index} ${nameId}`,
        describedBy: `email-${index}`,
        stateText: checked ? m.on : m.off,
        checked,
        busy,
        onToggle: () => this.toggle(title.id),
      })}
      <p class="muted" id="email-${index}">${m.emailTo(isolate(title.emailUpdates.maskedEmail))}</p>
      <p class="muted live" role="status">${busy ? m.saving : state.saved ? m.saved : ''}</p>
      ${failure
        ? html`<div class="status-error" part="error email-error" role="alert" data-code=${failure.code}>
            <p>${m.emailFailed} ${failure.message}</p>
            ${failure.retryable
              ? html`<div>
                  <button id="email-retry-${index}" aria-labelledby="email-retry-${index} ${nameId}" class="button" part="retry" type="button" @click=${() => this.retry(title.id)}>
                    ${retryLabel}
                  </button>
                </div>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }
}
