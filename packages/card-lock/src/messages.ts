import type { CardNetwork, MessageCatalog } from '@tessera/core';

export interface CardLockMessages {
  /** The switch's visible label. */
  lockCard: string;
  lockedSince: (when: string) => string;
  locked: string;
  unlocked: string;
  relocksAt: (when: string) => string;
  locking: string;
  unlocking: string;
  notLockable: string;
  /** Before the authorized user's name. */
  authorizedUser: string;
  networks: Record<CardNetwork, string>;
  confirmTitle: string;
  confirmText: string;
  confirmUnlock: string;
  keepLocked: string;
  relockLabel: string;
  relockNever: string;
  relockAfter: (duration: string) => string;
  declineAlerts: string;
  policySummary: string;
  allowedHeading: string;
  blockedHeading: string;
  defaultAllowed: string[];
  defaultBlocked: string[];
  empty: string;
  listLabel: string;
  /** Read by screen readers once the lender has confirmed a change. */
  didLock: (card: string) => string;
  didUnlock: (card: string) => string;
}

const en: CardLockMessages = {
  lockCard: 'Lock card',
  lockedSince: (when) => `Locked since ${when}`,
  locked: 'Locked',
  unlocked: 'Unlocked',
  relocksAt: (when) => `Locks again on ${when}`,
  locking: 'Locking…',
  unlocking: 'Unlocking…',
  notLockable: 'This card can’t be locked.',
  authorizedUser: 'Authorized user:',
  networks: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
  confirmTitle: 'Unlock this card?',
  confirmText: 'New purchases, cash advances and balance transfers will be approved again.',
  confirmUnlock: 'Unlock',
  keepLocked: 'Keep locked',
  relockLabel: 'Lock again automatically',
  relockNever: 'Don’t lock again',
  relockAfter: (duration) => `After ${duration}`,
  declineAlerts: 'Tell me about declined attempts',
  policySummary: 'What still goes through while a card is locked',
  allowedHeading: 'Still goes through',
  blockedHeading: 'Blocked',
  defaultAllowed: [
    'Recurring payments and subscriptions you set up before locking',
    'Refunds and returns',
    'Payments to your account',
    'Interest, fees and other account charges',
  ],
  defaultBlocked: ['New purchases, in stores, online and by phone', 'Cash advances and ATM withdrawals', 'Balance transfers'],
  empty: 'You have no cards that can be locked.',
  listLabel: 'Your cards',
  didLock: (card) => `${card} is locked.`,
  didUnlock: (card) => `${card} is unlocked.`,
};

const es: CardLockMessages = {
  lockCard: 'Bloquear tarjeta',
  lockedSince: (when) => `Bloqueada desde el ${when}`,
  locked: 'Bloqueada',
  unlocked: 'Desbloqueada',
  relocksAt: (when) => `Se vuelve a bloquear el ${when}`,
  locking: 'Bloqueando…',
  unlocking: 'Desbloqueando…',
  notLockable: 'Esta tarjeta no se puede bloquear.',
  authorizedUser: 'Usuario autorizado:',
  networks: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
  confirmTitle: '¿Desbloquear esta tarjeta?',
  confirmText: 'Se volverán a aprobar las compras nuevas, los adelantos de efectivo y las transferencias de saldo.',
  confirmUnlock: 'Desbloquear',
  keepLocked: 'Mantener bloqueada',
  relockLabel: 'Volver a bloquear automáticamente',
  relockNever: 'No volver a bloquear',
  relockAfter: (duration) => `Después de ${duration}`,
  declineAlerts: 'Avisarme de los intentos rechazados',
  policySummary: 'Qué sigue funcionando con una tarjeta bloqueada',
  allowedHeading: 'Sigue funcionando',
  blockedHeading: 'Se bloquea',
  defaultAllowed: [
    'Pagos recurrentes y suscripciones que configuró antes de bloquearla',
    'Reembolsos y devoluciones',
    'Pagos a su cuenta',
    'Intereses, comisiones y otros cargos de la cuenta',
  ],
  defaultBlocked: [
    'Compras nuevas, en tiendas, en línea y por teléfono',
    'Adelantos de efectivo y retiros en cajeros automáticos',
    'Transferencias de saldo',
  ],
  empty: 'No tiene tarjetas que se puedan bloquear.',
  listLabel: 'Sus tarjetas',
  didLock: (card) => `La tarjeta ${card} está bloqueada.`,
  didUnlock: (card) => `La tarjeta ${card} está desbloqueada.`,
};

export const messages: MessageCatalog<CardLockMessages> = { en, es };
