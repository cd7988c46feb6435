import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  assertShape,
  formatDate,
  formatMoney,
  isAbortError,
  isHttpsUrl,
  isPayoffQuote,
  isProviderError,
  type AccountsApi,
  type DescribedError,
  type Locale,
  type PayoffQuote,
  type VehicleLoanAccount,
} from '@tessera/core';
import { fact } from './account-view.js';
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
}

interface QuoteState {
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
  account: VehicleLoanAccount;
  index: number;
}

/** Payoff quotes per loan: a disclosure with a good-through date, the lender's answer, and what to do with it. */
export class PayoffQuotes {
  private readonly states = new Map<string, QuoteState>();

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
    const window = account.payoffQuoteWindow;
    if (!window || !this.host.offered()) return nothing;
    const state = this.state(account.id);
    const toggle = html`<button type="button" class="button link" part="quote-toggle" id="quote-toggle-${index}" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="quote-${index}" @click=${() => this.toggle(account.id)}>${m.payoffQuote}</button>`;
    return html`<div class="quote" part="quote">${toggle}${state.open ? this.renderPanel(o, state) : nothing}</div>`;
  }

  private renderPanel(o: QuoteRender, state: QuoteState): TemplateResult {
    const { m, lang, account, index } = o;
    const window = account.payoffQuoteWindow!;
    const from = formatDate(window.earliestDate, lang);
    const to = formatDate(window.latestDate, lang);
    const hint = `quote-hint-${index}`;
    const problem = `quote-problem-${index}`;
    return html`<div class="quote-panel" id="quote-${index}"><form class="quote-form" novalidate @submit=${(e: Event) => this.submit(e, o)}><label for="quote-date-${index}">${m.goodThrough}</label><input type="date" class="date" part="date" id="quote-date-${index}" min=${window.earliestDate} max=${window.latestDate} .value=${state.date ?? window.earliestDate} aria-invalid=${state.problem ? 'true' : 'false'} aria-describedby=${state.problem ? `${problem} ${hint}` : hint} @input=${(e: Event) => (state.date = (e.target as HTMLInputElement).value)} /><p class="muted hint" id=${hint}>${m.goodThroughHint(from, to)}</p>${state.problem
      ? html`<p class="field-error" part="field-error" id=${problem}>${state.problem}</p>`
      : nothing}<div><button type="submit" class="button" part="get-quote" id="get-quote-${index}" aria-disabled=${state.pending ? 'true' : 'false'}>${m.getQuote}</button></div></form><p class="live" role="status">${state.pending
      ? m.quoting
      : state.quote
        ? m.payoffAmount(formatDate(state.quote.goodThrough, lang))
        : ''}</p>${state.error ? this.renderError(o, state) : nothing}${state.quote && !state.pending ? this.renderQuote(o, state.quote) : nothing}</div>`;
  }

  private renderError(o: QuoteRender, state: QuoteState): TemplateResult {
    const { m, retryLabel, account, index } = o;
    const described = this.host.describe(state.error);
    return html`<div class="status-error" part="error" role="alert" data-code=${described.code}><p>${m.quoteFailed} ${described.message}</p>${described.retryable
      ? html`<div><button type="button" class="button" part="retry" id="quote-retry-${index}" @click=${() => void this.request(o, state.date ?? account.payoffQuoteWindow!.earliestDate, 'retry')}>${retryLabel}</button></div>`
      : nothing}</div>`;
  }

  private renderQuote({ m, lang, account, index }: QuoteRender, quote: PayoffQuote): TemplateResult {
    const letter = isHttpsUrl(quote.letterUrl) ? quote.letterUrl : undefined;
    return html`<div class="quote-result" part="quote-result"><p class="quote-amount"><span>${m.payoffAmount(formatDate(quote.goodThrough, lang))}</span> <strong class="value">${formatMoney(quote.amount, lang)}</strong></p><dl class="facts breakdown">${fact(m.principal, formatMoney(quote.principal, lang))}${fact(m.interest, formatMoney(quote.interest, lang))}${fact(m.fees, formatMoney(quote.fees, lang))}</dl><p class="muted">${m.perDiem(formatMoney(quote.perDiem, lang))}</p><div class="actions"><button type="button" class="button primary" part="pay-quote" @click=${() => this.host.pay(account, quote)}>${m.payQuote}</button>${letter
      ? html`<a class="button" part="payoff-letter" id="letter-${index}" href=${ifDefined(letter)} target="_blank" rel="noopener noreferrer">${m.payoffLetter}</a>`
      : nothing}</div></div>`;
  }

  private toggle(accountId: string): void {
    const state = this.state(accountId);
    state.open = !state.open;
    this.host.changed();
  }

  private submit(event: Event, o: QuoteRender): void {
    event.preventDefault();
    void this.request(o, (event.currentTarget as HTMLFormElement).querySelector('input')?.value ?? '', 'submit');
  }

  private async request(o: QuoteRender, date: string, from: 'submit' | 'retry'): Promise<void> {
    const { account, index, m, lang } = o;
    const state = this.state(account.id);
    if (state.pending) return;
    const window = account.payoffQuoteWindow!;
    state.date = date;
    if (!date || date < window.earliestDate || date > window.latestDate) {
      state.problem = m.dateOutside(formatDate(window.earliestDate, lang), formatDate(window.latestDate, lang));
      this.host.changed();
      this.host.focus(`quote-date-${index}`);
      return;
    }
    state.problem = undefined;
    state.error = undefined;
    const controller = new AbortController();
    state.pending = controller;
    this.host.changed();
    const signal = AbortSignal.any([controller.signal, this.host.signal()]);
    try {
      const accounts = this.host.accounts();
      const answer = await accounts.getPayoffQuote(account.id, date, { signal, locale: this.host.locale() });
      const quote = assertShape(answer, isPayoffQuote, 'payoff quote', 'accounts.getPayoffQuote');
      signal.throwIfAborted();
      state.quote = quote;
      this.host.quoted(account, quote);
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      const field = isProviderError(error) ? error.fieldErrors?.find((f) => f.field === 'goodThrough') : undefined;
      if (field) state.problem = field.message;
      else state.error = error;
      state.quote = undefined;
      this.host.failed(account.id, error);
    } finally {
      if (state.pending === controller) state.pending = undefined;
      this.host.changed();
    }
    // The retry button goes away with the error: focus goes to the submit button, not the page.
    if (from === 'retry' && !state.error) this.host.focus(`get-quote-${index}`);
    if (state.problem) this.host.focus(`quote-date-${index}`);
  }
}
