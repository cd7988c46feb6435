import { ProviderError, type CreditScore } from '@tessera/core';
import { copy, type LenderContext } from './context.js';

export function getCreditScore({ store }: LenderContext): CreditScore {
  if (!store.creditScore) throw new ProviderError('not-found', 'No credit score is on file.');
  return copy(store.creditScore);
}
