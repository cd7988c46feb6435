import type { TitleCase } from '@tessera/core';
import { copy, invalid, notFound, type LenderContext } from './context.js';

export function listTitles({ store }: LenderContext): TitleCase[] {
  return copy(store.titles);
}

export function setTitleEmailUpdates({ store }: LenderContext, titleId: string, enabled: boolean): TitleCase {
  const title = store.titles.find((t) => t.id === titleId);
  if (!title) throw notFound('title', titleId);
  if (typeof enabled !== 'boolean') {
    throw invalid('Say whether email updates should be on.', [{ field: 'enabled', message: 'Choose on or off.' }]);
  }
  title.emailUpdates.enabled = enabled;
  return copy(title);
}
