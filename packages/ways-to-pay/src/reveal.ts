import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { assertShape, isRevealedAccountNumber, maskedNumber, type HelpApi, type WaysToPayAccount } from '@tessera/core';
import type { WaysToPayMessages } from './messages.js';

/** How long a revealed number stays on screen without the customer hiding it. */
export const REVEAL_MS = 120_000;

export interface RevealOptions {
  help: () => HelpApi | undefined;
  signal: () => AbortSignal;
  revealed: (accountId: string) => void;
  failed: (accountId: string, error: unknown) => void;
  renderError: (error: unknown, retry: () => void) => TemplateResult;
  /** Focus the reveal button of this way once rendered (after a retry took the error away). */
  focus: (wayId: string) => void;
}

/**
 * The account number for bill pay and checks: masked, with "Show full number" only when
 * the provider offers `help.revealAccountNumber` and the lender allows it for this account.
 * The full number lives in this object alone (never an attribute, event, log, URL or
 * storage) and goes away on "Hide", after two minutes, when the page is hidden, when the
 * way it was shown in is collapsed, and when the element leaves the page.
 */
export class AccountNumberReveal implements ReactiveController {
  private number?: { accountId: string; digits: string };
  private pending?: string;
  private failure?: { wayId: string; error: unknown };
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RevealOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    if (!isServer) document.removeEventListener('visibilitychange', this.onVisibility);
    this.hide();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.hide();
  };

  /** Forgets the full number (and any failure). */
  hide(): void {
    clearTimeout(this.timer);
    if (!this.number && !this.failure) return;
    this.number = undefined;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** Whether a full number is on screen now. */
  get shown(): boolean {
    return this.number !== undefined;
  }

  private async reveal(account: WaysToPayAccount, wayId: string): Promise<void> {
    const help = this.options.help();
    if (this.pending || !help?.revealAccountNumber) return;
    this.pending = wayId;
    this.failure = undefined;
    this.host.requestUpdate();
    const signal = this.options.signal();
    try {
      const answer = await help.revealAccountNumber(account.id, { signal });
      const checked = assertShape(answer, isRevealedAccountNumber, 'account number', 'help.revealAccountNumber');
      if (signal.aborted) return;
      this.number = { accountId: account.id, digits: checked.accountNumber };
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.hide(), REVEAL_MS);
      this.options.revealed(account.id);
    } catch (error) {
      if (signal.aborted) return;
      this.failure = { wayId, error };
      this.options.failed(account.id, error);
    } finally {
      const hadError = this.failure !== undefined;
      this.pending = undefined;
      this.host.requestUpdate();
      if (!hadError) this.options.focus(wayId);
    }
  }

  /** The account number line of a way (bill pay, mail), with its control. */
  render(wayId: string, account: WaysToPayAccount, m: WaysToPayMessages): TemplateResult {
    const canReveal = account.revealable && typeof this.options.help()?.revealAccountNumber === 'function';
    const full = this.number?.accountId === account.id ? this.number.digits : undefined;
    const pending = this.pending === wayId;
    const failure = this.failure?.wayId === wayId ? this.failure.error : undefined;
    return html`<div class="account-number" part="account-number"><span class="label">${m.accountNumber}</span>${full ? html`<span class="masked full" dir="ltr">${full}</span>` : maskedNumber(account.last4)}
      ${canReveal
        ? html`<button
            type="button"
            class="button small"
            part="reveal"
            id=${`reveal-${wayId}`}
            aria-disabled=${pending ? 'true' : 'false'}
            @click=${() => (full ? this.hide() : void this.reveal(account, wayId))}
          >${pending ? m.revealing : full ? m.hide : m.show}</button>`
        : nothing}
      ${failure === undefined ? nothing : this.options.renderError(failure, () => void this.reveal(account, wayId))}</div>`;
  }
}
