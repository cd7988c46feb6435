import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney, providerText, renderHeading, type Dispute, type DisputeList, type HeadingLevel } from '@tessera/core';
import type { DisputeMessages } from './messages.js';

const https = (url: string | undefined): string | undefined => {
  try {
    return url && new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
};

function renderCase(d: Dispute, m: DisputeMessages, lang: string, level: HeadingLevel): TemplateResult {
  return html`<li class="case" part="case">${renderHeading(level, html`${providerText(d.merchant)} <span class="amount">${formatMoney(d.amount, lang)}</span>`, { className: 'heading' })}<p class="muted">${m.caseLabel(d.caseNumber)} · ${m.reasons[d.reason]}</p><p class="state" part="state">${m.status[d.status]}</p><ol class="steps" part="steps">${d.steps.map(
    (s) => html`<li part="step"><span>${m.status[s.status]}${s.amount ? html` <span class="amount">${formatMoney(s.amount, lang)}</span>` : nothing}</span> <span class="muted date">${formatDate(s.date, lang)}</span></li>`,
  )}</ol>${d.attachments?.length ? html`<p class="muted">${d.attachments.map((a) => providerText(a))}</p>` : nothing}</li>`;
}

/** The customer's disputes with their steps, and how to escalate (links only when `https:`). */
export function renderTracking(list: DisputeList, m: DisputeMessages, lang: string, level: HeadingLevel): TemplateResult {
  const complaint = https(list.terms.complaintUrl);
  const regulator = https(list.terms.regulatorUrl);
  return html`${renderHeading(level, m.track, { className: 'heading' })}${list.disputes.length
    ? html`<ul class="cases" part="cases">${list.disputes.map((d) => renderCase(d, m, lang, Math.min(6, level + 1) as HeadingLevel))}</ul>`
    : html`<p class="empty" part="empty">${m.empty}</p>`}${complaint || regulator
    ? html`<div class="escalate" part="escalate"><p>${m.escalate}</p><p class="actions">${complaint ? html`<a href=${complaint} target="_blank" rel="noopener noreferrer">${m.complaint}</a>` : nothing}${regulator ? html`<a href=${regulator} target="_blank" rel="noopener noreferrer">${m.regulator}</a>` : nothing}</p></div>`
    : nothing}`;
}
