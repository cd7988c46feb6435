import { ProviderError, type Card, type CardCapabilities, type CardLockPolicy, type SetCardLock } from '@tessera/core';
import { cardIn, lockPolicyIn, textIn, type StoredCard } from '../store/texts.js';
import { copy, invalid, isRecord, notFound, type LenderContext } from './context.js';

/** Cards whose automatic re-lock time has passed are locked again before anyone reads them. */
function applyDueRelocks({ store, now }: LenderContext): void {
  const time = now().getTime();
  for (const card of store.cards) {
    const { relockAt } = card.lock;
    if (!card.lock.locked && relockAt !== undefined && Date.parse(relockAt) <= time) {
      card.lock = { locked: true, changedAt: relockAt };
    }
  }
}

function requireCard(ctx: LenderContext, cardId: unknown): StoredCard {
  applyDueRelocks(ctx);
  const card = ctx.store.cards.find((c) => c.id === cardId);
  if (!card) throw notFound(ctx, 'card', cardId);
  return card;
}

export function listCards(ctx: LenderContext): Card[] {
  applyDueRelocks(ctx);
  return ctx.store.cards.map((card) => cardIn(card, ctx.locale));
}

export function getCard(ctx: LenderContext, cardId: string): Card {
  return cardIn(requireCard(ctx, cardId), ctx.locale);
}

export function setCardLock(ctx: LenderContext, cardId: string, change: SetCardLock): Card {
  const { say } = ctx;
  const card = requireCard(ctx, cardId);
  const fields: Record<string, unknown> = isRecord(change) ? change : {};
  if (typeof fields.locked !== 'boolean') {
    throw invalid(say.sayLocked, [{ field: 'locked', message: say.chooseLocked }]);
  }
  if (!card.lockable) {
    const message = card.notLockableReason !== undefined ? textIn(card.notLockableReason, ctx.locale) : say.notLockable;
    throw invalid(message, [{ field: 'locked', message }]);
  }
  const relock = fields.relockAfterMinutes;
  if (relock !== undefined) {
    const choices = ctx.store.capabilities.relockAfterMinutes ?? [];
    let message: string | undefined;
    if (fields.locked) message = say.relockOnlyUnlocking;
    else if (typeof relock !== 'number' || !choices.includes(relock))
      message = choices.length > 0 ? say.relockChoices(choices) : say.relockNotOffered;
    if (message) throw invalid(message, [{ field: 'relockAfterMinutes', message }]);
  }
  const now = ctx.now();
  card.lock = {
    locked: fields.locked,
    changedAt: now.toISOString(),
    ...(typeof relock === 'number' ? { relockAt: new Date(now.getTime() + relock * 60_000).toISOString() } : {}),
  };
  return cardIn(card, ctx.locale);
}

export function setDeclineAlerts(ctx: LenderContext, cardId: string, enabled: boolean): Card {
  const card = requireCard(ctx, cardId);
  const { say } = ctx;
  if (!ctx.store.capabilities.declineAlerts) throw new ProviderError('forbidden', say.declineAlertsNotOffered);
  if (typeof enabled !== 'boolean') {
    throw invalid(say.sayDeclineAlerts, [{ field: 'enabled', message: say.chooseOnOff }]);
  }
  card.declineAlerts = enabled;
  return cardIn(card, ctx.locale);
}

export function getLockPolicy({ store, locale }: LenderContext): CardLockPolicy {
  return lockPolicyIn(store.lockPolicy, locale);
}

export function getCapabilities({ store }: LenderContext): CardCapabilities {
  return copy(store.capabilities);
}
