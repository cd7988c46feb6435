import type { CreditScore, IsoDate } from '@tessera/core';
import { addMonths, lastRefreshDay } from './calendar.js';

/** Twelve monthly scores, oldest first; the last one is the current score. */
const HISTORY = [702, 698, 705, 711, 709, 716, 720, 718, 725, 729, 731, 742] as const;

export function seedCreditScore(today: IsoDate): CreditScore {
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
      { key: 'poor', label: 'Poor', min: 300, max: 579 },
      { key: 'fair', label: 'Fair', min: 580, max: 669 },
      { key: 'good', label: 'Good', min: 670, max: 739 },
      { key: 'very-good', label: 'Very good', min: 740, max: 799 },
      { key: 'exceptional', label: 'Exceptional', min: 800, max: 850 },
    ],
    previous: { ...previous },
    history,
    factors: [
      { impact: 'helping', text: 'You have made every payment on time for the last 7 years.' },
      { impact: 'helping', text: 'Your credit card balances are low compared with your credit limits.' },
      { impact: 'helping', text: 'You have a healthy mix of credit cards and installment loans.' },
      { impact: 'hurting', text: 'You applied for credit 2 times in the last 12 months.' },
      { impact: 'hurting', text: 'Your newest account was opened less than a year ago.' },
    ],
  };
}
