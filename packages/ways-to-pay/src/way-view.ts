import { html, nothing, type TemplateResult } from 'lit';
import { providerText, renderHeading, type HeadingLevel, type PostalAddress, type WayToPay, type WaysToPayAccount } from '@tessera/core';
import type { OnlineWayKind } from './events.js';
import { costLabel, formatHours, httpsHref, telHref } from './format.js';
import type { WaysToPayMessages } from './messages.js';

export interface WayContext {
  m: WaysToPayMessages;
  langTag: string;
  now: Date;
  /** Each way's heading level: one below the widget's. */
  level: HeadingLevel;
  account?: WaysToPayAccount;
  /** The account number line (with its reveal), for ways that need it. */
  accountNumber: (wayId: string, account: WaysToPayAccount) => TemplateResult;
  onToggle: (way: WayToPay, open: boolean) => void;
  onChoose: (way: WayToPay & { kind: OnlineWayKind }) => void;
}

export const isOnline = (way: WayToPay): way is WayToPay & { kind: OnlineWayKind } =>
  way.kind === 'online' || way.kind === 'autopay' || way.kind === 'text';

/** A postal address block: one line each, read as an address. */
const address = (lines: PostalAddress, extraPart = ''): TemplateResult =>
  html`<address part=${`address${extraPart}`}>${lines.map((line) => html`<span class="line">${providerText(line)}</span>`)}</address>`;

/** A name and the words beside it: the summary of a row, and the whole of a compact one. */
function nameAndCost(way: WayToPay, m: WaysToPayMessages, langTag: string): TemplateResult {
  return html`<span class="name">${providerText(way.name)}</span><span class="cost" part="cost">${costLabel(way.cost, m, langTag)}</span>`;
}

/** `compact`: names and fees only. */
export function renderCompactWay(way: WayToPay, m: WaysToPayMessages, langTag: string): TemplateResult {
  return html`<li class="way compact" part="way" data-kind=${way.kind}>${nameAndCost(way, m, langTag)}</li>`;
}

/** One way: a heading with the button that expands it (accordion), and its details. */
export function renderWay(way: WayToPay, index: number, open: boolean, context: WayContext): TemplateResult {
  const { m, langTag, level } = context;
  const panelId = `way-panel-${index}`;
  const buttonId = `way-button-${index}`;
  return html`<li class="way" part="way" data-kind=${way.kind}>${renderHeading(
      level,
      html`<button
        type="button"
        class="summary"
        part="summary"
        id=${buttonId}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => context.onToggle(way, !open)}
      >${nameAndCost(way, m, langTag)}</button>`,
      { className: 'way-heading' },
    )}<div class="panel" part="panel" id=${panelId} role="region" aria-labelledby=${buttonId} ?hidden=${!open}>${renderDetails(way, context)}</div></li>`;
}

function renderDetails(way: WayToPay, context: WayContext): TemplateResult {
  const { m, langTag, account } = context;
  const cost = costLabel(way.cost, m, langTag);
  const chargedBy = way.cost.type === 'free' ? undefined : way.cost.chargedBy;
  const link = httpsHref(way.url);
  const showsNumber = account && way.needs.includes('account-number') && (way.kind === 'bill-pay' || way.kind === 'mail');
  return html`<dl class="facts" part="facts"><div><dt>${m.cost}</dt><dd>${chargedBy ? html`${m.chargedBy(cost)} ${providerText(chargedBy)}` : cost}</dd></div><div><dt>${m.posting}</dt><dd>${providerText(way.posting)}</dd></div>${way.needs.length
        ? html`<div><dt>${m.needs}</dt><dd><ul class="needs">${way.needs.map((need) => html`<li>${m.need[need]}</li>`)}</ul></dd></div>`
        : nothing}</dl>${(way.notes ?? []).map((note) => html`<p class="note">${providerText(note)}</p>`)}
    ${way.payee
      ? html`<div class="detail" part="payee"><span class="label">${m.payee}</span> ${providerText(way.payee.name)}
          ${way.payee.address ? html`<span class="label">${m.payeeAddress}</span>${address(way.payee.address)}` : nothing}</div>`
      : nothing}
    ${way.paymentAddress
      ? html`<div class="detail"><span class="label">${m.paymentAddress}</span>${address(way.paymentAddress)}<p>${m.writeOnCheck}</p></div>`
      : nothing}
    ${showsNumber ? context.accountNumber(way.id, account) : nothing}
    ${way.correspondenceAddress
      ? html`<div class="detail correspondence"><span class="label">${m.correspondence}</span>${address(way.correspondenceAddress, ' correspondence')}</div>`
      : nothing}
    ${way.phone
      ? html`<div class="detail"><span class="label">${m.call}</span><a part="phone" href=${telHref(way.phone.number)} dir="ltr">${way.phone.number}</a>${way.phone.hours?.length
            ? html`<span class="label">${m.hours}</span><ul class="hours">${way.phone.hours.map((h) => html`<li>${formatHours(h, way.phone?.timeZone, langTag, m.openAllDay, context.now)}</li>`)}</ul>`
            : nothing}</div>`
      : nothing}
    ${link
      ? html`<p><a part="link" href=${link} target="_blank" rel="noopener noreferrer"
            >${m.link[way.kind === 'debit-card' || way.kind === 'cash' ? way.kind : 'other']}<span class="visually-hidden"> ${m.newTab}</span></a
          ></p>`
      : nothing}
    ${isOnline(way)
      ? html`<div><button type="button" class="button primary" part="action" @click=${() => context.onChoose(way)}>${m.actions[way.kind]}</button></div>`
      : nothing}`;
}
