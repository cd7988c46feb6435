import { addDays, type Card, type CardCapabilities, type CardLockPolicy, type IsoDate } from '@tessera/core';
import { AUTHORIZED_USER_NAME, CUSTOMER_NAME, MOCK_IDS } from './ids.js';

export function seedCards(today: IsoDate): Card[] {
  const reportedLost = addDays(today, -18);
  return [
    {
      id: MOCK_IDS.card,
      accountId: MOCK_IDS.cardAccount,
      network: 'visa',
      nickname: 'Everyday card',
      last4: '1942',
      holderName: CUSTOMER_NAME,
      authorizedUser: false,
      lockable: true,
      lock: { locked: false, changedAt: `${addDays(today, -50)}T15:12:00Z` },
      declineAlerts: true,
    },
    {
      id: MOCK_IDS.authorizedUserCard,
      accountId: MOCK_IDS.cardAccount,
      network: 'visa',
      last4: '5067',
      holderName: AUTHORIZED_USER_NAME,
      authorizedUser: true,
      lockable: true,
      lock: { locked: false },
      declineAlerts: false,
    },
    {
      id: MOCK_IDS.replacedCard,
      accountId: MOCK_IDS.cardAccount,
      network: 'visa',
      last4: '8810',
      holderName: CUSTOMER_NAME,
      authorizedUser: false,
      lockable: false,
      notLockableReason: `This card was reported lost on ${reportedLost} and replaced by the card ending in 1942. It can no longer be used.`,
      lock: { locked: true, changedAt: `${reportedLost}T02:37:00Z` },
      declineAlerts: false,
    },
  ];
}

export function seedLockPolicy(): CardLockPolicy {
  return {
    allowedWhileLocked: [
      'Recurring bills and subscriptions you set up before locking',
      'Payments and credits to your account',
      'Refunds from merchants',
      'Purchases that were approved before you locked the card',
    ],
    blockedWhileLocked: [
      'New purchases in stores, online and by phone',
      'Cash advances and ATM withdrawals',
      'Balance transfers',
      'Adding the card to a new digital wallet',
    ],
  };
}

export function seedCapabilities(): CardCapabilities {
  return { relockAfterMinutes: [15, 60, 1440], declineAlerts: true };
}
