import type { AlertChannel, AlertKind, MessageCatalog, PayByTextAmountRule } from '@tessera/core';

/** The group an alert is shown in. */
export type AlertGroup = 'payments' | 'balance' | 'card' | 'title';

export interface AlertsMessages {
  groups: Record<AlertGroup, string>;
  kinds: Record<AlertKind, string>;
  channels: Record<AlertChannel, string>;
  contacts: string;
  listLabel: string;
  mobile: string;
  noMobile: string;
  addMobile: string;
  changeMobile: string;
  phoneLabel: string;
  phoneHint: string;
  phoneInvalid: string;
  sendCode: string;
  cancel: string;
  codeSent: (masked: string) => string;
  codeLabel: string;
  verify: string;
  resend: string;
  /** Shown beside the resend button while it waits; `time` is `0:27`. */
  resendIn: (time: string) => string;
  /** Announced once when the wait starts, and once when it ends. */
  resendAnnounce: (seconds: number) => string;
  resendReady: string;
  codeEmpty: string;
  codeWrong: (attemptsLeft: number) => string;
  codeExpired: string;
  codeLocked: string;
  verified: (masked: string) => string;
  newCode: string;
  consent: string;
  accept: string;
  notNow: string;
  amount: string;
  range: (min: string, max: string) => string;
  amountEmpty: string;
  amountAmbiguous: string;
  save: string;
  days: string;
  saving: string;
  saved: string;
  failed: string;
  payByText: string;
  howItWorks: (rule: string) => string;
  rules: Record<PayByTextAmountRule, string>;
  payFrom: string;
  needsReminders: string;
  turnOnBoth: string;
  turnOn: string;
  empty: string;
}

const en: AlertsMessages = {
  groups: { payments: 'Payments', balance: 'Balance and credit', card: 'Card activity', title: 'Title and documents' },
  kinds: {
    'payment-due': 'Payment due reminder',
    'payment-received': 'Payment received',
    'payment-returned': 'Payment returned',
    'autopay-upcoming': 'Auto Pay coming up',
    'statement-ready': 'Statement ready',
    'balance-above': 'Balance above an amount',
    'credit-below': 'Available credit below an amount',
    'purchase-above': 'Purchase above an amount',
    declined: 'Declined attempt',
    'card-lock': 'Card locked or unlocked',
    'title-update': 'Title updates',
  },
  channels: { email: 'E-mail', text: 'Text', push: 'Push' },
  contacts: 'Where alerts go',
  listLabel: 'Alerts by account',
  mobile: 'Mobile',
  noMobile: 'No mobile number yet.',
  addMobile: 'Add a mobile number',
  changeMobile: 'Change mobile number',
  phoneLabel: 'US mobile number',
  phoneHint: '10 digits: 555 555 0123.',
  phoneInvalid: 'Enter a 10-digit US mobile number.',
  sendCode: 'Text me a code',
  cancel: 'Cancel',
  codeSent: (n) => `We texted a code to ${n}.`,
  codeLabel: 'Code',
  verify: 'Verify',
  resend: 'Send a new code',
  resendIn: (t) => `New code in ${t}`,
  resendAnnounce: (s) => `You can ask for a new code in ${s} seconds.`,
  resendReady: 'You can ask for a new code now.',
  codeEmpty: 'Enter the code we texted you.',
  codeWrong: (n) => `That code is wrong. ${n} ${n === 1 ? 'try' : 'tries'} left.`,
  codeExpired: 'That code expired. Ask for a new one.',
  codeLocked: 'Too many wrong codes. Ask for a new one.',
  verified: (n) => `Mobile number ${n} verified.`,
  newCode: 'New code sent.',
  consent: 'Text message terms',
  accept: 'I agree',
  notNow: 'Not now',
  amount: 'Amount',
  range: (min, max) => `From ${min} to ${max}.`,
  amountEmpty: 'Enter an amount.',
  amountAmbiguous: 'Write cents with two digits: 1,234.00.',
  save: 'Save',
  days: 'Days before the due date',
  saving: 'Saving…',
  saved: 'Saved.',
  failed: 'We couldn’t save this.',
  payByText: 'Pay by text',
  howItWorks: (rule) => `We text you 7 days before your due date. Reply PAY to pay ${rule}. No sign-in needed.`,
  rules: { 'minimum-due': 'the minimum due', 'amount-due': 'the amount due', 'statement-balance': 'the statement balance' },
  payFrom: 'Pay from',
  needsReminders: 'Pay by text needs payment reminders by text.',
  turnOnBoth: 'Turn on text reminders and pay by text',
  turnOn: 'Turn on pay by text',
  empty: 'No alerts are offered here yet.',
};

const es: AlertsMessages = {
  groups: { payments: 'Pagos', balance: 'Saldo y crédito', card: 'Movimientos de la tarjeta', title: 'Título y documentos' },
  kinds: {
    'payment-due': 'Recordatorio de pago',
    'payment-received': 'Pago recibido',
    'payment-returned': 'Pago devuelto',
    'autopay-upcoming': 'Próximo pago automático',
    'statement-ready': 'Estado de cuenta listo',
    'balance-above': 'Saldo mayor que un monto',
    'credit-below': 'Crédito disponible menor que un monto',
    'purchase-above': 'Compra mayor que un monto',
    declined: 'Intento rechazado',
    'card-lock': 'Tarjeta bloqueada o desbloqueada',
    'title-update': 'Novedades del título',
  },
  channels: { email: 'Correo', text: 'Texto', push: 'Notificación' },
  contacts: 'Adónde llegan las alertas',
  listLabel: 'Alertas por cuenta',
  mobile: 'Celular',
  noMobile: 'Aún no hay número de celular.',
  addMobile: 'Agregar un celular',
  changeMobile: 'Cambiar el celular',
  phoneLabel: 'Celular de EE. UU.',
  phoneHint: '10 dígitos: 555 555 0123.',
  phoneInvalid: 'Escriba un celular de EE. UU. de 10 dígitos.',
  sendCode: 'Enviarme un código',
  cancel: 'Cancelar',
  codeSent: (n) => `Enviamos un código al ${n}.`,
  codeLabel: 'Código',
  verify: 'Verificar',
  resend: 'Enviar un código nuevo',
  resendIn: (t) => `Código nuevo en ${t}`,
  resendAnnounce: (s) => `Podrá pedir un código nuevo en ${s} segundos.`,
  resendReady: 'Ya puede pedir un código nuevo.',
  codeEmpty: 'Escriba el código que le enviamos.',
  codeWrong: (n) => `Ese código no es correcto. Le ${n === 1 ? 'queda 1 intento' : `quedan ${n} intentos`}.`,
  codeExpired: 'Ese código venció. Pida uno nuevo.',
  codeLocked: 'Demasiados códigos incorrectos. Pida uno nuevo.',
  verified: (n) => `Celular ${n} verificado.`,
  newCode: 'Enviamos un código nuevo.',
  consent: 'Condiciones de los mensajes de texto',
  accept: 'Acepto',
  notNow: 'Ahora no',
  amount: 'Monto',
  range: (min, max) => `De ${min} a ${max}.`,
  amountEmpty: 'Escriba un monto.',
  amountAmbiguous: 'Escriba los centavos con dos cifras: 1,234.00.',
  save: 'Guardar',
  days: 'Días antes del vencimiento',
  saving: 'Guardando…',
  saved: 'Guardado.',
  failed: 'No pudimos guardar esto.',
  payByText: 'Pago por texto',
  howItWorks: (rule) => `Le enviamos un texto 7 días antes del vencimiento. Responda PAY para pagar ${rule}. Sin iniciar sesión.`,
  rules: { 'minimum-due': 'el pago mínimo', 'amount-due': 'el monto adeudado', 'statement-balance': 'el saldo del estado de cuenta' },
  payFrom: 'Pagar desde',
  needsReminders: 'El pago por texto necesita los recordatorios de pago por texto.',
  turnOnBoth: 'Activar recordatorios por texto y pago por texto',
  turnOn: 'Activar el pago por texto',
  empty: 'Aún no se ofrecen alertas aquí.',
};

export const messages: MessageCatalog<AlertsMessages> = { en, es };
