import type { LoanPaymentMethod, MessageCatalog, TransactionKind } from '@tessera/core';

export interface ActivityMessages {
  transactions: string;
  history: string;
  period: string;
  current: string;
  status: string;
  kind: string;
  all: string;
  pending: string;
  posted: string;
  returned: string;
  kinds: Record<TransactionKind, string>;
  methods: Record<LoanPaymentMethod, string>;
  search: string;
  count: (shown: number, total: number | undefined) => string;
  sorted: (column: string, ascending: boolean) => string;
  date: string;
  description: string;
  amount: string;
  applied: string;
  method: string;
  principal: string;
  interest: string;
  fees: string;
  dispute: string;
  disputeBy: (date: string) => string;
  disputePending: string;
  noMatch: string;
  empty: string;
  showMore: string;
  moreFailed: string;
  exportCsv: string;
  exportAll: string;
  exporting: (loaded: number) => string;
  exportFailed: string;
  scheduled: string;
  noScheduled: string;
  changeUntil: (when: string) => string;
  cancel: string;
  change: string;
  confirmCancel: (amount: string, date: string) => string;
  yesCancel: string;
  keep: string;
  save: string;
  saving: string;
  cancelled: string;
  changed: string;
  cancelFailed: string;
  changeFailed: string;
  newDate: string;
  newAmount: string;
}

const en: ActivityMessages = {
  transactions: 'Transactions',
  history: 'Payment history',
  period: 'Statement period',
  current: 'current',
  status: 'Status',
  kind: 'Type',
  all: 'All',
  pending: 'Pending',
  posted: 'Posted',
  returned: 'Returned',
  kinds: { purchase: 'Purchase', credit: 'Credit', payment: 'Payment', fee: 'Fee', interest: 'Interest' },
  methods: { online: 'Online', autopay: 'Auto Pay', text: 'Text', 'bill-pay': 'Bill pay', mail: 'Mail', phone: 'Phone', 'third-party': 'Third party' },
  search: 'Search description or amount',
  count: (shown, total) => (total === undefined || total === shown ? `${shown} shown` : `${shown} of ${total} shown`),
  sorted: (column, ascending) => `Sorted by ${column}, ${ascending ? 'oldest or smallest first' : 'newest or largest first'}`,
  date: 'Date',
  description: 'Description',
  amount: 'Amount',
  applied: 'Applied to',
  method: 'How it was made',
  principal: 'Principal',
  interest: 'Interest',
  fees: 'Fees',
  dispute: 'Dispute this charge',
  disputeBy: (date) => `Dispute by ${date}`,
  disputePending: 'Can be disputed once it posts',
  noMatch: 'Nothing matches.',
  empty: 'No activity in this period.',
  showMore: 'Show more',
  moreFailed: 'More could not be loaded.',
  exportCsv: 'Download CSV',
  exportAll: 'Download all as CSV',
  exporting: (loaded) => `Loading every row for the CSV: ${loaded} so far…`,
  exportFailed: 'The CSV was not made.',
  scheduled: 'Scheduled payments',
  noScheduled: 'No payments scheduled.',
  changeUntil: (when) => `Can be changed until ${when}`,
  cancel: 'Cancel payment',
  change: 'Change',
  confirmCancel: (amount, date) => `Cancel the ${amount} payment of ${date}?`,
  yesCancel: 'Yes, cancel it',
  keep: 'Keep it',
  save: 'Save change',
  saving: 'Saving…',
  cancelled: 'The lender cancelled the payment.',
  changed: 'The lender saved the change.',
  cancelFailed: 'The payment was not cancelled.',
  changeFailed: 'The change was not saved.',
  newDate: 'New date',
  newAmount: 'New amount',
};

const es: ActivityMessages = {
  transactions: 'Transacciones',
  history: 'Historial de pagos',
  period: 'Período del estado de cuenta',
  current: 'actual',
  status: 'Estado',
  kind: 'Tipo',
  all: 'Todos',
  pending: 'Pendiente',
  posted: 'Registrada',
  returned: 'Devuelto',
  kinds: { purchase: 'Compra', credit: 'Crédito', payment: 'Pago', fee: 'Cargo', interest: 'Intereses' },
  methods: { online: 'En línea', autopay: 'Pago automático', text: 'Mensaje de texto', 'bill-pay': 'Pago de facturas', mail: 'Correo', phone: 'Teléfono', 'third-party': 'Un tercero' },
  search: 'Buscar por descripción o importe',
  count: (shown, total) => (total === undefined || total === shown ? `${shown} en pantalla` : `${shown} de ${total} en pantalla`),
  sorted: (column, ascending) => `Ordenado por ${column.toLowerCase()}, ${ascending ? 'de menor a mayor' : 'de mayor a menor'}`,
  date: 'Fecha',
  description: 'Descripción',
  amount: 'Importe',
  applied: 'Aplicado a',
  method: 'Cómo se hizo',
  principal: 'Capital',
  interest: 'Intereses',
  fees: 'Cargos',
  dispute: 'Disputar este cargo',
  disputeBy: (date) => `Disputar antes del ${date}`,
  disputePending: 'Disputable al registrarse',
  noMatch: 'Nada coincide.',
  empty: 'No hay movimientos en este período.',
  showMore: 'Mostrar más',
  moreFailed: 'No se pudo cargar más.',
  exportCsv: 'Descargar CSV',
  exportAll: 'Descargar todo en CSV',
  exporting: (loaded) => `Cargando todas las filas para el CSV: ${loaded} hasta ahora…`,
  exportFailed: 'No se hizo el CSV.',
  scheduled: 'Pagos programados',
  noScheduled: 'No hay pagos programados.',
  changeUntil: (when) => `Se puede modificar hasta el ${when}`,
  cancel: 'Cancelar pago',
  change: 'Modificar',
  confirmCancel: (amount, date) => `¿Cancelar el pago de ${amount} del ${date}?`,
  yesCancel: 'Sí, cancelarlo',
  keep: 'Conservarlo',
  save: 'Guardar cambio',
  saving: 'Guardando…',
  cancelled: 'El prestamista canceló el pago.',
  changed: 'El prestamista guardó el cambio.',
  cancelFailed: 'El pago no se canceló.',
  changeFailed: 'El cambio no se guardó.',
  newDate: 'Nueva fecha',
  newAmount: 'Nuevo importe',
};

export const messages: MessageCatalog<ActivityMessages> = { en, es };
