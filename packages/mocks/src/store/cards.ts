import { addDays, formatDate, type CardCapabilities, type IsoDate } from '@tessera/core';
import { AUTHORIZED_USER_NAME, CUSTOMER_NAME, MOCK_IDS } from './ids.js';
import { both, type StoredCard, type StoredLockPolicy } from './texts.js';

/** The cards; nicknames are the customer's own words, the lender's reasons are in both languages. */
export function seedCards(today: IsoDate): StoredCard[] {
  const reportedLost = addDays(today, -18);
  const on = (locale: 'en-US' | 'es-US') => formatDate(reportedLost, locale, 'long');
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
      notLockableReason: both(
        `This card was reported lost on ${on('en-US')} and replaced by the card ending in 1942. It can no longer be used.`,
        `Esta tarjeta se reportó como perdida el ${on('es-US')} y se reemplazó por la tarjeta que termina en 1942. Ya no se puede usar.`,
      ),
      lock: { locked: true, changedAt: `${reportedLost}T02:37:00Z` },
      declineAlerts: false,
    },
  ];
}

export function seedLockPolicy(): StoredLockPolicy {
  return {
    allowedWhileLocked: [
      both('Recurring bills and subscriptions you set up before locking', 'Facturas recurrentes y suscripciones que configuró antes de bloquear la tarjeta'),
      both('Payments and credits to your account', 'Pagos y créditos a su cuenta'),
      both('Refunds from merchants', 'Reembolsos de los comercios'),
      both('Purchases that were approved before you locked the card', 'Compras que se aprobaron antes de que bloqueara la tarjeta'),
    ],
    blockedWhileLocked: [
      both('New purchases in stores, online and by phone', 'Compras nuevas en tiendas, en línea y por teléfono'),
      both('Cash advances and ATM withdrawals', 'Adelantos de efectivo y retiros en cajeros automáticos'),
      both('Balance transfers', 'Transferencias de saldo'),
      both('Adding the card to a new digital wallet', 'Agregar la tarjeta a una nueva billetera digital'),
    ],
  };
}

export function seedCapabilities(): CardCapabilities {
  return { relockAfterMinutes: [15, 60, 1440], declineAlerts: true };
}
