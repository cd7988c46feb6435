import { html, nothing, type TemplateResult } from 'lit';
import { isAbortError, type HelpApi } from '@tessera/core';
import type { HelpFaqMessages } from './messages.js';

const STORAGE_KEY = 'tessera-faq-feedback:';

/** Whether the customer answered "Was this helpful?" for this entry earlier in the browser session. */
function answeredBefore(entryId: string): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY + entryId) !== null;
  } catch {
    return false;
  }
}

function remember(entryId: string, helpful: boolean): void {
  try {
    sessionStorage.setItem(STORAGE_KEY + entryId, helpful ? 'yes' : 'no');
  } catch {
    // Storage may be full or disabled: the prompt can then show again next visit.
  }
}

/** One answer's "Was this helpful?" as the customer sees it. */
interface Answer {
  helpful: boolean;
  busy: boolean;
  sent: boolean;
  error?: unknown;
}

/** What the feedback needs from its element. */
export interface FeedbackHost {
  help(): HelpApi | undefined;
  signal(): AbortSignal;
  messages(): HelpFaqMessages;
  changed(): void;
  /** The lender accepted the answer. */
  sent(entryId: string, helpful: boolean): void;
  /** Sending failed: report it. */
  failed(entryId: string, error: unknown): void;
  /** Whether a retry can help with this error. */
  retryable(error: unknown): boolean;
  renderError(error: unknown, retry: () => void): TemplateResult;
  /** Focuses the element of the shadow root that matches `selector`, once rendered. */
  focus(selector: string): void;
}

/**
 * "Was this helpful?" under each open answer: a customer action that calls the provider
 * (`help.sendFeedback`, optional). Shown only when the provider can take it and the
 * customer has not answered for that entry in this browser session; thanks once the lender
 * accepted it, and an inline error with a retry when it did not.
 */
export class Feedback {
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly host: FeedbackHost) {}

  private give(entryId: string, key: number, helpful: boolean): void {
    const current = this.answers.get(entryId);
    if (current?.busy) return;
    this.answers.set(entryId, { helpful, busy: false, sent: false });
    void this.send(entryId, key);
  }

  private retry(entryId: string, key: number): void {
    const answer = this.answers.get(entryId);
    if (!answer || answer.busy) return;
    answer.error = undefined;
    void this.send(entryId, key);
    // The retry button goes away: focus goes back to the answer the customer gave.
    this.host.focus(`#tf-fb${key}-${answer.helpful ? 'yes' : 'no'}`);
  }

  private async send(entryId: string, key: number): Promise<void> {
    const answer = this.answers.get(entryId);
    const help = this.host.help();
    if (!answer || !help?.sendFeedback) return;
    answer.busy = true;
    this.host.changed();
    try {
      await help.sendFeedback(entryId, answer.helpful, { signal: this.host.signal() });
      Object.assign(answer, { busy: false, sent: true });
      remember(entryId, answer.helpful);
      this.host.changed();
      this.host.sent(entryId, answer.helpful);
      this.host.focus(`#tf-f${key}`);
    } catch (error) {
      if (isAbortError(error)) {
        // The element left the page: the customer can answer again when it is back.
        this.answers.delete(entryId);
        this.host.changed();
        return;
      }
      Object.assign(answer, { busy: false, error });
      this.host.changed();
      this.host.failed(entryId, error);
      // A retry button takes focus; otherwise it stays on the answer the customer gave.
      if (this.host.retryable(error)) this.host.focus(`#tf-f${key}-error [part~="retry"]`);
    }
  }

  /**
   * The prompt, the thanks, or nothing, for an open answer. The buttons' names end with the
   * question ("Yes: How do I stop Auto Pay?"), so several open answers do not give a page
   * of identical Yes and No buttons.
   */
  render(entryId: string, key: number, question: string): unknown {
    const m = this.host.messages();
    const answer = this.answers.get(entryId);
    if (answer?.sent) return html`<p class="feedback" part="feedback" id="tf-f${key}" tabindex="-1">${m.thanks}</p>`;
    if (!this.host.help()?.sendFeedback || (!answer && answeredBefore(entryId))) return nothing;
    const busy = answer?.busy ? 'true' : 'false';
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="tf-h${key}" aria-busy=${busy}><span id="tf-h${key}">${m.helpful}</span>
${[true, false].map(
  (helpful) => html`<button type="button" class="button" part="feedback-button" id="tf-fb${key}-${helpful ? 'yes' : 'no'}" aria-disabled=${busy} @click=${() => this.give(entryId, key, helpful)}>${helpful ? m.yes : m.no}<span class="visually-hidden">: ${question}</span></button>`,
)}</div>
${answer?.error ? html`<div class="feedback-error" id="tf-f${key}-error">${this.host.renderError(answer.error, () => this.retry(entryId, key))}</div>` : nothing}`;
  }
}
