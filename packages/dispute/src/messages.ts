import type { DisputeReason, DisputeStatus, MessageCatalog } from '@tessera/core';

export interface DisputeMessages {
  title: string;
  track: string;
  charge: string;
  reasonLegend: string;
  reasons: Record<DisputeReason, string>;
  next: string;
  back: string;
  review: string;
  submit: string;
  submitting: string;
  clockLeft: (date: string, days: number) => string;
  clockToday: (date: string) => string;
  clockLate: (date: string) => string;
  clockPending: (days: number) => string;
  lockCard: string;
  lockAsked: string;
  notLiable: string;
  optional: string;
  yes: string;
  no: string;
  chars: (used: number, max: number) => string;
  required: string;
  badDate: string;
  badAmount: string;
  tooLong: (max: number) => string;
  files: string;
  filesHint: (types: string, size: string, max: number) => string;
  remove: (name: string) => string;
  fileType: (name: string) => string;
  fileSize: (name: string, size: string) => string;
  tooMany: (max: number) => string;
  attachFailed: string;
  uploading: string;
  whatNext: string;
  nextSteps: (ack: number, resolve: number) => string[];
  submitFailed: string;
  done: (caseNumber: string) => string;
  loan: string;
  status: Record<DisputeStatus, string>;
  caseLabel: (caseNumber: string) => string;
  escalate: string;
  complaint: string;
  regulator: string;
  empty: string;
}

const en: DisputeMessages = {
  title: 'Dispute a charge',
  track: 'Your disputes',
  charge: 'Charge',
  reasonLegend: 'What is wrong with this charge?',
  reasons: {
    fraud: 'I don’t recognize it',
    duplicate: 'I was charged twice',
    'wrong-amount': 'The amount is wrong',
    'refund-missing': 'My refund never appeared',
    'not-received': 'I didn’t receive it, or it isn’t as described',
    'recurring-canceled': 'I canceled this recurring charge',
    other: 'Something else',
  },
  next: 'Continue',
  back: 'Back',
  review: 'Review your dispute',
  submit: 'Submit dispute',
  submitting: 'Submitting…',
  clockLeft: (date, days) => `Dispute by ${date}: ${days} day${days === 1 ? '' : 's'} left.`,
  clockToday: (date) => `Today, ${date}, is the last day to dispute.`,
  clockLate: (date) => `The last day to dispute was ${date}. You can still submit, but your protections may be reduced.`,
  clockPending: (days) => `This charge is on no statement yet. You have ${days} days from the statement that shows it.`,
  lockCard: 'Lock my card now',
  lockAsked: 'We asked to lock your card.',
  notLiable: 'You are not liable for charges you did not make.',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  chars: (used, max) => `${used} of ${max} characters`,
  required: 'Answer this question.',
  badDate: 'Enter a date.',
  badAmount: 'Enter an amount, such as 25.00.',
  tooLong: (max) => `Use at most ${max} characters.`,
  files: 'Attach files (optional)',
  filesHint: (types, size, max) => `${types}; up to ${size} each, ${max} files at most.`,
  remove: (name) => `Remove ${name}`,
  fileType: (name) => `${name}: this type of file is not accepted.`,
  fileSize: (name, size) => `${name}: larger than ${size}.`,
  tooMany: (max) => `Attach at most ${max} files.`,
  attachFailed: 'We couldn’t attach the file.',
  uploading: 'Attaching…',
  whatNext: 'What happens next',
  nextSteps: (ack, resolve) => [
    `We confirm we received your dispute within ${ack} days.`,
    `We resolve it within two billing cycles, at most ${resolve} days.`,
    'Meanwhile you need not pay the disputed amount or its finance charges.',
  ],
  submitFailed: 'We couldn’t submit your dispute.',
  done: (caseNumber) => `Dispute submitted. Your case number is ${caseNumber}.`,
  loan: 'Vehicle loans are not covered by card disputes. Contact us to question this charge.',
  status: {
    submitted: 'Submitted',
    acknowledged: 'Acknowledged',
    'under-review': 'Under review',
    'provisional-credit': 'Provisional credit',
    'resolved-customer': 'Resolved in your favor',
    'resolved-merchant': 'Resolved in the merchant’s favor',
  },
  caseLabel: (caseNumber) => `Case ${caseNumber}`,
  escalate: 'Not resolved? Send us a written complaint, then contact the consumer regulator.',
  complaint: 'Written complaint',
  regulator: 'Regulator’s complaint page',
  empty: 'You have no disputes.',
};

const es: DisputeMessages = {
  title: 'Disputar un cargo',
  track: 'Sus disputas',
  charge: 'Cargo',
  reasonLegend: '¿Qué problema tiene este cargo?',
  reasons: {
    fraud: 'No lo reconozco',
    duplicate: 'Me cobraron dos veces',
    'wrong-amount': 'El monto es incorrecto',
    'refund-missing': 'Mi reembolso nunca apareció',
    'not-received': 'No lo recibí o no es como se describió',
    'recurring-canceled': 'Cancelé este cargo recurrente',
    other: 'Otro motivo',
  },
  next: 'Continuar',
  back: 'Atrás',
  review: 'Revise su disputa',
  submit: 'Enviar disputa',
  submitting: 'Enviando…',
  clockLeft: (date, days) => `Dispute antes del ${date}: ${days === 1 ? 'queda 1 día' : `quedan ${days} días`}.`,
  clockToday: (date) => `Hoy, ${date}, es el último día para disputar.`,
  clockLate: (date) => `El último día para disputar fue el ${date}. Aún puede enviarla, pero sus protecciones pueden ser menores.`,
  clockPending: (days) => `Este cargo aún no aparece en ningún estado de cuenta. Tiene ${days} días desde el estado que lo muestre.`,
  lockCard: 'Bloquear mi tarjeta ahora',
  lockAsked: 'Pedimos bloquear su tarjeta.',
  notLiable: 'Usted no es responsable de los cargos que no hizo.',
  optional: '(opcional)',
  yes: 'Sí',
  no: 'No',
  chars: (used, max) => `${used} de ${max} caracteres`,
  required: 'Responda esta pregunta.',
  badDate: 'Escriba una fecha.',
  badAmount: 'Escriba un monto, como 25.00.',
  tooLong: (max) => `Use como máximo ${max} caracteres.`,
  files: 'Adjuntar archivos (opcional)',
  filesHint: (types, size, max) => `${types}; hasta ${size} cada uno, ${max} archivos como máximo.`,
  remove: (name) => `Quitar ${name}`,
  fileType: (name) => `${name}: no se acepta este tipo de archivo.`,
  fileSize: (name, size) => `${name}: pesa más de ${size}.`,
  tooMany: (max) => `Adjunte ${max} archivos como máximo.`,
  attachFailed: 'No pudimos adjuntar el archivo.',
  uploading: 'Adjuntando…',
  whatNext: 'Qué sigue',
  nextSteps: (ack, resolve) => [
    `Le confirmamos que recibimos su disputa en un plazo de ${ack} días.`,
    `La resolvemos en dos ciclos de facturación, ${resolve} días como máximo.`,
    'Mientras tanto no tiene que pagar el monto en disputa ni sus cargos financieros.',
  ],
  submitFailed: 'No pudimos enviar su disputa.',
  done: (caseNumber) => `Disputa enviada. Su número de caso es ${caseNumber}.`,
  loan: 'Los préstamos de vehículo no tienen disputas de tarjeta. Comuníquese con nosotros para consultar este cargo.',
  status: {
    submitted: 'Enviada',
    acknowledged: 'Recibida',
    'under-review': 'En revisión',
    'provisional-credit': 'Crédito provisional',
    'resolved-customer': 'Resuelta a su favor',
    'resolved-merchant': 'Resuelta a favor del comercio',
  },
  caseLabel: (caseNumber) => `Caso ${caseNumber}`,
  escalate: '¿No se resolvió? Envíenos una queja por escrito y luego comuníquese con el regulador del consumidor.',
  complaint: 'Queja por escrito',
  regulator: 'Página de quejas del regulador',
  empty: 'No tiene disputas.',
};

export const messages: MessageCatalog<DisputeMessages> = { en, es };
