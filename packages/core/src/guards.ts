import { ProviderError, type FieldError } from './errors.js';
import { isIsoDate } from './format.js';
import type {
  Account,
  AutoPaySettings,
  BankLookup,
  Card,
  CardAccount,
  CardCapabilities,
  CardLockPolicy,
  CardLockState,
  ContactChannel,
  CreditScore,
  Faq,
  FaqEntry,
  FaqTopic,
  FundingAccount,
  IsoDate,
  IsoInstant,
  Money,
  OpeningHours,
  PaymentOptions,
  PaymentReceipt,
  RichBlock,
  RichInline,
  ScoreBand,
  ScoreFactor,
  ScorePoint,
  TitleCase,
  TitleStep,
  TitleTracking,
  Vehicle,
  VehicleLoanAccount,
} from './types.js';

/** A type guard for data coming from a provider. */
export type Guard<T> = (value: unknown) => value is T;

/** The type a guard checks for. */
export type Guarded<G> = G extends Guard<infer T> ? T : never;

/**
 * Returns `value` when it has the expected shape; otherwise throws a ProviderError
 * (`unknown`, "Malformed …") so a widget shows an error instead of crashing.
 */
export function assertShape<T>(value: unknown, guard: Guard<T>, what: string): T {
  if (guard(value)) return value;
  throw new ProviderError('unknown', `Malformed ${what} from the provider`);
}

// ---------------------------------------------------------------------------
// Combinators: small enough to ship in every widget bundle.

export const str: Guard<string> = (v): v is string => typeof v === 'string';
export const bool: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
/** A finite number. */
export const num: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
/** A safe integer. */
export const int: Guard<number> = (v): v is number => Number.isSafeInteger(v);

/** A string matching `re`. */
export const pattern =
  (re: RegExp): Guard<string> =>
  (v): v is string =>
    typeof v === 'string' && re.test(v);

/** Exactly one of the given values. */
export const oneOf =
  <const T extends readonly (string | number | boolean | null)[]>(...values: T): Guard<T[number]> =>
  (v): v is T[number] =>
    values.includes(v as T[number]);

/** Absent (`undefined`) or passing `guard`. `null` is not absent. */
export const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || guard(v);

export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);

/** Passes when any of the guards passes (unions). */
export const either =
  <G extends Guard<unknown>[]>(...guards: G): Guard<Guarded<G[number]>> =>
  (v): v is Guarded<G[number]> =>
    guards.some((guard) => guard(v));

export const arrayOf =
  <T>(guard: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every((item) => guard(item));

/** One guard per property of `T` (optional ones included); extra properties are allowed. */
export type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

export const obj =
  <T extends object>(shape: Shape<T>): Guard<T> =>
  (v): v is T =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(shape).every(([key, guard]) => (guard as Guard<unknown>)((v as Record<string, unknown>)[key]));

// ---------------------------------------------------------------------------
// Domain values

/** A real calendar date written `YYYY-MM-DD`. */
export const isIsoDateString: Guard<IsoDate> = isIsoDate;
/** An ISO 8601 instant with a time and an offset (`Z` or `±hh:mm`). */
export const isIsoInstantString: Guard<IsoInstant> = (v): v is IsoInstant =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v) &&
  !Number.isNaN(Date.parse(v));

const last4 = pattern(/^\d{4}$/);
const clock = pattern(/^([01]\d|2[0-3]):[0-5]\d$/);
const date = isIsoDateString;
const instant = isIsoInstantString;

/** Integer minor units (a safe integer) in a known currency. */
export const isMoney = obj<Money>({ amount: int, currency: oneOf('USD') });
export const isFieldError = obj<FieldError>({ field: str, message: str });

const accountBase = {
  id: str,
  name: str,
  last4,
  status: oneOf('open', 'closed', 'paid-off'),
  dueDate: optional(date),
  pastDueAmount: optional(isMoney),
};

const isVehicle = obj<Vehicle>({ year: int, make: str, model: str, vinLast6: str });

export const isCardAccount = obj<CardAccount>({
  ...accountBase,
  kind: oneOf('card'),
  statementBalance: isMoney,
  minimumDue: isMoney,
  currentBalance: isMoney,
  availableCredit: isMoney,
  creditLimit: isMoney,
});

export const isVehicleLoanAccount = obj<VehicleLoanAccount>({
  ...accountBase,
  kind: oneOf('vehicle-loan'),
  amountDue: isMoney,
  payoffAmount: isMoney,
  vehicle: isVehicle,
});

export const isAccount: Guard<Account> = either(isCardAccount, isVehicleLoanAccount);

// ---------------------------------------------------------------------------
// Payments

const bankAccountType = oneOf('checking', 'savings');

export const isFundingAccount = obj<FundingAccount>({
  id: str,
  bankName: str,
  type: bankAccountType,
  last4,
  holderName: str,
});

export const isBankLookup = obj<BankLookup>({ routingNumber: pattern(/^\d{9}$/), bankName: str });

export const isPaymentOptions = obj<PaymentOptions>({
  accountId: str,
  earliestDate: date,
  latestDate: date,
  cutoffTime: clock,
  timeZone: str,
  holidays: arrayOf(date),
  weekendProcessing: bool,
  maxAmount: isMoney,
  authorizationText: optional(str),
  extraPaymentText: optional(str),
});

export const isPaymentReceipt = obj<PaymentReceipt>({
  id: str,
  confirmationNumber: str,
  accountId: str,
  fundingAccountId: str,
  amount: isMoney,
  date,
  postsOn: date,
  status: oneOf('scheduled', 'processing', 'posted'),
  createdAt: instant,
});

export const isAutoPaySettings = obj<AutoPaySettings>({
  accountId: str,
  enrolled: bool,
  rule: optional(oneOf('amount-due', 'minimum-due', 'statement-balance', 'fixed')),
  fixedAmount: optional(isMoney),
  extraAmount: optional(isMoney),
  fundingAccountId: optional(str),
  startDate: optional(date),
});

// ---------------------------------------------------------------------------
// Cards

export const isCard = obj<Card>({
  id: str,
  accountId: str,
  network: oneOf('visa', 'mastercard', 'amex', 'discover'),
  nickname: optional(str),
  last4,
  holderName: str,
  authorizedUser: bool,
  lockable: bool,
  notLockableReason: optional(str),
  lock: obj<CardLockState>({ locked: bool, changedAt: optional(instant), relockAt: optional(instant) }),
  declineAlerts: optional(bool),
});

export const isCardLockPolicy = obj<CardLockPolicy>({
  allowedWhileLocked: arrayOf(str),
  blockedWhileLocked: arrayOf(str),
});

export const isCardCapabilities = obj<CardCapabilities>({
  relockAfterMinutes: optional(arrayOf(int)),
  declineAlerts: bool,
});

// ---------------------------------------------------------------------------
// Credit score

const isScorePoint = obj<ScorePoint>({ date, score: int });
const isScoreBand = obj<ScoreBand>({ key: str, label: optional(str), min: int, max: int });

export const isCreditScore = obj<CreditScore>({
  score: nullable(int),
  model: oneOf('fico-8', 'fico-9', 'fico-10', 'fico-auto-8', 'fico-bankcard-8', 'vantage-3', 'vantage-4'),
  bureau: oneOf('TransUnion', 'Equifax', 'Experian'),
  asOf: date,
  range: optional(obj({ min: int, max: int })),
  bands: optional(arrayOf(isScoreBand)),
  previous: optional(isScorePoint),
  history: arrayOf(isScorePoint),
  factors: arrayOf(obj<ScoreFactor>({ impact: oneOf('helping', 'hurting'), text: str })),
});

// ---------------------------------------------------------------------------
// Titles

const isTitleStep = obj<TitleStep>({
  key: oneOf('payoff-received', 'payment-cleared', 'lien-released', 'title-sent', 'title-delivered'),
  status: oneOf('done', 'current', 'upcoming'),
  completedOn: optional(date),
  estimate: optional(obj({ from: date, to: optional(date) })),
  note: optional(str),
});

export const isTitleCase = obj<TitleCase>({
  id: str,
  accountId: str,
  vehicle: isVehicle,
  payoffDate: date,
  titlingState: pattern(/^[A-Z]{2}$/),
  previousState: optional(pattern(/^[A-Z]{2}$/)),
  delivery: obj({ method: oneOf('electronic', 'paper'), recipient: oneOf('owner', 'dmv') }),
  steps: arrayOf(isTitleStep),
  guidance: optional(arrayOf(str)),
  tracking: optional(obj<TitleTracking>({ carrier: str, number: str, url: optional(str) })),
  emailUpdates: obj({ enabled: bool, maskedEmail: str }),
});

// ---------------------------------------------------------------------------
// Help

const isRichInline: Guard<RichInline> = either(
  str,
  obj<{ type: 'em' | 'strong'; text: string }>({ type: oneOf('em', 'strong'), text: str }),
  obj<{ type: 'link'; href: string; text: string }>({ type: oneOf('link'), href: str, text: str }),
);
const inlines = arrayOf(isRichInline);

const isRichBlock: Guard<RichBlock> = either(
  obj<{ type: 'paragraph'; content: RichInline[] }>({ type: oneOf('paragraph'), content: inlines }),
  obj<{ type: 'list'; ordered?: boolean; items: RichInline[][] }>({
    type: oneOf('list'),
    ordered: optional(bool),
    items: arrayOf(inlines),
  }),
);

const isFaqEntry = obj<FaqEntry>({ id: str, topic: str, question: str, answer: arrayOf(isRichBlock) });

export const isFaq = obj<Faq>({
  locale: oneOf('en', 'es'),
  topics: arrayOf(obj<FaqTopic>({ id: str, label: str })),
  entries: arrayOf(isFaqEntry),
});

const isOpeningHours = obj<OpeningHours>({
  days: arrayOf((v): v is number => int(v) && v >= 0 && v <= 6),
  opens: clock,
  closes: clock,
});

export const isContactChannel = obj<ContactChannel>({
  id: str,
  kind: oneOf('phone', 'secure-message', 'mail'),
  label: str,
  value: either(str, arrayOf(str)),
  hours: optional(arrayOf(isOpeningHours)),
  timeZone: optional(str),
  bestFor: arrayOf(str),
});
