import type { Locale, OpeningHours, WayToPay } from '@tessera/core';
import { MOCK_IDS, usd } from './ids.js';

const TIME_ZONE = 'America/Chicago';
const PHONE_PARTNER = 'Lakeside Pay Services';
const CASH_PARTNER = 'CornerCash';

/** Where payments go, by account kind, and where letters and disputes go (never payments). */
export const WAYS_TO_PAY_ADDRESSES = {
  cardPayments: ['Harborview Card Services', 'PO Box 5551', 'Springfield, IL 62705-5551'],
  loanPayments: ['Harborview Auto Finance', 'PO Box 5552', 'Springfield, IL 62705-5552'],
  correspondence: ['Harborview Bank', 'Attn: Customer Correspondence', 'PO Box 5553', 'Springfield, IL 62705-5553'],
} as const;

/** Phone numbers of the ways to pay (fictional, 555). */
export const WAYS_TO_PAY_PHONES = {
  cardLine: '1-800-555-0142',
  partnerLine: '1-888-555-0163',
} as const;

/** The full account numbers the lender reveals on request, by account id (fictional). */
export function seedAccountNumbers(): Record<string, string> {
  return { [MOCK_IDS.activeLoan]: '40021907730', [MOCK_IDS.paidOffLoan]: '40021903306' };
}

type Wording = Record<Locale, string>;

interface Seed extends Omit<WayToPay, 'name' | 'posting' | 'notes'> {
  name: Wording;
  posting: Wording;
  notes?: Wording[];
}

const hours = (days: number[], opens: string, closes: string): OpeningHours => ({ days, opens, closes });

function seeds(): Seed[] {
  const { cardPayments, loanPayments, correspondence } = WAYS_TO_PAY_ADDRESSES;
  return [
    {
      id: 'online',
      kind: 'online',
      name: { en: 'Pay online', es: 'Pago en línea' },
      accountKinds: ['card', 'vehicle-loan'],
      cost: { type: 'free' },
      posting: { en: 'Same business day when you pay by 8 PM Central', es: 'El mismo día hábil si paga antes de las 8 p. m., hora del Centro' },
      needs: ['bank-account'],
    },
    {
      id: 'autopay',
      kind: 'autopay',
      name: { en: 'Auto Pay', es: 'Pago automático' },
      accountKinds: ['card', 'vehicle-loan'],
      cost: { type: 'free' },
      posting: { en: 'On your due date, every month', es: 'En su fecha de vencimiento, cada mes' },
      needs: ['bank-account'],
      notes: [{ en: 'Change or stop Auto Pay up to 2 business days before a draft.', es: 'Cambie o detenga el pago automático hasta 2 días hábiles antes de un cargo.' }],
    },
    {
      id: 'text',
      kind: 'text',
      name: { en: 'Pay by text', es: 'Pago por mensaje de texto' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'free' },
      posting: { en: 'Same business day', es: 'El mismo día hábil' },
      needs: ['mobile-phone'],
      notes: [{ en: 'Reply PAY to your payment reminder. Message and data rates may apply.', es: 'Responda PAGAR a su recordatorio de pago. Pueden aplicarse tarifas de mensajes y datos.' }],
    },
    {
      id: 'bill-pay-card',
      kind: 'bill-pay',
      name: { en: 'Your bank’s bill pay', es: 'Pago desde su banco' },
      accountKinds: ['card'],
      cost: { type: 'free' },
      posting: { en: 'Allow 5 business days', es: 'Espere 5 días hábiles' },
      needs: ['account-number'],
      payee: { name: 'Harborview Card Services', address: [...cardPayments] },
    },
    {
      id: 'bill-pay-loan',
      kind: 'bill-pay',
      name: { en: 'Your bank’s bill pay', es: 'Pago desde su banco' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'free' },
      posting: { en: 'Allow 5 business days', es: 'Espere 5 días hábiles' },
      needs: ['account-number'],
      payee: { name: 'Harborview Auto Finance', address: [...loanPayments] },
    },
    {
      id: 'mail-card',
      kind: 'mail',
      name: { en: 'Mail a check', es: 'Cheque por correo' },
      accountKinds: ['card'],
      cost: { type: 'free' },
      posting: { en: 'The day we receive it; allow 7 to 10 days for mail', es: 'El día que lo recibimos; espere de 7 a 10 días por correo' },
      needs: ['account-number', 'coupon'],
      paymentAddress: [...cardPayments],
      correspondenceAddress: [...correspondence],
    },
    {
      id: 'mail-loan',
      kind: 'mail',
      name: { en: 'Mail a check', es: 'Cheque por correo' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'free' },
      posting: { en: 'The day we receive it; allow 7 to 10 days for mail', es: 'El día que lo recibimos; espere de 7 a 10 días por correo' },
      needs: ['account-number', 'coupon'],
      paymentAddress: [...loanPayments],
      correspondenceAddress: [...correspondence],
    },
    {
      id: 'phone-card',
      kind: 'phone',
      name: { en: 'Pay by phone', es: 'Pago por teléfono' },
      accountKinds: ['card'],
      cost: { type: 'free' },
      posting: { en: 'Same business day when you pay by 8 PM Central', es: 'El mismo día hábil si paga antes de las 8 p. m., hora del Centro' },
      needs: ['account-number', 'bank-account'],
      phone: { number: WAYS_TO_PAY_PHONES.cardLine, hours: [hours([0, 1, 2, 3, 4, 5, 6], '00:00', '23:59')], timeZone: TIME_ZONE },
    },
    {
      id: 'phone-loan',
      kind: 'phone',
      name: { en: 'Pay by phone', es: 'Pago por teléfono' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'fee', amount: usd(995), chargedBy: PHONE_PARTNER },
      posting: { en: 'Next business day', es: 'El siguiente día hábil' },
      needs: ['account-number', 'zip-code', 'bank-account'],
      phone: { number: WAYS_TO_PAY_PHONES.partnerLine, hours: [hours([1, 2, 3, 4, 5], '07:00', '21:00'), hours([6], '08:00', '17:00')], timeZone: TIME_ZONE },
      notes: [{ en: 'A payment partner takes this payment and charges the fee, not us.', es: 'Un socio de pagos recibe este pago y cobra el cargo, no nosotros.' }],
    },
    {
      id: 'debit-card',
      kind: 'debit-card',
      name: { en: 'Debit card payment', es: 'Tarjeta de débito' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'fee', amount: usd(495), chargedBy: PHONE_PARTNER },
      posting: { en: 'Same business day', es: 'El mismo día hábil' },
      needs: ['account-number', 'zip-code', 'debit-card'],
      url: 'https://pay.example.com/harborview',
    },
    {
      id: 'cash',
      kind: 'cash',
      name: { en: 'Pay with cash', es: 'Pago en efectivo' },
      accountKinds: ['vehicle-loan'],
      cost: { type: 'varies', chargedBy: CASH_PARTNER },
      posting: { en: '1 to 2 business days', es: 'De 1 a 2 días hábiles' },
      needs: ['account-number', 'zip-code'],
      url: 'https://cash.example.com/locations',
      notes: [{ en: 'Bring your account number and ZIP code to the counter.', es: 'Lleve su número de cuenta y su código postal al mostrador.' }],
    },
  ];
}

/** Every way to pay, per language; ids are the same in each. */
export function seedWaysToPay(): Record<Locale, WayToPay[]> {
  const inLocale = (locale: Locale): WayToPay[] =>
    seeds().map(({ name, posting, notes, ...way }) => ({
      ...structuredClone(way),
      name: name[locale],
      posting: posting[locale],
      ...(notes ? { notes: notes.map((note) => note[locale]) } : {}),
    }));
  return { en: inLocale('en'), es: inLocale('es') };
}
