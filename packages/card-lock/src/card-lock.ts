import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  TesseraElement,
  arrayOf,
  assertShape,
  formatInstant,
  isAbortError,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  maskLast4,
  requireSlice,
  themeStyles,
  toProviderError,
  type Card,
  type CardCapabilities,
  type CardLockPolicy,
  type CardsApi,
  type Guard,
  type SetCardLock,
  type TesseraProvider,
} from '@tessera/core';
import { styles } from './card-lock.styles.js';
import { messages, type CardLockMessages } from './messages.js';
import { VERSION } from './version.js';
import './events.js';

interface LockData {
  /** The cards shown, in the provider's order; their live state is in `rows`. */
  ids: string[];
  policy: CardLockPolicy | null;
  capabilities: CardCapabilities | null;
}

/** One card as the customer sees it. */
interface Row {
  /** The lender's last answer: the truth. */
  card: Card;
  /** The customer's latest intent, while lock requests are under way. */
  wanted?: boolean;
  busy: boolean;
  alertsBusy: boolean;
  confirming: boolean;
  /** Minutes chosen for the automatic re-lock; 0 for never, unset for the host's default. */
  relock?: number;
  error?: unknown;
  retry?: () => void;
  /** Where focus goes after a retry: the control that failed. */
  retryFocus?: Focusable;
}

type Focusable = 'switch' | 'alerts' | 'confirm';

/**
 * Lets a customer lock a card instantly to stop new transactions, and unlock it when it
 * turns up. With `card-id` it shows that card; without, every lockable card the provider
 * lists, with one switch each.
 *
 * @summary Lock and unlock a card instantly.
 *
 * @fires tessera-card-lock-change - `{ cardId, locked, at }` after the lender confirms a lock or unlock the customer asked for. Never for loads, refreshes or property changes.
 * @fires tessera-card-lock-error - `{ cardId, code }` when a customer's lock, unlock or alerts change fails (`code` is a `ProviderErrorCode`).
 *
 * @csspart list - The list of cards (without `card-id`).
 * @csspart card - One card: its details and controls.
 * @csspart card-name - The card's network, nickname and last four digits.
 * @csspart card-meta - The authorized user line.
 * @csspart switch - The lock switch (`role="switch"`).
 * @csspart track - The switch's track.
 * @csspart thumb - The switch's thumb.
 * @csspart label - The switch's visible label, "Lock card".
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
 * @csspart skeleton - The loading placeholder.
 * @csspart error - An error message.
 * @csspart retry - The error's Try again button.
 *
 * @cssprop [--tessera-card-lock-locked-color=var(--tessera-color-accent)] - The switch's track when locked.
 * @cssprop [--tessera-card-lock-switch-width=3rem] - The switch's width; the height follows.
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
  static override styles = [themeStyles, styles];

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

  private readonly loader = new Task(this, {
    args: () => [this.activeProvider, this.cardId] as const,
    task: async (args, { signal }): Promise<LockData> => {
      const [provider, cardId] = args;
      const cards = requireSlice(provider, 'cards');
      const options = { signal: this.linkSignal(signal) };
      const extras = this.loadExtras(cards);
      const list = cardId
        ? [assertShape(await cards.getCard(cardId, options), isCard, 'card')]
        : assertShape(await cards.listCards(options), arrayOf(isCard), 'card list').filter((card) => card.lockable);
      const [policy, capabilities] = await extras;
      signal.throwIfAborted();
      this.keepRows(list, args);
      return { ids: list.map((card) => card.id), policy, capabilities };
    },
  });

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
      const row = this.rows.get(card.id) ?? { card, busy: false, alertsBusy: false, confirming: false };
      // An answer still on its way is newer than this read.
      if (!row.busy) row.card = card;
      rows.set(card.id, row);
    }
    this.rows = rows;
  }

  private get m(): CardLockMessages {
    return this.messagesFrom(messages);
  }

  /** What the switch shows: the customer's latest intent, else the lender's answer. */
  private shown(row: Row): boolean {
    return row.wanted ?? row.card.lock.locked;
  }

  private toggle(row: Row, index: number): void {
    if (row.confirming) {
      row.confirming = false;
      this.requestUpdate();
    } else if (this.shown(row) && this.confirmUnlock) {
      row.confirming = true;
      this.requestUpdate();
      void this.focusPart(index, 'confirm');
    } else {
      this.want(row, !this.shown(row));
    }
  }

  private cancelUnlock(row: Row, index: number): void {
    row.confirming = false;
    this.requestUpdate();
    void this.focusPart(index, 'switch');
  }

  /** Records the customer's intent; one request at a time, and the last intent wins. */
  private want(row: Row, locked: boolean): void {
    row.wanted = locked;
    row.confirming = false;
    row.error = undefined;
    this.requestUpdate();
    if (!row.busy) void this.sendLock(row);
  }

  private async sendLock(row: Row): Promise<void> {
    const cards = this.activeProvider?.cards;
    if (!cards) return;
    row.busy = true;
    try {
      while (row.wanted !== undefined && row.wanted !== row.card.lock.locked) {
        const target = row.wanted;
        const change: SetCardLock = { locked: target };
        const relock = this.relockChoice(row);
        if (!target && relock) change.relockAfterMinutes = relock;
        try {
          const before = row.card.lock.locked;
          const answer = await cards.setCardLock(row.card.id, change, { signal: this.connectionSignal });
          const card = assertShape(answer, isCard, 'card');
          if (!this.isLive()) return;
          row.card = card;
          if (row.wanted === target) row.wanted = undefined;
          if (card.lock.locked !== before) {
            this.emit('tessera-card-lock-change', {
              cardId: card.id,
              locked: card.lock.locked,
              at: card.lock.changedAt ?? new Date().toISOString(),
            });
            const name = this.cardName(card);
            this.announcement = card.lock.locked ? this.m.didLock(name) : this.m.didUnlock(name);
          }
        } catch (error) {
          if (!isAbortError(error) && this.isLive()) this.fail(row, error, 'switch', () => this.want(row, target));
          return;
        }
      }
    } finally {
      row.busy = false;
      row.wanted = undefined;
      this.requestUpdate();
    }
  }

  private async toggleAlerts(row: Row): Promise<void> {
    const cards = this.activeProvider?.cards;
    if (row.alertsBusy || !cards?.setDeclineAlerts) return;
    row.alertsBusy = true;
    row.error = undefined;
    this.requestUpdate();
    try {
      const answer = await cards.setDeclineAlerts(row.card.id, !row.card.declineAlerts, { signal: this.connectionSignal });
      const card = assertShape(answer, isCard, 'card');
      if (this.isLive()) row.card = { ...row.card, declineAlerts: card.declineAlerts ?? false };
    } catch (error) {
      if (!isAbortError(error) && this.isLive()) this.fail(row, error, 'alerts', () => void this.toggleAlerts(row));
    } finally {
      row.alertsBusy = false;
      this.requestUpdate();
    }
  }

  private fail(row: Row, error: unknown, control: Focusable, retry: () => void): void {
    row.error = error;
    row.retry = retry;
    row.retryFocus = control;
    this.emit('tessera-card-lock-error', { cardId: row.card.id, code: toProviderError(error).code });
  }

  private retry(row: Row, index: number): void {
    row.retry?.();
    void this.focusPart(index, row.retryFocus ?? 'switch');
  }

  private relockChoices(): number[] {
    return this.loader.value?.capabilities?.relockAfterMinutes ?? [];
  }

  /** The re-lock minutes to send with an unlock, or 0 for none. */
  private relockChoice(row: Row): number {
    const choice = row.relock ?? this.relockAfter ?? 0;
    return this.relockChoices().includes(choice) ? choice : 0;
  }

  private async focusPart(index: number, what: Focusable): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#c${index}-${what}`)?.focus();
  }

  private cardName(card: Card): string {
    return [this.m.networks[card.network], card.nickname, maskLast4(card.last4)].filter(Boolean).join(' ');
  }

  /** `15 minutes`, `1 hour`, `1 day`, in the customer's language. */
  private duration(minutes: number): string {
    const [unit, size] = minutes % 1440 === 0 ? ['day', 1440] : minutes % 60 === 0 ? ['hour', 60] : ['minute', 1];
    return new Intl.NumberFormat(this.langTag, { style: 'unit', unit, unitDisplay: 'long' }).format(minutes / size);
  }

  private stateText(row: Row): string {
    const { m } = this;
    const { lock } = row.card;
    if (row.busy) return this.shown(row) ? m.locking : m.unlocking;
    if (lock.locked) return lock.changedAt ? m.lockedSince(formatInstant(lock.changedAt, this.langTag)) : m.locked;
    return lock.relockAt ? `${m.unlocked}. ${m.relocksAt(formatInstant(lock.relockAt, this.langTag))}` : m.unlocked;
  }

  protected override render(): unknown {
    return html`${this.renderTask(this.loader, {
        loading: () => this.renderSkeleton(),
        ready: (data) => this.renderCards(data),
        isEmpty: (data) => data.ids.length === 0,
        empty: () => html`<p class="empty" part="empty">${this.m.empty}</p>`,
      })}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
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
    const cards = rows.map((row, index) => this.renderCard(row, index, data));
    return html`${this.cardId
      ? cards
      : html`<ul class="list" part="list" aria-label=${this.m.listLabel}>
          ${cards.map((card) => html`<li>${card}</li>`)}
        </ul>`}
    ${rows.some((row) => row.card.lockable) ? this.renderPolicy(data.policy) : nothing}`;
  }

  private renderCard(row: Row, index: number, data: LockData): TemplateResult {
    const { card } = row;
    const id = `c${index}`;
    return html`<div class="card" part="card">
      <div class="info">
        <span class="name" part="card-name" id="${id}-name">${this.cardName(card)}</span>
        ${card.authorizedUser
          ? html`<span class="meta" part="card-meta">${this.m.authorizedUser(card.holderName)}</span>`
          : nothing}
      </div>
      ${card.lockable ? this.renderControls(row, index, data) : html`<p class="state" part="not-lockable">
            ${this.m.notLockable} ${card.notLockableReason ?? ''}
          </p>`}
    </div>`;
  }

  private renderControls(row: Row, index: number, data: LockData): TemplateResult {
    const { m } = this;
    const id = `c${index}`;
    const locked = this.shown(row);
    const choices = this.relockChoices();
    const alerts = data.capabilities?.declineAlerts && this.activeProvider?.cards?.setDeclineAlerts;
    return html`<div class="controls">
      <button
        id="${id}-switch"
        class="switch"
        part="switch"
        type="button"
        role="switch"
        aria-checked=${locked ? 'true' : 'false'}
        aria-busy=${row.busy ? 'true' : 'false'}
        aria-labelledby="${id}-label ${id}-name"
        aria-describedby="${id}-state"
        @click=${() => this.toggle(row, index)}
      >
        <span class="track" part="track"><span class="thumb" part="thumb"></span></span>
        <span id="${id}-label" part="label">${m.lockCard}</span>
      </button>
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
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelUnlock(row, index)}
          >
            <p><strong id="${id}-confirm-title">${m.confirmTitle}</strong> ${m.confirmText}</p>
            <div class="actions">
              <button id="${id}-confirm" class="button primary" part="confirm-button" type="button" @click=${() => this.want(row, false)}>
                ${m.confirmUnlock}
              </button>
              <button class="button" part="cancel-button" type="button" @click=${() => this.cancelUnlock(row, index)}>
                ${m.keepLocked}
              </button>
            </div>
          </div>`
        : nothing}
      ${alerts
        ? html`<button
            id="${id}-alerts"
            class="switch small"
            part="alerts-switch"
            type="button"
            role="switch"
            aria-checked=${row.card.declineAlerts ? 'true' : 'false'}
            aria-busy=${row.alertsBusy ? 'true' : 'false'}
            @click=${() => void this.toggleAlerts(row)}
          >
            <span class="track"><span class="thumb"></span></span>
            <span>${m.declineAlerts}</span>
          </button>`
        : nothing}
      ${row.error ? this.renderError(row.error, () => this.retry(row, index)) : nothing}
    </div>`;
  }

  private renderPolicy(policy: CardLockPolicy | null): TemplateResult {
    const { m } = this;
    const list = (heading: string, items: string[], name: string): TemplateResult => html`<div>
      <p class="heading" id="policy-${name}">${heading}</p>
      <ul aria-labelledby="policy-${name}">
        ${items.map((item) => html`<li>${item}</li>`)}
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
