import type {
  Account,
  AutoPayEnrollment,
  AutoPaySettings,
  BankLookup,
  Card,
  CardCapabilities,
  CardLockPolicy,
  ContactChannel,
  CreditScore,
  Faq,
  FundingAccount,
  IsoDate,
  Locale,
  NewFundingAccount,
  PaymentOptions,
  PaymentReceipt,
  PaymentRequest,
  PayoffQuote,
  SetCardLock,
  TitleCase,
  RevealedAccountNumber,
  WaysToPay,
  DocumentOpening,
  DocumentPage,
  DocumentQuery,
  PaperlessChange,
  PaperlessSettings,
  Dispute,
  DisputeAttachment,
  DisputeList,
  DisputeOptions,
  DisputeRequest,
  LoanPaymentPage,
  ScheduledPaymentChange,
  StatementPeriod,
  TransactionPage,
  TransactionQuery,
  Alert,
  AlertChange,
  AlertQuery,
  AlertSettings,
  IsoInstant,
  PayByText,
  PayByTextChange,
  PhoneVerification,
  PhoneVerificationResult,
  TextConsent,
} from './types.js';

/** The last argument of every provider method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** The language the widget shows: providers answer customer-facing text in it (REST: `Accept-Language`). */
  locale?: Locale;
}

export interface AccountsApi {
  listAccounts(options?: CallOptions): Promise<Account[]>;
  getAccount(accountId: string, options?: CallOptions): Promise<Account>;
  /**
   * Optional: the payoff of a vehicle loan good through a date within the account's
   * `payoffQuoteWindow` (a date outside it is `validation`).
   */
  getPayoffQuote?(accountId: string, goodThrough: IsoDate, options?: CallOptions): Promise<PayoffQuote>;
  /** Optional: the account's payments still to come (status `scheduled`), soonest first. */
  listScheduledPayments?(accountId: string, options?: CallOptions): Promise<PaymentReceipt[]>;
}

export interface PaymentsApi {
  getPaymentOptions(accountId: string, options?: CallOptions): Promise<PaymentOptions>;
  listFundingAccounts(options?: CallOptions): Promise<FundingAccount[]>;
  /** The only call that ever receives a full bank account number. */
  addFundingAccount(input: NewFundingAccount, options?: CallOptions): Promise<FundingAccount>;
  /** Optional: the bank's name for a routing number; `null` when unknown. */
  lookupRoutingNumber?(routingNumber: string, options?: CallOptions): Promise<BankLookup | null>;
  /** Moves money: same `idempotencyKey` and body → the same receipt, never a second payment. */
  submitPayment(request: PaymentRequest, options?: CallOptions): Promise<PaymentReceipt>;
  /**
   * Optional: cancels a scheduled payment before its `cancelBy`; answers the payment with
   * status `cancelled` (the same answer when it already is).
   */
  cancelPayment?(paymentId: string, options?: CancelPaymentOptions): Promise<PaymentReceipt>;
  /**
   * Optional: moves a scheduled payment's date or changes its amount before its `cancelBy`;
   * answers the payment as the lender now has it. Same `idempotencyKey` and change → the same answer.
   */
  changeScheduledPayment?(paymentId: string, change: ScheduledPaymentChange, options?: CallOptions): Promise<PaymentReceipt>;
  getAutoPay(accountId: string, options?: CallOptions): Promise<AutoPaySettings>;
  /**
   * Sets up or changes Auto Pay with the authorization the customer accepted: same
   * `idempotencyKey` and body → the same answer, never a second enrollment.
   */
  setAutoPay(accountId: string, enrollment: AutoPayEnrollment, options?: CallOptions): Promise<AutoPaySettings>;
  /** Turns Auto Pay off; `nextDraft` in the answer is a draft too late to stop, still made. */
  cancelAutoPay(accountId: string, options?: CallOptions): Promise<AutoPaySettings>;
}

export interface CardsApi {
  listCards(options?: CallOptions): Promise<Card[]>;
  getCard(cardId: string, options?: CallOptions): Promise<Card>;
  /** Returns the card as the lender now has it. */
  setCardLock(cardId: string, change: SetCardLock, options?: CallOptions): Promise<Card>;
  getLockPolicy?(options?: CallOptions): Promise<CardLockPolicy>;
  getCapabilities?(options?: CallOptions): Promise<CardCapabilities>;
  setDeclineAlerts?(cardId: string, enabled: boolean, options?: CallOptions): Promise<Card>;
}

export interface CreditScoreApi {
  getCreditScore(options?: CallOptions): Promise<CreditScore>;
}

export interface TitlesApi {
  listTitles(options?: CallOptions): Promise<TitleCase[]>;
  setTitleEmailUpdates(titleId: string, enabled: boolean, options?: CallOptions): Promise<TitleCase>;
}

export interface HelpApi {
  getFaq(locale: Locale, options?: CallOptions): Promise<Faq>;
  getContactChannels(locale: Locale, options?: CallOptions): Promise<ContactChannel[]>;
  sendFeedback?(entryId: string, helpful: boolean, options?: CallOptions): Promise<void>;
  /**
   * Optional: every way to pay the lender, in `locale`; with `accountId`, that account's
   * masked number too (REST: `GET /help/ways-to-pay`).
   */
  getWaysToPay?(locale: Locale, options?: WaysToPayOptions): Promise<WaysToPay>;
  /**
   * Optional: an account's full number, for bill pay and checks, asked for only when the
   * customer presses "Show" (REST: `POST /accounts/{accountId}/account-number`).
   */
  revealAccountNumber?(accountId: string, options?: CallOptions): Promise<RevealedAccountNumber>;
}

/** `payments.cancelPayment`'s options: the key made once per confirmed cancel (REST: `Idempotency-Key`). */
export interface CancelPaymentOptions extends CallOptions {
  idempotencyKey?: string;
}

/** `help.getWaysToPay`'s options: the account the customer is paying, when known. */
export interface WaysToPayOptions extends CallOptions {
  accountId?: string;
}

export interface DocumentsApi {
  /** Documents newest first, a page at a time. */
  listDocuments(query: DocumentQuery, options?: CallOptions): Promise<DocumentPage>;
  /** A short-lived `https:` link to the document, or the file; marks it viewed. */
  openDocument(documentId: string, options?: CallOptions): Promise<DocumentOpening>;
  /** Optional: the account's paperless setting and the lender's consent text. */
  getPaperless?(accountId: string, options?: CallOptions): Promise<PaperlessSettings>;
  /** Optional: turns paperless on (with the accepted consent) or off. */
  setPaperless?(accountId: string, change: PaperlessChange, options?: CallOptions): Promise<PaperlessSettings>;
}

export interface DisputesApi {
  /** A charge's facts, the reasons with their questions, attachment limits and the lender's terms. */
  getDisputeOptions(accountId: string, transactionId: string, options?: CallOptions): Promise<DisputeOptions>;
  /** Optional: sends one file (checked for type and size first); answers its id and name. */
  uploadDisputeAttachment?(file: Blob, name: string, options?: CallOptions): Promise<DisputeAttachment>;
  /** Opens a case: the same `idempotencyKey` and body answer the same case, a different body `conflict`. */
  startDispute(request: DisputeRequest, options?: CallOptions): Promise<Dispute>;
  /** The customer's disputes (one account's with `accountId`), newest first, with the terms. */
  listDisputes(query: { accountId?: string }, options?: CallOptions): Promise<DisputeList>;
  getDispute(disputeId: string, options?: CallOptions): Promise<Dispute>;
}

/**
 * What an account did: card transactions by statement period and loan payment history.
 * Scheduled payments stay with `accounts.listScheduledPayments` and their changes with
 * `payments` (`cancelPayment`, `changeScheduledPayment`): they are payments, not history.
 */
export interface ActivityApi {
  /** A card account's statement periods, newest (the current, open one) first. */
  listStatementPeriods(accountId: string, options?: CallOptions): Promise<StatementPeriod[]>;
  /** A card account's transactions in one period, filtered, a page at a time. */
  listTransactions(query: TransactionQuery, options?: CallOptions): Promise<TransactionPage>;
  /** Optional: a vehicle loan's payments, newest first, a page at a time. */
  listLoanPayments?(accountId: string, page?: { cursor?: string; limit?: number }, options?: CallOptions): Promise<LoanPaymentPage>;
}

export interface AlertsApi {
  /** The alerts the lender offers with their current settings, the contacts, the text consent and pay by text. */
  getAlerts(query: AlertQuery, options?: CallOptions): Promise<AlertSettings>;
  /** Changes one alert: one channel, its amount or its days before the due date. */
  setAlert(alertId: string, change: AlertChange, options?: CallOptions): Promise<Alert>;
  /** Sends a one-time code to a US mobile number in E.164 (`+15555550123`). */
  startPhoneVerification(phone: string, options?: CallOptions): Promise<PhoneVerification>;
  /** Sends a new code (after `resendAt`). */
  resendPhoneCode(verificationId: string, options?: CallOptions): Promise<PhoneVerification>;
  /** Checks the code the customer typed; verified, it becomes the mobile number for texts. */
  confirmPhone(verificationId: string, code: string, options?: CallOptions): Promise<PhoneVerificationResult>;
  /** Records that the customer accepted this version of the text consent, and when. */
  acceptTextConsent(version: string, acceptedAt: IsoInstant, options?: CallOptions): Promise<TextConsent>;
  /** Optional: turns pay by text on (with a funding account) or off. */
  setPayByText?(accountId: string, change: PayByTextChange, options?: CallOptions): Promise<PayByText>;
}

/** A plain object; every slice is optional and each widget asks only for its own. */
export interface TesseraProvider {
  accounts?: AccountsApi;
  payments?: PaymentsApi;
  cards?: CardsApi;
  creditScore?: CreditScoreApi;
  titles?: TitlesApi;
  help?: HelpApi;
  documents?: DocumentsApi;
  disputes?: DisputesApi;
  activity?: ActivityApi;
  alerts?: AlertsApi;
}

export type ProviderSlice = keyof TesseraProvider;
