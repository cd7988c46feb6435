import type { ContactChannel, Locale } from '@tessera/core';
import { CONTACT } from './rich.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const TIME_ZONE = 'America/Chicago';

/** Contact channels in both languages; ids are the same in each. */
export function seedContactChannels(): Record<Locale, ContactChannel[]> {
  const serviceHours = [
    { days: WEEKDAYS, opens: '07:00', closes: '21:00' },
    { days: [6], opens: '08:00', closes: '17:00' },
  ];
  // A whole day is 00:00–23:59: closing times are `HH:mm` within the day.
  const allDay = () => [{ days: [...EVERY_DAY], opens: '00:00', closes: '23:59' }];
  return {
    en: [
      {
        id: 'customer-service',
        kind: 'phone',
        label: 'Customer service',
        value: CONTACT.servicePhone,
        hours: structuredClone(serviceHours),
        timeZone: TIME_ZONE,
        bestFor: ['Payments and due dates', 'Auto Pay changes', 'Questions about your statement or your title'],
      },
      {
        id: 'fraud',
        kind: 'phone',
        label: 'Lost or stolen cards and fraud',
        value: CONTACT.fraudPhone,
        hours: allDay(),
        timeZone: TIME_ZONE,
        bestFor: ['A lost or stolen card', 'Charges you did not make'],
      },
      {
        id: 'secure-message',
        kind: 'secure-message',
        label: 'Secure message',
        value: CONTACT.messagesUrl,
        bestFor: ['Questions that are not urgent', 'Sending documents', 'Address changes'],
      },
      {
        id: 'mail',
        kind: 'mail',
        label: 'Mail',
        value: [...CONTACT.mailLines],
        bestFor: ['Payments by check', 'Letters and written disputes'],
      },
    ],
    es: [
      {
        id: 'customer-service',
        kind: 'phone',
        label: 'Servicio al cliente',
        value: CONTACT.servicePhone,
        hours: structuredClone(serviceHours),
        timeZone: TIME_ZONE,
        bestFor: ['Pagos y fechas de vencimiento', 'Cambios al pago automático', 'Preguntas sobre su estado de cuenta o su título'],
      },
      {
        id: 'fraud',
        kind: 'phone',
        label: 'Tarjetas perdidas o robadas y fraude',
        value: CONTACT.fraudPhone,
        hours: allDay(),
        timeZone: TIME_ZONE,
        bestFor: ['Una tarjeta perdida o robada', 'Cargos que usted no hizo'],
      },
      {
        id: 'secure-message',
        kind: 'secure-message',
        label: 'Mensaje seguro',
        value: CONTACT.messagesUrl,
        bestFor: ['Preguntas que no son urgentes', 'Envío de documentos', 'Cambios de dirección'],
      },
      {
        id: 'mail',
        kind: 'mail',
        label: 'Correo postal',
        value: [...CONTACT.mailLines],
        bestFor: ['Pagos con cheque', 'Cartas y disputas por escrito'],
      },
    ],
  };
}
