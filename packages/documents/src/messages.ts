import type { DocumentType, MessageCatalog } from '@tessera/core';

export interface DocumentsMessages {
  filterLabel: string;
  allTypes: string;
  /** The filter's options: one type, plural. */
  typesPlural: Record<DocumentType, string>;
  /** One document's type, as read with it. */
  types: Record<DocumentType, string>;
  count: (shown: number, total: number | undefined) => string;
  listLabel: string;
  yearEmpty: (year: string) => string;
  new: string;
  period: (range: string) => string;
  closingBalance: (amount: string) => string;
  minimumDue: (amount: string) => string;
  showMore: string;
  loadingMore: string;
  moreFailed: string;
  opening: string;
  openedInTab: (name: string) => string;
  downloaded: (name: string) => string;
  openFailed: string;
  linkRefused: string;
  linkExpired: string;
  paperlessLabel: string;
  on: string;
  off: string;
  paperlessOn: string;
  paperlessOff: string;
  paperStarts: (date: string) => string;
  consentHeading: string;
  consentIntro: string;
  accept: string;
  notNow: string;
  saving: string;
  saved: string;
  paperlessFailed: string;
  emptyAccount: string;
  emptyAll: string;
  emptyType: string;
}

const en: DocumentsMessages = {
  filterLabel: 'Show',
  allTypes: 'All documents',
  typesPlural: {
    statement: 'Statements',
    notice: 'Notices',
    'payoff-letter': 'Payoff letters',
    'lien-release': 'Lien-release letters',
    tax: 'Tax and year-end documents',
  },
  types: {
    statement: 'Statement',
    notice: 'Notice',
    'payoff-letter': 'Payoff letter',
    'lien-release': 'Lien-release letter',
    tax: 'Tax document',
  },
  count: (shown, total) =>
    total !== undefined && total > shown ? `Showing ${shown} of ${total} documents` : shown === 1 ? '1 document' : `${shown} documents`,
  listLabel: 'Documents by year',
  yearEmpty: (year) => `No documents in ${year}.`,
  new: 'New',
  period: (range) => `Period ${range}`,
  closingBalance: (amount) => `Closing balance ${amount}`,
  minimumDue: (amount) => `Minimum due ${amount}`,
  showMore: 'Show more documents',
  loadingMore: 'Loading more documents…',
  moreFailed: 'We couldn’t load more documents.',
  opening: 'Opening the document…',
  openedInTab: (name) => `${name} opened in a new tab.`,
  downloaded: (name) => `${name} downloaded.`,
  openFailed: 'We couldn’t open this document.',
  linkRefused: 'This document can’t be opened safely. Please contact us for a copy.',
  linkExpired: 'The link to this document expired before it opened. Try again.',
  paperlessLabel: 'Paperless statements and notices',
  on: 'On',
  off: 'Off',
  paperlessOn: 'Statements, notices and letters for this account arrive here, not by mail.',
  paperlessOff: 'Statements, notices and letters for this account come by mail.',
  paperStarts: (date) => `Paper starts again with the statement of ${date}.`,
  consentHeading: 'Consent to electronic delivery',
  consentIntro: 'Read the whole consent before you go paperless.',
  accept: 'I agree: go paperless',
  notNow: 'Not now',
  saving: 'Saving…',
  saved: 'Saved.',
  paperlessFailed: 'We couldn’t change paperless delivery.',
  emptyAccount: 'There are no documents for this account yet.',
  emptyAll: 'There are no documents yet.',
  emptyType: 'There are no documents of this type.',
};

const es: DocumentsMessages = {
  filterLabel: 'Mostrar',
  allTypes: 'Todos los documentos',
  typesPlural: {
    statement: 'Estados de cuenta',
    notice: 'Avisos',
    'payoff-letter': 'Cartas de liquidación',
    'lien-release': 'Cartas de liberación del gravamen',
    tax: 'Documentos fiscales y de fin de año',
  },
  types: {
    statement: 'Estado de cuenta',
    notice: 'Aviso',
    'payoff-letter': 'Carta de liquidación',
    'lien-release': 'Liberación del gravamen',
    tax: 'Documento fiscal',
  },
  count: (shown, total) =>
    total !== undefined && total > shown ? `Se muestran ${shown} de ${total} documentos` : shown === 1 ? '1 documento' : `${shown} documentos`,
  listLabel: 'Documentos por año',
  yearEmpty: (year) => `No hay documentos de ${year}.`,
  new: 'Nuevo',
  period: (range) => `Período ${range}`,
  closingBalance: (amount) => `Saldo al cierre ${amount}`,
  minimumDue: (amount) => `Pago mínimo ${amount}`,
  showMore: 'Mostrar más documentos',
  loadingMore: 'Cargando más documentos…',
  moreFailed: 'No pudimos cargar más documentos.',
  opening: 'Abriendo el documento…',
  openedInTab: (name) => `${name} se abrió en una pestaña nueva.`,
  downloaded: (name) => `${name} se descargó.`,
  openFailed: 'No pudimos abrir este documento.',
  linkRefused: 'Este documento no se puede abrir de forma segura. Comuníquese con nosotros para pedir una copia.',
  linkExpired: 'El enlace a este documento venció antes de abrirse. Vuelva a intentarlo.',
  paperlessLabel: 'Estados de cuenta y avisos sin papel',
  on: 'Sí',
  off: 'No',
  paperlessOn: 'Los estados de cuenta, avisos y cartas de esta cuenta llegan aquí, no por correo postal.',
  paperlessOff: 'Los estados de cuenta, avisos y cartas de esta cuenta llegan por correo postal.',
  paperStarts: (date) => `El papel vuelve a partir del estado de cuenta del ${date}.`,
  consentHeading: 'Consentimiento de entrega electrónica',
  consentIntro: 'Lea todo el consentimiento antes de dejar el papel.',
  accept: 'Acepto: dejar el papel',
  notNow: 'Ahora no',
  saving: 'Guardando…',
  saved: 'Guardado.',
  paperlessFailed: 'No pudimos cambiar la entrega sin papel.',
  emptyAccount: 'Todavía no hay documentos de esta cuenta.',
  emptyAll: 'Todavía no hay documentos.',
  emptyType: 'No hay documentos de este tipo.',
};

export const messages: MessageCatalog<DocumentsMessages> = { en, es };
