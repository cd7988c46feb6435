import type { Alert, AlertChannel, AlertKind } from '@tessera/core';
import type { AlertGroup } from './messages.js';

/** Every alert kind in the order shown, with its group. */
const KINDS: ReadonlyArray<readonly [AlertKind, AlertGroup]> = [
  ['payment-due', 'payments'],
  ['payment-received', 'payments'],
  ['payment-returned', 'payments'],
  ['autopay-upcoming', 'payments'],
  ['statement-ready', 'payments'],
  ['balance-above', 'balance'],
  ['credit-below', 'balance'],
  ['purchase-above', 'card'],
  ['declined', 'card'],
  ['card-lock', 'card'],
  ['title-update', 'title'],
];

export const CHANNELS: readonly AlertChannel[] = ['email', 'text', 'push'];

/** An account's alerts by group, in the order of {@link KINDS}; groups without alerts left out. */
export function byGroup(alerts: readonly Alert[]): Array<[AlertGroup, Alert[]]> {
  const groups = new Map<AlertGroup, Alert[]>();
  for (const [kind, group] of KINDS) {
    for (const a of alerts) if (a.kind === kind) groups.set(group, [...(groups.get(group) ?? []), a]);
  }
  return [...groups];
}
