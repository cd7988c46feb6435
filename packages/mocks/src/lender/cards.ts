import { ProviderError, type Card, type CardCapabilities, type CardLockPolicy, type SetCardLock } from '@tessera/core';
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

function requireCard(ctx: LenderContext, cardId: unknown): Card {
  applyDueRelocks(ctx);
  const card = ctx.store.cards.find((c) => c.id === cardId);
  if (!card) throw notFound('card', cardId);
  return card;
}

export function listCards(ctx: LenderContext): Card[] {
  applyDueRelocks(ctx);
  return copy(ctx.store.cards);
}

export function getCard(ctx: LenderContext, cardId: string): Card {
  return copy(requireCard(ctx, cardId));
}

export function setCardLock(ctx: LenderContext, cardId: string, change: SetCardLock): Card {
  const card = requireCard(ctx, cardId);
  const fields: Record<string, unknown> = isRecord(change) ? change : {};
  if (typeof fields.locked !== 'boolean') {
    throw invalid('Say whether the card should be locked.', [{ field: 'locked', message: 'Choose locked or unlocked.' }]);
  }
  if (!card.lockable) {
    const message = card.notLockableReason ?? 'This card can’t be locked or unlocked.';
    throw invalid(message, [{ field: 'locked', message }]);
  }
  const relock = fields.relockAfterMinutes;
  if (relock !== undefined) {
    const choices = ctx.store.capabilities.relockAfterMinutes ?? [];
    let message: string | undefined;
    if (fields.locked) message = 'Automatic re-lock only applies when unlocking a card.';
    else if (typeof relock !== 'number' || !choices.includes(relock))
      message = choices.length > 0 ? `Choose one of: ${choices.join(', ')} minutes.` : 'Automatic re-lock is not offered.';
    if (message) throw invalid(message, [{ field: 'relockAfterMinutes', message }]);
  }
  const now = ctx.now();
  card.lock = {
    locked: fields.locked,
    changedAt: now.toISOString(),
    ...(typeof relock === 'number' ? { relockAt: new Date(now.getTime() + relock * 60_000).toISOString() } : {}),
  };
  return copy(card);
}

export function setDeclineAlerts(ctx: LenderContext, cardId: string, enabled: boolean): Card {
  const card = requireCard(ctx, cardId);
  if (!ctx.store.capabilities.declineAlerts) throw new ProviderError('forbidden', 'Decline alerts are not offered.');
  if (typeof enabled !== 'boolean') {
    throw invalid('Say whether decline alerts should be on.', [{ field: 'enabled', message: 'Choose on or off.' }]);
  }
  card.declineAlerts = enabled;
  return copy(card);
}

export function getLockPolicy({ store }: LenderContext): CardLockPolicy {
  return copy(store.lockPolicy);
}

export function getCapabilities({ store }: LenderContext): CardCapabilities {
  return copy(store.capabilities);
}
