import type { AccountKind, MessageCatalog, WayToPayNeed } from '@tessera/core';
import type { OnlineWayKind } from './events.js';

export interface WaysToPayMessages {
  heading: string;
  filterLabel: string;
  filterAll: string;
  kinds: Record<AccountKind, string>;
  free: string;
  fee: (amount: string) => string;
  varies: string;
  /** Before the name of who charges the fee. */
  chargedBy: (cost: string) => string;
  cost: string;
  posting: string;
  needs: string;
  need: Record<WayToPayNeed, string>;
  actions: Record<OnlineWayKind, string>;
  paymentAddress: string;
  writeOnCheck: string;
  correspondence: string;
  payee: string;
  payeeAddress: string;
  accountNumber: string;
  show: string;
  hide: string;
  revealing: string;
  call: string;
  hours: string;
  openAllDay: string;
  link: Record<'debit-card' | 'cash' | 'other', string>;
  newTab: string;
  empty: string;
}

const en: WaysToPayMessages = {
  heading: 'Ways to pay',
  filterLabel: 'Show ways to pay for',
  filterAll: 'All accounts',
  kinds: { card: 'Credit cards', 'vehicle-loan': 'Vehicle loans' },
  free: 'Free',
  fee: (amount) => `${amount} fee`,
  varies: 'Fee varies',
  chargedBy: (cost) => `${cost}, charged by`,
  cost: 'Cost',
  posting: 'Posts',
  needs: 'Have on hand',
  need: {
    'account-number': 'Your account number',
    'bank-account': 'Your bank’s routing number and your account number there',
    'zip-code': 'Your ZIP code',
    coupon: 'Your payment coupon',
    'debit-card': 'Your debit card',
    'mobile-phone': 'The mobile phone that gets our texts',
  },
  actions: { online: 'Make a payment', autopay: 'Set up Auto Pay', text: 'Set up pay by text' },
  paymentAddress: 'Mail payments to',
  writeOnCheck: 'Write your account number on your check and include your payment coupon.',
  correspondence: 'Letters and disputes only, not payments',
  payee: 'Payee',
  payeeAddress: 'Payee address',
  accountNumber: 'Account number',
  show: 'Show full number',
  hide: 'Hide number',
  revealing: 'Getting your number…',
  call: 'Call',
  hours: 'Hours',
  openAllDay: 'Open 24 hours',
  link: { 'debit-card': 'Pay with a debit card', cash: 'Find a location', other: 'Go to the payment page' },
  newTab: '(opens in a new tab)',
  empty: 'There are no ways to pay to show for this account.',
};

const es: WaysToPayMessages = {
  heading: 'Formas de pagar',
  filterLabel: 'Mostrar formas de pagar para',
  filterAll: 'Todas las cuentas',
  kinds: { card: 'Tarjetas de crédito', 'vehicle-loan': 'Préstamos de vehículo' },
  free: 'Gratis',
  fee: (amount) => `Cargo de ${amount}`,
  varies: 'El cargo varía',
  chargedBy: (cost) => `${cost}, cobrado por`,
  cost: 'Costo',
  posting: 'Se acredita',
  needs: 'Tenga a mano',
  need: {
    'account-number': 'Su número de cuenta',
    'bank-account': 'El número de ruta de su banco y su número de cuenta allí',
    'zip-code': 'Su código postal',
    coupon: 'Su cupón de pago',
    'debit-card': 'Su tarjeta de débito',
    'mobile-phone': 'El celular en el que recibe nuestros mensajes',
  },
  actions: { online: 'Hacer un pago', autopay: 'Configurar el pago automático', text: 'Configurar el pago por mensaje de texto' },
  paymentAddress: 'Envíe sus pagos a',
  writeOnCheck: 'Escriba su número de cuenta en el cheque e incluya su cupón de pago.',
  correspondence: 'Solo cartas y disputas, no pagos',
  payee: 'Beneficiario',
  payeeAddress: 'Dirección del beneficiario',
  accountNumber: 'Número de cuenta',
  show: 'Mostrar el número completo',
  hide: 'Ocultar el número',
  revealing: 'Obteniendo su número…',
  call: 'Llame al',
  hours: 'Horario',
  openAllDay: 'Abierto las 24 horas',
  link: { 'debit-card': 'Pagar con tarjeta de débito', cash: 'Buscar un lugar de pago', other: 'Ir a la página de pago' },
  newTab: '(se abre en una pestaña nueva)',
  empty: 'No hay formas de pagar para mostrar para esta cuenta.',
};

export const messages: MessageCatalog<WaysToPayMessages> = { en, es };
