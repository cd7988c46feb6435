/**
 * Domain types shared by every Tessera widget and provider.
 *
 * Rules (DESIGN.md): money is integer minor units, never a float; calendar dates are
 * `YYYY-MM-DD` strings; instants are ISO 8601 strings; every value is plain JSON.
 */

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string;
/** An instant, ISO 8601 with offset, e.g. `2026-11-21T14:05:00Z`. */
export type IsoInstant = string;
/** An IANA time zone name, e.g. `America/Chicago`. */
export type TimeZone = string;

export type CurrencyCode = 'USD';

/** An amount of money in integer minor units (cents). */
export interface Money {
  amount: number;
  currency: CurrencyCode;
}

/** The languages every widget ships complete. */
export type Locale = 'en' | 'es';

/**
 * A lender's wording in both languages, so a widget shows the customer's language and
 * follows a language change without asking again. English is required.
 */
export interface LocalizedTexts {
  en: string;
  es?: string;
}

/**
 * A lender's wording: one string (in the language the widget asked for, `CallOptions.locale`)
 * or both languages at once.
 */
export type LocalizedText = string | LocalizedTexts;

// ---------------------------------------------------------------------------
// Accounts (payment-form, title-tracker)

export type AccountKind = 'card' | 'vehicle-loan';
export type AccountStatus = 'open' | 'closed' | 'paid-off';

interface AccountBase {
  id: string;
  kind: AccountKind;
  /** A display name, e.g. "Everyday Rewards Visa". */
  name: string;
  /** Last four digits of the account number; the full number never leaves the lender. */
  last4: string;
  status: AccountStatus;
  /** Next payment due date; absent when nothing is due. */
  dueDate?: IsoDate;
  /** Set when a payment is past due: the amount that is late. */
  pastDueAmount?: Money;
  /** With `pastDueAmount`: how many days the oldest late payment is late. */
  daysPastDue?: number;
  /** The last payment the lender received, posted or still pending. */
  lastPayment?: LastPayment;
  /** Whether Auto Pay is on; absent when the lender does not say. */
  autoPayEnrolled?: boolean;
}

/** The last payment on an account: `pending` until it posts. */
export interface LastPayment {
  amount: Money;
  date: IsoDate;
  status: 'pending' | 'posted';
}

export interface CardAccount extends AccountBase {
  kind: 'card';
  statementBalance: Money;
  minimumDue: Money;
  currentBalance: Money;
  availableCredit: Money;
  creditLimit: Money;
  /**
   * The day the last statement closed. A negative `currentBalance` is a credit balance
   * (the lender owes the customer); a `currentBalance` above `creditLimit` is over the limit.
   */
  statementClosingDate?: IsoDate;
}

export interface Vehicle {
  year: number;
  make: string;
  model: string;
  /** Last six characters of the VIN. */
  vinLast6: string;
}

export interface VehicleLoanAccount extends AccountBase {
  kind: 'vehicle-loan';
  /** The regular installment due (plus anything past due). */
  amountDue: Money;
  payoffAmount: Money;
  vehicle: Vehicle;
  /** The principal still owed (the payoff amount less interest and fees). */
  principalBalance?: Money;
  /** The annual interest rate in percent, e.g. `6.49`. */
  interestRate?: number;
  /** Installments paid so far. */
  paymentsMade?: number;
  /** Installments still to pay (0 once paid off). */
  paymentsLeft?: number;
  /** The date of the last scheduled installment. */
  maturityDate?: IsoDate;
  /** With status `paid-off`: the day the loan was paid off. */
  paidOffDate?: IsoDate;
  /**
   * The good-through dates the lender quotes a payoff for (`accounts.getPayoffQuote`);
   * absent when it does not quote this loan.
   */
  payoffQuoteWindow?: { earliestDate: IsoDate; latestDate: IsoDate };
}

export type Account = CardAccount | VehicleLoanAccount;

/**
 * What it takes to pay a vehicle loan off on `goodThrough`: `amount` is `principal` +
 * `interest` (to that date) + `fees`; each day later adds `perDiem`.
 */
export interface PayoffQuote {
  accountId: string;
  goodThrough: IsoDate;
  amount: Money;
  principal: Money;
  interest: Money;
  fees: Money;
  /** Interest added per day after `goodThrough`. */
  perDiem: Money;
  /** A payoff letter for this quote; opened only when it is an `https:` URL. */
  letterUrl?: string;
}

// ---------------------------------------------------------------------------
// Payments (payment-form)

export type BankAccountType = 'checking' | 'savings';

/** A saved bank account, always masked. */
export interface FundingAccount {
  id: string;
  bankName: string;
  type: BankAccountType;
  last4: string;
  holderName: string;
  /** The customer's default bank account for payments (preselected). */
  preferred?: boolean;
}

/** What the customer types to add a bank account. Goes to `addFundingAccount` only. */
export interface NewFundingAccount {
  holderName: string;
  routingNumber: string;
  accountNumber: string;
  type: BankAccountType;
}

export interface BankLookup {
  routingNumber: string;
  bankName: string;
}

/** An amount a customer can pay without typing it. */
export type PaymentAmountKind = 'minimum-due' | 'statement-balance' | 'current-balance' | 'amount-due' | 'payoff';

/** The lender's rules for scheduling a payment on one account. */
export interface PaymentOptions {
  accountId: string;
  /** The earliest date a payment can be made, already past today's cutoff. */
  earliestDate: IsoDate;
  /** The latest date a payment can be scheduled. */
  latestDate: IsoDate;
  /** Same-day cutoff in the lender's time zone, `HH:mm`. */
  cutoffTime: string;
  timeZone: TimeZone;
  /** Days the lender does not process payments (besides weekends). */
  holidays: IsoDate[];
  /** Whether weekends are processing days. */
  weekendProcessing: boolean;
  /** The largest amount the customer may pay (usually the payoff or current balance). */
  maxAmount: Money;
  /** Authorization text the customer accepts on review; a default is used when absent. */
  authorizationText?: LocalizedText;
  /** The version of `authorizationText`, recorded with the customer's acceptance. */
  authorizationVersion?: string;
  /** How extra Auto Pay money is applied, in the lender's words. */
  extraPaymentText?: LocalizedText;
  /** The amount the lender suggests (preselected); without it, the amount due. */
  suggestedAmount?: PaymentAmountKind;
  /**
   * The lender's Auto Pay authorization wording, accepted on every enrollment and change;
   * a complete default (English and Spanish) is used when absent.
   */
  autopayAuthorizationText?: LocalizedText;
  /** The version of `autopayAuthorizationText`, recorded with the customer's acceptance. */
  autopayAuthorizationVersion?: string;
  /**
   * Business days before a draft by which Auto Pay must be turned off or changed for that
   * draft to be stopped or changed (default 3), at `cutoffTime` in `timeZone`.
   */
  autopayNoticeDays?: number;
  /** A fixed Auto Pay amount below the amount due: `warn` (default) or `refuse`. */
  autopayBelowDue?: 'warn' | 'refuse';
}

/**
 * What the customer accepted, sent with the request it authorizes: which wording (its
 * version), in which language, when, and the words as they read them.
 */
export interface AuthorizationRecord {
  /** The lender's version of the wording, or the widget's for its default (`tessera-…`). */
  version: string;
  /** When the customer accepted it. */
  acceptedAt: IsoInstant;
  /** The language the customer read it in. */
  locale: Locale;
  /** The words the customer accepted, amounts, dates and the masked bank account filled in. */
  text: string;
}

export interface PaymentRequest {
  accountId: string;
  fundingAccountId: string;
  amount: Money;
  date: IsoDate;
  /** Made once per reviewed payment; the same key is reused on retry. */
  idempotencyKey: string;
  /** The authorization the customer accepted for this payment. */
  authorization?: AuthorizationRecord;
}

export type PaymentStatus = 'scheduled' | 'processing' | 'posted' | 'cancelled';

export interface PaymentReceipt {
  id: string;
  confirmationNumber: string;
  accountId: string;
  fundingAccountId: string;
  amount: Money;
  date: IsoDate;
  /** The date the payment is credited to the account. */
  postsOn: IsoDate;
  status: PaymentStatus;
  createdAt: IsoInstant;
  /** Until when a scheduled payment can be cancelled (`cancelPayment`); absent when it cannot be. */
  cancelBy?: IsoInstant;
  /** The account's amount due once this payment is counted, when the lender knows it. */
  amountDueAfter?: Money;
}

export type AutoPayRule = 'amount-due' | 'minimum-due' | 'statement-balance' | 'fixed';

/** The next automatic payment. */
export interface AutoPayDraft {
  date: IsoDate;
  /** Absent when it is not known yet (a balance before its statement). */
  amount?: Money;
  /** The last moment turning Auto Pay off (or changing it) stops or changes this draft. */
  stopBy: IsoInstant;
  /** Whether it can still be stopped: false once `stopBy` has passed, and then the draft is made. */
  stoppable: boolean;
}

/** Where the lender sent the customer's copy of an authorization. */
export interface AuthorizationCopy {
  channel: 'email' | 'mail' | 'secure-message';
  /** The destination as the lender shows it, masked (`j••••@example.com`). */
  to?: string;
}

export interface AutoPaySettings {
  accountId: string;
  enrolled: boolean;
  rule?: AutoPayRule;
  /** Required when `rule` is `fixed`. */
  fixedAmount?: Money;
  /** Optional extra amount paid on top of the rule. */
  extraAmount?: Money;
  fundingAccountId?: string;
  startDate?: IsoDate;
  /**
   * The next automatic payment. Also after Auto Pay is turned off, when it was too late to
   * stop it (`stoppable: false`): that draft is still made.
   */
  nextDraft?: AutoPayDraft;
  /** After an enrollment or change: where the copy of the authorization went. */
  authorizationCopy?: AuthorizationCopy;
}

export interface AutoPayEnrollment {
  rule: AutoPayRule;
  fixedAmount?: Money;
  extraAmount?: Money;
  fundingAccountId: string;
  startDate: IsoDate;
  /** The authorization the customer accepted for this enrollment or change. */
  authorization: AuthorizationRecord;
  /** Made once per reviewed authorization; the same key is reused on retry. */
  idempotencyKey: string;
}

// ---------------------------------------------------------------------------
// Cards (card-lock)

export type CardNetwork = 'visa' | 'mastercard' | 'amex' | 'discover';

export interface CardLockState {
  locked: boolean;
  /** When the lock state last changed. */
  changedAt?: IsoInstant;
  /** When an automatic re-lock will happen, if one is set. */
  relockAt?: IsoInstant;
}

export interface Card {
  id: string;
  accountId: string;
  network: CardNetwork;
  nickname?: string;
  last4: string;
  holderName: string;
  authorizedUser: boolean;
  lockable: boolean;
  /** Why the card cannot be locked (closed, replaced…), in the provider's words. */
  notLockableReason?: string;
  lock: CardLockState;
  /** Whether the customer gets alerts about declined attempts while locked. */
  declineAlerts?: boolean;
}

export interface CardLockPolicy {
  /** What still goes through while the card is locked. */
  allowedWhileLocked: string[];
  /** What is blocked while the card is locked. */
  blockedWhileLocked: string[];
}

export interface CardCapabilities {
  /** Automatic re-lock after N minutes, with the choices offered. */
  relockAfterMinutes?: number[];
  declineAlerts: boolean;
}

export interface SetCardLock {
  locked: boolean;
  /** With `locked: false`, re-lock after this many minutes (needs the capability). */
  relockAfterMinutes?: number;
}

// ---------------------------------------------------------------------------
// Credit score (fico-gauge)

export type ScoreModel =
  | 'fico-8'
  | 'fico-9'
  | 'fico-10'
  | 'fico-auto-8'
  | 'fico-bankcard-8'
  | 'vantage-3'
  | 'vantage-4';

export type CreditBureau = 'TransUnion' | 'Equifax' | 'Experian';

export interface ScoreBand {
  /** A stable key, e.g. `very-good`; widgets translate known keys. */
  key: string;
  /** The label in the provider's words, used for unknown keys. */
  label?: string;
  /** Inclusive bounds. */
  min: number;
  max: number;
}

export interface ScorePoint {
  date: IsoDate;
  score: number;
}

export interface ScoreFactor {
  impact: 'helping' | 'hurting';
  text: string;
}

export interface CreditScore {
  /** `null` when there is not enough credit history to score. */
  score: number | null;
  model: ScoreModel;
  bureau: CreditBureau;
  asOf: IsoDate;
  /** The model's range; widgets know the standard ones. */
  range?: { min: number; max: number };
  bands?: ScoreBand[];
  previous?: ScorePoint;
  /** Oldest first, up to 24 points. */
  history: ScorePoint[];
  /** Up to five reason statements. */
  factors: ScoreFactor[];
}

// ---------------------------------------------------------------------------
// Titles (title-tracker)

export type TitleStepKey =
  | 'payoff-received'
  | 'payment-cleared'
  | 'lien-released'
  | 'title-sent'
  | 'title-delivered';

export type TitleStepStatus = 'done' | 'current' | 'upcoming';

export interface TitleStep {
  key: TitleStepKey;
  status: TitleStepStatus;
  /** When the step was completed (done steps). */
  completedOn?: IsoDate;
  /** Estimated date or range for steps not done yet. */
  estimate?: { from: IsoDate; to?: IsoDate };
  /** Extra words from the lender about this step. */
  note?: string;
}

export type TitleDeliveryMethod = 'electronic' | 'paper';
export type TitleRecipient = 'owner' | 'dmv';

export interface TitleTracking {
  carrier: string;
  number: string;
  /** Carrier page; only http(s) URLs are ever linked. */
  url?: string;
}

export interface TitleCase {
  id: string;
  accountId: string;
  vehicle: Vehicle;
  payoffDate: IsoDate;
  /** Two-letter state code where the vehicle is titled. */
  titlingState: string;
  /** Set when the customer moved: the state the vehicle was titled in before. */
  previousState?: string;
  delivery: { method: TitleDeliveryMethod; recipient: TitleRecipient };
  steps: TitleStep[];
  /** Guidance in the lender's words; widgets have defaults per delivery method. */
  guidance?: string[];
  tracking?: TitleTracking;
  emailUpdates: { enabled: boolean; maskedEmail: string };
}

// ---------------------------------------------------------------------------
// Help (help-faq)

/** Inline rich text: plain strings, emphasis and safe links. Never HTML. */
export type RichInline =
  | string
  | { type: 'em' | 'strong'; text: string }
  | { type: 'link'; href: string; text: string };

export type RichBlock =
  | { type: 'paragraph'; content: RichInline[] }
  | { type: 'list'; ordered?: boolean; items: RichInline[][] };

export interface FaqTopic {
  id: string;
  label: string;
}

export interface FaqEntry {
  /** Stable id, used as the deep-link anchor. */
  id: string;
  topic: string;
  question: string;
  answer: RichBlock[];
  /**
   * Other words customers use for this question: synonyms, related terms, common
   * misspellings, other languages' names ("freeze", "autopago"). Searched, ranked below the
   * question's own words, never shown. At most 20, each of 1–60 characters.
   */
  keywords?: string[];
}

export interface Faq {
  locale: Locale;
  topics: FaqTopic[];
  entries: FaqEntry[];
}

export type ContactChannelKind = 'phone' | 'secure-message' | 'mail';

export interface OpeningHours {
  /** Days of the week, 0 = Sunday. */
  days: number[];
  /** `HH:mm` in the channel's time zone. */
  opens: string;
  closes: string;
}

export interface ContactChannel {
  id: string;
  kind: ContactChannelKind;
  label: string;
  /** Phone number (E.164 or display), secure-message URL, or mailing address lines. */
  value: string | string[];
  hours?: OpeningHours[];
  timeZone?: TimeZone;
  /** Problems this channel is best for, in the lender's words. */
  bestFor: string[];
}

// ---------------------------------------------------------------------------
// Ways to pay (ways-to-pay)

/**
 * How a way to pay works: `online` (a one-time payment on the host's site), `autopay`,
 * `text` (reply to a text reminder), `bill-pay` (the customer's bank sends the payment),
 * `mail` (a check), `phone`, `debit-card` (a one-time debit card payment through a third
 * party), `cash` (at a third party's locations). The first three are online: widgets offer
 * them as actions.
 */
export type WayToPayKind = 'online' | 'autopay' | 'text' | 'bill-pay' | 'mail' | 'phone' | 'debit-card' | 'cash';

/**
 * What paying this way costs. `chargedBy` names who charges a fee (a third party's name);
 * absent, the lender does.
 */
export type WayToPayCost =
  | { type: 'free' }
  | { type: 'fee'; amount: Money; chargedBy?: string }
  | { type: 'varies'; chargedBy?: string };

/** What the customer should have on hand. */
export type WayToPayNeed = 'account-number' | 'bank-account' | 'zip-code' | 'coupon' | 'debit-card' | 'mobile-phone';

/** A postal address as lines: recipient, street or PO box, city, state and ZIP code. */
export type PostalAddress = string[];

export interface WayToPayPhone {
  /** The number as dialed or displayed, e.g. `1-888-555-0163`. */
  number: string;
  hours?: OpeningHours[];
  timeZone?: TimeZone;
}

/** Who to set up as the payee in the customer's bank's bill pay. */
export interface BillPayPayee {
  name: string;
  /** Where the customer's bank mails the payment, when its bill pay asks. */
  address?: PostalAddress;
}

export interface WayToPay {
  id: string;
  kind: WayToPayKind;
  /** The lender's name for it, e.g. "Pay by phone". */
  name: string;
  /** The kinds of account it pays (at least one). */
  accountKinds: AccountKind[];
  cost: WayToPayCost;
  /** How long until a payment posts, in the lender's words. */
  posting: string;
  needs: WayToPayNeed[];
  /** More words from the lender (cutoff times, enrollment). */
  notes?: string[];
  /** Where payments go (`mail`): the account number is written on the check. */
  paymentAddress?: PostalAddress;
  /** Where letters and disputes go, never payments (`mail`). */
  correspondenceAddress?: PostalAddress;
  phone?: WayToPayPhone;
  payee?: BillPayPayee;
  /** A third party's page (a location finder, a payment page); only `https:` URLs are linked. */
  url?: string;
}

/** The account a customer asked about: its masked number, for bill pay and checks. */
export interface WaysToPayAccount {
  id: string;
  kind: AccountKind;
  /** Last four digits; the full number only through `help.revealAccountNumber`. */
  last4: string;
  /** Whether the lender shows this customer the full number on request. */
  revealable: boolean;
}

export interface WaysToPay {
  locale: Locale;
  ways: WayToPay[];
  /** Present when the call asked about one account (`accountId`). */
  account?: WaysToPayAccount;
}

/**
 * The full account number, to write on a check or set up in bill pay. Shown on screen
 * only at the customer's request; never put in events, logs, URLs or storage.
 */
export interface RevealedAccountNumber {
  accountId: string;
  accountNumber: string;
}

// Documents (documents)

export type DocumentType = 'statement' | 'notice' | 'payoff-letter' | 'lien-release' | 'tax';

export interface DocumentSummary {
  id: string;
  accountId: string;
  type: DocumentType;
  /** The lender's name for the document ("October 2026 statement"). */
  name: string;
  /** The day the document was issued. */
  date: IsoDate;
  /** Statements: the billing period. */
  period?: { from: IsoDate; to: IsoDate };
  /** Statements: the balance at the period's close. */
  closingBalance?: Money;
  /** Card statements: the minimum payment due. */
  minimumDue?: Money;
  /** False until the customer first opens it ("new"). */
  viewed: boolean;
}

export interface DocumentQuery {
  /** One account's documents; all accounts' when absent. */
  accountId?: string;
  /** One type only. */
  type?: DocumentType;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** At most this many documents (the provider may send fewer). */
  limit?: number;
}

/** Documents newest first; `nextCursor` when more are left. */
export interface DocumentPage {
  documents: DocumentSummary[];
  nextCursor?: string;
  /** How many documents match the query across every page, when the lender knows. */
  total?: number;
}

/**
 * An opened document: a short-lived `https:` link (never stored, logged or put in an event),
 * or the file itself, base64-encoded.
 */
export type DocumentOpening =
  | { kind: 'link'; url: string; expiresAt: IsoInstant }
  | { kind: 'file'; fileName: string; mediaType: string; data: string };

export interface PaperlessSettings {
  accountId: string;
  paperless: boolean;
  /** The lender's electronic-delivery consent, shown in full before the first opt-in. */
  consent: { text: string; version: string };
  /** When the customer accepted the consent; absent when never. */
  consentedAt?: IsoInstant;
  /** Off: the date paper documents start being mailed again. */
  paperStartsOn?: IsoDate;
}

export interface PaperlessChange {
  paperless: boolean;
  /** Turning on: the consent version the customer accepted, and when. */
  consentVersion?: string;
  acceptedAt?: IsoInstant;
}

// Disputes (dispute)

/**
 * Why a customer disputes a charge: `fraud` is a charge they did not make; the others are
 * charges they recognize but believe are wrong (billing errors under the Fair Credit Billing Act).
 */
export type DisputeReason = 'fraud' | 'duplicate' | 'wrong-amount' | 'refund-missing' | 'not-received' | 'recurring-canceled' | 'other';

/** One question the lender asks for a reason: a date, an amount, yes or no, or free text with a limit. */
export interface DisputeQuestion {
  id: string;
  kind: 'date' | 'money' | 'yes-no' | 'text';
  /** The question, in the lender's words. */
  label: string;
  /** More words under the question. */
  hint?: string;
  required: boolean;
  /** `text`: at most this many characters. */
  maxLength?: number;
}

/** A reason the lender accepts, with its questions and whether files may be attached. */
export interface DisputeReasonOption {
  reason: DisputeReason;
  questions: DisputeQuestion[];
  attachments: boolean;
}

/** The facts of a charge that a dispute needs, from the disputes slice itself. */
export interface DisputableTransaction {
  id: string;
  accountId: string;
  accountKind: AccountKind;
  /** The day of the charge. */
  date: IsoDate;
  amount: Money;
  merchant: string;
  /** The day the statement that first showed the charge was sent; absent while it is on none yet. */
  statementDate?: IsoDate;
  /** Whether it can be disputed here; `notDisputable` says why not. */
  disputable: boolean;
  notDisputable?: string;
  /** The card the charge was made with: fraud offers to lock it. */
  cardId?: string;
}

/** What the lender says about disputes, in the call's language; widgets fall back to their own defaults. */
export interface DisputeTerms {
  /** The lender's calendar: "today" and the 60-day window are counted in its days. */
  timeZone: TimeZone;
  /** Days after the statement date a billing-error dispute is timely (60 under the FCBA). */
  windowDays?: number;
  /** Acknowledgement within this many days (30). */
  acknowledgeDays?: number;
  /** Resolution within two billing cycles, at most this many days (90). */
  resolveDays?: number;
  /** That the customer is not liable for charges they did not make. */
  fraudLiability?: string;
  /** What happens next, after submitting. */
  nextSteps?: string[];
  /** How to question a loan charge (vehicle loans are not open-end credit). */
  loanHelp?: string;
  /** Where to write a complaint to the lender, and the consumer regulator's complaint page (`https:` only). */
  complaintUrl?: string;
  regulatorUrl?: string;
}

/** `disputes.getDisputeOptions`: the charge, the reasons with their questions, attachment limits and terms. */
export interface DisputeOptions {
  transaction: DisputableTransaction;
  reasons: DisputeReasonOption[];
  /** Media types accepted and the largest file, in bytes; absent when files cannot be attached. */
  attachments?: { accept: string[]; maxBytes: number; maxFiles: number };
  terms: DisputeTerms;
}

/** An answer: a date (`YYYY-MM-DD` string), money, yes or no, or text. */
export type DisputeAnswer = string | Money | boolean;

/** A file sent to the lender; only its name is ever shown back. */
export interface DisputeAttachment {
  id: string;
  name: string;
}

export interface DisputeRequest {
  accountId: string;
  transactionId: string;
  reason: DisputeReason;
  /** Question id → answer. */
  answers: Record<string, DisputeAnswer>;
  attachmentIds: string[];
  /** Made once per reviewed dispute: the same key never opens two cases. */
  idempotencyKey: string;
}

export type DisputeStatus = 'submitted' | 'acknowledged' | 'under-review' | 'provisional-credit' | 'resolved-customer' | 'resolved-merchant';

export interface DisputeStep {
  status: DisputeStatus;
  date: IsoDate;
  /** `provisional-credit`: the amount credited. */
  amount?: Money;
}

export interface Dispute {
  id: string;
  caseNumber: string;
  accountId: string;
  transactionId: string;
  merchant: string;
  amount: Money;
  reason: DisputeReason;
  status: DisputeStatus;
  /** The steps so far, oldest first. */
  steps: DisputeStep[];
  /** Names of the files sent. */
  attachments?: string[];
}

/** `disputes.listDisputes`: the customer's disputes, newest first, and how to escalate. */
export interface DisputeList {
  disputes: Dispute[];
  terms: DisputeTerms;
}

// Activity (activity)

/** What a card transaction did: purchases, fees and interest add to the balance; credits and payments take off it. */
export type TransactionKind = 'purchase' | 'credit' | 'payment' | 'fee' | 'interest';

export interface Transaction {
  id: string;
  accountId: string;
  kind: TransactionKind;
  /** Pending transactions have not posted yet: they can change or drop off. */
  status: 'pending' | 'posted';
  /** The day of the transaction. */
  date: IsoDate;
  /** Posted transactions: the day they posted. */
  postedOn?: IsoDate;
  /** The merchant's text as the lender sends it (any length, any direction). */
  description: string;
  /** Always positive; `kind` says which way it moves the balance. */
  amount: Money;
  /** Present when the lender lets the customer dispute this (posted) transaction: the last day to. */
  disputableUntil?: IsoDate;
}

/** One statement period of a card account; the current one has not closed yet. */
export interface StatementPeriod {
  id: string;
  from: IsoDate;
  to: IsoDate;
  current?: boolean;
}

export interface TransactionQuery {
  accountId: string;
  /** A `StatementPeriod.id`; the current period when absent. */
  periodId?: string;
  status?: Transaction['status'];
  kind?: TransactionKind;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** At most this many transactions (the provider may send fewer). */
  limit?: number;
}

/** Transactions newest first (pending before posted on the same day); `nextCursor` when more are left. */
export interface TransactionPage {
  transactions: Transaction[];
  nextCursor?: string;
  /** How many transactions match across every page, when the lender knows. */
  total?: number;
}

export type LoanPaymentMethod = 'online' | 'autopay' | 'text' | 'bill-pay' | 'mail' | 'phone' | 'third-party';

/** A payment made on a vehicle loan, and how the lender applied it. */
export interface LoanPayment {
  id: string;
  accountId: string;
  date: IsoDate;
  amount: Money;
  status: 'pending' | 'posted' | 'returned';
  /** Returned payments: why, in the lender's words ("Insufficient funds"). */
  returnReason?: string;
  method: LoanPaymentMethod;
  /** Posted payments: how the amount was split. */
  applied?: { principal: Money; interest: Money; fees: Money };
}

export interface LoanPaymentPage {
  payments: LoanPayment[];
  nextCursor?: string;
}

/** A change to a scheduled payment: its date, its amount or both, once per reviewed change. */
export interface ScheduledPaymentChange {
  date?: IsoDate;
  amount?: Money;
  idempotencyKey: string;
}

// Alerts (alerts)

/** How an alert reaches the customer. */
export type AlertChannel = 'email' | 'text' | 'push';

/** Every alert a lender may offer. */
export type AlertKind =
  | 'payment-due'
  | 'payment-received'
  | 'payment-returned'
  | 'autopay-upcoming'
  | 'statement-ready'
  | 'balance-above'
  | 'credit-below'
  | 'purchase-above'
  | 'declined'
  | 'card-lock'
  | 'title-update';

/** One alert of one account, on the channels the lender offers for it. */
export interface Alert {
  id: string;
  accountId: string;
  kind: AlertKind;
  /** The channels the lender offers for this alert, each on (`true`) or off. */
  channels: Partial<Record<AlertChannel, boolean>>;
  /** `balance-above`, `credit-below`, `purchase-above`: the amount, within the lender's limits. */
  threshold?: { amount: Money; min: Money; max: Money };
  /** `payment-due`: how many days before the due date, one of the lender's choices. */
  daysBefore?: { value: number; choices: number[] };
}

/** One change to one alert: a channel on or off, its amount, or its days before the due date. */
export type AlertChange = { channel: AlertChannel; enabled: boolean } | { threshold: Money } | { daysBefore: number };

/** An account alerts are set for (shown by name and masked number). */
export interface AlertAccount {
  id: string;
  kind: 'card' | 'vehicle-loan';
  name: string;
  last4: string;
}

/** Where alerts go, as the lender shows it: never a full address or number. */
export interface AlertContacts {
  /** The e-mail address, masked by the lender (`j••••••@example.com`). */
  emailMasked?: string;
  /** The verified mobile number's last four digits; absent when there is none. */
  mobileLast4?: string;
}

/** The lender's consent for text messages, shown before the first text alert. */
export interface TextConsent {
  /** The lender's wording in full: message frequency, "message and data rates may apply", STOP, HELP. */
  text: string;
  version: string;
  /** When the customer accepted this version; absent when never. */
  acceptedAt?: IsoInstant;
}

/** How the amount of a payment by text is decided. */
export type PayByTextAmountRule = 'minimum-due' | 'amount-due' | 'statement-balance';

/** Pay by text for one account: reply PAY to a reminder to pay. */
export interface PayByText {
  accountId: string;
  /** False: the option is not offered to this customer for this account. */
  eligible: boolean;
  enrolled: boolean;
  amountRule: PayByTextAmountRule;
  /** Bank accounts a payment by text can come from (masked). */
  fundingAccounts: Array<{ id: string; bankName: string; last4: string }>;
  /** Enrolled: the bank account payments come from. */
  fundingAccountId?: string;
}

/** Everything `<tessera-alerts>` shows: alerts, contacts, consent and pay by text. */
export interface AlertSettings {
  accounts: AlertAccount[];
  alerts: Alert[];
  contacts: AlertContacts;
  textConsent: TextConsent;
  payByText: PayByText[];
}

export interface AlertQuery {
  /** One account's alerts; every account's when absent. */
  accountId?: string;
}

/** A one-time code the lender sent to a mobile number. */
export interface PhoneVerification {
  verificationId: string;
  mobileLast4: string;
  /** When the code stops working. */
  expiresAt: IsoInstant;
  /** Not before this can another code be sent. */
  resendAt: IsoInstant;
}

/** The lender's answer to a code: verified, or why not. */
export type PhoneVerificationResult =
  | { status: 'verified'; contacts: AlertContacts }
  | { status: 'wrong'; attemptsLeft: number }
  | { status: 'expired' }
  | { status: 'too-many-attempts' };

export interface PayByTextChange {
  enrolled: boolean;
  /** Turning on: the bank account payments come from. */
  fundingAccountId?: string;
}
