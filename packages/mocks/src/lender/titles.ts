import type { TitleCase } from '@tessera/core';
import { titleIn } from '../store/texts.js';
import { invalid, notFound, type LenderContext } from './context.js';

export function listTitles({ store, locale }: LenderContext): TitleCase[] {
  return store.titles.map((title) => titleIn(title, locale));
}

export function setTitleEmailUpdates(ctx: LenderContext, titleId: string, enabled: boolean): TitleCase {
  const { store, say } = ctx;
  const title = store.titles.find((t) => t.id === titleId);
  if (!title) throw notFound(ctx, 'title', titleId);
  if (typeof enabled !== 'boolean') {
    throw invalid(say.sayEmailUpdates, [{ field: 'enabled', message: say.chooseOnOff }]);
  }
  title.emailUpdates.enabled = enabled;
  return titleIn(title, ctx.locale);
}
