import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { providerContext, watchForLateProviders } from './context.js';
import { isConfigurationError } from './configuration-error.js';
import { leftOutOf } from './guards.js';
import { isAbortError, isProviderError, isRetryable, toProviderError, type ProviderErrorCode } from './errors.js';
import { LocaleController, type MessageCatalog } from './locale.js';
import { coreMessages, type CoreMessages } from './messages.js';
import type { TesseraProvider } from './provider.js';
import type { Locale } from './types.js';

export interface TaskRenderers<T> {
  /** The skeleton; it must reserve the ready state's size. */
  loading: () => TemplateResult;
  ready: (value: T) => TemplateResult | typeof nothing;
  /** Rendered instead of `ready` when `isEmpty(value)`. */
  empty?: (value: T) => TemplateResult;
  isEmpty?: (value: T) => boolean;
  /** Keep showing the last value while a refresh is pending (no flicker). Default true. */
  keepStale?: boolean;
}

/**
 * The detail of every `tessera-<widget>-failed` event: which customer action (or `load`)
 * failed, and the provider's error code. Widgets add the ids the action was about.
 */
export interface FailedDetail<A extends string = string> {
  action: A;
  code: ProviderErrorCode;
}

/** What an error state shows: a sentence, and whether a retry can help. */
export interface DescribedError {
  /** `invalid-data`: the provider's answer broke a data rule (a developer sees why in the console). */
  code: ProviderErrorCode | 'configuration' | 'invalid-data';
  message: string;
  retryable: boolean;
}

/**
 * The base of every Tessera widget: finds its provider (own `provider` property, then the
 * nearest `<tessera-provider>` or other context provider), follows the nearest `lang`,
 * aborts its requests when disconnected, and renders async states consistently.
 */
export abstract class TesseraElement extends LitElement {
  /** The package version; set by each widget from its `version.ts`. */
  static version = '0.0.0';

  /**
   * The widget's event prefix (`tessera-card-lock`): events are `<prefix>-<past tense>`,
   * and failures `<prefix>-failed`. Fixed per class, whatever tag it is registered under.
   */
  static eventPrefix = 'tessera-element';

  /**
   * The data source. When unset, the nearest ancestor that provides one through context
   * (such as `<tessera-provider>`) is used.
   */
  @property({ attribute: false })
  provider?: TesseraProvider;

  /**
   * The level of the widget's own heading (1–6); its inner headings follow one level below.
   * Set it to fit the page's outline: `3` inside a section headed by an `h2`.
   */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  @consume({ context: providerContext, subscribe: true })
  @state()
  protected contextProvider?: TesseraProvider;

  private readonly localeController = new LocaleController(this);
  private connection?: AbortController;
  /** Tasks shown through renderTask, re-run after a move in the page cut them short. */
  private readonly renderedTasks = new Set<Task<readonly unknown[], unknown>>();

  /** The provider in use: the `provider` property, else the one from context. */
  protected get activeProvider(): TesseraProvider | undefined {
    return this.provider ?? this.contextProvider;
  }

  /** The supported locale in use (`en` or `es`), from the nearest `lang`. */
  protected get locale(): Locale {
    return this.localeController.locale;
  }

  /** The full language tag in use, for `Intl` formatting. */
  protected get langTag(): string {
    return this.localeController.langTag;
  }

  /** Picks this locale's messages out of a catalog. */
  protected messagesFrom<M>(catalog: MessageCatalog<M>): M {
    return catalog[this.locale];
  }

  protected get coreMessages(): CoreMessages {
    return coreMessages[this.locale];
  }

  /** Aborted when the element leaves the page: pass it to mutations and one-off calls. */
  protected get connectionSignal(): AbortSignal {
    this.connection ??= new AbortController();
    return this.connection.signal;
  }

  /** A signal aborted by either the task's signal or the element's disconnection. */
  protected linkSignal(signal: AbortSignal): AbortSignal {
    return AbortSignal.any([signal, this.connectionSignal]);
  }

  override connectedCallback(): void {
    // Before the context request goes out: a provider defined later must still hear it.
    if (!isServer) watchForLateProviders(this.ownerDocument);
    super.connectedCallback();
    if (this.connection?.signal.aborted) {
      this.connection = undefined;
      this.rerunInterruptedLoads();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.abort(new DOMException('The element was removed', 'AbortError'));
  }

  /**
   * Back on the page after a disconnect (a host moving the element does both at once):
   * loads that the disconnect aborted would otherwise stay on their skeleton, since their
   * arguments have not changed. Manual tasks (`autoRun: false`, such as submitting a
   * payment) are never re-run on their own.
   */
  private rerunInterruptedLoads(): void {
    for (const task of this.renderedTasks) {
      if (task.autoRun === false) continue;
      const interrupted =
        task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isAbortError(task.error));
      if (interrupted) void task.run();
    }
  }

  /** Whether the element is still connected and this signal has not been aborted. */
  protected isLive(signal?: AbortSignal): boolean {
    return this.isConnected && !signal?.aborted && !this.connectionSignal.aborted;
  }

  /** Dispatches a `bubbles`, `composed` CustomEvent typed by `HTMLElementEventMap`. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** Turns any failure into a localized sentence and whether a retry makes sense. */
  protected describeError(error: unknown): DescribedError {
    if (isConfigurationError(error)) {
      const { slice, method } = error;
      return {
        code: 'configuration',
        message: method
          ? this.coreMessages.missingMethod(slice, method, this.localName)
          : this.coreMessages.missingProvider(slice, this.localName),
        retryable: false,
      };
    }
    const providerError = isProviderError(error) ? error : toProviderError(error);
    if (providerError.invalidData) {
      return { code: 'invalid-data', message: this.coreMessages.invalidData, retryable: false };
    }
    let message = this.coreMessages.errors[providerError.code];
    if (providerError.code === 'rate-limited' && providerError.retryAfter) {
      message = `${message} ${this.coreMessages.retryAfter(providerError.retryAfter)}`;
    }
    return { code: providerError.code, message, retryable: isRetryable(providerError.code) };
  }

  /**
   * Reports a failure of a customer action (or of `load`): a `<prefix>-failed` event with
   * the provider's code for hosts, or, for a configuration mistake, one console error for
   * the developer. Aborts are not failures.
   */
  protected reportFailure(action: string, error: unknown, detail: Record<string, unknown> = {}): void {
    if (isAbortError(error)) return;
    if (isConfigurationError(error)) {
      // Like the other setup problems core reports (a tag defined twice, no REST provider).
      console.warn(`[tessera] ${this.describeError(error).message}`);
      return;
    }
    const { eventPrefix } = this.constructor as typeof TesseraElement;
    this.dispatchEvent(
      new CustomEvent(`${eventPrefix}-failed`, {
        detail: { ...detail, action, code: toProviderError(error).code },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * A load: a Task whose failures are reported (`action: 'load'`) and whose signal is
   * also aborted when the element leaves the page.
   */
  protected loadTask<const A extends readonly unknown[], R>(
    args: () => A,
    load: (args: A, signal: AbortSignal) => Promise<R>,
    detail?: (args: A) => Record<string, unknown>,
  ): Task<A, R> {
    return new Task<A, R>(this, {
      args,
      task: async (values, { signal }) => {
        try {
          return await load(values, this.linkSignal(signal));
        } catch (error) {
          if (!signal.aborted) this.reportFailure('load', error, detail?.(values));
          throw error;
        }
      },
    });
  }

  /**
   * Focuses the first of these elements of the shadow root that is rendered, once the element
   * has updated, unless the customer has since focused something else on the page (focus left
   * on the body by a removed button is moved).
   */
  protected focusLater(...selectors: string[]): void {
    this.focusWhen((active) => !active || active === this || active === this.ownerDocument.body, selectors);
  }

  /** Like `focusLater`, only when focus was lost (a disabled or removed control left it on the body). */
  protected refocus(...selectors: string[]): void {
    this.focusWhen((active) => active === this.ownerDocument.body, selectors);
  }

  private focusWhen(when: (active: Element | null) => boolean, selectors: string[]): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (when(this.ownerDocument.activeElement)) selectors.map((s) => this.renderRoot.querySelector<HTMLElement>(s)).find(Boolean)?.focus();
    });
  }

  /**
   * Runs a failed load again from its retry button. The button goes away with the error, so
   * focus, when it was there, moves to the widget's outer box instead of falling to the page.
   */
  private async retryLoad(task: Task<readonly unknown[], unknown>): Promise<void> {
    const hadFocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
    await task.run();
    await this.updateComplete;
    if (!hadFocus || !this.isConnected) return;
    const root = this.renderRoot;
    if (root.activeElement) return;
    const base = root.querySelector<HTMLElement>('[part~="base"]');
    if (!base) return;
    base.tabIndex = -1;
    base.focus();
  }

  /**
   * True while the element sits inside a `<tessera-provider>` whose definition has not
   * loaded yet: it shows its skeleton, not a configuration error, until it does.
   */
  private providerPending(): boolean {
    if (isServer || this.activeProvider) return false;
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.localName === 'tessera-provider') {
        if (customElements.get('tessera-provider')) return false;
        void customElements.whenDefined('tessera-provider').then(() => this.requestUpdate());
        return true;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }

  /** The shared error block: an alert with the message and, when useful, a retry button. */
  protected renderError(error: unknown, retry?: () => unknown): TemplateResult {
    const described = this.describeError(error);
    return html`<div class="status-error" part="error" role="alert" data-code=${described.code}>
      <p>${described.message}</p>
      ${retry && described.retryable
        ? html`<div>
            <button class="button" part="retry" type="button" @click=${retry}>${this.coreMessages.retry}</button>
          </div>`
        : nothing}
    </div>`;
  }

  /**
   * A note for a list that came back with `count` bad items left out (`leftOutOf` the
   * checked value), or nothing: the customer sees the good items and learns some are missing.
   */
  protected renderLeftOut(count: number): TemplateResult | typeof nothing {
    return count ? html`<p class="left-out" part="notice" role="note">${this.coreMessages.leftOut(count)}</p>` : nothing;
  }

  /**
   * Renders a task's state: skeleton while loading, error with retry, empty or ready.
   * Aborted runs are not errors (a newer run or a disconnect replaced them).
   */
  protected renderTask<T>(task: Task<readonly unknown[], T>, renderers: TaskRenderers<T>): unknown {
    this.renderedTasks.add(task);
    // Empty because every item broke a data rule is not "nothing here": the notice says so.
    const showValue = (value: T): unknown =>
      renderers.empty && renderers.isEmpty?.(value)
        ? html`${renderers.empty(value)}${this.renderLeftOut(leftOutOf(value))}`
        : renderers.ready(value);
    return task.render({
      initial: renderers.loading,
      pending: () =>
        renderers.keepStale !== false && task.value !== undefined ? showValue(task.value) : renderers.loading(),
      complete: showValue,
      error: (error) =>
        isAbortError(error) || (isConfigurationError(error) && this.providerPending())
          ? renderers.loading()
          : this.renderError(error, () => void this.retryLoad(task)),
    });
  }
}
