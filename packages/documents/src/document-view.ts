import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateRange, formatMoney, providerText, renderHeading, type DocumentSummary, type HeadingLevel } from '@tessera/core';
import type { YearGroup } from './document-data.js';
import type { DocumentsMessages } from './messages.js';

export interface ListContext {
  m: DocumentsMessages;
  lang: string;
  headingLevel: HeadingLevel;
  isNew: (document: DocumentSummary) => boolean;
  busyId: string | undefined;
  onOpen: (document: DocumentSummary) => void;
}

/** The id of the open button of the `index`th document listed. */
export const documentButtonId = (index: number): string => `document-${index}`;

/** A statement's period, closing balance and minimum due, as one line. */
function details(m: DocumentsMessages, lang: string, d: DocumentSummary): string {
  return [
    d.period && `${m.period} ${formatDateRange(d.period.from, d.period.to, lang, 'medium')}`,
    d.closingBalance && `${m.closingBalance} ${formatMoney(d.closingBalance, lang)}`,
    d.minimumDue && `${m.minimumDue} ${formatMoney(d.minimumDue, lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One document: a button whose name reads the document's name, "new", its date and type
 * (and a statement's figures) as one item.
 */
function renderDocument(c: ListContext, d: DocumentSummary, index: number): TemplateResult {
  const { m, lang } = c;
  const facts = details(m, lang, d);
  return html`<li class="document" part="document"><button id=${documentButtonId(index)} data-document-id=${d.id} class="open" part="open" type="button" aria-busy=${c.busyId === d.id ? 'true' : 'false'} @click=${() => c.onOpen(d)}><span class="name" part="name">${providerText(d.name)}</span>${c.isNew(d)
    ? html`<span class="badge" part="new"> ${m.new}</span>`
    : nothing} <span class="meta muted"><span class="date">${formatDate(d.date, lang)}</span> · ${m.types[d.type]}</span>${facts ? html` <span class="facts muted" part="facts">${facts}</span>` : nothing}</button></li>`;
}

/** Years newest first, each with its heading; a year between two others with nothing says so. */
export function renderYears(c: ListContext, groups: YearGroup[]): TemplateResult {
  let index = 0;
  return html`${groups.map(
    ({ year, documents }) => html`<section class="year" part="year" aria-labelledby="year-${year}">${renderHeading(c.headingLevel, year, { id: `year-${year}`, className: 'heading', part: 'year-heading' })}${documents.length
      ? html`<ul class="documents" part="documents">${documents.map((d) => renderDocument(c, d, index++))}</ul>`
      : html`<p class="muted" part="year-empty">${c.m.yearEmpty(year)}</p>`}</section>`,
  )}`;
}
