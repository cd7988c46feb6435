import { LatestIntent, assertShape, isCard, type Card, type CardsApi, type Locale, type SetCardLock } from '@tessera/core';

/** The control focus returns to after a retry: the one that failed. */
export type Focusable = 'switch' | 'alerts' | 'confirm';

/** One card as the customer sees it: the lender's last answer and the customer's intents. */
export interface Row {
  /** The lender's last answer: the truth. */
  card: Card;
  lock: LatestIntent;
  alerts: LatestIntent;
  confirming: boolean;
  /** Minutes chosen for the automatic re-lock; 0 for never, unset for the host's default. */
  relock?: number;
  error?: unknown;
  retry?: () => void;
  retryFocus?: Focusable;
}

/** What the rows need from the element. */
export interface RowHost {
  cards(): CardsApi;
  signal(): AbortSignal;
  /** The language the widget shows: the lender answers its text (reasons, policy) in it. */
  locale(): Locale;
  /** The re-lock minutes to send with an unlock, or 0 for none. */
  relockFor(row: Row): number;
  changed(): void;
  /** The lender confirmed a change of the lock. */
  lockChanged(row: Row): void;
  /** The lender confirmed a change of the declined-attempt alerts. */
  alertsChanged(row: Row): void;
  failed(row: Row, action: 'lock' | 'unlock' | 'alerts', error: unknown, focus: Focusable, retry: () => void): void;
}

const aborted = (): DOMException => new DOMException('The element was removed', 'AbortError');

/** A row whose switches send one request at a time, the customer's last intent winning. */
export function createRow(card: Card, host: RowHost): Row {
  const row: Row = {
    card,
    confirming: false,
    lock: new LatestIntent({
      confirmed: () => row.card.lock.locked,
      send: async (locked) => {
        const change: SetCardLock = { locked };
        const relock = host.relockFor(row);
        if (!locked && relock) change.relockAfterMinutes = relock;
        const before = row.card.lock.locked;
        const signal = host.signal();
        const options = { signal, locale: host.locale() };
        const answer = assertShape(await host.cards().setCardLock(row.card.id, change, options), isCard, 'card', 'cards.setCardLock');
        if (signal.aborted) throw aborted();
        row.card = answer;
        if (answer.lock.locked !== before) host.lockChanged(row);
      },
      failed: (error, locked) => host.failed(row, locked ? 'lock' : 'unlock', error, 'switch', () => row.lock.want(locked)),
      changed: () => host.changed(),
    }),
    alerts: new LatestIntent({
      confirmed: () => row.card.declineAlerts ?? false,
      send: async (enabled) => {
        const before = row.card.declineAlerts ?? false;
        const signal = host.signal();
        const setAlerts = host.cards().setDeclineAlerts!.bind(host.cards());
        const answer = assertShape(
          await setAlerts(row.card.id, enabled, { signal, locale: host.locale() }),
          isCard,
          'card',
          'cards.setDeclineAlerts',
        );
        if (signal.aborted) throw aborted();
        row.card = { ...row.card, declineAlerts: answer.declineAlerts ?? false };
        if (row.card.declineAlerts !== before) host.alertsChanged(row);
      },
      failed: (error, enabled) => host.failed(row, 'alerts', error, 'alerts', () => row.alerts.want(enabled)),
      changed: () => host.changed(),
    }),
  };
  return row;
}
