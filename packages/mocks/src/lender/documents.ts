import { ProviderError, type DocumentOpening, type DocumentPage, type DocumentQuery, type DocumentSummary, type PaperlessChange, type PaperlessSettings } from '@tessera/core';
import type { StoredDocument, StoredPaperless } from '../store/documents.js';
import { textIn } from '../store/texts.js';
import { pdfBase64 } from './pdf.js';
import { copy, invalid, isRecord, notFound, type LenderContext } from './context.js';

/** Where the short-lived links of the mock lender point (the msw handlers serve them). */
export const DOCUMENT_LINK_BASE = 'https://documents.example.com/d/';
/** How long a document link lasts. */
const LINK_MINUTES = 5;
const PAGE_SIZE = 12;
const MAX_PAGE = 50;

const say = {
  en: {
    noDocument: (id: string) => `No document with id "${id}"`,
    badCursor: 'This page of documents is no longer available: start from the first page.',
    badType: 'Choose a document type: statement, notice, payoff-letter, lien-release or tax.',
    sayPaperless: 'Say whether paperless should be on.',
    acceptConsent: 'Accept the electronic-delivery consent: its version and the time you accepted it are needed.',
  },
  es: {
    noDocument: (id: string) => `No hay ningún documento con el identificador "${id}"`,
    badCursor: 'Esta página de documentos ya no está disponible: empiece por la primera página.',
    badType: 'Elija un tipo de documento: statement, notice, payoff-letter, lien-release o tax.',
    sayPaperless: 'Indique si la opción sin papel debe estar activada.',
    acceptConsent: 'Acepte el consentimiento de entrega electrónica: se necesitan su versión y la hora en que lo aceptó.',
  },
};

const TYPES = ['statement', 'notice', 'payoff-letter', 'lien-release', 'tax'];

function summaryIn(document: StoredDocument, ctx: LenderContext): DocumentSummary {
  const summary: Partial<StoredDocument> = copy(document);
  delete summary.delivery;
  return { ...(summary as Omit<StoredDocument, 'delivery'>), name: textIn(document.name, ctx.locale) };
}

/** Newest first (by date, then id), one account's or all, one type or all, a page at a time. */
export function listDocuments(ctx: LenderContext, query: DocumentQuery = {}): DocumentPage {
  const q: DocumentQuery = isRecord(query) ? query : {};
  if (q.accountId !== undefined && !ctx.store.accounts.some((a) => a.id === q.accountId)) {
    throw notFound(ctx, 'account', q.accountId);
  }
  if (q.type !== undefined && !TYPES.includes(q.type)) throw invalid(say[ctx.locale].badType, [{ field: 'type', message: say[ctx.locale].badType }]);
  const matching = ctx.store.documents
    .filter((d) => (q.accountId === undefined || d.accountId === q.accountId) && (q.type === undefined || d.type === q.type))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
  const start = q.cursor === undefined ? 0 : Number(/^c(\d+)$/.exec(q.cursor)?.[1] ?? NaN);
  if (!Number.isSafeInteger(start) || start > matching.length) {
    throw invalid(say[ctx.locale].badCursor, [{ field: 'cursor', message: say[ctx.locale].badCursor }]);
  }
  const limit = Math.min(MAX_PAGE, Math.max(1, Number.isSafeInteger(q.limit) ? (q.limit as number) : PAGE_SIZE));
  const page = matching.slice(start, start + limit);
  const next = start + page.length;
  return {
    documents: page.map((d) => summaryIn(d, ctx)),
    ...(next < matching.length ? { nextCursor: `c${next}` } : {}),
    total: matching.length,
  };
}

/** The file's name: the document's name in the call's language, in letters, digits and dashes. */
function fileNameOf(document: StoredDocument, ctx: LenderContext): string {
  const base = textIn(document.name, ctx.locale)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'document'}-${document.date}.pdf`;
}

/** A short-lived link, or the file; either way the document is viewed from now on. */
export function openDocument(ctx: LenderContext, documentId: string): DocumentOpening {
  const document = ctx.store.documents.find((d) => d.id === documentId);
  if (!document) throw new ProviderError('not-found', say[ctx.locale].noDocument(String(documentId)));
  document.viewed = true;
  if (document.delivery === 'link') {
    const expiresAt = new Date(ctx.now().getTime() + LINK_MINUTES * 60_000).toISOString();
    const token = Math.random().toString(36).slice(2, 12);
    return { kind: 'link', url: `${DOCUMENT_LINK_BASE}${encodeURIComponent(document.id)}?token=${token}`, expiresAt };
  }
  return { kind: 'file', fileName: fileNameOf(document, ctx), mediaType: 'application/pdf', data: pdfBase64(textIn(document.name, 'en'), document.date) };
}

/** The PDF a document link serves, or `undefined` for an unknown id. */
export function documentFile(ctx: LenderContext, documentId: string): { fileName: string; data: string } | undefined {
  const document = ctx.store.documents.find((d) => d.id === documentId);
  return document && { fileName: fileNameOf(document, ctx), data: pdfBase64(textIn(document.name, 'en'), document.date) };
}

function settingsIn(stored: StoredPaperless, ctx: LenderContext): PaperlessSettings {
  const { nextStatementOn, consent, ...rest } = copy(stored);
  return {
    ...rest,
    consent: { text: textIn(consent.text, ctx.locale), version: consent.version },
    ...(stored.paperless ? {} : { paperStartsOn: nextStatementOn }),
  };
}

function paperlessOf(ctx: LenderContext, accountId: string): StoredPaperless {
  const stored = ctx.store.paperless[accountId];
  if (!stored) throw notFound(ctx, 'account', accountId);
  return stored;
}

export function getPaperless(ctx: LenderContext, accountId: string): PaperlessSettings {
  return settingsIn(paperlessOf(ctx, accountId), ctx);
}

/** Turning on needs the consent's current version and when it was accepted; turning off needs nothing. */
export function setPaperless(ctx: LenderContext, accountId: string, change: PaperlessChange): PaperlessSettings {
  const stored = paperlessOf(ctx, accountId);
  const words = say[ctx.locale];
  const c = isRecord(change) ? change : ({} as Partial<PaperlessChange>);
  if (typeof c.paperless !== 'boolean') throw invalid(words.sayPaperless, [{ field: 'paperless', message: words.sayPaperless }]);
  if (c.paperless && !stored.paperless) {
    const fresh = c.consentVersion === stored.consent.version && typeof c.acceptedAt === 'string' && !Number.isNaN(Date.parse(c.acceptedAt));
    if (!fresh && !(stored.consentedAt && c.consentVersion === undefined)) {
      throw invalid(words.acceptConsent, [{ field: 'consentVersion', message: words.acceptConsent }]);
    }
    if (fresh) stored.consentedAt = new Date(Date.parse(c.acceptedAt!)).toISOString();
  }
  stored.paperless = c.paperless;
  return settingsIn(stored, ctx);
}
