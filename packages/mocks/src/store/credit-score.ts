import type { IsoDate } from '@tessera/core';
import { addMonths, lastRefreshDay } from './calendar.js';
import { both, type StoredCreditScore } from './texts.js';

/** Twelve monthly scores, oldest first; the last one is the current score. */
const HISTORY = [702, 698, 705, 711, 709, 716, 720, 718, 725, 729, 731, 742] as const;

/** The score with its history; band labels and key factors in both languages. */
export function seedCreditScore(today: IsoDate): StoredCreditScore {
  const asOf = lastRefreshDay(today);
  const history = HISTORY.map((score, i) => ({ date: addMonths(asOf, i - (HISTORY.length - 1)), score }));
  const current = history[history.length - 1]!;
  const previous = history[history.length - 2]!;
  return {
    score: current.score,
    model: 'fico-8',
    bureau: 'TransUnion',
    asOf,
    range: { min: 300, max: 850 },
    bands: [
      { key: 'poor', label: both('Poor', 'Deficiente'), min: 300, max: 579 },
      { key: 'fair', label: both('Fair', 'Regular'), min: 580, max: 669 },
      { key: 'good', label: both('Good', 'Bueno'), min: 670, max: 739 },
      { key: 'very-good', label: both('Very good', 'Muy bueno'), min: 740, max: 799 },
      { key: 'exceptional', label: both('Exceptional', 'Excepcional'), min: 800, max: 850 },
    ],
    previous: { ...previous },
    history,
    factors: [
      { impact: 'helping', text: both('You have made every payment on time for the last 7 years.', 'Ha pagado todo a tiempo durante los últimos 7 años.') },
      { impact: 'helping', text: both('Your credit card balances are low compared with your credit limits.', 'Sus saldos de tarjetas son bajos frente a sus límites de crédito.') },
      { impact: 'helping', text: both('You have a healthy mix of credit cards and installment loans.', 'Tiene una buena combinación de tarjetas y préstamos a plazos.') },
      { impact: 'hurting', text: both('You applied for credit 2 times in the last 12 months.', 'Solicitó crédito 2 veces en los últimos 12 meses.') },
      { impact: 'hurting', text: both('Your newest account was opened less than a year ago.', 'Su cuenta más reciente tiene menos de un año.') },
    ],
  };
}
