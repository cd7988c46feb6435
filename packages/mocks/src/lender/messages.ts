import { formatDate, formatMoney, type IsoDate, type Locale, type Money, type ProviderErrorCode } from '@tessera/core';

/** What the lender says when it refuses or fails a request, in one language. */
export interface LenderMessages {
  notFound: (what: Thing, id: string) => string;
  chooseAccount: string;
  takesNoPayments: (name: string, paidOff: boolean) => string;
  amountFormat: string;
  amountPositive: string;
  amountUpTo: (max: Money) => string;
  chooseDate: string;
  dateOrLater: (date: IsoDate) => string;
  dateOrEarlier: (date: IsoDate) => string;
  businessDay: string;
  chooseBankAccount: string;
  acceptAuthorization: string;
  autopayKeyNeeded: string;
  autopayKeyReused: string;
  chooseRule: string;
  autopayAtLeast: (due: Money) => string;
  chooseStartDate: string;
  checkAutopay: string;
  sayLocked: string;
  chooseLocked: string;
  notLockable: string;
  relockOnlyUnlocking: string;
  relockChoices: (choices: readonly number[]) => string;
  relockNotOffered: string;
  declineAlertsNotOffered: string;
  sayDeclineAlerts: string;
  sayEmailUpdates: string;
  chooseOnOff: string;
  noCreditScore: string;
  holderName: string;
  holderNameLength: string;
  routing: Record<'empty' | 'not-digits' | 'length' | 'prefix' | 'checksum', string>;
  unknownBank: string;
  accountNumber: Record<'empty' | 'not-digits' | 'too-short' | 'too-long', string>;
  chooseType: string;
  alreadySaved: string;
  checkBankAccount: string;
  paymentKeyNeeded: string;
  paymentKeyReused: string;
  checkPayment: string;
  tooLateToCancel: string;
  unsupportedLocale: (locale: string) => string;
  sayHelpful: string;
  chooseYesNo: string;
  notJson: string;
  noBank: string;
  /** The message of an error injected as a fault, per code. */
  faults: Record<ProviderErrorCode, string>;
  /** A payoff quote asked for a loan the lender does not quote (paid off, or a card). */
  noPayoffQuote: (name: string) => string;
  /** A payoff quote asked for a good-through date outside the window. */
  goodThroughWindow: (from: IsoDate, to: IsoDate) => string;
}

export type Thing = 'account' | 'card' | 'payment' | 'title' | 'faq-entry';

const en: LenderMessages = {
  notFound: (what, id) =>
    `No ${{ account: 'account', card: 'card', payment: 'payment', title: 'title', 'faq-entry': 'FAQ entry' }[what]} with id "${id}"`,
  chooseAccount: 'Choose an account.',
  takesNoPayments: (name, paidOff) => `${name} is ${paidOff ? 'paid off' : 'closed'} and takes no payments.`,
  amountFormat: 'Enter an amount in dollars and cents.',
  amountPositive: 'Enter an amount greater than $0.00.',
  amountUpTo: (max) => `Enter an amount up to ${formatMoney(max, 'en-US')}.`,
  chooseDate: 'Choose a payment date.',
  dateOrLater: (date) => `Choose ${formatDate(date, 'en-US', 'long')} or later.`,
  dateOrEarlier: (date) => `Choose ${formatDate(date, 'en-US', 'long')} or earlier.`,
  businessDay: 'Choose a business day: payments are not made on weekends or bank holidays.',
  chooseBankAccount: 'Choose a bank account to pay from.',
  acceptAuthorization: 'Accept the authorization: its version, time, language and words are needed.',
  autopayKeyNeeded: 'An Auto Pay change needs an idempotency key.',
  autopayKeyReused: 'This idempotency key was already used for a different Auto Pay change.',
  chooseRule: 'Choose how much Auto Pay pays each month.',
  autopayAtLeast: (due) => `Auto Pay must pay at least the amount due of ${formatMoney(due, 'en-US')}.`,
  chooseStartDate: 'Choose the date of the first payment.',
  checkAutopay: 'Check the Auto Pay details.',
  sayLocked: 'Say whether the card should be locked.',
  chooseLocked: 'Choose locked or unlocked.',
  notLockable: 'This card can’t be locked or unlocked.',
  relockOnlyUnlocking: 'Automatic re-lock only applies when unlocking a card.',
  relockChoices: (choices) => `Choose one of: ${choices.join(', ')} minutes.`,
  relockNotOffered: 'Automatic re-lock is not offered.',
  declineAlertsNotOffered: 'Decline alerts are not offered.',
  sayDeclineAlerts: 'Say whether decline alerts should be on.',
  sayEmailUpdates: 'Say whether email updates should be on.',
  chooseOnOff: 'Choose on or off.',
  noCreditScore: 'No credit score is on file.',
  holderName: 'Enter the name on the bank account.',
  holderNameLength: 'Use 100 characters or fewer.',
  routing: {
    empty: 'Enter the routing number.',
    'not-digits': 'A routing number has 9 digits.',
    length: 'A routing number has 9 digits.',
    prefix: 'This routing number is not valid. Check it and try again.',
    checksum: 'This routing number is not valid. Check it and try again.',
  },
  unknownBank: 'We can’t find a bank with this routing number.',
  accountNumber: {
    empty: 'Enter the account number.',
    'not-digits': 'An account number has only digits.',
    'too-short': 'An account number has 4 to 17 digits.',
    'too-long': 'An account number has 4 to 17 digits.',
  },
  chooseType: 'Choose checking or savings.',
  alreadySaved: 'This bank account is already saved.',
  checkBankAccount: 'Check the bank account details.',
  paymentKeyNeeded: 'A payment needs an idempotency key.',
  paymentKeyReused: 'This idempotency key was already used for a different payment.',
  checkPayment: 'Check the payment details.',
  tooLateToCancel: 'This payment is already being processed and can no longer be cancelled.',
  unsupportedLocale: (locale) => `Unsupported locale "${locale}": use en or es.`,
  sayHelpful: 'Say whether the answer helped.',
  chooseYesNo: 'Choose yes or no.',
  notJson: 'The request body is not valid JSON',
  noBank: 'No bank with this routing number',
  faults: {
    network: 'The network request failed',
    timeout: 'The request timed out',
    unauthorized: 'Sign in again to continue',
    forbidden: 'Access denied',
    'not-found': 'Not found',
    validation: 'Check the highlighted fields',
    conflict: 'The request conflicts with the current state',
    'rate-limited': 'Too many requests',
    unavailable: 'The service is temporarily unavailable',
    unknown: 'Something went wrong',
  },
  noPayoffQuote: (name) => `We can't quote a payoff for ${name}.`,
  goodThroughWindow: (from, to) => `Choose a date from ${formatDate(from, 'en-US')} to ${formatDate(to, 'en-US')}.`,
};

const es: LenderMessages = {
  notFound: (what, id) =>
    `${{ account: 'No hay ninguna cuenta', card: 'No hay ninguna tarjeta', payment: 'No hay ningún pago', title: 'No hay ningún título', 'faq-entry': 'No hay ninguna pregunta frecuente' }[what]} con el identificador "${id}"`,
  chooseAccount: 'Elija una cuenta.',
  takesNoPayments: (name, paidOff) => `${name} está ${paidOff ? 'liquidada' : 'cerrada'} y no acepta pagos.`,
  amountFormat: 'Ingrese un monto en dólares y centavos.',
  amountPositive: 'Ingrese un monto mayor que $0.00.',
  amountUpTo: (max) => `Ingrese un monto de hasta ${formatMoney(max, 'es-US')}.`,
  chooseDate: 'Elija una fecha de pago.',
  dateOrLater: (date) => `Elija el ${formatDate(date, 'es-US', 'long')} o una fecha posterior.`,
  dateOrEarlier: (date) => `Elija el ${formatDate(date, 'es-US', 'long')} o una fecha anterior.`,
  businessDay: 'Elija un día hábil: no se hacen pagos los fines de semana ni los días feriados bancarios.',
  chooseBankAccount: 'Elija la cuenta bancaria desde la que va a pagar.',
  acceptAuthorization: 'Acepte la autorización: se necesitan su versión, la hora, el idioma y el texto.',
  autopayKeyNeeded: 'Un cambio del pago automático necesita una clave de idempotencia.',
  autopayKeyReused: 'Esta clave de idempotencia ya se usó para otro cambio del pago automático.',
  chooseRule: 'Elija cuánto paga el pago automático cada mes.',
  autopayAtLeast: (due) => `El pago automático debe pagar al menos el monto adeudado de ${formatMoney(due, 'es-US')}.`,
  chooseStartDate: 'Elija la fecha del primer pago.',
  checkAutopay: 'Revise los datos del pago automático.',
  sayLocked: 'Indique si la tarjeta debe quedar bloqueada.',
  chooseLocked: 'Elija bloqueada o desbloqueada.',
  notLockable: 'Esta tarjeta no se puede bloquear ni desbloquear.',
  relockOnlyUnlocking: 'El bloqueo automático solo se aplica al desbloquear una tarjeta.',
  relockChoices: (choices) => `Elija una de estas opciones: ${choices.join(', ')} minutos.`,
  relockNotOffered: 'No se ofrece el bloqueo automático.',
  declineAlertsNotOffered: 'No se ofrecen alertas de intentos rechazados.',
  sayDeclineAlerts: 'Indique si las alertas de intentos rechazados deben estar activadas.',
  sayEmailUpdates: 'Indique si las novedades por correo electrónico deben estar activadas.',
  chooseOnOff: 'Elija sí o no.',
  noCreditScore: 'No hay ningún puntaje de crédito registrado.',
  holderName: 'Ingrese el nombre del titular de la cuenta bancaria.',
  holderNameLength: 'Use 100 caracteres o menos.',
  routing: {
    empty: 'Ingrese el número de ruta.',
    'not-digits': 'Un número de ruta tiene 9 dígitos.',
    length: 'Un número de ruta tiene 9 dígitos.',
    prefix: 'Este número de ruta no es válido. Revíselo y vuelva a intentarlo.',
    checksum: 'Este número de ruta no es válido. Revíselo y vuelva a intentarlo.',
  },
  unknownBank: 'No encontramos ningún banco con este número de ruta.',
  accountNumber: {
    empty: 'Ingrese el número de cuenta.',
    'not-digits': 'Un número de cuenta tiene solo dígitos.',
    'too-short': 'Un número de cuenta tiene de 4 a 17 dígitos.',
    'too-long': 'Un número de cuenta tiene de 4 a 17 dígitos.',
  },
  chooseType: 'Elija cuenta de cheques o de ahorros.',
  alreadySaved: 'Esta cuenta bancaria ya está guardada.',
  checkBankAccount: 'Revise los datos de la cuenta bancaria.',
  paymentKeyNeeded: 'Un pago necesita una clave de idempotencia.',
  paymentKeyReused: 'Esta clave de idempotencia ya se usó para otro pago.',
  checkPayment: 'Revise los datos del pago.',
  tooLateToCancel: 'Este pago ya se está procesando y ya no se puede cancelar.',
  unsupportedLocale: (locale) => `Idioma no admitido "${locale}": use en o es.`,
  sayHelpful: 'Indique si la respuesta le sirvió.',
  chooseYesNo: 'Elija sí o no.',
  notJson: 'El cuerpo de la solicitud no es JSON válido',
  noBank: 'No hay ningún banco con este número de ruta',
  faults: {
    network: 'La solicitud de red falló',
    timeout: 'Se agotó el tiempo de espera de la solicitud',
    unauthorized: 'Vuelva a iniciar sesión para continuar',
    forbidden: 'Acceso denegado',
    'not-found': 'No se encontró',
    validation: 'Revise los campos marcados',
    conflict: 'La solicitud está en conflicto con el estado actual',
    'rate-limited': 'Demasiadas solicitudes',
    unavailable: 'El servicio no está disponible por el momento',
    unknown: 'Algo salió mal',
  },
  noPayoffQuote: (name) => `No podemos calcular el monto de liquidación de ${name}.`,
  goodThroughWindow: (from, to) => `Elija una fecha del ${formatDate(from, 'es-US')} al ${formatDate(to, 'es-US')}.`,
};

/** The lender's messages in `locale`. */
export function lenderMessages(locale: Locale): LenderMessages {
  return locale === 'es' ? es : en;
}
