import type {
  Account,
  AutoPaySettings,
  BankLookup,
  Card,
  CardCapabilities,
  CardLockPolicy,
  ContactChannel,
  CreditScore,
  DocumentOpening,
  Dispute,
  DisputeList,
  DisputeOptions,
  DocumentPage,
  LoanPaymentPage,
  StatementPeriod,
  TransactionPage,
  Faq,
  FundingAccount,
  PaymentOptions,
  PayoffQuote,
  PaymentReceipt,
  PaperlessSettings,
  Alert,
  AlertSettings,
  PayByText,
  TitleCase,
  WaysToPay,
} from '@tessera/core';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

export const account: Account = {
  id: 'card-acct-1',
  kind: 'card',
  name: 'Everyday Rewards Visa',
  last4: '4821',
  status: 'open',
  dueDate: '2026-12-15',
  statementBalance: usd(84_213),
  minimumDue: usd(3_500),
  currentBalance: usd(90_000),
  availableCredit: usd(410_000),
  creditLimit: usd(500_000),
};

export const paymentOptions: PaymentOptions = {
  accountId: 'card-acct-1',
  earliestDate: '2026-11-23',
  latestDate: '2027-01-21',
  cutoffTime: '17:00',
  timeZone: 'America/Chicago',
  holidays: ['2026-11-26'],
  weekendProcessing: false,
  maxAmount: usd(90_000),
};

export const fundingAccount: FundingAccount = {
  id: 'bank-1',
  bankName: 'First Example Bank',
  type: 'checking',
  last4: '6789',
  holderName: 'Avery Example',
};

export const bankLookup: BankLookup = { routingNumber: '021000021', bankName: 'First Example Bank' };

export const receipt: PaymentReceipt = {
  id: 'pay-1',
  confirmationNumber: 'EX-1234',
  accountId: 'card-acct-1',
  fundingAccountId: 'bank-1',
  amount: usd(5_000),
  date: '2026-11-23',
  postsOn: '2026-11-24',
  status: 'scheduled',
  createdAt: '2026-11-21T14:05:00Z',
};

export const autoPay: AutoPaySettings = {
  accountId: 'card-acct-1',
  enrolled: true,
  rule: 'minimum-due',
  fundingAccountId: 'bank-1',
  startDate: '2026-12-01',
};

export const card: Card = {
  id: 'card-1',
  accountId: 'card-acct-1',
  network: 'visa',
  last4: '4821',
  holderName: 'Avery Example',
  authorizedUser: false,
  lockable: true,
  lock: { locked: false },
};

export const lockPolicy: CardLockPolicy = { allowedWhileLocked: ['Recurring bills'], blockedWhileLocked: ['Purchases'] };

export const capabilities: CardCapabilities = { relockAfterMinutes: [15, 60], declineAlerts: true };

export const creditScore: CreditScore = {
  score: 742,
  model: 'fico-8',
  bureau: 'TransUnion',
  asOf: '2026-11-01',
  history: [{ date: '2026-11-01', score: 742 }],
  factors: [{ impact: 'helping', text: 'No late payments' }],
};

export const titleCase: TitleCase = {
  id: 'title-1',
  accountId: 'auto-acct-2',
  vehicle: { year: 2019, make: 'Juniper', model: 'Canyon', vinLast6: 'B65432' },
  payoffDate: '2026-11-02',
  titlingState: 'TX',
  delivery: { method: 'paper', recipient: 'owner' },
  steps: [{ key: 'payoff-received', status: 'done', completedOn: '2026-11-02' }],
  emailUpdates: { enabled: true, maskedEmail: 'a****@example.com' },
};

export const faq: Faq = {
  locale: 'es',
  topics: [{ id: 'payments', label: 'Pagos' }],
  entries: [{ id: 'when-posts', topic: 'payments', question: '¿Cuándo se aplica mi pago?', answer: [{ type: 'paragraph', content: ['El mismo día.'] }] }],
};

export const contactChannel: ContactChannel = {
  id: 'phone',
  kind: 'phone',
  label: 'Llámenos',
  value: '+1-555-0100',
  bestFor: ['Tarjetas perdidas'],
};

export const waysToPay: WaysToPay = {
  locale: 'es',
  ways: [
    {
      id: 'mail',
      kind: 'mail',
      name: 'Cheque por correo',
      accountKinds: ['vehicle-loan'],
      cost: { type: 'free' },
      posting: 'El día que lo recibimos',
      needs: ['account-number', 'coupon'],
      paymentAddress: ['Harborview Auto Finance', 'PO Box 5552', 'Springfield, IL 62705-5552'],
    },
  ],
  account: { id: 'auto-acct-1', kind: 'vehicle-loan', last4: '7730', revealable: true },
};

export const payoffQuote: PayoffQuote = {
  accountId: 'auto-acct-1',
  goodThrough: '2026-11-25',
  amount: { amount: 1_875_044, currency: 'USD' },
  principal: { amount: 1_864_210, currency: 'USD' },
  interest: { amount: 9_334, currency: 'USD' },
  fees: { amount: 1_500, currency: 'USD' },
  perDiem: { amount: 331, currency: 'USD' },
  letterUrl: 'https://documents.example.com/payoff-letters/auto-acct-1/2026-11-25.pdf',
};

export const documentPage: DocumentPage = {
  documents: [
    {
      id: 'doc-1',
      accountId: 'card-acct-1',
      type: 'statement',
      name: 'Statement, October 2026',
      date: '2026-10-28',
      period: { from: '2026-09-29', to: '2026-10-28' },
      closingBalance: { amount: 128_437, currency: 'USD' },
      minimumDue: { amount: 3_500, currency: 'USD' },
      viewed: false,
    },
  ],
  nextCursor: 'c3',
  total: 40,
};

export const documentLink: DocumentOpening = { kind: 'link', url: 'https://documents.example.com/d/doc-1', expiresAt: '2099-01-01T00:00:00Z' };

export const paperless: PaperlessSettings = {
  accountId: 'card-acct-1',
  paperless: true,
  consent: { text: 'You agree to get statements and notices electronically.', version: 'e-2026-01' },
  consentedAt: '2026-11-21T14:05:00Z',
};

export const disputeOptions: DisputeOptions = {
  transaction: { id: 'txn-2041', accountId: 'card-acct-1', accountKind: 'card', date: '2026-10-26', amount: { amount: 8_450, currency: 'USD' }, merchant: 'Lakeside Outfitters', statementDate: '2026-11-01', disputable: true, cardId: 'card-1' },
  reasons: [{ reason: 'other', questions: [{ id: 'details', kind: 'text', label: 'Tell us what happened', required: true, maxLength: 500 }], attachments: true }],
  attachments: { accept: ['application/pdf'], maxBytes: 5_242_880, maxFiles: 3 },
  terms: { timeZone: 'America/Chicago', windowDays: 60, complaintUrl: 'https://www.example.com/complaints' },
};

export const dispute: Dispute = {
  id: 'dsp-7',
  caseNumber: 'DC-260007',
  accountId: 'card-acct-1',
  transactionId: 'txn-2041',
  merchant: 'Lakeside Outfitters',
  amount: { amount: 8_450, currency: 'USD' },
  reason: 'other',
  status: 'submitted',
  steps: [{ status: 'submitted', date: '2026-11-21' }],
  attachments: ['receipt.pdf'],
};

export const disputeList: DisputeList = { disputes: [dispute], terms: { timeZone: 'America/Chicago' } };
export const statementPeriods: StatementPeriod[] = [{ id: '2026-11', from: '2026-11-01', to: '2026-11-30', current: true }];

export const transactionPage: TransactionPage = {
  transactions: [
    {
      id: 'txn-1',
      accountId: 'card-acct-1',
      kind: 'purchase',
      status: 'posted',
      date: '2026-11-18',
      postedOn: '2026-11-19',
      description: 'SUNNYSIDE PHARMACY 18',
      amount: { amount: 3_816, currency: 'USD' },
      disputableUntil: '2027-01-29',
    },
  ],
  nextCursor: 'c1',
  total: 16,
};

export const loanPaymentPage: LoanPaymentPage = {
  payments: [
    {
      id: 'lpm-1',
      accountId: 'auto-acct-1',
      date: '2026-10-19',
      amount: { amount: 48_612, currency: 'USD' },
      status: 'posted',
      method: 'autopay',
      applied: { principal: { amount: 38_400, currency: 'USD' }, interest: { amount: 10_212, currency: 'USD' }, fees: { amount: 0, currency: 'USD' } },
    },
  ],
};

export const alert: Alert = {
  id: 'card-acct-1-balance-above',
  accountId: 'card-acct-1',
  kind: 'balance-above',
  channels: { email: true, text: false, push: false },
  threshold: { amount: usd(200_000), min: usd(100), max: usd(5_000_000) },
};

export const payByText: PayByText = {
  accountId: 'card-acct-1',
  eligible: true,
  enrolled: true,
  amountRule: 'minimum-due',
  fundingAccounts: [{ id: 'bank-1', bankName: 'Lakeshore Community Bank', last4: '6789' }],
  fundingAccountId: 'bank-1',
};

export const alertSettings: AlertSettings = {
  accounts: [{ id: 'card-acct-1', kind: 'card', name: 'Everyday Rewards Visa', last4: '4821' }],
  alerts: [alert],
  contacts: { emailMasked: 'j••••••@example.com', mobileLast4: '0134' },
  textConsent: { text: 'Up to 10 messages a month. Message and data rates may apply. Reply STOP to end, HELP for help.', version: '2026-03' },
  payByText: [payByText],
};
