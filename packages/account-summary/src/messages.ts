import type { MessageCatalog } from '@tessera/core';

export interface AccountSummaryMessages {
  listLabel: string;
  currentBalance: string;
  statementBalance: string;
  closedOn: (date: string) => string;
  minimumDue: string;
  amountDue: string;
  dueDate: string;
  daysLeft: (days: number) => string;
  dueToday: string;
  pastDue: (amount: string, days: number) => string;
  nothingDue: string;
  creditLimit: string;
  availableCredit: string;
  creditBalance: (amount: string) => string;
  overLimit: (amount: string) => string;
  utilization: string;
  utilizationWords: (percent: string, used: string, limit: string) => string;
  lastPayment: string;
  lastPaymentValue: (amount: string, date: string) => string;
  paymentStatus: Record<'pending' | 'posted', string>;
  scheduled: string;
  scheduledValue: (amount: string, date: string) => string;
  noneScheduled: string;
  autoPay: string;
  on: string;
  off: string;
  principalBalance: string;
  interestRate: string;
  rate: (percent: string) => string;
  paymentsMade: string;
  paymentsCount: (made: number, total: number) => string;
  maturityDate: string;
  progress: string;
  progressWords: (made: number, total: number, percent: string) => string;
  paidOffOn: (date: string) => string;
  paidOff: string;
  makePayment: string;
  setUpAutoPay: string;
  trackTitle: string;
  payoffQuote: string;
  emptyTitle: string;
  emptyBody: string;
}

const en: AccountSummaryMessages = {
  listLabel: 'Your accounts',
  currentBalance: 'Current balance',
  statementBalance: 'Statement balance',
  closedOn: (date) => `closed ${date}`,
  minimumDue: 'Minimum payment due',
  amountDue: 'Amount due',
  dueDate: 'Due date',
  daysLeft: (days) => (days === 1 ? '1 day left' : `${days} days left`),
  dueToday: 'Due today',
  pastDue: (amount, days) => `Past due: ${amount}, ${days === 1 ? '1 day' : `${days} days`} late`,
  nothingDue: 'Nothing due',
  creditLimit: 'Credit limit',
  availableCredit: 'Available credit',
  creditBalance: (amount) => `Credit balance: we owe you ${amount}`,
  overLimit: (amount) => `Over your credit limit by ${amount}`,
  utilization: 'Credit used',
  utilizationWords: (percent, used, limit) => `${percent} of your credit used: ${used} of ${limit}`,
  lastPayment: 'Last payment',
  lastPaymentValue: (amount, date) => `${amount} on ${date}`,
  paymentStatus: { pending: 'Pending', posted: 'Posted' },
  scheduled: 'Scheduled payments',
  scheduledValue: (amount, date) => `${amount} on ${date}`,
  noneScheduled: 'None',
  autoPay: 'Auto Pay',
  on: 'On',
  off: 'Off',
  principalBalance: 'Principal balance',
  interestRate: 'Interest rate',
  rate: (percent) => `${percent} APR`,
  paymentsMade: 'Payments made',
  paymentsCount: (made, total) => `${made} of ${total}`,
  maturityDate: 'Last payment due',
  progress: 'Progress toward payoff',
  progressWords: (made, total, percent) => `${made} of ${total} payments made, ${percent} of the way to payoff`,
  paidOffOn: (date) => `Paid off on ${date}`,
  paidOff: 'Paid off',
  makePayment: 'Make a payment',
  setUpAutoPay: 'Set up Auto Pay',
  trackTitle: 'Track my title',
  payoffQuote: 'Payoff quote',
  emptyTitle: 'No accounts yet',
  emptyBody: 'When you open a card or a vehicle loan with us, its balance and due date show here.',
};

const es: AccountSummaryMessages = {
  listLabel: 'Sus cuentas',
  currentBalance: 'Saldo actual',
  statementBalance: 'Saldo del estado de cuenta',
  closedOn: (date) => `cerrado el ${date}`,
  minimumDue: 'Pago mínimo',
  amountDue: 'Monto a pagar',
  dueDate: 'Fecha de vencimiento',
  daysLeft: (days) => (days === 1 ? 'queda 1 día' : `quedan ${days} días`),
  dueToday: 'Vence hoy',
  pastDue: (amount, days) => `Pago atrasado: ${amount}, ${days === 1 ? '1 día' : `${days} días`} de atraso`,
  nothingDue: 'Nada por pagar',
  creditLimit: 'Límite de crédito',
  availableCredit: 'Crédito disponible',
  creditBalance: (amount) => `Saldo a favor: le debemos ${amount}`,
  overLimit: (amount) => `Excede su límite de crédito por ${amount}`,
  utilization: 'Crédito utilizado',
  utilizationWords: (percent, used, limit) => `${percent} de su crédito utilizado: ${used} de ${limit}`,
  lastPayment: 'Último pago',
  lastPaymentValue: (amount, date) => `${amount} el ${date}`,
  paymentStatus: { pending: 'Pendiente', posted: 'Acreditado' },
  scheduled: 'Pagos programados',
  scheduledValue: (amount, date) => `${amount} el ${date}`,
  noneScheduled: 'Ninguno',
  autoPay: 'Pago automático',
  on: 'Activado',
  off: 'Desactivado',
  principalBalance: 'Saldo de capital',
  interestRate: 'Tasa de interés',
  rate: (percent) => `${percent} de tasa anual`,
  paymentsMade: 'Pagos hechos',
  paymentsCount: (made, total) => `${made} de ${total}`,
  maturityDate: 'Vence el último pago',
  progress: 'Avance hacia la liquidación',
  progressWords: (made, total, percent) => `${made} de ${total} pagos hechos, ${percent} del camino hacia la liquidación`,
  paidOffOn: (date) => `Liquidado el ${date}`,
  paidOff: 'Liquidado',
  makePayment: 'Hacer un pago',
  setUpAutoPay: 'Activar el pago automático',
  trackTitle: 'Seguir mi título',
  payoffQuote: 'Monto de liquidación',
  emptyTitle: 'Todavía no tiene cuentas',
  emptyBody: 'Cuando abra una tarjeta o un préstamo de vehículo con nosotros, su saldo y su fecha de vencimiento aparecerán aquí.',
};

export const messages: MessageCatalog<AccountSummaryMessages> = { en, es };
