import { LitElement, html, css, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, provide } from '@lit/context';
import { providerContext, watchForLateProviders } from './context.js';
import { coreMessages } from './messages.js';
import {
  getAuthTokenSource,
  getRestProviderFactory,
  onRestProviderFactory,
  type AuthTokenGetter,
  type EndpointConfig,
} from './provider-factory.js';
import { toLocale, findLang, normalizeLangTag } from './locale.js';
import type { TesseraProvider } from './provider.js';
import { VERSION } from './version.js';

/**
 * Hands a data provider to every Tessera widget inside it.
 *
 * Give it a provider object through the `provider` property, or an `endpoint` attribute
 * to build a REST provider (the REST provider must be loaded: every CDN file includes
 * it; npm users import `@tessera/provider-rest/register`). Without either, it passes on
 * the provider of an enclosing `<tessera-provider>`; with one, it overrides it.
 *
 * @summary Provides data to the Tessera widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class TesseraProviderElement extends LitElement {
  static version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A provider object; takes precedence over `endpoint`. */
  @property({ attribute: false })
  provider?: TesseraProvider;

  /** Base URL of a Tessera REST API, e.g. `https://api.example.com/servicing`. */
  @property({ reflect: true })
  endpoint?: string;

  /** `fetch` credentials mode for the REST provider (`omit`, `same-origin`, `include`). */
  @property()
  credentials?: RequestCredentials;

  /**
   * Gives the REST provider its bearer token (asked again with `refresh: true` after a
   * 401). Set as a property from the host's script: the token never enters the DOM.
   */
  @property({ attribute: false })
  getAuthToken?: AuthTokenGetter;

  /**
   * The name of a token getter registered with `registerAuthTokenSource(name, getter)`: for
   * pages that configure the element by attributes only.
   */
  @property({ attribute: 'auth-token-source' })
  authTokenSource?: string;

  /**
   * Deprecated: a bearer token in an attribute is readable by every script and
   * session-replay tool on the page. Use `getAuthToken` or `auth-token-source`.
   */
  @property({ attribute: 'auth-token' })
  authToken?: string;

  @consume({ context: providerContext, subscribe: true })
  @state()
  private inherited?: TesseraProvider;

  @provide({ context: providerContext })
  @state()
  private provided?: TesseraProvider;

  private fromEndpoint?: TesseraProvider;
  private stopWaiting?: () => void;

  override connectedCallback(): void {
    // A nested provider defined before its outer one must still inherit from it.
    if (!isServer) watchForLateProviders(this.ownerDocument);
    super.connectedCallback();
    // Moved in the page while waiting for the REST provider: disconnecting stopped the wait.
    if (this.hasUpdated && this.endpoint && !this.fromEndpoint) {
      this.fromEndpoint = this.buildFromEndpoint();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const auth = ['getAuthToken', 'authTokenSource', 'authToken'] as const;
    if (changed.has('endpoint') || changed.has('credentials') || auth.some((key) => changed.has(key))) {
      this.fromEndpoint = this.buildFromEndpoint();
    }
    this.provided = this.provider ?? this.fromEndpoint ?? this.inherited;
  }

  private buildFromEndpoint(): TesseraProvider | undefined {
    if (!this.endpoint) return undefined;
    const factory = getRestProviderFactory();
    if (!factory) {
      this.waitForFactory();
      return undefined;
    }
    const config: EndpointConfig = { baseUrl: this.endpoint, language: () => (isServer ? undefined : normalizeLangTag(findLang(this))) };
    if (this.credentials) config.credentials = this.credentials;
    const getter = this.tokenGetter();
    if (getter) config.getAuthToken = getter;
    return factory(config);
  }

  private tokenGetter(): AuthTokenGetter | undefined {
    if (this.getAuthToken) return this.getAuthToken;
    const named = this.authTokenSource;
    // Looked up at each request, so the host may register the source after this element.
    if (named) return (request) => getAuthTokenSource(named)?.(request);
    const token = this.authToken;
    if (!token) return undefined;
    warnOnce('auth-token', TOKEN_ATTRIBUTE_WARNING);
    return () => token;
  }

  private waitForFactory(): void {
    // On the server there is no page to wait on; the browser builds it after hydration.
    if (isServer || this.stopWaiting) return;
    this.stopWaiting = onRestProviderFactory(() => {
      this.stopWaiting = undefined;
      this.fromEndpoint = this.buildFromEndpoint();
      this.requestUpdate();
    });
    // Say so when nothing has registered one by the time the page has loaded.
    afterPageLoad(() => {
      if (!getRestProviderFactory() && this.isConnected) {
        console.warn(`[tessera] ${coreMessages[toLocale(findLang(this))].missingFactory}`);
      }
    });
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

/** For developers, in English like the browser's own console messages. */
export const TOKEN_ATTRIBUTE_WARNING =
  '[tessera] <tessera-provider auth-token> is deprecated: a token in an attribute can be read by every script and session-replay tool on the page. Set the getAuthToken property, or register a getter with registerAuthTokenSource(name, getter) and use auth-token-source="name".';

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

function afterPageLoad(callback: () => void): void {
  if (document.readyState === 'complete') queueMicrotask(callback);
  else window.addEventListener('load', callback, { once: true });
}
