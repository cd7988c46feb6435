import { html, type TemplateResult } from 'lit';
import type { AlertsMessages } from './messages.js';

// The skeleton draws the ready layout with its own classes, text as bars (transparent
// generated text on a raised background, out of reach of assistive technology): where
// alerts go, and the list box (a fixed height, so any number of alerts takes the same room).

const bar = (text: string): TemplateResult => html`<span class="text" data-text=${text}></span>`;

export function renderSkeleton(m: AlertsMessages, loading: string): TemplateResult {
  return html`<div class="loading base" part="skeleton"><span class="visually-hidden" role="status">${loading}</span><div class="contacts" aria-hidden="true"><p class="heading">${bar(m.contacts)}</p><p>${bar(`${m.channels.email}: j••••••@example.com`)}</p><p>${bar(`${m.mobile}: ••••0000`)}</p><div><span class="button">${bar(m.changeMobile)}</span></div></div><p class="visually-hidden"></p><div class="list" aria-hidden="true"><p class="heading">${bar(m.kinds['payment-due'])}</p></div></div>`;
}
