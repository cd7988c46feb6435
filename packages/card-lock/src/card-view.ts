import { html, nothing, type TemplateResult } from 'lit';
import {
  formatInstant,
  isolate,
  maskLast4,
  maskedText,
  providerText,
  renderSwitch,
  type Card,
  type CardLockPolicy,
  type DescribedError,
} from '@tessera/core';
import type { Row } from './card-rows.js';
import type { CardLockMessages } from './messages.js';

/** What a card's view needs from the element: words, language, choices and handlers. */
export interface CardViewContext {
  m: CardLockMessages;
  /** The language tag for `Intl` dates and durations. */
  langTag: string;
  /** Core's "Try again". */
  retryLabel: string;
  describe(error: unknown): DescribedError;
  /** The lender's re-lock choices, in minutes (none: no choice offered). */
  relockChoices: number[];
  /** The re-lock minutes the card's choice shows, or 0 for none. */
  relockChoice(row: Row): number;
  /** Whether the lender offers declined-attempt alerts. */
  alerts: boolean;
  toggle(row: Row): void;
  unlock(row: Row): void;
  cancelUnlock(row: Row): void;
  toggleAlerts(row: Row): void;
  retry(row: Row): void;
  chooseRelock(row: Row, minutes: number): void;
}

/** The card's name as one plain string, for announcements: provider text and digits isolated. */
export function cardNameText(m: CardLockMessages, card: Card): string {
  return [m.networks[card.network], card.nickname && isolate(card.nickname), maskedText(card.last4)].filter(Boolean).join(' ');
}

/**
 * The card's name on screen, which also names every control of the card. Each space sits
 * in a text node with a word, or right before an element: Chromium leaves a space-only text
 * node out of accessible names when a template marker follows it, and the switch was read
 * "VisaEveryday card••••1942". So the masked number is written out here (core's
 * `maskedNumber()` markup) rather than put in as a template of its own.
 */
export function renderCardName(m: CardLockMessages, card: Card): TemplateResult {
  const network = `${m.networks[card.network]} `;
  const last4 = maskLast4(card.last4);
  return card.nickname
    ? html`${network}${providerText(card.nickname)} <span class="masked" dir="ltr">${last4}</span>`
    : html`${network}<span class="masked" dir="ltr">${last4}</span>`;
}

// One formatter per language and unit, shared by every card and instance: building one
// costs far more than formatting with it.
const durationFormats = new Map<string, Intl.NumberFormat>();

/** `15 minutes`, `1 hour`, `1 day`, in the customer's language. */
function duration(minutes: number, langTag: string): string {
  const [unit, size] = minutes % 1440 === 0 ? ['day', 1440] : minutes % 60 === 0 ? ['hour', 60] : ['minute', 1];
  const key = `${langTag}|${unit}`;
  let format = durationFormats.get(key);
  if (!format) durationFormats.set(key, (format = new Intl.NumberFormat(langTag, { style: 'unit', unit, unitDisplay: 'long' })));
  return format.format(minutes / size);
}

function stateText({ m, langTag }: CardViewContext, row: Row): string {
  const { lock } = row.card;
  if (row.lock.busy) return row.lock.shown ? m.locking : m.unlocking;
  if (lock.locked) return lock.changedAt ? m.lockedSince(formatInstant(lock.changedAt, langTag)) : m.locked;
  return lock.relockAt ? `${m.unlocked}. ${m.relocksAt(formatInstant(lock.relockAt, langTag))}` : m.unlocked;
}

/** One card: its name and, when it can be locked, its controls. `id` prefixes its ids. */
export function renderCard(ctx: CardViewContext, row: Row, id: string): TemplateResult {
  const { m } = ctx;
  const { card } = row;
  return html`<div class="card" part="card">
    <div class="info">
      <span class="name" part="card-name" id="${id}-name">${renderCardName(m, card)}</span>
      ${card.authorizedUser
        ? html`<span class="meta" part="card-meta">${m.authorizedUser} ${providerText(card.holderName)}</span>`
        : nothing}
    </div>
    ${card.lockable
      ? renderControls(ctx, row, id)
      : html`<p class="state" part="not-lockable">${m.notLockable} ${providerText(card.notLockableReason)}</p>`}
  </div>`;
}

/**
 * The card's controls. On a page with several cards each control repeats, so each is named
 * by its visible label and the card's name (`aria-labelledby`), never by the label alone.
 */
function renderControls(ctx: CardViewContext, row: Row, id: string): TemplateResult {
  const { m } = ctx;
  const locked = row.lock.shown;
  const named = (labelId: string): string => `${labelId} ${id}-name`;
  return html`<div class="controls" id="${id}-controls">
    ${renderSwitch({
      id: `${id}-switch`,
      part: 'lock-switch',
      label: m.lockCard,
      labelId: `${id}-label`,
      labelledBy: named(`${id}-label`),
      describedBy: `${id}-state`,
      checked: locked,
      busy: row.lock.busy,
      onToggle: () => ctx.toggle(row),
    })}
    <span class="state" part="state" id="${id}-state">${stateText(ctx, row)}</span>
    ${locked && ctx.relockChoices.length
      ? html`<label class="relock" part="relock">
          <span id="${id}-relock-label">${m.relockLabel}</span>
          <select
            id="${id}-relock"
            aria-labelledby=${named(`${id}-relock-label`)}
            @change=${(e: Event) => ctx.chooseRelock(row, Number((e.target as HTMLSelectElement).value))}
          >
            <option value="0">${m.relockNever}</option>
            ${ctx.relockChoices.map(
              (minutes) =>
                html`<option value=${minutes} ?selected=${ctx.relockChoice(row) === minutes}>
                  ${m.relockAfter(duration(minutes, ctx.langTag))}
                </option>`,
            )}
          </select>
        </label>`
      : nothing}
    ${row.confirming && locked
      ? html`<div class="confirm" part="confirm" role="group" aria-labelledby=${named(`${id}-confirm-title`)} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && ctx.cancelUnlock(row)}>
          <p><strong id="${id}-confirm-title">${m.confirmTitle}</strong> ${m.confirmText}</p>
          <div class="actions">
            <button id="${id}-confirm" aria-labelledby=${named(`${id}-confirm`)} class="button primary" part="confirm-button" type="button" @click=${() => ctx.unlock(row)}>
              ${m.confirmUnlock}
            </button>
            <button id="${id}-keep" aria-labelledby=${named(`${id}-keep`)} class="button" part="cancel-button" type="button" @click=${() => ctx.cancelUnlock(row)}>
              ${m.keepLocked}
            </button>
          </div>
        </div>`
      : nothing}
    ${ctx.alerts
      ? renderSwitch({
          id: `${id}-alerts`,
          part: 'alerts-switch',
          small: true,
          label: m.declineAlerts,
          labelId: `${id}-alerts-label`,
          labelledBy: named(`${id}-alerts-label`),
          checked: row.alerts.shown,
          busy: row.alerts.busy,
          onToggle: () => ctx.toggleAlerts(row),
        })
      : nothing}
    ${row.error ? renderRowError(ctx, row, id) : nothing}
  </div>`;
}

/** Core's error block, with the retry named by its card as well. */
function renderRowError(ctx: CardViewContext, row: Row, id: string): TemplateResult {
  const described = ctx.describe(row.error);
  return html`<div class="status-error" part="error" role="alert" data-code=${described.code}>
    <p>${described.message}</p>
    ${described.retryable
      ? html`<div>
          <button id="${id}-retry" aria-labelledby="${id}-retry ${id}-name" class="button" part="retry" type="button" @click=${() => ctx.retry(row)}>
            ${ctx.retryLabel}
          </button>
        </div>`
      : nothing}
  </div>`;
}

export function renderPolicy(m: CardLockMessages, policy: CardLockPolicy | null): TemplateResult {
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

/**
 * The ready layout of one unlocked card, block for block and with the same classes: the
 * name, the lock switch, the state line, the alerts switch and the policy summary. Fixed
 * labels are held unseen, so their placeholders wrap as the labels do in every language.
 */
export function renderSkeleton(m: CardLockMessages, loading: string): TemplateResult {
  const placeholderSwitch = (label: string, classes = 'switch'): TemplateResult =>
    html`<span class=${classes}><span class="track skeleton"></span><span class="skeleton"><span class="ghost">${label}</span></span></span>`;
  return html`<div part="skeleton">
    <span class="visually-hidden">${loading}</span>
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
