import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import {
  TesseraElement,
  assertShape,
  formatInstant,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  leftOutOf,
  listOf,
  maskLast4,
  maskedNumber,
  providerText,
  renderSwitch,
  requireSlice,
  switchStyles,
  themeStyles,
  type Card,
  type CardCapabilities,
  type CardLockPolicy,
  type CardsApi,
  type Guard,
  type TesseraProvider,
} from '@tessera/core';
import { styles } from './card-lock.styles.js';
import { createRow, type Focusable, type Row, type RowHost } from './card-rows.js';
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
  private extras?: { cards: CardsApi; value: Promise<[CardLockPolicy | null, CardCapabilities | null]> };

  private readonly loader = this.loadTask(
    () => [this.activeProvider, this.cardId] as const,
    async (args, signal): Promise<LockData> => {
      const [provider, cardId] = args;
      const cards = requireSlice(provider, 'cards', cardId ? ['getCard', 'setCardLock'] : ['listCards', 'setCardLock']);
      const options = { signal };
      const extras = this.loadExtras(cards);
      const all = cardId
        ? [assertShape(await cards.getCard(cardId, options), isCard, 'card', 'cards.getCard')]
        : assertShape(await cards.listCards(options), listOf(isCard), 'cards', 'cards.listCards');
      const list = cardId ? all : all.filter((card) => card.lockable);
      const [policy, capabilities] = await extras;
      signal.throwIfAborted();
      this.keepRows(list, args);
      return { ids: list.map((card) => card.id), leftOut: leftOutOf(all), policy, capabilities };
    },
    ([, cardId]) => (cardId ? { cardId } : {}),
  );

  private readonly rowHost: RowHost = {
    cards: () => requireSlice(this.activeProvider, 'cards'),
    signal: () => this.connectionSignal,
    relockFor: (row) => this.relockChoice(row),
    changed: () => this.requestUpdate(),
    lockChanged: (row) => {
      const { card } = row;
      this.emit('tessera-card-lock-changed', {
        cardId: card.id,
        locked: card.lock.locked,
        at: card.lock.changedAt ?? new Date().toISOString(),
      });
      const name = this.cardName(card);
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

  /** The lock policy and capabilities rarely change: read once per provider; both are optional. */
  private loadExtras(cards: CardsApi): Promise<[CardLockPolicy | null, CardCapabilities | null]> {
    if (this.extras?.cards !== cards) {
      const optional = <T>(request: Promise<unknown> | undefined, guard: Guard<T>): Promise<T | null> =>
        request?.then(
          (value) => (guard(value) ? value : null),
          () => null,
        ) ?? Promise.resolve(null);
      const options = { signal: this.connectionSignal };
      const value = Promise.all([
        optional(cards.getLockPolicy?.(options), isCardLockPolicy),
        optional(cards.getCapabilities?.(options), isCardCapabilities),
      ]);
      this.extras = { cards, value };
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
    const id = this.idOf(row);
    const target =
      what === 'retry'
        ? this.renderRoot.querySelector<HTMLElement>(`#${id}-controls [part~="retry"]`)
        : this.renderRoot.querySelector<HTMLElement>(`#${id}-${what}`);
    target?.focus();
  }

  /** For announcements: plain text. */
  private cardName(card: Card): string {
    return [this.m.networks[card.network], card.nickname, maskLast4(card.last4)].filter(Boolean).join(' ');
  }

  /** On screen: the nickname isolated from the masked number beside it. */
  private renderCardName(card: Card): TemplateResult {
    const { nickname } = card;
    return html`${this.m.networks[card.network]} ${nickname ? html`${providerText(nickname)} ` : nothing}${maskedNumber(card.last4)}`;
  }

  /** `15 minutes`, `1 hour`, `1 day`, in the customer's language. */
  private duration(minutes: number): string {
    const [unit, size] = minutes % 1440 === 0 ? ['day', 1440] : minutes % 60 === 0 ? ['hour', 60] : ['minute', 1];
    return new Intl.NumberFormat(this.langTag, { style: 'unit', unit, unitDisplay: 'long' }).format(minutes / size);
  }

  private stateText(row: Row): string {
    const { m } = this;
    const { lock } = row.card;
    if (row.lock.busy) return row.lock.shown ? m.locking : m.unlocking;
    if (lock.locked) return lock.changedAt ? m.lockedSince(formatInstant(lock.changedAt, this.langTag)) : m.locked;
    return lock.relockAt ? `${m.unlocked}. ${m.relocksAt(formatInstant(lock.relockAt, this.langTag))}` : m.unlocked;
  }

  protected override render(): unknown {
    return html`<div class="base" part="base">
      ${this.renderTask(this.loader, {
        loading: () => this.renderSkeleton(),
        ready: (data) => this.renderCards(data),
        isEmpty: (data) => data.ids.length === 0 && data.leftOut === 0,
        empty: () => html`<p class="empty" part="empty">${this.m.empty}</p>`,
      })}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  /**
   * The ready layout of one unlocked card, block for block and with the same classes: the
   * name, the lock switch, the state line, the alerts switch and the policy summary. Fixed
   * labels are held unseen, so their placeholders wrap as the labels do in every language.
   */
  private renderSkeleton(): TemplateResult {
    const { m } = this;
    const placeholderSwitch = (label: string, classes = 'switch'): TemplateResult =>
      html`<span class=${classes}><span class="track skeleton"></span><span class="skeleton"><span class="ghost">${label}</span></span></span>`;
    return html`<div part="skeleton">
      <span class="visually-hidden">${this.coreMessages.loading}</span>
      <div class="card" aria-hidden="true">
        <div class="info"><span class="skeleton line name"></span></div>
        <div class="controls">
          ${placeholderSwitch(m.lockCard)}
          <span class="skeleton line state"></span>
          ${placeholderSwitch(m.declineAlerts, 'switch small')}
        </div>
      </div>
      <div class="policy summary placeholder" aria-hidden="true">
        <span class="skeleton inline"><span class="ghost">${m.policySummary}</span></span>
      </div>
    </div>`;
  }

  private renderCards(data: LockData): TemplateResult {
    const rows = data.ids.map((id) => this.rows.get(id)).filter((row): row is Row => row !== undefined);
    const cards = rows.map((row) => this.renderCard(row, data));
    return html`${this.cardId
      ? cards
      : html`<ul class="list" part="list" aria-label=${this.m.listLabel}>
          ${cards.map((card) => html`<li>${card}</li>`)}
        </ul>`}
    ${this.renderLeftOut(data.leftOut)}
    ${rows.some((row) => row.card.lockable) ? this.renderPolicy(data.policy) : nothing}`;
  }

  private renderCard(row: Row, data: LockData): TemplateResult {
    const { card } = row;
    const id = this.idOf(row);
    return html`<div class="card" part="card">
      <div class="info">
        <span class="name" part="card-name" id="${id}-name">${this.renderCardName(card)}</span>
        ${card.authorizedUser
          ? html`<span class="meta" part="card-meta">${this.m.authorizedUser} ${providerText(card.holderName)}</span>`
          : nothing}
      </div>
      ${card.lockable ? this.renderControls(row, data) : html`<p class="state" part="not-lockable">
            ${this.m.notLockable} ${providerText(card.notLockableReason)}
          </p>`}
    </div>`;
  }

  private renderControls(row: Row, data: LockData): TemplateResult {
    const { m } = this;
    const id = this.idOf(row);
    const locked = row.lock.shown;
    const choices = this.relockChoices();
    const alerts = data.capabilities?.declineAlerts && this.activeProvider?.cards?.setDeclineAlerts;
    return html`<div class="controls" id="${id}-controls">
      ${renderSwitch({
        id: `${id}-switch`,
        part: 'lock-switch',
        label: m.lockCard,
        labelId: `${id}-label`,
        labelledBy: `${id}-label ${id}-name`,
        describedBy: `${id}-state`,
        checked: locked,
        busy: row.lock.busy,
        onToggle: () => this.toggle(row),
      })}
      <span class="state" part="state" id="${id}-state">${this.stateText(row)}</span>
      ${locked && choices.length
        ? html`<label class="relock" part="relock">
            ${m.relockLabel}
            <select
              @change=${(e: Event) => {
                row.relock = Number((e.target as HTMLSelectElement).value);
              }}
            >
              <option value="0">${m.relockNever}</option>
              ${choices.map(
                (minutes) =>
                  html`<option value=${minutes} ?selected=${this.relockChoice(row) === minutes}>
                    ${m.relockAfter(this.duration(minutes))}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing}
      ${row.confirming && locked
        ? html`<div
            class="confirm"
            part="confirm"
            role="group"
            aria-labelledby="${id}-confirm-title"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelUnlock(row)}
          >
            <p><strong id="${id}-confirm-title">${m.confirmTitle}</strong> ${m.confirmText}</p>
            <div class="actions">
              <button id="${id}-confirm" class="button primary" part="confirm-button" type="button" @click=${() => this.unlock(row)}>
                ${m.confirmUnlock}
              </button>
              <button class="button" part="cancel-button" type="button" @click=${() => this.cancelUnlock(row)}>
                ${m.keepLocked}
              </button>
            </div>
          </div>`
        : nothing}
      ${alerts
        ? renderSwitch({
            id: `${id}-alerts`,
            part: 'alerts-switch',
            small: true,
            label: m.declineAlerts,
            labelId: `${id}-alerts-label`,
            labelledBy: `${id}-alerts-label ${id}-name`,
            checked: row.alerts.shown,
            busy: row.alerts.busy,
            onToggle: () => this.toggleAlerts(row),
          })
        : nothing}
      ${row.error ? this.renderError(row.error, () => this.retry(row)) : nothing}
    </div>`;
  }

  private renderPolicy(policy: CardLockPolicy | null): TemplateResult {
    const { m } = this;
    const list = (heading: string, items: string[], name: string): TemplateResult => html`<div>
      <p class="heading" id="policy-${name}">${heading}</p>
      <ul aria-labelledby="policy-${name}">
        ${items.map((item) => html`<li>${providerText(item)}</li>`)}
      </ul>
    </div>`;
    return html`<details class="policy" part="policy">
      <summary class="summary" part="policy-summary">${m.policySummary}</summary>
      <div class="policy-body">
        ${list(m.allowedHeading, policy?.allowedWhileLocked ?? m.defaultAllowed, 'allowed')}
        ${list(m.blockedHeading, policy?.blockedWhileLocked ?? m.defaultBlocked, 'blocked')}
      </div>
    </details>`;
  }
}
