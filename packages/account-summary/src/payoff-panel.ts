import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { assertShape, formatDate, formatMoney, isAbortError, isHttpsUrl, isPayoffQuote, isProviderError, type PayoffQuote } from '@tessera/core';
import { fact } from './account-view.js';
import type { QuoteHost, QuoteRender, QuoteState } from './payoff-quote.js';
import { quoteMessages } from './quote-messages.js';

// Loaded when the customer first opens a payoff quote (see payoff-quote.ts): pages that
// never ask for one never load its form, its request or its words.

/** The panel's own styles, adopted beside the element's when it loads. */
export const panelStyles = css`
.quote-panel,.quote-form,.quote-result{display:grid;grid-template-columns:minmax(0,1fr);gap:var(--_space);justify-self:stretch}
.quote-form label,.field-error{font-weight:600}
.date{font:inherit;min-height:var(--_target);max-width:100%;padding:0 var(--_space);border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:inherit}
.date[aria-invalid='true']{border-color:var(--_color-danger)}
.field-error{color:var(--_color-danger)}
.quote-amount .value{font-size:1.25em}
`;

/** The open payoff-quote panel of one loan: a good-through date, the lender's answer, and what to do with it. */
export function renderPanel(host: QuoteHost, o: QuoteRender, state: QuoteState): TemplateResult {
  const { lang, account, index } = o;
  const m = quoteMessages[host.locale()];
  const window = account.payoffQuoteWindow!;
  const from = formatDate(window.earliestDate, lang);
  const to = formatDate(window.latestDate, lang);
  const hint = `quote-hint-${index}`;
  const problem = `quote-problem-${index}`;
  const submit = (e: Event): void => {
    e.preventDefault();
    void request(host, o, state, (e.currentTarget as HTMLFormElement).querySelector('input')?.value ?? '', 'submit');
  };
  return html`<form class="quote-form" novalidate @submit=${submit}><label for="quote-date-${index}">${m.goodThrough}</label><input type="date" class="date" part="date" id="quote-date-${index}" min=${window.earliestDate} max=${window.latestDate} .value=${state.date ?? window.earliestDate} aria-invalid=${state.problem ? 'true' : 'false'} aria-describedby=${state.problem ? `${problem} ${hint}` : hint} @input=${(e: Event) => (state.date = (e.target as HTMLInputElement).value)} /><p class="muted hint" id=${hint}>${m.goodThroughHint(from, to)}</p>${state.problem
    ? html`<p class="field-error" part="field-error" id=${problem}>${state.problem}</p>`
    : nothing}<div><button type="submit" class="button" part="get-quote" id="get-quote-${index}" aria-disabled=${state.pending ? 'true' : 'false'}>${m.getQuote}</button></div></form><p class=${state.pending ? 'live' : 'live visually-hidden'} role="status">${state.pending
    ? m.quoting
    : state.quote
      ? m.payoffAmount(formatDate(state.quote.goodThrough, lang))
      : ''}</p>${state.error ? renderError(host, o, state) : nothing}${state.quote && !state.pending ? renderQuote(host, o, state.quote) : nothing}`;
}

function renderError(host: QuoteHost, o: QuoteRender, state: QuoteState): TemplateResult {
  const { retryLabel, account, index } = o;
  const described = host.describe(state.error);
  return html`<div class="status-error" part="error" role="alert" data-code=${described.code}><p>${quoteMessages[host.locale()].quoteFailed} ${described.message}</p>${described.retryable
    ? html`<div><button type="button" class="button" part="retry" id="quote-retry-${index}" @click=${() => void request(host, o, state, state.date ?? account.payoffQuoteWindow!.earliestDate, 'retry')}>${retryLabel}</button></div>`
    : nothing}</div>`;
}

function renderQuote(host: QuoteHost, { lang, account, index }: QuoteRender, quote: PayoffQuote): TemplateResult {
  const m = quoteMessages[host.locale()];
  const letter = isHttpsUrl(quote.letterUrl) ? quote.letterUrl : undefined;
  return html`<div class="quote-result" part="quote-result"><p class="quote-amount"><span>${m.payoffAmount(formatDate(quote.goodThrough, lang))}</span> <strong class="value">${formatMoney(quote.amount, lang)}</strong></p><dl class="facts breakdown">${fact(m.principal, formatMoney(quote.principal, lang))}${fact(m.interest, formatMoney(quote.interest, lang))}${fact(m.fees, formatMoney(quote.fees, lang))}</dl><p class="muted">${m.perDiem(formatMoney(quote.perDiem, lang))}</p><div class="actions"><button type="button" class="button primary" part="pay-quote" @click=${() => host.pay(account, quote)}>${m.payQuote}</button>${letter
    ? html`<a class="button" part="payoff-letter" id="letter-${index}" href=${ifDefined(letter)} target="_blank" rel="noopener noreferrer">${m.payoffLetter}</a>`
    : nothing}</div></div>`;
}

async function request(host: QuoteHost, o: QuoteRender, state: QuoteState, date: string, from: 'submit' | 'retry'): Promise<void> {
  const { account, index, lang } = o;
  if (state.pending) return;
  const window = account.payoffQuoteWindow!;
  state.date = date;
  if (!date || date < window.earliestDate || date > window.latestDate) {
    state.problem = quoteMessages[host.locale()].dateOutside(formatDate(window.earliestDate, lang), formatDate(window.latestDate, lang));
    host.changed();
    host.focus(`quote-date-${index}`);
    return;
  }
  state.problem = undefined;
  state.error = undefined;
  const controller = new AbortController();
  state.pending = controller;
  host.changed();
  const signal = AbortSignal.any([controller.signal, host.signal()]);
  try {
    const answer = await host.accounts().getPayoffQuote(account.id, date, { signal, locale: host.locale() });
    const quote = assertShape(answer, isPayoffQuote, 'payoff quote', 'accounts.getPayoffQuote');
    signal.throwIfAborted();
    state.quote = quote;
    host.quoted(account, quote);
  } catch (error) {
    if (isAbortError(error) || signal.aborted) return;
    const field = isProviderError(error) ? error.fieldErrors?.find((f) => f.field === 'goodThrough') : undefined;
    if (field) state.problem = field.message;
    else state.error = error;
    state.quote = undefined;
    host.failed(account.id, error);
  } finally {
    if (state.pending === controller) state.pending = undefined;
    host.changed();
  }
  // The retry button goes away with the error: focus goes to the submit button, not the page.
  if (from === 'retry' && !state.error) host.focus(`get-quote-${index}`);
  if (state.problem) host.focus(`quote-date-${index}`);
}
