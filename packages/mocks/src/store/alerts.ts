import type { Alert, AlertKind, IsoInstant, PayByText } from '@tessera/core';
import { CUSTOMER_EMAIL, MOCK_IDS, usd } from './ids.js';
import { both, type StoredText } from './texts.js';

/** The one-time code the mock lender sends to every number (tests and stories type it). */
export const MOCK_ALERT_CODE = '246810';
/** The verified mobile number of the seeded customer (E.164, a 555 number). */
export const MOCK_MOBILE = '+15555550134';

/** A code sent to a mobile number, waiting for the customer. */
export interface StoredVerification {
  id: string;
  phone: string;
  code: string;
  expiresAt: IsoInstant;
  resendAt: IsoInstant;
  attemptsLeft: number;
}

export interface StoredAlerts {
  alerts: Alert[];
  /** Where e-mail alerts go, masked as the lender shows it. */
  emailMasked: string;
  /** The verified mobile number (E.164); `null`: a customer with no mobile number. */
  mobile: string | null;
  consent: { text: StoredText; version: string; acceptedAt?: IsoInstant };
  /** Pay by text per account; its funding accounts are the customer's bank accounts. */
  payByText: Record<string, Omit<PayByText, 'fundingAccounts'>>;
  verifications: StoredVerification[];
  /** How long a code works. Set it to 0 for a code that has expired by the time it is typed. */
  codeLifetimeSeconds: number;
  /** How long before another code can be sent. */
  resendSeconds: number;
  /** Wrong codes allowed before the code is locked. */
  attempts: number;
}

const all = { email: false, text: false, push: false };

function alert(accountId: string, kind: AlertKind, channels: Alert['channels'], extra: Partial<Alert> = {}): Alert {
  return { id: `${accountId}-${kind}`, accountId, kind, channels, ...extra };
}

const limits = { min: usd(100), max: usd(5_000_000) };

/**
 * The card offers every card alert on e-mail, text and push (a payment reminder by e-mail
 * and a statement alert already on); the active loan offers the payment alerts on e-mail
 * and text; the paid-off loan offers title updates by e-mail only and is not eligible for
 * pay by text.
 */
export function seedAlerts(): StoredAlerts {
  const card = MOCK_IDS.cardAccount;
  const loan = MOCK_IDS.activeLoan;
  const paidOff = MOCK_IDS.paidOffLoan;
  const due = { value: 7, choices: [1, 3, 5, 7, 10] };
  return {
    alerts: [
      alert(card, 'payment-due', { ...all, email: true }, { daysBefore: due }),
      alert(card, 'payment-received', { ...all }),
      alert(card, 'payment-returned', { ...all, email: true }),
      alert(card, 'autopay-upcoming', { ...all }),
      alert(card, 'statement-ready', { ...all, email: true }),
      alert(card, 'balance-above', { ...all }, { threshold: { amount: usd(200_000), ...limits } }),
      alert(card, 'credit-below', { ...all }, { threshold: { amount: usd(50_000), ...limits } }),
      alert(card, 'purchase-above', { ...all }, { threshold: { amount: usd(50_000), ...limits } }),
      alert(card, 'declined', { ...all, push: true }),
      alert(card, 'card-lock', { email: false, push: false }),
      alert(loan, 'payment-due', { email: true, text: false }, { daysBefore: { ...due } }),
      alert(loan, 'payment-received', { email: false, text: false }),
      alert(loan, 'payment-returned', { email: true, text: false }),
      alert(loan, 'autopay-upcoming', { email: false, text: false }),
      alert(loan, 'statement-ready', { email: true }),
      alert(paidOff, 'title-update', { email: true }),
    ],
    emailMasked: CUSTOMER_EMAIL,
    mobile: MOCK_MOBILE,
    consent: {
      text: both(
        'Harborview Bank alerts by text: up to 10 messages a month per account, depending on the alerts you choose. Message and data rates may apply. Reply STOP to end, HELP for help, or call 555-0142. Carriers are not liable for delayed or undelivered messages.',
        'Alertas de Harborview Bank por mensaje de texto: hasta 10 mensajes al mes por cuenta, según las alertas que elija. Pueden aplicarse tarifas por mensajes y datos. Responda STOP para cancelar, HELP para obtener ayuda, o llame al 555-0142. Los operadores no son responsables de mensajes retrasados o no entregados.',
      ),
      version: '2026-03',
    },
    payByText: {
      [card]: { accountId: card, eligible: true, enrolled: false, amountRule: 'minimum-due' },
      [loan]: { accountId: loan, eligible: true, enrolled: false, amountRule: 'amount-due' },
      [paidOff]: { accountId: paidOff, eligible: false, enrolled: false, amountRule: 'amount-due' },
    },
    verifications: [],
    codeLifetimeSeconds: 600,
    resendSeconds: 30,
    attempts: 3,
  };
}
