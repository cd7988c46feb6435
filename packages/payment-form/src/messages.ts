import type {
  AccountNumberProblem,
  AmountProblem,
  BankAccountType,
  MessageCatalog,
  RoutingNumberProblem,
} from '@tessera/core';
import type { PresetKey } from './amount.js';
import type { PaymentFormAction } from './events.js';
import type { PaymentStep } from './flow.js';

type Say = (value: string) => string;
type Say2 = (a: string, b: string) => string;

/** The next Auto Pay draft in words: its amount (when known) and date. */
export interface DraftText {
  amount?: string | undefined;
  date: string;
}

export interface PaymentFormMessages {
  steps: Record<Exclude<PaymentStep, 'result' | 'autopay-edit'>, string>;
  stepOf: (n: number, total: number) => string;
  continue: string;
  back: string;
  saving: string;
  problems: (count: number) => string;
  noAccounts: string;
  notPayable: string;
  status: { closed: string; 'paid-off': string };
  chooseAccount: string;
  /** Amount labels: presets, Auto Pay rules and account details. */
  amounts: Record<PresetKey | 'fixed', string>;
  availableCredit: string;
  dueDate: string;
  pastDue: Say;
  vehicle: string;
  other: string;
  amountHint: string;
  chooseAmount: string;
  amountProblems: Record<Exclude<AmountProblem, 'too-large' | 'ambiguous'>, string>;
  /** A period before three digits (`1.234`): the two amounts it could mean, and how to write each. */
  ambiguousAmount: Say2;
  tooLarge: Say;
  belowMinimum: Say;
  date: string;
  dateHint: Say2;
  cutoff: Say2;
  earliest: Say;
  onDueDate: Say;
  dateProblems: { empty: string; before: Say; after: Say; notBusinessDay: Say };
  nextBusinessDay: Say;
  useDate: Say;
  onTimeQuestion: string;
  onTime: Say2;
  lateReason: Say2;
  shortReason: Say2;
  notOnTime: (reasons: string[]) => string;
  nothingDue: Say;
  /** One-time payment on an account with Auto Pay: the next draft still runs. */
  autopayNote: (draft?: DraftText) => string;
  payFrom: string;
  addBank: string;
  chooseBank: string;
  accountTypes: Record<BankAccountType, string>;
  holderName: string;
  routingNumber: string;
  routingHint: string;
  bankName: Say;
  accountNumber: string;
  accountHint: string;
  confirmAccountNumber: string;
  accountType: string;
  holderEmpty: string;
  routingProblems: Record<RoutingNumberProblem, string>;
  accountProblems: Record<AccountNumberProblem, string>;
  confirmProblems: { empty: string; mismatch: string };
  account: string;
  amount: string;
  from: string;
  bankAccount: string;
  authorize: string;
  defaultAuthorization: string;
  mustAuthorize: string;
  editWhat: Record<'account' | 'amount' | 'date' | 'from', string>;
  submit: string;
  submitting: string;
  /** What the status region says while a request is out. */
  pending: Record<Exclude<PaymentFormAction, 'load'>, string>;
  unconfirmedTitle: string;
  unconfirmedText: string;
  callUs: string;
  contactUs: string;
  checkAgain: string;
  scheduled: string;
  received: string;
  cancelled: string;
  confirmation: string;
  postsOn: string;
  postsLater: Say;
  amountDueAfter: string;
  cancelUntil: Say2;
  cancelPayment: string;
  cancelPaymentText: Say2;
  confirmCancel: string;
  keepPayment: string;
  cancelling: string;
  cancelledText: string;
  paymentCancelled: Say;
  another: string;
  confirmed: Say;
  autopayOn: string;
  autopayOff: string;
  autopayOffText: string;
  setUp: string;
  change: string;
  turnOff: string;
  turnOffText: string;
  keep: string;
  rule: string;
  fixedAmount: string;
  extra: string;
  extraAmount: string;
  startDate: string;
  cancel: string;
  enrolled: Say;
  nextPayment: string;
  draftText: (draft: DraftText) => string;
  stopBy: string;
  tooLateToStop: string;
  autopayTooLow: Say;
  firstPayment: string;
  then: string;
  monthly: string;
  howToStop: string;
  stopRule: (days: string, time: string, zone: string) => string;
  stopFirstBy: string;
  firstTooLate: Say;
  businessDays: (n: number) => string;
  authorizeAutopay: string;
  authorizeAutopayCheck: string;
  mustAuthorizeAutopay: string;
  defaultAutopayAuthorization: Say;
  autopaySetUp: string;
  autopayChanged: string;
  copySent: (channel: 'email' | 'mail' | 'secure-message', to?: string) => string;
  keepCopy: string;
  turnOffStops: Say;
  turnOffTooLate: Say;
  stillRuns: (draft: DraftText) => string;
  noMoreDrafts: string;
}

const en: PaymentFormMessages = {
  steps: {
    account: 'Choose an account',
    amount: 'How much do you want to pay?',
    date: 'When do you want to pay?',
    from: 'Which bank account do you want to pay from?',
    review: 'Review your payment',
    'cancel-payment': 'Cancel this payment?',
    autopay: 'Auto Pay',
    'autopay-review': 'Review and authorize Auto Pay',
    'autopay-cancel': 'Turn off Auto Pay?',
  },
  stepOf: (n, total) => `Step ${n} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  saving: 'Saving…',
  problems: (count) => (count === 1 ? 'There is 1 problem to fix.' : `There are ${count} problems to fix.`),
  noAccounts: 'You have no accounts to pay.',
  notPayable: 'There is nothing to pay on this account.',
  status: { closed: 'Closed', 'paid-off': 'Paid off' },
  chooseAccount: 'Choose an account.',
  amounts: {
    'minimum-due': 'Minimum due',
    'statement-balance': 'Statement balance',
    'current-balance': 'Current balance',
    'amount-due': 'Amount due',
    payoff: 'Payoff amount',
    fixed: 'A fixed amount',
  },
  availableCredit: 'Available credit',
  dueDate: 'Due date',
  pastDue: (amount) => `Past due: ${amount}. Pay as soon as you can to avoid more fees.`,
  vehicle: 'Vehicle',
  other: 'Other amount',
  amountHint: 'For example, 1,234.56',
  chooseAmount: 'Choose an amount.',
  amountProblems: {
    empty: 'Enter an amount.',
    invalid: 'Enter an amount in dollars and cents, like 1,234.56.',
    'too-many-decimals': 'Use no more than two decimal places.',
    'not-positive': 'Enter an amount greater than zero.',
  },
  ambiguousAmount: (thousands, cents) =>
    `We can’t tell if you mean ${thousands} or ${cents}: write ${thousands} with a comma, or ${cents} with two digits after the period.`,
  tooLarge: (max) => `The most you can pay is ${max}.`,
  belowMinimum: (min) => `This is less than your minimum due of ${min}. You may be charged a late fee.`,
  date: 'Payment date',
  dateHint: (min, max) => `Choose a business day from ${min} to ${max}.`,
  cutoff: (time, zone) => `Payments made after ${time} (${zone}) are processed the next business day.`,
  earliest: (date) => `Earliest: ${date}`,
  onDueDate: (date) => `Due date: ${date}`,
  dateProblems: {
    empty: 'Choose a payment date.',
    before: (min) => `The earliest date you can choose is ${min}.`,
    after: (max) => `The latest date you can choose is ${max}.`,
    notBusinessDay: (date) => `${date} is not a business day.`,
  },
  nextBusinessDay: (date) => `The next business day is ${date}.`,
  useDate: (date) => `Use ${date}`,
  onTimeQuestion: 'Will this post on time?',
  onTime: (date, due) => `Yes. It posts on ${date}, on or before your due date of ${due}.`,
  lateReason: (date, due) => `${date} is after your due date of ${due}`,
  shortReason: (amount, min) => `${amount} is less than the ${min} due`,
  notOnTime: (reasons) => `No. ${reasons.join(', and ')}, so a late fee may apply.`,
  nothingDue: (date) => `It posts on ${date}. Nothing is due right now.`,
  autopayNote: (draft) =>
    draft?.amount
      ? `Auto Pay is on: ${draft.amount} will also be paid automatically on ${draft.date}. This payment doesn’t replace it.`
      : draft
        ? `Auto Pay is on: your next automatic payment is on ${draft.date}. This payment doesn’t replace it.`
        : 'Auto Pay is on for this account: automatic payments still run. This payment doesn’t replace them.',
  payFrom: 'Pay from',
  addBank: 'Add a bank account',
  chooseBank: 'Choose a bank account.',
  accountTypes: { checking: 'Checking', savings: 'Savings' },
  holderName: 'Account holder name',
  routingNumber: 'Routing number',
  routingHint: '9 digits, printed at the bottom left of a check.',
  bankName: (name) => `Bank: ${name}`,
  accountNumber: 'Account number',
  accountHint: '4 to 17 digits.',
  confirmAccountNumber: 'Re-enter account number',
  accountType: 'Account type',
  holderEmpty: 'Enter the account holder’s name.',
  routingProblems: {
    empty: 'Enter the routing number.',
    'not-digits': 'Use digits only in the routing number.',
    length: 'A routing number has 9 digits.',
    prefix: 'This is not a valid routing number. Check the first two digits.',
    checksum: 'This is not a valid routing number. Check each digit.',
  },
  accountProblems: {
    empty: 'Enter the account number.',
    'not-digits': 'Use digits only in the account number.',
    'too-short': 'An account number has at least 4 digits.',
    'too-long': 'An account number has at most 17 digits.',
  },
  confirmProblems: { empty: 'Enter the account number again.', mismatch: 'The account numbers do not match.' },
  account: 'Account',
  amount: 'Amount',
  from: 'From',
  bankAccount: 'Bank account',
  authorize: 'I authorize this payment.',
  defaultAuthorization:
    'By selecting Submit payment, you authorize a one-time electronic debit from the bank account shown, for the amount and on the date shown.',
  mustAuthorize: 'Check the box to authorize this payment.',
  editWhat: { account: 'Edit account', amount: 'Edit amount', date: 'Edit date', from: 'Edit bank account' },
  submit: 'Submit payment',
  submitting: 'Submitting…',
  pending: {
    submit: 'Submitting your payment…',
    'add-bank-account': 'Adding your bank account…',
    'autopay-enroll': 'Saving Auto Pay…',
    'autopay-cancel': 'Turning off Auto Pay…',
    'cancel-payment': 'Cancelling your payment…',
  },
  unconfirmedTitle: 'We couldn’t confirm your payment yet',
  unconfirmedText:
    'Your payment may have gone through. Don’t pay again: check again and we will look for this payment.',
  callUs: 'Questions about this payment? Call',
  contactUs: 'Questions about this payment? Contact us before you pay again.',
  checkAgain: 'Check again',
  scheduled: 'Payment scheduled',
  received: 'Payment received',
  cancelled: 'Payment cancelled',
  confirmation: 'Confirmation number',
  postsOn: 'Posts on',
  postsLater: (date) => `posts on ${date}`,
  amountDueAfter: 'Amount due after this payment',
  cancelUntil: (when, zone) => `You can cancel this payment until ${when} (${zone}).`,
  cancelPayment: 'Cancel this payment',
  cancelPaymentText: (amount, date) => `Your payment of ${amount} scheduled for ${date} will not be made.`,
  confirmCancel: 'Cancel payment',
  keepPayment: 'Keep payment',
  cancelling: 'Cancelling…',
  cancelledText: 'This payment will not be made.',
  paymentCancelled: (number) => `Payment ${number} cancelled.`,
  another: 'Make another payment',
  confirmed: (number) => `Payment confirmed. Confirmation number ${number}.`,
  autopayOn: 'Auto Pay is on.',
  autopayOff: 'Auto Pay is off.',
  autopayOffText: 'With Auto Pay, your payment is made automatically from your bank account each month.',
  setUp: 'Set up Auto Pay',
  change: 'Change Auto Pay',
  turnOff: 'Turn off Auto Pay',
  turnOffText: 'Automatic payments stop. You can still make one-time payments.',
  keep: 'Keep Auto Pay',
  rule: 'Amount',
  fixedAmount: 'Fixed amount',
  extra: 'Extra amount (optional)',
  extraAmount: 'Extra amount',
  startDate: 'Start date',
  cancel: 'Cancel',
  enrolled: (date) => `Auto Pay is on, starting ${date}.`,
  nextPayment: 'Next payment',
  draftText: ({ amount, date }) => (amount ? `${amount} on ${date}` : date),
  stopBy: 'Change or stop it by',
  tooLateToStop: 'Too late to change or stop: it will be made',
  autopayTooLow: (min) => `Auto Pay must pay at least your amount due of ${min}.`,
  firstPayment: 'First payment',
  then: 'Then',
  monthly: 'Every month on the same day (the next business day when that is a weekend or holiday)',
  howToStop: 'To stop or change a payment',
  stopRule: (days, time, zone) => `Turn off or change Auto Pay here, or call us, by ${time} (${zone}) ${days} before the payment.`,
  stopFirstBy: 'To stop the first payment',
  firstTooLate: (days) => `Not possible: it is less than ${days} away, so it will be made once you authorize.`,
  businessDays: (n) => (n === 1 ? '1 business day' : `${n} business days`),
  authorizeAutopay: 'Authorize Auto Pay',
  authorizeAutopayCheck: 'I authorize Auto Pay as shown above.',
  mustAuthorizeAutopay: 'Check the box to authorize Auto Pay.',
  defaultAutopayAuthorization: (days) =>
    `By checking the box and selecting Authorize Auto Pay, you authorize us to debit the bank account shown by electronic funds transfer every month, for the amount and starting on the date shown, until you turn off Auto Pay. A payment due on a weekend or holiday is debited the next business day. You can turn off or change Auto Pay here at any time; to stop or change a payment, do so at least ${days} before it is made. Keep a copy of this authorization for your records.`,
  autopaySetUp: 'Auto Pay is set up.',
  autopayChanged: 'Your Auto Pay change is saved.',
  copySent: (channel, to) =>
    channel === 'secure-message'
      ? 'We sent a copy of your authorization to your secure messages.'
      : `We sent a copy of your authorization by ${channel === 'email' ? 'email' : 'mail'}${to ? ` to ${to}` : ''}.`,
  keepCopy: 'Keep this copy of your authorization:',
  turnOffStops: (draft) => `Your next automatic payment, ${draft}, will not be made. You can still make one-time payments.`,
  turnOffTooLate: (draft) => `It is too late to stop your next automatic payment, ${draft}: it will still be made. The payments after it stop.`,
  stillRuns: ({ amount, date }) =>
    `Your automatic payment ${amount ? `of ${amount} ` : ''}on ${date} will still be made: it was too late to stop it.`,
  noMoreDrafts: 'No more automatic payments will be made.',
};

const es: PaymentFormMessages = {
  steps: {
    account: 'Elija una cuenta',
    amount: '¿Cuánto quiere pagar?',
    date: '¿Cuándo quiere pagar?',
    from: '¿Desde qué cuenta bancaria quiere pagar?',
    review: 'Revise su pago',
    'cancel-payment': '¿Cancelar este pago?',
    autopay: 'Pago automático',
    'autopay-review': 'Revise y autorice el pago automático',
    'autopay-cancel': '¿Desactivar el pago automático?',
  },
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  continue: 'Continuar',
  back: 'Atrás',
  saving: 'Guardando…',
  problems: (count) => (count === 1 ? 'Hay 1 problema que corregir.' : `Hay ${count} problemas que corregir.`),
  noAccounts: 'No tiene cuentas que pagar.',
  notPayable: 'No hay nada que pagar en esta cuenta.',
  status: { closed: 'Cerrada', 'paid-off': 'Liquidada' },
  chooseAccount: 'Elija una cuenta.',
  amounts: {
    'minimum-due': 'Pago mínimo',
    'statement-balance': 'Saldo del estado de cuenta',
    'current-balance': 'Saldo actual',
    'amount-due': 'Monto adeudado',
    payoff: 'Monto de liquidación',
    fixed: 'Un monto fijo',
  },
  availableCredit: 'Crédito disponible',
  dueDate: 'Fecha de vencimiento',
  pastDue: (amount) => `Pago vencido: ${amount}. Pague lo antes posible para evitar más cargos.`,
  vehicle: 'Vehículo',
  other: 'Otro monto',
  amountHint: 'Por ejemplo, 1,234.56',
  chooseAmount: 'Elija un monto.',
  amountProblems: {
    empty: 'Escriba un monto.',
    invalid: 'Escriba un monto en dólares y centavos, como 1,234.56.',
    'too-many-decimals': 'Use dos decimales como máximo.',
    'not-positive': 'Escriba un monto mayor que cero.',
  },
  ambiguousAmount: (thousands, cents) =>
    `No sabemos si quiere decir ${thousands} o ${cents}: escriba ${thousands} con coma, o ${cents} con dos dígitos después del punto.`,
  tooLarge: (max) => `Lo máximo que puede pagar es ${max}.`,
  belowMinimum: (min) => `Es menos que su pago mínimo de ${min}. Es posible que se le cobre un cargo por pago tardío.`,
  date: 'Fecha de pago',
  dateHint: (min, max) => `Elija un día hábil entre el ${min} y el ${max}.`,
  cutoff: (time, zone) => `Los pagos hechos después de las ${time} (${zone}) se procesan el siguiente día hábil.`,
  earliest: (date) => `Lo antes posible: ${date}`,
  onDueDate: (date) => `Vencimiento: ${date}`,
  dateProblems: {
    empty: 'Elija una fecha de pago.',
    before: (min) => `La primera fecha que puede elegir es el ${min}.`,
    after: (max) => `La última fecha que puede elegir es el ${max}.`,
    notBusinessDay: (date) => `El ${date} no es un día hábil.`,
  },
  nextBusinessDay: (date) => `El siguiente día hábil es el ${date}.`,
  useDate: (date) => `Usar el ${date}`,
  onTimeQuestion: '¿Se acreditará a tiempo?',
  onTime: (date, due) => `Sí. Se acredita el ${date}, antes o en su fecha de vencimiento del ${due}.`,
  lateReason: (date, due) => `el ${date} es después de su fecha de vencimiento del ${due}`,
  shortReason: (amount, min) => `${amount} es menos que el monto adeudado de ${min}`,
  notOnTime: (reasons) => {
    const text = reasons.join(' y ');
    return `No. ${text.charAt(0).toUpperCase()}${text.slice(1)}; podría aplicarse un cargo por pago tardío.`;
  },
  nothingDue: (date) => `Se acredita el ${date}. No tiene pagos pendientes.`,
  autopayNote: (draft) =>
    draft?.amount
      ? `El pago automático está activado: también se pagarán ${draft.amount} automáticamente el ${draft.date}. Este pago no lo reemplaza.`
      : draft
        ? `El pago automático está activado: su próximo pago automático es el ${draft.date}. Este pago no lo reemplaza.`
        : 'El pago automático está activado en esta cuenta: los pagos automáticos se siguen haciendo. Este pago no los reemplaza.',
  payFrom: 'Pagar desde',
  addBank: 'Agregar una cuenta bancaria',
  chooseBank: 'Elija una cuenta bancaria.',
  accountTypes: { checking: 'Cheques', savings: 'Ahorros' },
  holderName: 'Nombre del titular',
  routingNumber: 'Número de ruta',
  routingHint: '9 dígitos, impresos abajo a la izquierda de un cheque.',
  bankName: (name) => `Banco: ${name}`,
  accountNumber: 'Número de cuenta',
  accountHint: 'De 4 a 17 dígitos.',
  confirmAccountNumber: 'Vuelva a escribir el número de cuenta',
  accountType: 'Tipo de cuenta',
  holderEmpty: 'Escriba el nombre del titular.',
  routingProblems: {
    empty: 'Escriba el número de ruta.',
    'not-digits': 'Use solo dígitos en el número de ruta.',
    length: 'Un número de ruta tiene 9 dígitos.',
    prefix: 'Este número de ruta no es válido. Revise los dos primeros dígitos.',
    checksum: 'Este número de ruta no es válido. Revise cada dígito.',
  },
  accountProblems: {
    empty: 'Escriba el número de cuenta.',
    'not-digits': 'Use solo dígitos en el número de cuenta.',
    'too-short': 'Un número de cuenta tiene al menos 4 dígitos.',
    'too-long': 'Un número de cuenta tiene como máximo 17 dígitos.',
  },
  confirmProblems: { empty: 'Vuelva a escribir el número de cuenta.', mismatch: 'Los números de cuenta no coinciden.' },
  account: 'Cuenta',
  amount: 'Monto',
  from: 'Desde',
  bankAccount: 'Cuenta bancaria',
  authorize: 'Autorizo este pago.',
  defaultAuthorization:
    'Al seleccionar Enviar pago, usted autoriza un débito electrónico único de la cuenta bancaria indicada, por el monto y en la fecha indicados.',
  mustAuthorize: 'Marque la casilla para autorizar este pago.',
  editWhat: { account: 'Modificar la cuenta', amount: 'Modificar el monto', date: 'Modificar la fecha', from: 'Modificar la cuenta bancaria' },
  submit: 'Enviar pago',
  submitting: 'Enviando…',
  pending: {
    submit: 'Enviando su pago…',
    'add-bank-account': 'Agregando su cuenta bancaria…',
    'autopay-enroll': 'Guardando el pago automático…',
    'autopay-cancel': 'Desactivando el pago automático…',
    'cancel-payment': 'Cancelando su pago…',
  },
  unconfirmedTitle: 'Todavía no pudimos confirmar su pago',
  unconfirmedText:
    'Es posible que su pago se haya realizado. No vuelva a pagar: seleccione Verificar de nuevo y buscaremos este pago.',
  callUs: '¿Preguntas sobre este pago? Llame a',
  contactUs: '¿Preguntas sobre este pago? Comuníquese con nosotros antes de volver a pagar.',
  checkAgain: 'Verificar de nuevo',
  scheduled: 'Pago programado',
  received: 'Pago recibido',
  cancelled: 'Pago cancelado',
  confirmation: 'Número de confirmación',
  postsOn: 'Se acredita el',
  postsLater: (date) => `se acredita el ${date}`,
  amountDueAfter: 'Monto adeudado después de este pago',
  cancelUntil: (when, zone) => `Puede cancelar este pago hasta el ${when} (${zone}).`,
  cancelPayment: 'Cancelar este pago',
  cancelPaymentText: (amount, date) => `Su pago de ${amount} programado para el ${date} no se hará.`,
  confirmCancel: 'Cancelar el pago',
  keepPayment: 'Mantener el pago',
  cancelling: 'Cancelando…',
  cancelledText: 'Este pago no se hará.',
  paymentCancelled: (number) => `Pago ${number} cancelado.`,
  another: 'Hacer otro pago',
  confirmed: (number) => `Pago confirmado. Número de confirmación ${number}.`,
  autopayOn: 'El pago automático está activado.',
  autopayOff: 'El pago automático está desactivado.',
  autopayOffText: 'Con el pago automático, su pago se hace cada mes desde su cuenta bancaria.',
  setUp: 'Activar el pago automático',
  change: 'Cambiar el pago automático',
  turnOff: 'Desactivar el pago automático',
  turnOffText: 'Los pagos automáticos se detienen. Puede seguir haciendo pagos únicos.',
  keep: 'Mantener el pago automático',
  rule: 'Monto',
  fixedAmount: 'Monto fijo',
  extra: 'Monto adicional (opcional)',
  extraAmount: 'Monto adicional',
  startDate: 'Fecha de inicio',
  cancel: 'Cancelar',
  enrolled: (date) => `El pago automático está activado a partir del ${date}.`,
  nextPayment: 'Próximo pago',
  draftText: ({ amount, date }) => (amount ? `${amount} el ${date}` : `el ${date}`),
  stopBy: 'Cámbielo o deténgalo antes del',
  tooLateToStop: 'Ya no se puede cambiar ni detener: se hará',
  autopayTooLow: (min) => `El pago automático debe pagar al menos su monto adeudado de ${min}.`,
  firstPayment: 'Primer pago',
  then: 'Después',
  monthly: 'Cada mes el mismo día (el siguiente día hábil si cae en fin de semana o feriado)',
  howToStop: 'Para detener o cambiar un pago',
  stopRule: (days, time, zone) =>
    `Desactive o cambie aquí el pago automático, o llámenos, antes de las ${time} (${zone}) ${days} antes del pago.`,
  stopFirstBy: 'Para detener el primer pago',
  firstTooLate: (days) => `No es posible: faltan menos de ${days}, así que se hará una vez que lo autorice.`,
  businessDays: (n) => (n === 1 ? '1 día hábil' : `${n} días hábiles`),
  authorizeAutopay: 'Autorizar el pago automático',
  authorizeAutopayCheck: 'Autorizo el pago automático como se indica arriba.',
  mustAuthorizeAutopay: 'Marque la casilla para autorizar el pago automático.',
  defaultAutopayAuthorization: (days) =>
    `Al marcar la casilla y seleccionar Autorizar el pago automático, usted nos autoriza a debitar cada mes, por transferencia electrónica de fondos, la cuenta bancaria indicada, por el monto y a partir de la fecha indicados, hasta que desactive el pago automático. Un pago que vence en fin de semana o día feriado se debita el siguiente día hábil. Puede desactivar o cambiar aquí el pago automático en cualquier momento; para detener o cambiar un pago, hágalo al menos ${days} antes de la fecha del pago. Conserve una copia de esta autorización.`,
  autopaySetUp: 'El pago automático quedó activado.',
  autopayChanged: 'Se guardó el cambio del pago automático.',
  copySent: (channel, to) =>
    channel === 'secure-message'
      ? 'Le enviamos una copia de su autorización a sus mensajes seguros.'
      : `Le enviamos una copia de su autorización por ${channel === 'email' ? 'correo electrónico' : 'correo postal'}${to ? ` a ${to}` : ''}.`,
  keepCopy: 'Conserve esta copia de su autorización:',
  turnOffStops: (draft) => `Su próximo pago automático, ${draft}, no se hará. Puede seguir haciendo pagos únicos.`,
  turnOffTooLate: (draft) =>
    `Ya es tarde para detener su próximo pago automático, ${draft}: se hará de todos modos. Los pagos siguientes se detienen.`,
  stillRuns: ({ amount, date }) =>
    `Su pago automático ${amount ? `de ${amount} ` : ''}del ${date} se hará de todos modos: ya era tarde para detenerlo.`,
  noMoreDrafts: 'No se harán más pagos automáticos.',
};

export const messages: MessageCatalog<PaymentFormMessages> = { en, es };
