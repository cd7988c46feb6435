import { addDays, type DisputableTransaction, type Dispute, type DisputeQuestion, type DisputeReason, type DisputeTerms, type IsoDate } from '@tessera/core';
import { LENDER_NAME, MOCK_IDS, usd } from './ids.js';
import { both, type StoredText } from './texts.js';

export interface StoredDisputeQuestion extends Omit<DisputeQuestion, 'label' | 'hint'> {
  label: StoredText;
  hint?: StoredText;
}

export interface StoredDisputeReason {
  reason: DisputeReason;
  questions: StoredDisputeQuestion[];
  attachments: boolean;
}

/** A charge as the disputes slice knows it: why it cannot be disputed in both languages. */
export interface StoredDisputeTransaction extends Omit<DisputableTransaction, 'notDisputable'> {
  notDisputable?: StoredText;
}

export interface StoredDisputeTerms extends Omit<DisputeTerms, 'fraudLiability' | 'nextSteps' | 'loanHelp'> {
  fraudLiability?: StoredText;
  nextSteps?: StoredText[];
  loanHelp?: StoredText;
}

/** The disputes slice's data: charges, reasons and questions, terms, cases and what was sent. */
export interface StoredDisputes {
  transactions: StoredDisputeTransaction[];
  reasons: StoredDisputeReason[];
  /** `null`: files cannot be attached. */
  attachmentRules: { accept: string[]; maxBytes: number; maxFiles: number } | null;
  terms: StoredDisputeTerms;
  /** Cases, newest first. */
  cases: Dispute[];
  /** Files received: only their names and sizes are kept. */
  attachments: Array<{ id: string; name: string; size: number; type: string }>;
  /** Cases by idempotency key: what was asked (a fingerprint) and the case it opened. */
  keys: Record<string, { fingerprint: string; disputeId: string }>;
}

const q = (id: string, kind: DisputeQuestion['kind'], label: StoredText, required: boolean, more: Partial<StoredDisputeQuestion> = {}): StoredDisputeQuestion => ({
  id,
  kind,
  label,
  required,
  ...more,
});

const merchantContacted = q('merchantContacted', 'yes-no', both('Did you contact the merchant?', '¿Se comunicó con el comercio?'), true);
const details = (required: boolean): StoredDisputeQuestion =>
  q('details', 'text', both('Tell us what happened', 'Cuéntenos qué pasó'), required, {
    maxLength: 500,
    hint: both('Include what resolution you are seeking.', 'Indique qué solución busca.'),
  });

function seedReasons(): StoredDisputeReason[] {
  return [
    {
      reason: 'fraud',
      questions: [
        q('cardInHand', 'yes-no', both('Do you still have your card?', '¿Todavía tiene su tarjeta?'), true),
        q('details', 'text', both('Anything else we should know?', '¿Algo más que debamos saber?'), false, { maxLength: 300 }),
      ],
      attachments: false,
    },
    { reason: 'duplicate', questions: [q('otherChargeDate', 'date', both('Date of the other charge', 'Fecha del otro cargo'), true), merchantContacted, details(false)], attachments: true },
    { reason: 'wrong-amount', questions: [q('expectedAmount', 'money', both('The amount you agreed to pay', 'El monto que aceptó pagar'), true), merchantContacted, details(false)], attachments: true },
    { reason: 'refund-missing', questions: [q('returnedOn', 'date', both('When did you return it or cancel?', '¿Cuándo lo devolvió o canceló?'), true), merchantContacted, details(false)], attachments: true },
    { reason: 'not-received', questions: [q('expectedOn', 'date', both('When should it have arrived?', '¿Cuándo debía llegar?'), true), merchantContacted, details(true)], attachments: true },
    { reason: 'recurring-canceled', questions: [q('canceledOn', 'date', both('When did you cancel?', '¿Cuándo canceló?'), true), merchantContacted, details(false)], attachments: true },
    { reason: 'other', questions: [merchantContacted, details(true)], attachments: true },
  ];
}

/** Ids of the seeded charges, for tests and stories. */
export const DISPUTE_IDS = {
  /** On the last statement: well inside the window. */
  recent: 'txn-2041',
  /** On a statement sent more than 60 days ago: past the window. */
  late: 'txn-1877',
  /** On no statement yet. */
  pending: 'txn-2066',
  /** A vehicle loan's fee: not open-end credit. */
  loan: 'txn-loan-311',
  /** Already disputed. */
  disputed: 'txn-1990',
} as const;

export function seedDisputes(today: IsoDate): StoredDisputes {
  const month = today.slice(0, 7);
  const statement = `${month}-01`;
  const card = { accountId: MOCK_IDS.cardAccount, accountKind: 'card' as const, cardId: MOCK_IDS.card, disputable: true };
  const transactions: StoredDisputeTransaction[] = [
    { ...card, id: DISPUTE_IDS.recent, date: addDays(statement, -6), amount: usd(8_450), merchant: 'Lakeside Outfitters', statementDate: statement },
    { ...card, id: DISPUTE_IDS.late, date: addDays(statement, -96), amount: usd(12_900), merchant: 'Northwind Streaming', statementDate: addDays(statement, -80) },
    { ...card, id: DISPUTE_IDS.pending, date: addDays(today, -3), amount: usd(5_999), merchant: 'QX Digital Services' },
    {
      id: DISPUTE_IDS.loan,
      accountId: MOCK_IDS.activeLoan,
      accountKind: 'vehicle-loan',
      date: addDays(statement, -10),
      amount: usd(2_500),
      merchant: LENDER_NAME,
      statementDate: statement,
      disputable: false,
    },
    {
      ...card,
      id: DISPUTE_IDS.disputed,
      date: addDays(statement, -20),
      amount: usd(4_210),
      merchant: 'Bayside Grill',
      statementDate: statement,
      disputable: false,
      notDisputable: both('A dispute is already open for this charge.', 'Ya hay una disputa abierta por este cargo.'),
    },
  ];
  const d = (n: number): IsoDate => addDays(today, -n);
  const base = { accountId: MOCK_IDS.cardAccount, attachments: [] as string[] };
  const cases: Dispute[] = [
    { ...base, id: 'dsp-6', caseNumber: 'DC-260006', transactionId: DISPUTE_IDS.disputed, merchant: 'Bayside Grill', amount: usd(4_210), reason: 'duplicate', status: 'submitted', steps: [{ status: 'submitted', date: d(2) }] },
    { ...base, id: 'dsp-5', caseNumber: 'DC-260005', transactionId: 'txn-1950', merchant: 'Cedar Market', amount: usd(3_118), reason: 'wrong-amount', status: 'acknowledged', steps: [{ status: 'submitted', date: d(12) }, { status: 'acknowledged', date: d(9) }], attachments: ['receipt.pdf'] },
    { ...base, id: 'dsp-4', caseNumber: 'DC-260004', transactionId: 'txn-1921', merchant: 'Summit Fitness', amount: usd(4_999), reason: 'recurring-canceled', status: 'under-review', steps: [{ status: 'submitted', date: d(25) }, { status: 'acknowledged', date: d(21) }, { status: 'under-review', date: d(14) }] },
    { ...base, id: 'dsp-3', caseNumber: 'DC-260003', transactionId: 'txn-1866', merchant: 'Pinecrest Electronics', amount: usd(21_999), reason: 'not-received', status: 'provisional-credit', steps: [{ status: 'submitted', date: d(40) }, { status: 'acknowledged', date: d(37) }, { status: 'under-review', date: d(30) }, { status: 'provisional-credit', date: d(28), amount: usd(21_999) }] },
    { ...base, id: 'dsp-2', caseNumber: 'DC-260002', transactionId: 'txn-1702', merchant: 'Harbor Hotel', amount: usd(18_400), reason: 'refund-missing', status: 'resolved-customer', steps: [{ status: 'submitted', date: d(95) }, { status: 'acknowledged', date: d(90) }, { status: 'resolved-customer', date: d(50) }] },
    { ...base, id: 'dsp-1', caseNumber: 'DC-260001', transactionId: 'txn-1650', merchant: 'Maple Air', amount: usd(35_000), reason: 'other', status: 'resolved-merchant', steps: [{ status: 'submitted', date: d(130) }, { status: 'acknowledged', date: d(126) }, { status: 'under-review', date: d(110) }, { status: 'resolved-merchant', date: d(70) }] },
  ];
  return {
    transactions,
    reasons: seedReasons(),
    attachmentRules: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024, maxFiles: 3 },
    terms: {
      timeZone: 'America/Chicago',
      windowDays: 60,
      acknowledgeDays: 30,
      resolveDays: 90,
      fraudLiability: both(
        'You are not responsible for charges you did not make or allow.',
        'Usted no es responsable de los cargos que no hizo ni autorizó.',
      ),
      nextSteps: [
        both('We confirm we received your dispute within 30 days.', 'Le confirmamos que recibimos su disputa en un plazo de 30 días.'),
        both('We resolve it within two billing cycles, at most 90 days.', 'La resolvemos en dos ciclos de facturación, 90 días como máximo.'),
        both('Meanwhile you need not pay the disputed amount or its finance charges.', 'Mientras tanto no tiene que pagar el monto en disputa ni sus cargos financieros.'),
      ],
      loanHelp: both(
        'To question a charge on your vehicle loan, call us at 555-0142 or write to us with your account number and the charge.',
        'Para consultar un cargo de su préstamo de vehículo, llámenos al 555-0142 o escríbanos con su número de cuenta y el cargo.',
      ),
      complaintUrl: 'https://www.example.com/harborview/complaints',
      regulatorUrl: 'https://regulator.example.com/complaint',
    },
    cases,
    attachments: [],
    keys: {},
  };
}
