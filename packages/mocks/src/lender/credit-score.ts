import { ProviderError, type CreditScore } from '@tessera/core';
import { creditScoreIn } from '../store/texts.js';
import type { LenderContext } from './context.js';

export function getCreditScore({ store, locale, say }: LenderContext): CreditScore {
  if (!store.creditScore) throw new ProviderError('not-found', say.noCreditScore);
  return creditScoreIn(store.creditScore, locale);
}
