import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { AccountsApi, DescribedError, Locale, PayoffQuote, VehicleLoanAccount } from '@tessera/core';
import type { AccountSummaryMessages } from './messages.js';

/** What the payoff-quote controller needs from the element. */
export interface QuoteHost {
  /** The accounts slice; throws a configuration error when `getPayoffQuote` is missing. */
  accounts: () => Required<Pick<AccountsApi, 'getPayoffQuote'>>;
  offered: () => boolean;
  signal: () => AbortSignal;
  locale: () => Locale;
  changed: () => void;
  quoted: (account: VehicleLoanAccount, quote: PayoffQuote) => void;
  pay: (account: VehicleLoanAccount, quote: PayoffQuote) => void;
  failed: (accountId: string, error: unknown) => void;
  describe: (error: unknown) => DescribedError;
  /** Moves focus to the control with this id, once rendered. */
  focus: (id: string) => void;
  /** The shared error block with a retry button. */
  error: (error: unknown, retry: () => void) => TemplateResult;
  /** Adds the panel's styles to the element's, once loaded. */
  adopt: (styles: CSSResult) => void;
}

export interface QuoteState {
  open: boolean;
  /** The date as typed (kept when a request fails). */
  date?: string;
  problem?: string;
  pending?: AbortController;
  quote?: PayoffQuote;
  error?: unknown;
}

export interface QuoteRender {
  m: AccountSummaryMessages;
  lang: string;
  retryLabel: string;
  loadingLabel: string;
  account: VehicleLoanAccount;
  index: number;
}

type Panel = typeof import('./payoff-panel.js');

/**
 * Payoff quotes per loan: a disclosure whose panel (form, request and words, in
 * payoff-panel.ts) loads the first time a customer opens one, so the many pages that never
 * ask for a quote never download it.
 */
export class PayoffQuotes {
  private readonly states = new Map<string, QuoteState>();
  private panel?: Panel;
  private panelError?: unknown;
  /** The panel's module while it loads; the element's `updateComplete` waits for it. */
  loading?: Promise<void>;

  constructor(private readonly host: QuoteHost) {}

  /** Quotes belong to the data they were asked from: a reload starts over. */
  reset(): void {
    for (const state of this.states.values()) state.pending?.abort();
    this.states.clear();
  }

  private state(accountId: string): QuoteState {
    let state = this.states.get(accountId);
    if (!state) this.states.set(accountId, (state = { open: false }));
    return state;
  }

  render(o: QuoteRender): TemplateResult | typeof nothing {
    const { m, account, index } = o;
    if (!account.payoffQuoteWindow || !this.host.offered()) return nothing;
    const state = this.state(account.id);
    return html`<div class="quote" part="quote"><button type="button" class="button link" part="quote-toggle" id="quote-toggle-${index}" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="quote-${index}" @click=${() => this.toggle(state)} @pointerenter=${() => this.load()}>${m.payoffQuote}</button>${state.open
      ? html`<div class="quote-panel" id="quote-${index}">${this.panel ? this.panel.renderPanel(this.host, o, state) : this.renderWait(o)}</div>`
      : nothing}</div>`;
  }

  /** While the panel loads: said to assistive technology; if it could not load, why, and a retry. */
  private renderWait({ loadingLabel, index }: QuoteRender): TemplateResult {
    return this.panelError === undefined
      ? html`<p class="live" role="status">${loadingLabel}</p>`
      : this.host.error(this.panelError, () => this.load(`quote-toggle-${index}`));
  }

  private toggle(state: QuoteState): void {
    state.open = !state.open;
    if (state.open) this.load();
    this.host.changed();
  }

  /** Loads the panel once; after a failed load, again when asked (focus then goes to `focusAfter`). */
  private load(focusAfter?: string): void {
    if (this.panel || this.loading) return;
    this.panelError = undefined;
    this.host.changed();
    this.loading = import('./payoff-panel.js').then(
      (panel) => {
        this.host.adopt(panel.panelStyles);
        this.panel = panel;
      },
      (error: unknown) => void (this.panelError = error),
    ).finally(() => {
      this.loading = undefined;
      this.host.changed();
      if (focusAfter) this.host.focus(focusAfter);
    });
  }
}
