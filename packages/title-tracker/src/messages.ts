import type { MessageCatalog, TitleDeliveryMethod, TitleRecipient, TitleStepKey } from '@tessera/core';
import type { ShownStepStatus } from './title-data.js';

/** Step names; some steps read differently by delivery method and recipient. */
export type StepLabelKey = TitleStepKey | 'lien-released-paper' | 'title-sent-electronic' | 'title-sent-dmv';

export interface TitleTrackerMessages {
  listLabel: string;
  vin: (last6: string) => string;
  paidOff: string;
  titledIn: string;
  movedFrom: (state: string) => string;
  method: string;
  methods: Record<TitleDeliveryMethod, string>;
  recipient: string;
  recipients: Record<TitleRecipient, string>;
  stateDecides: string;
  progress: string;
  steps: Record<StepLabelKey, string>;
  status: Record<ShownStepStatus, string>;
  completed: (date: string) => string;
  estimated: (dates: string) => string;
  expectedBy: (date: string) => string;
  delayedNext: string;
  delivered: (date: string) => string;
  eta: (dates: string) => string;
  guidanceHeading: string;
  guidance: Record<TitleDeliveryMethod, string[]>;
  moved: (from: string, to: string) => string;
  tracking: (carrier: string, number: string) => string;
  track: string;
  emailLabel: string;
  on: string;
  off: string;
  emailTo: (maskedEmail: string) => string;
  saving: string;
  saved: string;
  emailFailed: string;
  emptyTitle: string;
  emptyBody: string;
  payoffLink: string;
}

const en: TitleTrackerMessages = {
  listLabel: 'Your vehicle titles',
  vin: (last6) => `VIN ending ${last6}`,
  paidOff: 'Paid off',
  titledIn: 'Titled in',
  movedFrom: (state) => `(moved from ${state})`,
  method: 'How your title comes',
  methods: {
    electronic: 'Electronic lien release to the state',
    paper: 'Paper title mailed by us',
  },
  recipient: 'Sent to',
  recipients: { owner: 'You, the owner', dmv: 'Your state’s motor vehicle agency (DMV)' },
  stateDecides: 'Your state decides who receives the title.',
  progress: 'Title progress',
  steps: {
    'payoff-received': 'Payoff received',
    'payment-cleared': 'Payment cleared',
    'lien-released': 'Lien released electronically',
    'lien-released-paper': 'Signed lien release issued',
    'title-sent': 'Title mailed to you',
    'title-sent-electronic': 'State processing your title',
    'title-sent-dmv': 'Title sent to the DMV',
    'title-delivered': 'Title delivered',
  },
  status: { done: 'Done', current: 'In progress', upcoming: 'Upcoming', delayed: 'Delayed' },
  completed: (date) => `Completed ${date}`,
  estimated: (dates) => `Estimated ${dates}`,
  expectedBy: (date) => `Was expected by ${date}`,
  delayedNext:
    'This step is taking longer than we estimated. You don’t need to do anything yet; if nothing changes within 10 business days, contact us and have your VIN ready.',
  delivered: (date) => `Delivered ${date}`,
  eta: (dates) => `Expected ${dates}`,
  guidanceHeading: 'What to expect',
  guidance: {
    electronic: [
      'Your state keeps titles electronically. Once we release the lien, the state either mails you a paper title or keeps it electronic until you ask for one.',
      'If you need a paper title sooner, ask your state’s motor vehicle agency.',
    ],
    paper: [
      'We mail the paper title and the signed lien release to the address on file. Make sure your mailing address is up to date.',
      'Keep the title somewhere safe: you need it to sell or transfer the vehicle.',
    ],
  },
  moved: (from, to) =>
    `You moved from ${from} to ${to}. The lien is released where the vehicle is titled now (${to}), and ${to}’s rules decide how and when you get your title. A title from ${from} is no longer valid once the vehicle is titled in ${to}.`,
  tracking: (carrier, number) => `Mailed with ${carrier}, tracking number ${number}`,
  track: 'Track your title',
  emailLabel: 'Email me updates about this title',
  on: 'On',
  off: 'Off',
  emailTo: (maskedEmail) => `Updates go to ${maskedEmail}.`,
  saving: 'Saving…',
  saved: 'Saved.',
  emailFailed: 'We couldn’t change your email updates.',
  emptyTitle: 'No paid-off vehicles yet',
  emptyBody:
    'We hold your vehicle’s title (or the lien on it) until your loan is paid off. Once we receive your payoff, you can follow your title here.',
  payoffLink: 'See your payoff amount',
};

const es: TitleTrackerMessages = {
  listLabel: 'Títulos de sus vehículos',
  vin: (last6) => `VIN que termina en ${last6}`,
  paidOff: 'Préstamo liquidado',
  titledIn: 'Título registrado en',
  movedFrom: (state) => `(se mudó de ${state})`,
  method: 'Cómo recibe su título',
  methods: {
    electronic: 'Liberación electrónica del gravamen ante el estado',
    paper: 'Título en papel enviado por nosotros por correo',
  },
  recipient: 'Se envía a',
  recipients: { owner: 'Usted, como propietario', dmv: 'La agencia de vehículos motorizados (DMV) de su estado' },
  stateDecides: 'Su estado decide quién recibe el título.',
  progress: 'Progreso del título',
  steps: {
    'payoff-received': 'Pago de liquidación recibido',
    'payment-cleared': 'Pago acreditado',
    'lien-released': 'Gravamen liberado electrónicamente',
    'lien-released-paper': 'Liberación del gravamen firmada y emitida',
    'title-sent': 'Título enviado por correo a usted',
    'title-sent-electronic': 'El estado está procesando su título',
    'title-sent-dmv': 'Título enviado al DMV',
    'title-delivered': 'Título entregado',
  },
  status: { done: 'Completado', current: 'En curso', upcoming: 'Pendiente', delayed: 'Retrasado' },
  completed: (date) => `Completado el ${date}`,
  estimated: (dates) => `Fecha estimada: ${dates}`,
  expectedBy: (date) => `Se esperaba para el ${date}`,
  delayedNext:
    'Este paso está tardando más de lo estimado. Todavía no necesita hacer nada; si nada cambia en 10 días hábiles, comuníquese con nosotros y tenga a mano su VIN.',
  delivered: (date) => `Entregado el ${date}`,
  eta: (dates) => `Fecha prevista: ${dates}`,
  guidanceHeading: 'Qué esperar',
  guidance: {
    electronic: [
      'Su estado guarda los títulos de forma electrónica. Cuando liberemos el gravamen, el estado le enviará un título en papel o lo mantendrá electrónico hasta que usted lo pida.',
      'Si necesita un título en papel antes, pídalo a la agencia de vehículos motorizados de su estado.',
    ],
    paper: [
      'Enviamos el título en papel y la liberación del gravamen firmada a la dirección que tenemos registrada. Asegúrese de que su dirección postal esté al día.',
      'Guarde el título en un lugar seguro: lo necesita para vender o transferir el vehículo.',
    ],
  },
  moved: (from, to) =>
    `Se mudó de ${from} a ${to}. El gravamen se libera en el estado donde el vehículo tiene su título ahora (${to}), y las reglas de ${to} deciden cómo y cuándo recibe su título. Un título de ${from} deja de ser válido cuando el vehículo queda registrado en ${to}.`,
  tracking: (carrier, number) => `Enviado por ${carrier}, número de seguimiento ${number}`,
  track: 'Seguir el envío de su título',
  emailLabel: 'Recibir novedades de este título por correo electrónico',
  on: 'Sí',
  off: 'No',
  emailTo: (maskedEmail) => `Las novedades se envían a ${maskedEmail}.`,
  saving: 'Guardando…',
  saved: 'Guardado.',
  emailFailed: 'No pudimos cambiar su preferencia de novedades por correo electrónico.',
  emptyTitle: 'Todavía no tiene vehículos liquidados',
  emptyBody:
    'Conservamos el título de su vehículo (o el gravamen sobre él) hasta que termine de pagar su préstamo. Cuando recibamos su pago de liquidación, podrá seguir su título aquí.',
  payoffLink: 'Ver el monto de liquidación',
};

export const messages: MessageCatalog<TitleTrackerMessages> = { en, es };
