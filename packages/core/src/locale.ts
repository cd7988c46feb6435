import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './types.js';

/** A catalog of messages with the same shape in every supported locale. */
export type MessageCatalog<M> = Record<Locale, M>;

/** Maps any BCP 47 tag to a supported locale: `es-MX` → `es`, anything else → `en`. */
export function toLocale(tag: string | null | undefined): Locale {
  // Underscores are a common mistake in `lang` attributes (`es_MX`); read them as hyphens.
  return tag?.trim().toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

const canonicalTags = new Map<string, string>();

/**
 * A language tag `Intl` accepts, from whatever a page put in `lang`: `es_MX` → `es-MX`,
 * `EN-us` → `en-US`, and anything `Intl` rejects → the supported locale (`en` or `es`).
 * `Intl` throws on invalid tags, so every tag read from the page goes through here.
 */
export function normalizeLangTag(tag: string | null | undefined): string {
  const raw = (tag ?? '').trim();
  let canonical = canonicalTags.get(raw);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(raw.replace(/_/g, '-'))[0] ?? toLocale(raw);
    } catch {
      canonical = toLocale(raw);
    }
    canonicalTags.set(raw, canonical);
  }
  return canonical;
}

/**
 * The tag a widget formats with: the customer's language with United States conventions
 * (`$1,284.37`, `November 30, 2026`, `CST`), since the accounts are US accounts. `es`,
 * `es-ES` and `es-MX` → `es-US`; anything else → `en-US`. Spain's `1284,37 US$` on a US
 * card statement would misread the amount.
 */
export function formattingTag(tag: string | null | undefined): 'en-US' | 'es-US' {
  return toLocale(tag) === 'es' ? 'es-US' : 'en-US';
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots; else the document's. */
export function findLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement?.lang || 'en';
}

type LocaleHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Watches `lang` attributes in the document and in every shadow root the host sits in:
 * a MutationObserver on the document does not see inside shadow roots.
 */
function watchLangChanges(host: Element): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  let root: Node = host.getRootNode();
  for (;;) {
    const target = root instanceof ShadowRoot ? root : host.ownerDocument.documentElement;
    if (!observedRoots.has(target)) {
      observedRoots.add(target);
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}

/**
 * Tracks the element's language: resolved on connect and whenever a `lang` attribute
 * changes in the document or in a shadow root around the element. The host re-renders
 * only when the resolved value changes.
 */
export class LocaleController implements ReactiveController {
  /** The tag used for `Intl` formatting: `en-US` or `es-US` (see `formattingTag`). */
  langTag: 'en-US' | 'es-US' = 'en-US';
  /** The supported locale used to pick messages. */
  locale: Locale = 'en';
  private readonly host: LocaleHost;

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  refresh(): void {
    const tag = formattingTag(findLang(this.host));
    if (tag === this.langTag) return;
    this.langTag = tag;
    this.locale = toLocale(tag);
    this.host.requestUpdate();
  }
}
