import { addDays, type DocumentSummary, type IsoDate, type IsoInstant, type PaperlessSettings } from '@tessera/core';
import { MOCK_IDS, usd } from './ids.js';
import { both, type StoredText } from './texts.js';

/** A document as stored: its name in both languages, and how the lender hands it out. */
export interface StoredDocument extends Omit<DocumentSummary, 'name'> {
  name: StoredText;
  /** `link`: a short-lived https: link; `file`: the file itself. */
  delivery: 'link' | 'file';
}

/** Paperless settings as stored: the consent text in both languages. */
export interface StoredPaperless extends Omit<PaperlessSettings, 'consent' | 'paperStartsOn'> {
  consent: { text: StoredText; version: string };
  /** The next statement date: paper starts again with it when paperless is turned off. */
  nextStatementOn: IsoDate;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): IsoDate => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** The statements closing at the end of each of the `count` months before `today`'s, newest first. */
function monthlyStatements(today: IsoDate, accountId: string, count: number, card: boolean, idPrefix: string): StoredDocument[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const documents: StoredDocument[] = [];
  for (let i = 1; i <= count; i++) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const to = lastDayOf(year, month);
    const name = card
      ? both(`${MONTHS_EN[month - 1]} ${year} statement`, `Estado de cuenta de ${MONTHS_ES[month - 1]} de ${year}`)
      : both(`${MONTHS_EN[month - 1]} ${year} loan statement`, `Estado del préstamo de ${MONTHS_ES[month - 1]} de ${year}`);
    documents.push({
      id: `${idPrefix}-${year}-${pad(month)}`,
      accountId,
      type: 'statement',
      name,
      date: addDays(to, 1),
      period: { from: `${year}-${pad(month)}-01`, to },
      closingBalance: usd(card ? 90_000 + ((i * 7_919) % 60_000) : 1_950_000 - i * 38_000),
      ...(card ? { minimumDue: usd(3_500) } : {}),
      viewed: i > 1,
      delivery: 'link',
    });
  }
  return documents;
}

/**
 * The customer's documents: three years of card statements with a change-in-terms notice
 * and year-end summaries, a year of statements for the active loan, and for the paid-off
 * loan its last statements, the payoff letter and the lien-release letter (neither opened
 * yet). Newest first per account.
 */
export function seedDocuments(today: IsoDate): StoredDocument[] {
  const year = Number(today.slice(0, 4));
  const payoff = addDays(today, -9);
  return [
    ...monthlyStatements(today, MOCK_IDS.cardAccount, 36, true, 'doc-card'),
    {
      id: 'doc-card-terms',
      accountId: MOCK_IDS.cardAccount,
      type: 'notice',
      name: both('Change in terms notice', 'Aviso de cambio de condiciones'),
      date: addDays(today, -40),
      viewed: true,
      delivery: 'file',
    },
    ...[1, 2].map((ago): StoredDocument => ({
      id: `doc-card-year-end-${year - ago}`,
      accountId: MOCK_IDS.cardAccount,
      type: 'tax',
      name: both(`${year - ago} year-end summary`, `Resumen de fin de año ${year - ago}`),
      date: `${year - ago + 1}-01-20`,
      viewed: true,
      delivery: 'file',
    })),
    ...monthlyStatements(today, MOCK_IDS.activeLoan, 12, false, 'doc-loan'),
    {
      id: 'doc-payoff-letter',
      accountId: MOCK_IDS.paidOffLoan,
      type: 'payoff-letter',
      name: both('Payoff letter – 2019 Toyota Camry', 'Carta de liquidación – Toyota Camry 2019'),
      date: addDays(payoff, 2),
      viewed: false,
      delivery: 'file',
    },
    {
      id: 'doc-lien-release',
      accountId: MOCK_IDS.paidOffLoan,
      type: 'lien-release',
      name: both('Lien release letter – 2019 Toyota Camry', 'Carta de liberación del gravamen – Toyota Camry 2019'),
      date: addDays(today, -1),
      viewed: false,
      delivery: 'file',
    },
    ...monthlyStatements(today, MOCK_IDS.paidOffLoan, 3, false, 'doc-camry'),
  ];
}

const CONSENT = both(
  'By turning on paperless, you agree to receive statements, notices and letters for this account electronically instead of by mail. We will e-mail you when a document is ready; each one stays here for seven years. You can turn paperless off at any time, and you can ask for a paper copy of any document free of charge by calling 555-0142. To view documents you need a device that opens PDF files.',
  'Al activar la opción sin papel, acepta recibir de forma electrónica, y no por correo postal, los estados de cuenta, avisos y cartas de esta cuenta. Le enviaremos un correo electrónico cuando haya un documento listo; cada uno queda aquí durante siete años. Puede desactivar esta opción en cualquier momento y pedir sin costo una copia en papel de cualquier documento llamando al 555-0142. Para ver los documentos necesita un dispositivo que abra archivos PDF.',
);

/** Paperless per account: on for the card (consented a year ago), off and never consented for the loans. */
export function seedPaperless(today: IsoDate, now: IsoInstant = `${addDays(today, -365)}T15:04:00Z`): Record<string, StoredPaperless> {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const nextStatementOn = addDays(lastDayOf(y, m), 1);
  const consent = { text: CONSENT, version: '2026-01' };
  return {
    [MOCK_IDS.cardAccount]: { accountId: MOCK_IDS.cardAccount, paperless: true, consent, consentedAt: now, nextStatementOn },
    [MOCK_IDS.activeLoan]: { accountId: MOCK_IDS.activeLoan, paperless: false, consent, nextStatementOn },
    [MOCK_IDS.paidOffLoan]: { accountId: MOCK_IDS.paidOffLoan, paperless: false, consent, nextStatementOn },
  };
}
