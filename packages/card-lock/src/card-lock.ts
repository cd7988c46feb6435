import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import {
  TesseraElement,
  assertShape,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  leftOutOf,
  listOf,
  requireSlice,
  switchStyles,
  themeStyles,
  type Card,
  type CardCapabilities,
  type CardLockPolicy,
  type CardsApi,
  type Guard,
  type Locale,
  type TesseraProvider,
} from '@tessera/core';
import { styles } from './card-lock.styles.js';
import { createRow, type Focusable, type Row, type RowHost } from './card-rows.js';
import { cardNameText, renderCard, renderPolicy, renderSkeleton, type CardViewContext } from './card-view.js';
import { messages, type CardLockMessages } from './messages.js';
import { VERSION } from './version.js';

interface LockData {
  /** The cards shown, in the provider's order; their live state is in `rows`. */
  ids: string[];
  /** Cards left out of the list because their data broke a rule. */
  leftOut: number;
  policy: CardLockPolicy | null;
  capabilities: CardCapabilities | null;
}

/**
 * Lets a customer lock a card instantly to stop new transactions, and unlock it when it
 * turns up. With `card-id` it shows that card; without, every lockable card the provider
 * lists, with one switch each.
 *
 * @summary Lock and unlock a card instantly.
 *
 * @fires {CustomEvent<CardLockChangedDetail>} tessera-card-lock-changed - After the lender confirms a lock or unlock the customer asked for. Never for loads, refreshes or property changes.
 * @fires {CustomEvent<CardLockAlertsChangedDetail>} tessera-card-lock-alerts-changed - After the lender confirms the customer's change to declined-attempt alerts.
 * @fires {CustomEvent<CardLockFailedDetail>} tessera-card-lock-failed - A load (`action: 'load'`) or the customer's `lock`, `unlock` or `alerts` change failed; `code` is the provider's error code.
 *
 * @csspart base - The outer box, in every state.
 * @csspart list - The list of cards (without `card-id`).
 * @csspart card - One card: its details and controls.
 * @csspart card-name - The card's network, nickname and last four digits.
 * @csspart card-meta - The authorized user line.
 * @csspart switch - Each switch (`role="switch"`): the lock, and the alerts.
 * @csspart lock-switch - The lock switch.
 * @csspart track - A switch's track.
 * @csspart thumb - A switch's thumb.
 * @csspart label - A switch's visible label.
 * @csspart state - The lock state in words.
 * @csspart not-lockable - Why the card cannot be locked.
 * @csspart relock - The automatic re-lock choice (when the lender offers it).
 * @csspart alerts-switch - The declined-attempt alerts switch (when the lender offers it).
 * @csspart confirm - The unlock confirmation (`confirm-unlock`).
 * @csspart confirm-button - The confirmation's Unlock button.
 * @csspart cancel-button - The confirmation's Keep locked button.
 * @csspart policy - The disclosure of what still goes through and what is blocked.
 * @csspart policy-summary - The disclosure's summary.
 * @csspart empty - The message shown when there is no card to lock.
 * @csspart notice - Says how many cards could not be shown because their data was invalid.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - The error's Try again button.
 *
 * @cssprop [--tessera-card-lock-locked-color=var(--tessera-color-accent)] - The switch's track when locked.
 * @cssprop [--tessera-card-lock-switch-width=3rem] - The lock switch's width; the height follows.
 * @cssprop --tessera-color-text - Text.
 * @cssprop --tessera-color-text-muted - Secondary text.
 * @cssprop --tessera-color-surface - Background.
 * @cssprop --tessera-color-surface-raised - Skeletons and the policy panel.
 * @cssprop --tessera-color-border - Card borders and the unlocked track.
 * @cssprop --tessera-color-accent - Buttons and the locked track.
 * @cssprop --tessera-color-on-accent - Text on accent buttons.
 * @cssprop --tessera-color-danger - Error borders.
 * @cssprop --tessera-focus-ring - The focus ring color.
 * @cssprop --tessera-focus-ring-width - The focus ring width.
 * @cssprop --tessera-font-family - The font.
 * @cssprop --tessera-font-size - The base font size.
 * @cssprop --tessera-radius - Corner radius.
 * @cssprop --tessera-space - The spacing unit.
 */
export class TesseraCardLock extends TesseraElement {
  static override version = VERSION;
  static override eventPrefix = 'tessera-card-lock';
  static override styles = [themeStyles, switchStyles, styles];

  /** The card to show. Without it, every lockable card of the provider is listed. */
  @property({ attribute: 'card-id' })
  cardId?: string;

  /** Ask the customer to confirm before unlocking. Locking never asks. */
  @property({ type: Boolean, attribute: 'confirm-unlock' })
  confirmUnlock = false;

  /**
   * The automatic re-lock preselected when unlocking, in minutes, when the lender offers
   * that choice (`getCapabilities().relockAfterMinutes`); otherwise ignored.
   */
  @property({ type: Number, attribute: 'relock-after' })
  relockAfter?: number;

  @state()
  private announcement = '';

  private rows = new Map<string, Row>();
  private rowsFor?: readonly [TesseraProvider | undefined, string | undefined];
  private extras?: { cards: CardsApi; locale: Locale; value: Promise<[CardLockPolicy | null, CardCapabilities | null]> };
  /** The control that last had focus inside the widget, and the card (`c0`, `c1`…) it belongs to. */
  private lastFocus?: { element: Element; rowId?: string };

  // The locale is an argument: the lender answers its text (reasons, the policy) in it, so a
  // change of the page's language reads the cards again.
  private readonly loader = this.loadTask(
    () => [this.activeProvider, this.cardId, this.locale] as const,
    async ([provider, cardId, locale], signal): Promise<LockData> => {
      const cards = requireSlice(provider, 'cards', cardId ? ['getCard', 'setCardLock'] : ['listCards', 'setCardLock']);
      const options = { signal, locale };
      const extras = this.loadExtras(cards, locale);
      const all = cardId
        ? [assertShape(await cards.getCard(cardId, options), isCard, 'card', 'cards.getCard')]
        : assertShape(await cards.listCards(options), listOf(isCard), 'cards', 'cards.listCards');
      const list = cardId ? all : all.filter((card) => card.lockable);
      const [policy, capabilities] = await extras;
      signal.throwIfAborted();
      this.keepRows(list, [provider, cardId]);
      return { ids: list.map((card) => card.id), leftOut: leftOutOf(all), policy, capabilities };
    },
    ([, cardId]) => (cardId ? { cardId } : {}),
  );

  private readonly rowHost: RowHost = {
    cards: () => requireSlice(this.activeProvider, 'cards'),
    signal: () => this.connectionSignal,
    locale: () => this.locale,
    relockFor: (row) => this.relockChoice(row),
    changed: () => this.requestUpdate(),
    lockChanged: (row) => {
      const { card } = row;
      this.emit('tessera-card-lock-changed', {
        cardId: card.id,
        locked: card.lock.locked,
        at: card.lock.changedAt ?? new Date().toISOString(),
      });
      const name = cardNameText(this.m, card);
      this.announcement = card.lock.locked ? this.m.didLock(name) : this.m.didUnlock(name);
    },
    alertsChanged: (row) => {
      this.emit('tessera-card-lock-alerts-changed', { cardId: row.card.id, enabled: row.card.declineAlerts ?? false });
    },
    failed: (row, action, error, focus, retry) => {
      row.error = error;
      row.retry = retry;
      row.retryFocus = focus;
      this.requestUpdate();
      this.reportFailure(action, error, { cardId: row.card.id });
      void this.focusPart(row, this.retryable(error) ? 'retry' : focus);
    },
  };

  /**
   * The card's lock state as the lender last confirmed it, with `card-id`; `undefined`
   * while loading, after a failed load, or without `card-id`.
   */
  get locked(): boolean | undefined {
    const id = this.loader.value?.ids[0];
    if (!this.cardId || this.rowsFor?.[1] !== this.cardId || id === undefined) return undefined;
    return this.rows.get(id)?.card.lock.locked;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.extras = undefined;
  }

  /** Another device may have changed a lock: read again, keeping the current view. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.loader.status === TaskStatus.COMPLETE) void this.loader.run();
  };

  /** The lock policy and capabilities rarely change: read once per provider and language; both are optional. */
  private loadExtras(cards: CardsApi, locale: Locale): Promise<[CardLockPolicy | null, CardCapabilities | null]> {
    if (this.extras?.cards !== cards || this.extras.locale !== locale) {
      const optional = <T>(request: Promise<unknown> | undefined, guard: Guard<T>): Promise<T | null> =>
        request?.then(
          (value) => (guard(value) ? value : null),
          () => null,
        ) ?? Promise.resolve(null);
      const options = { signal: this.connectionSignal, locale };
      const value = Promise.all([
        optional(cards.getLockPolicy?.(options), isCardLockPolicy),
        optional(cards.getCapabilities?.(options), isCardCapabilities),
      ]);
      this.extras = { cards, locale, value };
    }
    return this.extras.value;
  }

  private keepRows(list: Card[], args: readonly [TesseraProvider | undefined, string | undefined]): void {
    if (this.rowsFor?.[0] !== args[0] || this.rowsFor?.[1] !== args[1]) this.rows = new Map();
    this.rowsFor = args;
    const rows = new Map<string, Row>();
    for (const card of list) {
      const row = this.rows.get(card.id) ?? createRow(card, this.rowHost);
      // An answer still on its way is newer than this read.
      if (!row.lock.busy && !row.alerts.busy) row.card = card;
      // Unlocked meanwhile (on another device): there is nothing left to confirm.
      if (!row.card.lock.locked && !row.lock.busy) row.confirming = false;
      rows.set(card.id, row);
    }
    this.rows = rows;
  }

  private get m(): CardLockMessages {
    return this.messagesFrom(messages);
  }

  private retryable(error: unknown): boolean {
    return this.describeError(error).retryable;
  }

  private toggle(row: Row): void {
    row.error = undefined;
    if (row.confirming) {
      row.confirming = false;
      this.requestUpdate();
    } else if (row.lock.shown && this.confirmUnlock) {
      row.confirming = true;
      this.requestUpdate();
      void this.focusPart(row, 'confirm');
    } else {
      row.lock.toggle();
    }
  }

  private unlock(row: Row): void {
    row.confirming = false;
    row.error = undefined;
    row.lock.want(false);
    // The confirmation goes away: focus returns to the switch it came from.
    void this.focusPart(row, 'switch');
  }

  private cancelUnlock(row: Row): void {
    row.confirming = false;
    this.requestUpdate();
    void this.focusPart(row, 'switch');
  }

  private toggleAlerts(row: Row): void {
    row.error = undefined;
    row.alerts.toggle();
  }

  private retry(row: Row): void {
    const { retry, retryFocus } = row;
    row.error = undefined;
    retry?.();
    void this.focusPart(row, retryFocus ?? 'switch');
  }

  private relockChoices(): number[] {
    return this.loader.value?.capabilities?.relockAfterMinutes ?? [];
  }

  /** The re-lock minutes to send with an unlock, or 0 for none. */
  private relockChoice(row: Row): number {
    const choice = row.relock ?? this.relockAfter ?? 0;
    return this.relockChoices().includes(choice) ? choice : 0;
  }

  private idOf(row: Row): string {
    return `c${[...this.rows.values()].indexOf(row)}`;
  }

  private async focusPart(row: Row, what: Focusable | 'retry'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idOf(row)}-${what}`)?.focus();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener('focusin', (event) => {
      const element = event.composedPath()[0] as Element;
      this.lastFocus = { element, rowId: element.closest('.controls')?.id.replace(/-controls$/, '') };
    });
    this.renderRoot.addEventListener('focusout', (event) => {
      // Chromium also reports a focusout when the focused element is being removed: only an
      // element still on the page once the update is done was left by the customer.
      const element = event.target as Element;
      queueMicrotask(() => {
        if (element.isConnected && this.lastFocus?.element === element) this.lastFocus = undefined;
      });
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keepFocus();
  }

  /**
   * An update removed the control that had focus (a confirmation closed, a retry went away,
   * a refresh changed a card): focus goes to that card's lock switch, else to the widget's
   * box, and never falls to the page. Where an action says better (the retry of a failure,
   * the control that failed), its own `focusPart` follows.
   */
  private keepFocus(): void {
    const last = this.lastFocus;
    if (!last || last.element.isConnected) return;
    this.lastFocus = undefined;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const lockSwitch = last.rowId ? this.renderRoot.querySelector<HTMLElement>(`#${last.rowId}-switch`) : null;
    const target = lockSwitch ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (target && !lockSwitch) target.tabIndex = -1;
    target?.focus();
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">
      ${this.renderTask(this.loader, {
        loading: () => renderSkeleton(this.m, this.coreMessages.loading),
        ready: (data) => this.renderCards(data),
        isEmpty: (data) => data.ids.length === 0 && data.leftOut === 0,
        empty: () => html`<p class="empty" part="empty">${this.m.empty}</p>`,
      })}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderCards(data: LockData): TemplateResult {
    const rows = data.ids.map((id) => this.rows.get(id)).filter((row): row is Row => row !== undefined);
    const ctx = this.viewContext(data);
    const cards = rows.map((row) => renderCard(ctx, row, this.idOf(row)));
    return html`${this.cardId
      ? cards
      : html`<ul class="list" part="list" aria-label=${this.m.listLabel}>
          ${cards.map((card) => html`<li>${card}</li>`)}
        </ul>`}
    ${this.renderLeftOut(data.leftOut)}
    ${rows.some((row) => row.card.lockable) ? renderPolicy(this.m, data.policy) : nothing}`;
  }

  private viewContext(data: LockData): CardViewContext {
    return {
      m: this.m,
      langTag: this.langTag,
      retryLabel: this.coreMessages.retry,
      describe: (error) => this.describeError(error),
      relockChoices: this.relockChoices(),
      relockChoice: (row) => this.relockChoice(row),
      alerts: !!(data.capabilities?.declineAlerts && this.activeProvider?.cards?.setDeclineAlerts),
      toggle: (row) => this.toggle(row),
      unlock: (row) => this.unlock(row),
      cancelUnlock: (row) => this.cancelUnlock(row),
      toggleAlerts: (row) => this.toggleAlerts(row),
      retry: (row) => this.retry(row),
      chooseRelock: (row, minutes) => (row.relock = minutes),
    };
  }
}
