import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './types.js';

/** A catalog of messages with the same shape in every supported locale. */
export type MessageCatalog<M> = Record<Locale, M>;

/** Maps any BCP 47 tag to a supported locale: `es-MX` → `es`, anything else → `en`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
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
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Tracks the element's language: resolved on connect and whenever any `lang` attribute
 * on the page changes. The host re-renders only when the resolved value changes.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag used for `Intl` formatting. */
  langTag = 'en';
  /** The supported locale used to pick messages. */
  locale: Locale = 'en';
  private readonly host: LocaleHost;

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  refresh(): void {
    const tag = findLang(this.host);
    if (tag === this.langTag) return;
    this.langTag = tag;
    this.locale = toLocale(tag);
    this.host.requestUpdate();
  }
}
