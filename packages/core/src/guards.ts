import { ProviderError, type FieldError } from './errors.js';
import { isIsoDate } from './format.js';
import type {
  Account,
  AuthorizationCopy,
  AutoPayDraft,
  AutoPaySettings,
  BankLookup,
  Card,
  CardAccount,
  CardCapabilities,
  CardLockPolicy,
  CardLockState,
  ContactChannel,
  CreditScore,
  DocumentOpening,
  DocumentPage,
  DocumentSummary,
  LoanPayment,
  LoanPaymentPage,
  StatementPeriod,
  Transaction,
  TransactionPage,
  PaperlessSettings,
  Alert,
  AlertAccount,
  AlertSettings,
  PayByText,
  PhoneVerification,
  PhoneVerificationResult,
  TextConsent,
  Faq,
  FaqEntry,
  FaqTopic,
  FundingAccount,
  IsoDate,
  IsoInstant,
  LastPayment,
  LocalizedText,
  Money,
  OpeningHours,
  PaymentOptions,
  PaymentReceipt,
  PayoffQuote,
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
  BillPayPayee,
  RevealedAccountNumber,
  WayToPay,
  WayToPayCost,
  WayToPayPhone,
  WaysToPay,
  WaysToPayAccount,
  Dispute,
  DisputeAttachment,
  DisputeList,
  DisputeOptions,
  DisputeQuestion,
  DisputeReasonOption,
  DisputeStep,
  DisputeTerms,
  DisputableTransaction,
} from './types.js';

/**
 * A type guard for data coming from a provider. A guard that fails says why through
 * {@link lastFailure}; `rule` describes what it accepts (for diagnostics and docs).
 */
export type Guard<T> = ((value: unknown) => value is T) & {
  rule?: string;
  /** The fields, for guards made by `obj` (and `optional`/`nullable` around one). */
  shape?: Record<string, Guard<unknown>>;
  /** The item guard, for lists. */
  item?: Guard<unknown>;
};

/** The type a guard checks for. */
export type Guarded<G> = G extends Guard<infer T> ? T : never;

/** Why the last guard failed: the path to the field, the rule it broke, the value. */
export interface GuardFailure {
  path: Array<string | number>;
  rule: string;
  value: unknown;
}

let failure: GuardFailure | undefined;
/** Items left out of lenient lists during the check under way. */
let leftOut: Array<{ list: unknown[]; index: number; why: GuardFailure }> = [];

/** Records why a value was refused; always false. */
function refuse(rule: string, value: unknown): false {
  failure = { path: [], rule, value };
  return false;
}

/** What the last failed guard reported (for messages and tests). */
export function lastFailure(): GuardFailure | undefined {
  return failure;
}

/** A guard from a predicate and the rule it enforces. */
/*#__NO_SIDE_EFFECTS__*/
export function rule<T>(text: string, test: (value: unknown) => boolean): Guard<T> {
  const guard = ((v: unknown): v is T => test(v) || refuse(text, v)) as Guard<T>;
  guard.rule = text;
  return guard;
}

// ---------------------------------------------------------------------------
// Combinators: small enough to ship in every widget bundle.

export const str: Guard<string> = rule('a string', (v) => typeof v === 'string');
/** A string with at least one non-space character. */
export const text: Guard<string> = rule('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');
export const bool: Guard<boolean> = rule('true or false', (v) => typeof v === 'boolean');
/** A finite number. */
export const num: Guard<number> = rule('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));
/** A safe integer. */
export const int: Guard<number> = rule('a whole number', (v) => Number.isSafeInteger(v));

/** A string matching `re`; `what` says it in words (`4 digits`). */
export const pattern = /*#__NO_SIDE_EFFECTS__*/ (re: RegExp, what = `text matching ${String(re)}`): Guard<string> =>
  rule(what, (v) => typeof v === 'string' && re.test(v));

/** Exactly one of the given values. */
export const oneOf = /*#__NO_SIDE_EFFECTS__*/ <const T extends readonly (string | number | boolean | null)[]>(...values: T): Guard<T[number]> =>
  rule(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => values.includes(v as T[number]));

/** Absent (`undefined`) or passing `guard`. `null` is not absent. */
export const optional = /*#__NO_SIDE_EFFECTS__*/ <T>(guard: Guard<T>): Guard<T | undefined> => {
  const g = ((v: unknown): v is T | undefined => v === undefined || guard(v)) as Guard<T | undefined>;
  g.rule = `absent, or ${guard.rule ?? 'valid'}`;
  g.shape = guard.shape;
  g.item = guard.item;
  return g;
};

export const nullable = /*#__NO_SIDE_EFFECTS__*/ <T>(guard: Guard<T>): Guard<T | null> => {
  const g = ((v: unknown): v is T | null => v === null || guard(v)) as Guard<T | null>;
  g.rule = `null, or ${guard.rule ?? 'valid'}`;
  g.shape = guard.shape;
  g.item = guard.item;
  return g;
};

/**
 * Passes when any of the guards passes (unions). When none does, the failure reported is
 * the one that got furthest into the value: the branch the provider most likely meant.
 */
export const either = /*#__NO_SIDE_EFFECTS__*/ <G extends Guard<unknown>[]>(...guards: G): Guard<Guarded<G[number]>> => {
  const g = ((v: unknown): v is Guarded<G[number]> => {
    let best: GuardFailure | undefined;
    const mark = leftOut.length;
    for (const guard of guards) {
      if (guard(v)) return true;
      leftOut.length = mark;
      const now = failure!;
      if (!best || now.path.length > best.path.length) best = now;
      // Branches that fail at the same field (a discriminant such as `kind`) name every rule.
      else if (now.path.join('.') === best.path.join('.') && now.rule !== best.rule) {
        const listed = best.rule.startsWith('one of ') && now.rule.startsWith('one of ');
        best = { ...best, rule: listed ? `${best.rule}, ${now.rule.slice(7)}` : `${best.rule}, or ${now.rule}` };
      }
    }
    failure = best;
    return false;
  }) as Guard<Guarded<G[number]>>;
  g.rule = guards.map((guard) => guard.rule ?? 'valid').join(', or ');
  return g;
};

/** Prefixes the failure path with the key or index where it happened. */
function at(key: string | number): false {
  failure?.path.unshift(key);
  return false;
}

const itemsRule = (guard: Guard<unknown>): string => (guard.rule === 'an object' ? 'objects' : (guard.rule ?? 'valid items'));

/** A list whose every item passes `guard`; one bad item fails the whole list. */
export const arrayOf = /*#__NO_SIDE_EFFECTS__*/ <T>(guard: Guard<T>): Guard<T[]> => {
  const g = ((v: unknown): v is T[] =>
    Array.isArray(v) ? v.every((item, index) => guard(item) || at(index)) : refuse('a list', v)) as Guard<T[]>;
  g.rule = `a list of ${itemsRule(guard)}`;
  g.item = guard;
  return g;
};

/**
 * A list where a bad item is left out rather than failing the list: {@link assertShape}
 * returns the list without it, reports each one, and {@link leftOutOf} counts them.
 */
export const listOf = /*#__NO_SIDE_EFFECTS__*/ <T>(guard: Guard<T>): Guard<T[]> => {
  const g = ((v: unknown): v is T[] => {
    if (!Array.isArray(v)) return refuse('a list', v);
    v.forEach((item, index) => {
      if (!guard(item)) leftOut.push({ list: v, index, why: failure! });
    });
    return true;
  }) as Guard<T[]>;
  g.rule = `a list of ${itemsRule(guard)} (bad items are left out)`;
  g.item = guard;
  return g;
};

/** One guard per property of `T` (optional ones included); extra properties are allowed. */
export type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

export const obj = /*#__NO_SIDE_EFFECTS__*/ <T extends object>(shape: Shape<T>): Guard<T> => {
  const g = ((v: unknown): v is T =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.entries(shape).every(([key, guard]) => (guard as Guard<unknown>)((v as Record<string, unknown>)[key]) || at(key))
      : refuse('an object', v)) as Guard<T>;
  g.rule = 'an object';
  g.shape = shape;
  return g;
};

// ---------------------------------------------------------------------------
// Checking a provider's answer

/** A value in a diagnostic: enough to find it, never a whole account number or token. */
export function excerpt(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    if (value.length > 24) return `a ${value.length}-character string`;
    // Long runs of digits could be account numbers: keep the last four.
    return JSON.stringify(value.replace(/\d{5,}/g, (run) => '•'.repeat(run.length - 4) + run.slice(-4)));
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) && Math.abs(value) > 99_999 ? 'a long number' : String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value;
}

function describe(method: string, what: string, why: GuardFailure): string {
  const path = why.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  return `${method} → ${what}${path}: expected ${why.rule} (got ${excerpt(why.value)})`;
}

// Global, so a provider from one bundle and a widget from another agree on the count.
const SKIPPED = Symbol.for('tessera.leftOut');
const skipped: WeakMap<object, number> = ((globalThis as { [SKIPPED]?: WeakMap<object, number> })[SKIPPED] ??= new WeakMap());

/** How many bad items {@link assertShape} left out of this value's lenient lists. */
export function leftOutOf(value: unknown): number {
  return typeof value === 'object' && value !== null ? (skipped.get(value) ?? 0) : 0;
}

/** Gives a copy of a checked value (`structuredClone`) the same left-out count. */
export function withLeftOut<T>(from: unknown, copy: T): T {
  const count = leftOutOf(from);
  if (count && typeof copy === 'object' && copy !== null) skipped.set(copy, count);
  return copy;
}

/** The path from `root` to `target` (a list inside it), found only when something was left out. */
function pathTo(root: unknown, target: unknown): Array<string | number> | undefined {
  if (root === target) return [];
  if (typeof root !== 'object' || root === null) return undefined;
  for (const [key, item] of Object.entries(root)) {
    const rest = pathTo(item, target);
    if (rest) return [Array.isArray(root) ? Number(key) : key, ...rest];
  }
  return undefined;
}

/** The value with the left-out items removed, copying only the lists that change. */
function without(value: unknown, bad: Map<unknown[], Set<number>>): unknown {
  if (Array.isArray(value)) {
    const drop = bad.get(value);
    const kept = drop ? value.filter((_, index) => !drop.has(index)) : value;
    const mapped = kept.map((item) => without(item, bad));
    return drop || mapped.some((item, i) => item !== kept[i]) ? mapped : value;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const next = without(item, bad);
      if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * Reports a provider answer that breaks a rule (one console line naming the method, the
 * field and the rule) and throws the ProviderError widgets show as information that cannot
 * be shown. For rules a widget checks beyond the shape (a score on its scale).
 */
export function invalidData(method: string, what: string, why: GuardFailure): never {
  const message = describe(method, what, why);
  console.error(`[tessera] Invalid data: ${message}`);
  throw new ProviderError('unknown', message, { invalidData: true });
}

/** Reports an item left out of a list because it broke a rule (the list is still shown). */
export function reportLeftOut(method: string, what: string, why: GuardFailure): void {
  console.error(`[tessera] Invalid data, left out: ${describe(method, what, why)}`);
}

/**
 * Returns `value` when it has the expected shape (bad items of lenient lists left out,
 * each reported to the console); otherwise logs what broke which rule, e.g.
 * `cards.getCard → card.last4: expected 4 digits (got "19")`, and throws a ProviderError
 * marked `invalidData`, which widgets show as information that cannot be shown (no retry).
 */
export function assertShape<T>(value: unknown, guard: Guard<T>, what: string, method = 'provider'): T {
  leftOut = [];
  failure = undefined;
  const ok = guard(value);
  const left = leftOut;
  leftOut = [];
  if (!ok) invalidData(method, what, failure ?? { path: [], rule: guard.rule ?? 'a valid value', value });
  if (left.length === 0) return value;
  const bad = new Map<unknown[], Set<number>>();
  for (const { list, index, why } of left) {
    reportLeftOut(method, what, { ...why, path: [...(pathTo(value, list) ?? []), index, ...why.path] });
    let set = bad.get(list);
    if (!set) bad.set(list, (set = new Set()));
    set.add(index);
  }
  const cleaned = without(value, bad) as T & object;
  skipped.set(cleaned, left.length);
  return cleaned;
}

// ---------------------------------------------------------------------------
// Domain values

/** A real calendar date written `YYYY-MM-DD`. */
export const isIsoDateString: Guard<IsoDate> = rule('a calendar date YYYY-MM-DD', isIsoDate);
/** An ISO 8601 instant with a time and an offset (`Z` or `±hh:mm`). */
export const isIsoInstantString: Guard<IsoInstant> = rule(
  'an ISO 8601 date and time with an offset',
  (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
);

/** An IANA time zone that `Intl` knows (`America/Chicago`). */
export const isTimeZone: Guard<string> = rule('an IANA time zone such as "America/Chicago"', (v) => {
  if (typeof v !== 'string' || !v.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
    return true;
  } catch {
    return false;
  }
});

const id = text;
const last4 = pattern(/^\d{4}$/, '4 digits');
const clock = pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time hh:mm');
const stateCode = pattern(/^[A-Z]{2}$/, 'a two-letter state code');
const date = isIsoDateString;
const instant = isIsoInstantString;

/** Integer minor units (a safe integer) in a known currency. */
export const isMoney = obj<Money>({ amount: int, currency: oneOf('USD') });
isMoney.rule = 'money: { amount: a whole number of cents, currency: "USD" }';
export const isFieldError = obj<FieldError>({ field: str, message: str });

/** An `https:` URL (provider links are never followed over plain http or other schemes). */
export const isHttpsUrl: Guard<string> = rule('an https: URL', (v) => {
  try {
    return typeof v === 'string' && new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
});

/** A link from a provider: any string passes, but widgets link it only when it is `https:`. */
const linkUrl = rule<string>('a string, linked only when it is an https: URL', (v) => typeof v === 'string');

const accountBase = {
  id,
  name: text,
  last4,
  status: oneOf('open', 'closed', 'paid-off'),
  dueDate: optional(date),
  pastDueAmount: optional(isMoney),
  daysPastDue: optional(rule<number>('a whole number of days, 1 or more', (v) => Number.isSafeInteger(v) && (v as number) >= 1)),
  lastPayment: optional(obj<LastPayment>({ amount: isMoney, date, status: oneOf('pending', 'posted') })),
  autoPayEnrolled: optional(bool),
};

const count = rule<number>('a whole number, 0 or more', (v) => Number.isSafeInteger(v) && (v as number) >= 0);

const isVehicle = obj<Vehicle>({
  year: int,
  make: text,
  model: text,
  vinLast6: pattern(/^[A-HJ-NPR-Z0-9]{6}$/, 'the last 6 characters of a VIN (digits and capitals, no I, O or Q)'),
});

export const isCardAccount = obj<CardAccount>({
  ...accountBase,
  kind: oneOf('card'),
  statementBalance: isMoney,
  minimumDue: isMoney,
  currentBalance: isMoney,
  availableCredit: isMoney,
  creditLimit: isMoney,
  statementClosingDate: optional(date),
});

export const isVehicleLoanAccount = obj<VehicleLoanAccount>({
  ...accountBase,
  kind: oneOf('vehicle-loan'),
  amountDue: isMoney,
  payoffAmount: isMoney,
  vehicle: isVehicle,
  principalBalance: optional(isMoney),
  interestRate: optional(rule<number>('a percentage from 0 to 100', (v) => typeof v === 'number' && v >= 0 && v <= 100)),
  paymentsMade: optional(count),
  paymentsLeft: optional(count),
  maturityDate: optional(date),
  paidOffDate: optional(date),
  payoffQuoteWindow: optional(
    rule<{ earliestDate: IsoDate; latestDate: IsoDate }>(
      'an object { earliestDate, latestDate } of calendar dates, earliestDate first',
      (v) => {
        const w = v as { earliestDate?: unknown; latestDate?: unknown } | null;
        return typeof w === 'object' && w !== null && isIsoDate(w.earliestDate) && isIsoDate(w.latestDate) && w.earliestDate <= w.latestDate;
      },
    ),
  ),
});

export const isAccount: Guard<Account> = either(isCardAccount, isVehicleLoanAccount);

const isPayoffQuoteShape = obj<PayoffQuote>({
  accountId: id,
  goodThrough: date,
  amount: isMoney,
  principal: isMoney,
  interest: isMoney,
  fees: isMoney,
  perDiem: isMoney,
  letterUrl: optional(linkUrl),
});

/** A payoff quote whose breakdown adds up: `amount` = `principal` + `interest` + `fees`. */
export const isPayoffQuote: Guard<PayoffQuote> = Object.assign(
  (v: unknown): v is PayoffQuote => {
    if (!isPayoffQuoteShape(v)) return false;
    const adds = v.amount.amount === v.principal.amount + v.interest.amount + v.fees.amount;
    return adds || refuse('principal + interest + fees', v.amount) || at('amount');
  },
  { rule: isPayoffQuoteShape.rule, shape: isPayoffQuoteShape.shape },
);

// ---------------------------------------------------------------------------
// Payments

const bankAccountType = oneOf('checking', 'savings');

export const isFundingAccount = obj<FundingAccount>({
  id,
  bankName: text,
  type: bankAccountType,
  last4,
  holderName: text,
  preferred: optional(bool),
});

export const isBankLookup = obj<BankLookup>({ routingNumber: pattern(/^\d{9}$/, '9 digits'), bankName: text });

/** A lender's wording: a string, or both languages as `{ en, es? }`. */
export const isLocalizedText: Guard<LocalizedText> = rule(
  'a string, or { en: a string, es: absent or a string }',
  (v) =>
    typeof v === 'string' ||
    (typeof v === 'object' &&
      v !== null &&
      typeof (v as { en?: unknown }).en === 'string' &&
      ['undefined', 'string'].includes(typeof (v as { es?: unknown }).es)),
);

export const isPaymentOptions = obj<PaymentOptions>({
  accountId: id,
  earliestDate: date,
  latestDate: date,
  cutoffTime: clock,
  timeZone: isTimeZone,
  holidays: arrayOf(date),
  weekendProcessing: bool,
  maxAmount: isMoney,
  authorizationText: optional(isLocalizedText),
  authorizationVersion: optional(text),
  extraPaymentText: optional(isLocalizedText),
  suggestedAmount: optional(oneOf('minimum-due', 'statement-balance', 'current-balance', 'amount-due', 'payoff')),
  autopayAuthorizationText: optional(isLocalizedText),
  autopayAuthorizationVersion: optional(text),
  autopayNoticeDays: optional(
    rule<number>('a whole number of business days from 0 to 30', (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 30),
  ),
  autopayBelowDue: optional(oneOf('warn', 'refuse')),
});

export const isPaymentReceipt = obj<PaymentReceipt>({
  id,
  confirmationNumber: text,
  accountId: id,
  fundingAccountId: id,
  amount: isMoney,
  date,
  postsOn: date,
  status: oneOf('scheduled', 'processing', 'posted', 'cancelled'),
  createdAt: instant,
  cancelBy: optional(instant),
  amountDueAfter: optional(isMoney),
});

export const isAutoPaySettings = obj<AutoPaySettings>({
  accountId: id,
  enrolled: bool,
  rule: optional(oneOf('amount-due', 'minimum-due', 'statement-balance', 'fixed')),
  fixedAmount: optional(isMoney),
  extraAmount: optional(isMoney),
  fundingAccountId: optional(id),
  startDate: optional(date),
  nextDraft: optional(obj<AutoPayDraft>({ date, amount: optional(isMoney), stopBy: instant, stoppable: bool })),
  authorizationCopy: optional(obj<AuthorizationCopy>({ channel: oneOf('email', 'mail', 'secure-message'), to: optional(text) })),
});

// ---------------------------------------------------------------------------
// Cards

export const isCard = obj<Card>({
  id,
  accountId: id,
  network: oneOf('visa', 'mastercard', 'amex', 'discover'),
  nickname: optional(str),
  last4,
  holderName: text,
  authorizedUser: bool,
  lockable: bool,
  notLockableReason: optional(str),
  lock: obj<CardLockState>({ locked: bool, changedAt: optional(instant), relockAt: optional(instant) }),
  declineAlerts: optional(bool),
});

export const isCardLockPolicy = obj<CardLockPolicy>({
  allowedWhileLocked: listOf(text),
  blockedWhileLocked: listOf(text),
});

export const isCardCapabilities = obj<CardCapabilities>({
  relockAfterMinutes: optional(listOf(rule<number>('a whole number of minutes above 0', (v) => Number.isSafeInteger(v) && (v as number) > 0))),
  declineAlerts: bool,
});

// ---------------------------------------------------------------------------
// Credit score

const isScorePoint = obj<ScorePoint>({ date, score: int });
const isScoreBand = obj<ScoreBand>({ key: text, label: optional(text), min: int, max: int });

export const isCreditScore = obj<CreditScore>({
  score: nullable(int),
  model: oneOf('fico-8', 'fico-9', 'fico-10', 'fico-auto-8', 'fico-bankcard-8', 'vantage-3', 'vantage-4'),
  bureau: oneOf('TransUnion', 'Equifax', 'Experian'),
  asOf: date,
  range: optional(obj({ min: int, max: int })),
  bands: optional(arrayOf(isScoreBand)),
  previous: optional(isScorePoint),
  history: listOf(isScorePoint),
  factors: listOf(obj<ScoreFactor>({ impact: oneOf('helping', 'hurting'), text })),
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
  id,
  accountId: id,
  vehicle: isVehicle,
  payoffDate: date,
  titlingState: stateCode,
  previousState: optional(stateCode),
  delivery: obj({ method: oneOf('electronic', 'paper'), recipient: oneOf('owner', 'dmv') }),
  steps: arrayOf(isTitleStep),
  guidance: optional(listOf(text)),
  tracking: optional(obj<TitleTracking>({ carrier: text, number: text, url: optional(linkUrl) })),
  emailUpdates: obj({ enabled: bool, maskedEmail: text }),
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

// A search aid, bounded so that it stays one: at most 20 words or phrases of 1–60 characters.
const keywords = rule<string[]>(
  'a list of at most 20 non-empty strings of at most 60 characters',
  (v) => Array.isArray(v) && v.length <= 20 && v.every((k) => text(k) && k.length <= 60),
);

const isFaqEntry = obj<FaqEntry>({ id, topic: id, question: text, answer: arrayOf(isRichBlock), keywords: optional(keywords) });

export const isFaq = obj<Faq>({
  locale: oneOf('en', 'es'),
  topics: listOf(obj<FaqTopic>({ id, label: text })),
  entries: listOf(isFaqEntry),
});

const isOpeningHours = obj<OpeningHours>({
  days: arrayOf(rule<number>('a day of the week, 0 (Sunday) to 6', (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 6)),
  opens: clock,
  closes: clock,
});

export const isContactChannel = obj<ContactChannel>({
  id,
  kind: oneOf('phone', 'secure-message', 'mail'),
  label: text,
  value: either(text, arrayOf(text)),
  hours: optional(arrayOf(isOpeningHours)),
  timeZone: optional(isTimeZone),
  bestFor: listOf(text),
});

// ---------------------------------------------------------------------------
// Ways to pay

const accountKind = oneOf('card', 'vehicle-loan');

/** Address lines: a recipient, a street or PO box, a city line; at most six. */
const isPostalAddress = rule<string[]>(
  'an address: 2 to 6 non-empty lines',
  (v) => Array.isArray(v) && v.length >= 2 && v.length <= 6 && v.every((line) => text(line)),
);

const isWayToPayCost: Guard<WayToPayCost> = either(
  obj<{ type: 'free' }>({ type: oneOf('free') }),
  obj<{ type: 'fee'; amount: Money; chargedBy?: string }>({
    type: oneOf('fee'),
    amount: rule<Money>('a fee: a whole, positive number of cents in USD', (v) => isMoney(v) && v.amount > 0),
    chargedBy: optional(text),
  }),
  obj<{ type: 'varies'; chargedBy?: string }>({ type: oneOf('varies'), chargedBy: optional(text) }),
);
isWayToPayCost.rule = 'a cost: { type: "free" }, { type: "fee", amount: money above zero, chargedBy?: text } or { type: "varies", chargedBy?: text }';

const isWayToPayPhone = obj<WayToPayPhone>({
  number: pattern(/^\+?[\d\s().-]{7,20}$/, 'a phone number: digits, spaces, dots, dashes, parentheses, an optional leading +'),
  hours: optional(arrayOf(isOpeningHours)),
  timeZone: optional(isTimeZone),
});

export const isWayToPay = obj<WayToPay>({
  id,
  kind: oneOf('online', 'autopay', 'text', 'bill-pay', 'mail', 'phone', 'debit-card', 'cash'),
  name: text,
  accountKinds: rule<WayToPay['accountKinds']>(
    'a non-empty list of account kinds ("card", "vehicle-loan")',
    (v) => Array.isArray(v) && v.length > 0 && v.every((k) => accountKind(k)),
  ),
  cost: isWayToPayCost,
  posting: text,
  needs: arrayOf(oneOf('account-number', 'bank-account', 'zip-code', 'coupon', 'debit-card', 'mobile-phone')),
  notes: optional(arrayOf(text)),
  paymentAddress: optional(isPostalAddress),
  correspondenceAddress: optional(isPostalAddress),
  phone: optional(isWayToPayPhone),
  payee: optional(obj<BillPayPayee>({ name: text, address: optional(isPostalAddress) })),
  url: optional(linkUrl),
});

export const isWaysToPayAccount = obj<WaysToPayAccount>({ id, kind: accountKind, last4, revealable: bool });

/** Ways to pay: a way that breaks a rule is left out (and reported), the others shown. */
export const isWaysToPay = obj<WaysToPay>({
  locale: oneOf('en', 'es'),
  ways: listOf(isWayToPay),
  account: optional(isWaysToPayAccount),
});

export const isRevealedAccountNumber = obj<RevealedAccountNumber>({
  accountId: id,
  accountNumber: pattern(/^\d{6,17}$/, '6 to 17 digits'),
});

// Documents

export const isDocumentSummary = obj<DocumentSummary>({
  id,
  accountId: id,
  type: oneOf('statement', 'notice', 'payoff-letter', 'lien-release', 'tax'),
  name: text,
  date,
  period: optional(obj({ from: date, to: date })),
  closingBalance: optional(isMoney),
  minimumDue: optional(isMoney),
  viewed: bool,
});

export const isDocumentPage = obj<DocumentPage>({
  documents: listOf(isDocumentSummary),
  nextCursor: optional(text),
  total: optional(rule<number>('a whole number of documents, 0 or more', (v) => Number.isSafeInteger(v) && (v as number) >= 0)),
});

export const isDocumentOpening: Guard<DocumentOpening> = either(
  obj<{ kind: 'link'; url: string; expiresAt: string }>({ kind: oneOf('link'), url: isHttpsUrl, expiresAt: instant }),
  obj<{ kind: 'file'; fileName: string; mediaType: string; data: string }>({
    kind: oneOf('file'),
    fileName: text,
    mediaType: text,
    data: pattern(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 data'),
  }),
);

export const isPaperlessSettings = obj<PaperlessSettings>({
  accountId: id,
  paperless: bool,
  consent: obj({ text, version: text }),
  consentedAt: optional(instant),
  paperStartsOn: optional(date),
});

// Disputes

const disputeReason = oneOf('fraud', 'duplicate', 'wrong-amount', 'refund-missing', 'not-received', 'recurring-canceled', 'other');
const disputeStatus = oneOf('submitted', 'acknowledged', 'under-review', 'provisional-credit', 'resolved-customer', 'resolved-merchant');
const days = rule<number>('a whole number of days, 1 or more', (v) => Number.isSafeInteger(v) && (v as number) >= 1);

export const isDisputeQuestion = obj<DisputeQuestion>({
  id,
  kind: oneOf('date', 'money', 'yes-no', 'text'),
  label: text,
  hint: optional(text),
  required: bool,
  maxLength: optional(days),
});

export const isDisputeReasonOption = obj<DisputeReasonOption>({ reason: disputeReason, questions: arrayOf(isDisputeQuestion), attachments: bool });

export const isDisputableTransaction = obj<DisputableTransaction>({
  id,
  accountId: id,
  accountKind,
  date,
  amount: isMoney,
  merchant: text,
  statementDate: optional(date),
  disputable: bool,
  notDisputable: optional(text),
  cardId: optional(id),
});

export const isDisputeTerms = obj<DisputeTerms>({
  timeZone: isTimeZone,
  windowDays: optional(days),
  acknowledgeDays: optional(days),
  resolveDays: optional(days),
  fraudLiability: optional(text),
  nextSteps: optional(arrayOf(text)),
  loanHelp: optional(text),
  complaintUrl: optional(linkUrl),
  regulatorUrl: optional(linkUrl),
});

export const isDisputeOptions = obj<DisputeOptions>({
  transaction: isDisputableTransaction,
  reasons: listOf(isDisputeReasonOption),
  attachments: optional(
    obj({
      accept: arrayOf(text),
      maxBytes: rule<number>('a whole number of bytes, 1 or more', (v) => Number.isSafeInteger(v) && (v as number) >= 1),
      maxFiles: days,
    }),
  ),
  terms: isDisputeTerms,
});

export const isDisputeAttachment = obj<DisputeAttachment>({ id, name: text });

const isDisputeStep = obj<DisputeStep>({ status: disputeStatus, date, amount: optional(isMoney) });

export const isDispute = obj<Dispute>({
  id,
  caseNumber: text,
  accountId: id,
  transactionId: id,
  merchant: text,
  amount: isMoney,
  reason: disputeReason,
  status: disputeStatus,
  steps: arrayOf(isDisputeStep),
  attachments: optional(arrayOf(text)),
});

/** Disputes: one that breaks a rule is left out (and reported), the others shown. */
export const isDisputeList = obj<DisputeList>({ disputes: listOf(isDispute), terms: isDisputeTerms });

// Activity

const money = isMoney;

export const isTransaction = obj<Transaction>({
  id,
  accountId: id,
  kind: oneOf('purchase', 'credit', 'payment', 'fee', 'interest'),
  status: oneOf('pending', 'posted'),
  date,
  postedOn: optional(date),
  description: text,
  amount: rule<Money>('money of 0 or more', (v) => isMoney(v) && v.amount >= 0),
  disputableUntil: optional(date),
});

export const isTransactionPage = obj<TransactionPage>({
  transactions: listOf(isTransaction),
  nextCursor: optional(text),
  total: optional(count),
});

export const isStatementPeriod = obj<StatementPeriod>({ id, from: date, to: date, current: optional(bool) });

export const isLoanPayment = obj<LoanPayment>({
  id,
  accountId: id,
  date,
  amount: money,
  status: oneOf('pending', 'posted', 'returned'),
  returnReason: optional(text),
  method: oneOf('online', 'autopay', 'text', 'bill-pay', 'mail', 'phone', 'third-party'),
  applied: optional(obj({ principal: money, interest: money, fees: money })),
});

export const isLoanPaymentPage = obj<LoanPaymentPage>({ payments: listOf(isLoanPayment), nextCursor: optional(text) });
// Alerts

const ALERT_KINDS = ['payment-due', 'payment-received', 'payment-returned', 'autopay-upcoming', 'statement-ready', 'balance-above', 'credit-below', 'purchase-above', 'declined', 'card-lock', 'title-update'] as const;
const positiveMoney = rule<Money>('money above zero', (v) => isMoney(v) && v.amount > 0);
const dayCount = rule<number>('a whole number of days, 1 to 30', (v) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 30);

export const isAlert = obj<Alert>({
  id,
  accountId: id,
  kind: oneOf(...ALERT_KINDS),
  channels: rule<Alert['channels']>(
    'at least one of email, text, push, each true or false',
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, on]) => ['email', 'text', 'push'].includes(k) && typeof on === 'boolean'),
  ),
  threshold: optional(
    rule<NonNullable<Alert['threshold']>>(
      'an amount between min and max, all money above zero',
      (v) => {
        const t = v as Alert['threshold'];
        return !!t && positiveMoney(t.amount) && positiveMoney(t.min) && positiveMoney(t.max) && t.min.amount <= t.amount.amount && t.amount.amount <= t.max.amount;
      },
    ),
  ),
  daysBefore: optional(
    rule<NonNullable<Alert['daysBefore']>>(
      'a value among its choices, 1 to 30 days each',
      (v) => {
        const d = v as Alert['daysBefore'];
        return !!d && Array.isArray(d.choices) && d.choices.length > 0 && d.choices.every((c) => dayCount(c)) && d.choices.includes(d.value);
      },
    ),
  ),
});

export const isTextConsent = obj<TextConsent>({ text, version: text, acceptedAt: optional(instant) });

export const isPayByText = obj<PayByText>({
  accountId: id,
  eligible: bool,
  enrolled: bool,
  amountRule: oneOf('minimum-due', 'amount-due', 'statement-balance'),
  fundingAccounts: arrayOf(obj<PayByText['fundingAccounts'][number]>({ id, bankName: text, last4 })),
  fundingAccountId: optional(id),
});

const contacts = obj<AlertSettings['contacts']>({ emailMasked: optional(text), mobileLast4: optional(last4) });

/** Alerts: an alert, an account or a pay-by-text record that breaks a rule is left out (and reported). */
export const isAlertSettings = obj<AlertSettings>({
  accounts: listOf(obj<AlertAccount>({ id, kind: accountKind, name: text, last4 })),
  alerts: listOf(isAlert),
  contacts,
  textConsent: isTextConsent,
  payByText: listOf(isPayByText),
});

export const isPhoneVerification = obj<PhoneVerification>({ verificationId: id, mobileLast4: last4, expiresAt: instant, resendAt: instant });

export const isPhoneVerificationResult: Guard<PhoneVerificationResult> = either(
  obj<{ status: 'verified'; contacts: AlertSettings['contacts'] }>({ status: oneOf('verified'), contacts }),
  obj<{ status: 'wrong'; attemptsLeft: number }>({ status: oneOf('wrong'), attemptsLeft: count }),
  obj<{ status: 'expired' | 'too-many-attempts' }>({ status: oneOf('expired', 'too-many-attempts') }),
);
