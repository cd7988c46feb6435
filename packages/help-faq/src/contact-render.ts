import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading, type ContactChannel, type HeadingLevel } from '@tessera/core';
import { formatHours, isAllDay, isOpenAt, telHref, timeZoneName } from './contact.js';
import type { HelpFaqMessages } from './messages.js';
import { safeHref } from './rich-text.js';

/** The channels to show, and how many were left out because their data broke a rule. */
export interface Channels {
  channels: ContactChannel[];
  leftOut: number;
}

export interface ContactOptions {
  m: HelpFaqMessages;
  /** The core notice for items left out. */
  leftOut: (count: number) => unknown;
  langTag: string;
  now: Date;
  /** The level of each channel's heading: one below the section's. */
  level: HeadingLevel;
  /** Whether the customer opened the channels. */
  open: boolean;
  onToggle: () => void;
}

/**
 * While the channels load: the toggle's place, its label held unseen so the placeholder
 * wraps as the label does.
 */
export function renderContactSkeleton(m: HelpFaqMessages): TemplateResult {
  return html`<div class="disclosure skeleton" part="skeleton" aria-hidden="true"><span class="ghost">${m.contactToggle}</span></div>`;
}

/**
 * "Ways to contact us": a disclosure button (WAI-ARIA disclosure pattern) over the list
 * of channels. Closed at first, so the section's size is known before the channels
 * arrive; the customer opens it.
 */
export function renderChannels({ channels, leftOut }: Channels, options: ContactOptions): TemplateResult {
  // Every channel left out: only the notice saying so.
  if (!channels.length) return html`${options.leftOut(leftOut)}`;
  const { open } = options;
  return html`<button type="button" class="disclosure" part="contact-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="tf-channels" @click=${options.onToggle}><span>${options.m.contactToggle}</span></button>
<div class="channel-region" id="tf-channels" ?hidden=${!open}><ul class="channels">${channels.map((channel) => renderChannel(channel, options))}</ul>${options.leftOut(leftOut)}</div>`;
}

function renderChannel(channel: ContactChannel, { m, langTag, now, level }: ContactOptions): TemplateResult {
  const lines = typeof channel.value === 'string' ? [channel.value] : channel.value;
  const first = lines[0] ?? '';
  const secure = channel.kind === 'secure-message' && safeHref(first, ['https:']);
  const reach =
    channel.kind === 'phone'
      ? html`<a part="channel-link" href=${telHref(first)}>${first}</a>`
      : secure
        ? html`<a part="channel-link" href=${secure}>${m.secureMessage}</a>`
        : channel.kind === 'mail'
          ? html`<address>${lines.map((line) => html`<span>${line}</span>`)}</address>`
          : nothing;
  let zone = '';
  let open: boolean | undefined;
  try {
    if (channel.hours?.length && channel.timeZone) {
      const name = timeZoneName(channel.timeZone, langTag, now);
      zone = name ? ` ${name}` : '';
      open = isOpenAt(channel.hours, channel.timeZone, now);
    }
  } catch {
    // An unknown time zone: show the hours without a status rather than fail.
  }
  return html`<li class="channel" part="channel" data-kind=${channel.kind}>${renderHeading(level, channel.label, { className: 'subheading' })}${reach}
${open === undefined ? nothing : html`<p part="channel-status" data-open=${String(open)}>${open ? m.openNow : m.closedNow}</p>`}
${channel.hours?.length ? html`<p class="hours"><span class="label">${m.hours}</span>${channel.hours.map((h) => html` <span>${formatHours(h, langTag, m.openAllDay) + (isAllDay(h) ? '' : zone)}</span>`)}</p>` : nothing}
${channel.bestFor.length ? html`<p class="label">${m.bestFor}</p><ul class="best-for">${channel.bestFor.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}</li>`;
}
