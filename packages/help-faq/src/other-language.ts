import type { ReactiveElement } from 'lit';
import { isAbortError, type Locale } from '@tessera/core';
import type { LoadedFaq } from './faq-view.js';

/** English on a Spanish page, Spanish on an English one. */
export const otherLocale = (locale: Locale): Locale => (locale === 'es' ? 'en' : 'es');

/**
 * "Search in English" on a Spanish page (and "Buscar en español" on an English one): the
 * other language's FAQ is asked for only when the customer uses it, kept for later searches
 * with the same provider, and searched until the customer clears the search.
 */
export class OtherLanguage {
  /** The customer asked for the other language's results, for this search. */
  on = false;
  busy = false;
  error?: unknown;
  private loaded?: { provider: unknown; locale: Locale; faq: LoadedFaq };

  /** `fetch` loads (and reports a failure of) the FAQ in a language. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly fetch: (locale: Locale) => Promise<LoadedFaq>,
  ) {}

  /** The other language's FAQ while the customer asked for it. */
  faq(provider: unknown, locale: Locale): LoadedFaq | undefined {
    return this.on ? this.cached(provider, locale) : undefined;
  }

  private cached(provider: unknown, locale: Locale): LoadedFaq | undefined {
    const { loaded } = this;
    return loaded && loaded.provider === provider && loaded.locale === locale ? loaded.faq : undefined;
  }

  /** The search was cleared: the other language is offered again, not shown. */
  off(): void {
    this.on = false;
    this.error = undefined;
  }

  /** Loads `locale`'s FAQ (unless loaded already), then shows its results and focuses their heading. */
  async ask(provider: unknown, locale: Locale): Promise<void> {
    if (this.busy) return;
    Object.assign(this, { busy: true, error: undefined });
    this.host.requestUpdate();
    try {
      if (!this.cached(provider, locale)) this.loaded = { provider, locale, faq: await this.fetch(locale) };
      this.on = true;
    } catch (error) {
      // The button stays: pressing it again is the retry.
      if (!isAbortError(error)) this.error = error;
    }
    this.busy = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The button went away: focus goes to the heading of the results it brought.
    if (this.on) this.host.renderRoot.querySelector<HTMLElement>('#tf-other')?.focus();
  }
}
