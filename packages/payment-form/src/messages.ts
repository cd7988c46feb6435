import type {
  AccountNumberProblem,
  AmountProblem,
  BankAccountType,
  MessageCatalog,
  RoutingNumberProblem,
} from '@tessera/core';
import type { PresetKey } from './amount.js';
import type { PaymentStep } from './flow.js';

type Say = (value: string) => string;
type Say2 = (a: string, b: string) => string;

export interface PaymentFormMessages {
  steps: Record<Exclude<PaymentStep, 'result' | 'autopay-edit'>, string>;
  stepOf: (n: number, total: number) => string;
  continue: string;
  back: string;
  edit: Say;
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
  amountProblems: Record<Exclude<AmountProblem, 'too-large'>, string>;
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
  late: Say2;
  nothingDue: Say;
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
  submit: string;
  submitting: string;
  unconfirmedTitle: string;
  unconfirmedText: string;
  checkAgain: string;
  scheduled: string;
  received: string;
  confirmation: string;
  postsOn: string;
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
  startDate: string;
  saveAutopay: string;
  cancel: string;
  enrolled: Say;
}

const en: PaymentFormMessages = {
  steps: {
    account: 'Choose an account',
    amount: 'How much do you want to pay?',
    date: 'When do you want to pay?',
    from: 'Which bank account do you want to pay from?',
    review: 'Review your payment',
    autopay: 'Auto Pay',
    'autopay-cancel': 'Turn off Auto Pay?',
  },
  stepOf: (n, total) => `Step ${n} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  edit: (what) => `Edit ${what.toLowerCase()}`,
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
  late: (date, due) => `No. ${date} is after your due date of ${due}, so a late fee may apply.`,
  nothingDue: (date) => `It posts on ${date}. Nothing is due right now.`,
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
  submit: 'Submit payment',
  submitting: 'Submitting…',
  unconfirmedTitle: 'We couldn’t confirm your payment yet',
  unconfirmedText:
    'Your payment may have gone through. Don’t pay again: check again and we will look for this payment.',
  checkAgain: 'Check again',
  scheduled: 'Payment scheduled',
  received: 'Payment received',
  confirmation: 'Confirmation number',
  postsOn: 'Posts on',
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
  startDate: 'Start date',
  saveAutopay: 'Save Auto Pay',
  cancel: 'Cancel',
  enrolled: (date) => `Auto Pay is on, starting ${date}.`,
};

const es: PaymentFormMessages = {
  steps: {
    account: 'Elija una cuenta',
    amount: '¿Cuánto quiere pagar?',
    date: '¿Cuándo quiere pagar?',
    from: '¿Desde qué cuenta bancaria quiere pagar?',
    review: 'Revise su pago',
    autopay: 'Pago automático',
    'autopay-cancel': '¿Desactivar el pago automático?',
  },
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  continue: 'Continuar',
  back: 'Atrás',
  edit: (what) => `Modificar ${what.toLowerCase()}`,
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
  amountHint: 'Por ejemplo, 1.234,56',
  chooseAmount: 'Elija un monto.',
  amountProblems: {
    empty: 'Escriba un monto.',
    invalid: 'Escriba un monto en dólares y centavos, como 1.234,56.',
    'too-many-decimals': 'Use dos decimales como máximo.',
    'not-positive': 'Escriba un monto mayor que cero.',
  },
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
  late: (date, due) => `No. El ${date} es después de su fecha de vencimiento del ${due}; podría aplicarse un cargo por pago tardío.`,
  nothingDue: (date) => `Se acredita el ${date}. No tiene pagos pendientes.`,
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
  submit: 'Enviar pago',
  submitting: 'Enviando…',
  unconfirmedTitle: 'Todavía no pudimos confirmar su pago',
  unconfirmedText:
    'Es posible que su pago se haya realizado. No vuelva a pagar: seleccione Verificar de nuevo y buscaremos este pago.',
  checkAgain: 'Verificar de nuevo',
  scheduled: 'Pago programado',
  received: 'Pago recibido',
  confirmation: 'Número de confirmación',
  postsOn: 'Se acredita el',
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
  startDate: 'Fecha de inicio',
  saveAutopay: 'Guardar el pago automático',
  cancel: 'Cancelar',
  enrolled: (date) => `El pago automático está activado a partir del ${date}.`,
};

export const messages: MessageCatalog<PaymentFormMessages> = { en, es };
