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
  /** A statement's figures, each read before its value. */
  period: string;
  closingBalance: string;
  minimumDue: string;
  showMore: string;
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
    (total ?? 0) > shown ? `Showing ${shown} of ${total} documents` : `${shown} document${shown === 1 ? '' : 's'}`,
  listLabel: 'Documents by year',
  yearEmpty: (year) => `No documents in ${year}.`,
  new: 'New',
  period: 'Period',
  closingBalance: 'Closing balance',
  minimumDue: 'Minimum due',
  showMore: 'Show more',
  moreFailed: 'We couldn’t load more.',
  opening: 'Opening…',
  openedInTab: (name) => `${name} opened in a new tab.`,
  downloaded: (name) => `${name} downloaded.`,
  openFailed: 'We couldn’t open this document.',
  linkRefused: 'This document can’t be opened safely. Ask us for a copy.',
  linkExpired: 'The document’s link expired. Try again.',
  paperlessLabel: 'Paperless documents',
  on: 'On',
  off: 'Off',
  paperlessOn: 'Documents arrive here, not by mail.',
  paperlessOff: 'Documents come by mail.',
  paperStarts: (date) => `Paper resumes on ${date}.`,
  consentHeading: 'Electronic delivery consent',
  accept: 'I agree: go paperless',
  notNow: 'Not now',
  saving: 'Saving…',
  saved: 'Saved.',
  paperlessFailed: 'We couldn’t save the change.',
  emptyAccount: 'No documents for this account yet.',
  emptyAll: 'No documents yet.',
  emptyType: 'No documents of this type.',
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
    (total ?? 0) > shown ? `Se muestran ${shown} de ${total} documentos` : `${shown} documento${shown === 1 ? '' : 's'}`,
  listLabel: 'Documentos por año',
  yearEmpty: (year) => `No hay documentos de ${year}.`,
  new: 'Nuevo',
  period: 'Período',
  closingBalance: 'Saldo al cierre',
  minimumDue: 'Pago mínimo',
  showMore: 'Mostrar más',
  moreFailed: 'No pudimos cargar más.',
  opening: 'Abriendo…',
  openedInTab: (name) => `${name} se abrió en una pestaña nueva.`,
  downloaded: (name) => `${name} se descargó.`,
  openFailed: 'No pudimos abrir este documento.',
  linkRefused: 'Este documento no se puede abrir de forma segura. Pídanos una copia.',
  linkExpired: 'El enlace del documento venció. Vuelva a intentarlo.',
  paperlessLabel: 'Documentos sin papel',
  on: 'Sí',
  off: 'No',
  paperlessOn: 'Los documentos llegan aquí, no por correo.',
  paperlessOff: 'Los documentos llegan por correo.',
  paperStarts: (date) => `El papel vuelve el ${date}.`,
  consentHeading: 'Consentimiento de envío electrónico',
  accept: 'Acepto: dejar el papel',
  notNow: 'Ahora no',
  saving: 'Guardando…',
  saved: 'Guardado.',
  paperlessFailed: 'No pudimos guardar el cambio.',
  emptyAccount: 'Aún no hay documentos de esta cuenta.',
  emptyAll: 'Aún no hay documentos.',
  emptyType: 'No hay documentos de este tipo.',
};

export const messages: MessageCatalog<DocumentsMessages> = { en, es };
