import type { Card, CardCapabilities, CardLockPolicy } from '@tessera/core';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const optional = (value: unknown, type: string): boolean => value === undefined || typeof value === type;

export function isCard(value: unknown): value is Card {
  if (!isObject(value) || !isObject(value.lock)) return false;
  const { lock } = value;
  return (
    typeof value.id === 'string' &&
    typeof value.network === 'string' &&
    typeof value.last4 === 'string' &&
    typeof value.holderName === 'string' &&
    typeof value.authorizedUser === 'boolean' &&
    typeof value.lockable === 'boolean' &&
    optional(value.nickname, 'string') &&
    optional(value.notLockableReason, 'string') &&
    optional(value.declineAlerts, 'boolean') &&
    typeof lock.locked === 'boolean' &&
    optional(lock.changedAt, 'string') &&
    optional(lock.relockAt, 'string')
  );
}

export const isCardList = (value: unknown): value is Card[] => Array.isArray(value) && value.every(isCard);

export const isLockPolicy = (value: unknown): value is CardLockPolicy =>
  isObject(value) && isStringList(value.allowedWhileLocked) && isStringList(value.blockedWhileLocked);

export const isCapabilities = (value: unknown): value is CardCapabilities =>
  isObject(value) &&
  typeof value.declineAlerts === 'boolean' &&
  (value.relockAfterMinutes === undefined ||
    (Array.isArray(value.relockAfterMinutes) &&
      value.relockAfterMinutes.every((m) => typeof m === 'number' && Number.isInteger(m) && m > 0)));
