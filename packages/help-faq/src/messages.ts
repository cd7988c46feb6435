import type { MessageCatalog } from '@tessera/core';

export interface HelpFaqMessages {
  searchLabel: string;
  /** Under the search box: what the search understands. */
  searchHint: string;
  topicsLabel: string;
  allTopics: string;
  /** The heading for entries whose topic the FAQ does not list. */
  otherTopic: string;
  resultsHeading: string;
  /** The count announced in the live region. */
  results: (count: number) => string;
  noResults: (query: string) => string;
  noResultsHint: string;
  clearSearch: string;
  searchAllTopics: string;
  empty: string;
  /** The button under the first questions that shows the rest. */
  showAll: (count: number) => string;
  helpful: string;
  yes: string;
  no: string;
  thanks: string;
  contactTitle: string;
  /** The button that shows the contact channels. */
  contactToggle: string;
  openNow: string;
  closedNow: string;
  hours: string;
  /** Hours of a channel open around the clock. */
  openAllDay: string;
  bestFor: string;
  secureMessage: string;
  /** After the empty-search hint, when contact channels are shown. */
  askUs: string;
  /** Offered, in this language, on the other language's page when its search finds little. */
  searchHere: string;
  /** The heading over this language's results on the other language's page. */
  resultsHere: string;
}

const en: HelpFaqMessages = {
  searchLabel: 'Search help',
  searchHint: 'For example “Auto Pay” or “lost card”.',
  topicsLabel: 'Topics',
  allTopics: 'All topics',
  otherTopic: 'More questions',
  resultsHeading: 'Search results',
  results: (count) => (count === 0 ? 'No matching questions' : count === 1 ? '1 matching question' : `${count} matching questions`),
  noResults: (query) => `No answers for “${query}”.`,
  noResultsHint: 'Check the spelling, or try fewer or different words.',
  clearSearch: 'Clear search',
  searchAllTopics: 'Search all topics',
  empty: 'There are no questions here yet.',
  showAll: (count) => `Show all ${count} questions`,
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for letting us know.',
  contactTitle: 'Still have questions?',
  contactToggle: 'Ways to contact us',
  openNow: 'Open now',
  closedNow: 'Closed now',
  hours: 'Hours',
  openAllDay: 'Open 24 hours',
  bestFor: 'Best for',
  secureMessage: 'Send a secure message',
  askUs: 'Or ask us below.',
  searchHere: 'Search in English',
  resultsHere: 'Results in English',
};

const es: HelpFaqMessages = {
  searchLabel: 'Buscar en la ayuda',
  searchHint: 'Por ejemplo “pago automático” o “tarjeta perdida”.',
  topicsLabel: 'Temas',
  allTopics: 'Todos los temas',
  otherTopic: 'Más preguntas',
  resultsHeading: 'Resultados de la búsqueda',
  results: (count) =>
    count === 0 ? 'Ninguna pregunta coincide' : count === 1 ? '1 pregunta coincide' : `${count} preguntas coinciden`,
  noResults: (query) => `No hay respuestas para “${query}”.`,
  noResultsHint: 'Revise la ortografía o pruebe con menos palabras o con otras.',
  clearSearch: 'Borrar búsqueda',
  searchAllTopics: 'Buscar en todos los temas',
  empty: 'Todavía no hay preguntas aquí.',
  showAll: (count) => `Mostrar las ${count} preguntas`,
  helpful: '¿Le resultó útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias por su opinión.',
  contactTitle: '¿Todavía tiene preguntas?',
  contactToggle: 'Formas de comunicarse con nosotros',
  openNow: 'Abierto ahora',
  closedNow: 'Cerrado ahora',
  hours: 'Horario',
  openAllDay: 'Abierto las 24 horas',
  bestFor: 'Ideal para',
  secureMessage: 'Enviar un mensaje seguro',
  askUs: 'O pregúntenos más abajo.',
  searchHere: 'Buscar en español',
  resultsHere: 'Resultados en español',
};

export const messages: MessageCatalog<HelpFaqMessages> = { en, es };
