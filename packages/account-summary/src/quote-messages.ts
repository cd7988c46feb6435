import type { MessageCatalog } from '@tessera/core';

/** The payoff-quote form's words: loaded with the form, when the customer first opens it. */
export interface QuoteMessages {
  goodThrough: string;
  goodThroughHint: (from: string, to: string) => string;
  dateOutside: (from: string, to: string) => string;
  getQuote: string;
  quoting: string;
  payoffAmount: (date: string) => string;
  principal: string;
  interest: string;
  fees: string;
  perDiem: (amount: string) => string;
  payQuote: string;
  payoffLetter: string;
  quoteFailed: string;
}

const en: QuoteMessages = {
  goodThrough: 'Pay off by',
  goodThroughHint: (from, to) => `Choose a date from ${from} to ${to}.`,
  dateOutside: (from, to) => `Choose a date from ${from} to ${to}.`,
  getQuote: 'Get payoff amount',
  quoting: 'Getting your payoff amount…',
  payoffAmount: (date) => `Payoff amount good through ${date}`,
  principal: 'Principal',
  interest: 'Interest to that date',
  fees: 'Fees',
  perDiem: (amount) => `Each day after that adds ${amount} of interest.`,
  payQuote: 'Pay this amount',
  payoffLetter: 'Open payoff letter',
  quoteFailed: 'We couldn’t get your payoff amount.',
};

const es: QuoteMessages = {
  goodThrough: 'Liquidar a más tardar el',
  goodThroughHint: (from, to) => `Elija una fecha del ${from} al ${to}.`,
  dateOutside: (from, to) => `Elija una fecha del ${from} al ${to}.`,
  getQuote: 'Calcular monto de liquidación',
  quoting: 'Calculando su monto de liquidación…',
  payoffAmount: (date) => `Monto de liquidación válido hasta el ${date}`,
  principal: 'Capital',
  interest: 'Intereses hasta esa fecha',
  fees: 'Cargos',
  perDiem: (amount) => `Cada día después de esa fecha suma ${amount} de intereses.`,
  payQuote: 'Pagar este monto',
  payoffLetter: 'Abrir carta de liquidación',
  quoteFailed: 'No pudimos calcular su monto de liquidación.',
};

export const quoteMessages: MessageCatalog<QuoteMessages> = { en, es };
