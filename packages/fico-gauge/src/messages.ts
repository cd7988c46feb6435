import type { MessageCatalog } from '@tessera/core';

export interface FicoGaugeMessages {
  /** Band names for the known band keys. */
  bands: Record<string, string>;
  /** "FICO® Score 8 based on TransUnion® data". */
  basedOn: (model: string, bureau: string) => string;
  asOf: (date: string) => string;
  /** The change since the previous score, in words: its first line ("Up 12 points"). */
  changeBy: (delta: number) => string;
  /** Its second line: since when; `since` is a formatted date when known. */
  changeSince: (since?: string) => string;
  note: string;
  noScore: string;
  noScoreHint: string;
  history: string;
  /** The trend chart's text alternative. */
  historySummary: (count: number, firstScore: number, firstDate: string, lastScore: number, lastDate: string) => string;
  /** The history toggle while the chart is shown: what pressing it does. */
  showTable: string;
  /** The history toggle while the table is shown in place of the chart: what pressing it does. */
  showChart: string;
  date: string;
  score: string;
  factors: string;
  impact: { helping: string; hurting: string };
  invalid: string;
}

const points = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: FicoGaugeMessages = {
  bands: {
    poor: 'Poor',
    fair: 'Fair',
    good: 'Good',
    'very-good': 'Very Good',
    exceptional: 'Exceptional',
    excellent: 'Excellent',
  },
  basedOn: (model, bureau) => `${model} based on ${bureau} data`,
  asOf: (date) => `As of ${date}`,
  changeBy: (delta) => (delta === 0 ? 'No change' : `${delta > 0 ? 'Up' : 'Down'} ${points(Math.abs(delta), 'point', 'points')}`),
  changeSince: (since) => (since ? `since ${since}` : 'since your last score'),
  note: 'Checking your score won’t affect it.',
  noScore: 'There isn’t enough credit history to calculate a score yet.',
  noScoreHint: 'A score appears once your credit report shows enough activity.',
  history: 'Score history',
  historySummary: (count, a, aDate, b, bDate) => `${count} scores, from ${a} on ${aDate} to ${b} on ${bDate}`,
  showTable: 'View as table',
  showChart: 'View as chart',
  date: 'Date',
  score: 'Score',
  factors: 'What’s affecting your score',
  impact: { helping: 'Helping', hurting: 'Hurting' },
  invalid: 'This score can’t be shown: its score, model, bureau or date isn’t valid.',
};

const es: FicoGaugeMessages = {
  bands: {
    poor: 'Deficiente',
    fair: 'Regular',
    good: 'Bueno',
    'very-good': 'Muy bueno',
    exceptional: 'Excepcional',
    excellent: 'Excelente',
  },
  basedOn: (model, bureau) => `${model} según datos de ${bureau}`,
  asOf: (date) => `Al ${date}`,
  changeBy: (delta) =>
    delta === 0 ? 'Sin cambios' : `${delta > 0 ? 'Subió' : 'Bajó'} ${points(Math.abs(delta), 'punto', 'puntos')}`,
  changeSince: (since) => (since ? `desde el ${since}` : 'desde su último puntaje'),
  note: 'Consultar su puntaje no lo afecta.',
  noScore: 'Todavía no hay suficiente historial de crédito para calcular un puntaje.',
  noScoreHint: 'Verá un puntaje cuando su informe de crédito muestre suficiente actividad.',
  history: 'Historial del puntaje',
  historySummary: (count, a, aDate, b, bDate) => `${count} puntajes, de ${a} el ${aDate} a ${b} el ${bDate}`,
  showTable: 'Ver como tabla',
  showChart: 'Ver como gráfico',
  date: 'Fecha',
  score: 'Puntaje',
  factors: 'Qué afecta su puntaje',
  impact: { helping: 'A su favor', hurting: 'En su contra' },
  invalid: 'No se puede mostrar este puntaje: el puntaje, el modelo, la agencia o la fecha no son válidos.',
};

export const messages: MessageCatalog<FicoGaugeMessages> = { en, es };
