import { ProviderError, type Alert, type AlertChange, type AlertQuery, type AlertSettings, type IsoInstant, type PayByText, type PayByTextChange, type PhoneVerification, type PhoneVerificationResult, type TextConsent } from '@tessera/core';
import { textIn } from '../store/texts.js';
import type { StoredAlerts, StoredVerification } from '../store/alerts.js';
import { MOCK_ALERT_CODE } from '../store/alerts.js';
import { copy, invalid, isMoneyInput, isRecord, nextId, notFound, type LenderContext } from './context.js';

const say = {
  en: {
    noAlert: (id: string) => `No alert with id "${id}"`,
    noVerification: 'This code request is no longer open: ask for a new code.',
    channel: 'This alert is not offered on that channel.',
    change: 'Say which channel to turn on or off, the amount, or the days before the due date.',
    threshold: (min: string, max: string) => `Choose an amount from ${min} to ${max}.`,
    days: 'Choose one of the offered numbers of days.',
    needsMobile: 'Add and verify a mobile number before turning on text alerts.',
    needsConsent: 'Accept the text message terms before turning on text alerts.',
    phone: 'Enter a US mobile number in E.164 form, such as +15555550123.',
    resendLater: 'A new code can be sent a little later.',
    consent: 'Accept the current text message terms: their version and the time you accepted them are needed.',
    notEligible: 'Pay by text is not available for this account.',
    needsTexts: 'Turn on payment reminders by text first.',
    funding: 'Choose one of your bank accounts.',
    enrolled: 'Say whether pay by text should be on.',
  },
  es: {
    noAlert: (id: string) => `No hay ninguna alerta con el identificador "${id}"`,
    noVerification: 'Esta solicitud de código ya no está abierta: pida un código nuevo.',
    channel: 'Esta alerta no se ofrece por ese medio.',
    change: 'Indique qué medio activar o desactivar, el monto o los días antes del vencimiento.',
    threshold: (min: string, max: string) => `Elija un monto de ${min} a ${max}.`,
    days: 'Elija uno de los números de días ofrecidos.',
    needsMobile: 'Agregue y verifique un número de celular antes de activar las alertas por texto.',
    needsConsent: 'Acepte las condiciones de los mensajes de texto antes de activar las alertas por texto.',
    phone: 'Escriba un número de celular de EE. UU. en formato E.164, como +15555550123.',
    resendLater: 'Podrá pedir un código nuevo en un momento.',
    consent: 'Acepte las condiciones actuales de los mensajes de texto: se necesitan su versión y la hora en que las aceptó.',
    notEligible: 'El pago por texto no está disponible para esta cuenta.',
    needsTexts: 'Primero active los recordatorios de pago por texto.',
    funding: 'Elija una de sus cuentas bancarias.',
    enrolled: 'Indique si el pago por texto debe estar activado.',
  },
};

const US_MOBILE = /^\+1[2-9]\d{2}[2-9]\d{6}$/;
const dollars = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

function stored(ctx: LenderContext): StoredAlerts {
  return ctx.store.alerts;
}

function payByTextIn(ctx: LenderContext, accountId: string): PayByText | undefined {
  const p = stored(ctx).payByText[accountId];
  if (!p) return undefined;
  return { ...copy(p), fundingAccounts: ctx.store.fundingAccounts.map(({ id, bankName, last4 }) => ({ id, bankName, last4 })) };
}

function consentIn(ctx: LenderContext): TextConsent {
  const { text, version, acceptedAt } = stored(ctx).consent;
  return { text: textIn(text, ctx.locale), version, ...(acceptedAt ? { acceptedAt } : {}) };
}

function contactsIn(ctx: LenderContext): AlertSettings['contacts'] {
  const { emailMasked, mobile } = stored(ctx);
  return { emailMasked, ...(mobile ? { mobileLast4: mobile.slice(-4) } : {}) };
}

/** The alerts of one account or of every account that has some, with contacts, consent and pay by text. */
export function getAlerts(ctx: LenderContext, query: AlertQuery = {}): AlertSettings {
  const accountId = isRecord(query) ? query.accountId : undefined;
  if (accountId !== undefined && !ctx.store.accounts.some((a) => a.id === accountId)) throw notFound(ctx, 'account', accountId);
  const alerts = stored(ctx).alerts.filter((a) => accountId === undefined || a.accountId === accountId);
  const ids = new Set(alerts.map((a) => a.accountId));
  return {
    accounts: ctx.store.accounts.filter((a) => ids.has(a.id)).map((a) => ({ id: a.id, kind: a.kind, name: textIn(a.name, ctx.locale), last4: a.last4 })),
    alerts: copy(alerts),
    contacts: contactsIn(ctx),
    textConsent: consentIn(ctx),
    payByText: [...ids].map((id) => payByTextIn(ctx, id)).filter((p): p is PayByText => !!p),
  };
}

/** One change: a channel (text needs a verified mobile number and the accepted consent), the amount within limits, or the days among the choices. */
export function setAlert(ctx: LenderContext, alertId: string, change: AlertChange): Alert {
  const words = say[ctx.locale];
  const alert = stored(ctx).alerts.find((a) => a.id === alertId);
  if (!alert) throw new ProviderError('not-found', words.noAlert(String(alertId)));
  const c: Record<string, unknown> = isRecord(change) ? change : {};
  if (typeof c.channel === 'string') {
    const channel = c.channel as keyof Alert['channels'];
    if (!(channel in alert.channels)) throw invalid(words.channel, [{ field: 'channel', message: words.channel }]);
    if (typeof c.enabled !== 'boolean') throw invalid(words.change, [{ field: 'enabled', message: words.change }]);
    if (channel === 'text' && c.enabled) {
      if (!stored(ctx).mobile) throw new ProviderError('conflict', words.needsMobile);
      if (!stored(ctx).consent.acceptedAt) throw new ProviderError('conflict', words.needsConsent);
    }
    alert.channels[channel] = c.enabled;
  } else if ('threshold' in c && alert.threshold) {
    const { min, max } = alert.threshold;
    const amount = c.threshold;
    if (!isMoneyInput(amount) || amount.amount < min.amount || amount.amount > max.amount) {
      const message = words.threshold(dollars(min.amount), dollars(max.amount));
      throw invalid(message, [{ field: 'threshold', message }]);
    }
    alert.threshold.amount = { amount: amount.amount, currency: 'USD' };
  } else if ('daysBefore' in c && alert.daysBefore) {
    if (!alert.daysBefore.choices.includes(c.daysBefore as number)) throw invalid(words.days, [{ field: 'daysBefore', message: words.days }]);
    alert.daysBefore.value = c.daysBefore as number;
  } else {
    throw invalid(words.change, [{ field: 'channel', message: words.change }]);
  }
  return copy(alert);
}

function verificationOf(ctx: LenderContext, id: string): StoredVerification {
  const v = stored(ctx).verifications.find((x) => x.id === id);
  if (!v) throw new ProviderError('not-found', say[ctx.locale].noVerification);
  return v;
}

const later = (ctx: LenderContext, seconds: number): IsoInstant => new Date(ctx.now().getTime() + seconds * 1000).toISOString();

function issue(ctx: LenderContext, v: StoredVerification): PhoneVerification {
  const s = stored(ctx);
  v.code = MOCK_ALERT_CODE;
  v.expiresAt = later(ctx, s.codeLifetimeSeconds);
  v.resendAt = later(ctx, s.resendSeconds);
  v.attemptsLeft = s.attempts;
  return { verificationId: v.id, mobileLast4: v.phone.slice(-4), expiresAt: v.expiresAt, resendAt: v.resendAt };
}

/** Sends the code (always {@link MOCK_ALERT_CODE}) to a US mobile number in E.164. */
export function startPhoneVerification(ctx: LenderContext, phone: string): PhoneVerification {
  const words = say[ctx.locale];
  if (typeof phone !== 'string' || !US_MOBILE.test(phone)) throw invalid(words.phone, [{ field: 'phone', message: words.phone }]);
  const list = stored(ctx).verifications;
  const v: StoredVerification = { id: nextId('verify', list), phone, code: '', expiresAt: '', resendAt: '', attemptsLeft: 0 };
  list.push(v);
  return issue(ctx, v);
}

/** A new code, once `resendAt` has passed (`rate-limited` before). */
export function resendPhoneCode(ctx: LenderContext, verificationId: string): PhoneVerification {
  const v = verificationOf(ctx, verificationId);
  const wait = Math.ceil((Date.parse(v.resendAt) - ctx.now().getTime()) / 1000);
  if (wait > 0) throw new ProviderError('rate-limited', say[ctx.locale].resendLater, { retryAfter: wait });
  return issue(ctx, v);
}

/** Checks a code: too many wrong ones lock it, an old one has expired, the right one verifies the number. */
export function confirmPhone(ctx: LenderContext, verificationId: string, code: string): PhoneVerificationResult {
  const v = verificationOf(ctx, verificationId);
  if (v.attemptsLeft <= 0) return { status: 'too-many-attempts' };
  if (ctx.now().getTime() >= Date.parse(v.expiresAt)) return { status: 'expired' };
  if (String(code) !== v.code) {
    v.attemptsLeft -= 1;
    return v.attemptsLeft > 0 ? { status: 'wrong', attemptsLeft: v.attemptsLeft } : { status: 'too-many-attempts' };
  }
  const s = stored(ctx);
  s.mobile = v.phone;
  s.verifications = s.verifications.filter((x) => x !== v);
  return { status: 'verified', contacts: contactsIn(ctx) };
}

/** Records the accepted version of the text consent and when it was accepted. */
export function acceptTextConsent(ctx: LenderContext, version: string, acceptedAt: IsoInstant): TextConsent {
  const consent = stored(ctx).consent;
  const words = say[ctx.locale];
  if (version !== consent.version || typeof acceptedAt !== 'string' || Number.isNaN(Date.parse(acceptedAt))) {
    throw invalid(words.consent, [{ field: 'version', message: words.consent }]);
  }
  consent.acceptedAt = new Date(Date.parse(acceptedAt)).toISOString();
  return consentIn(ctx);
}

/** On: eligible, payment reminders by text on, one of the customer's bank accounts. Off: always. */
export function setPayByText(ctx: LenderContext, accountId: string, change: PayByTextChange): PayByText {
  const words = say[ctx.locale];
  const p = stored(ctx).payByText[accountId];
  if (!p) throw notFound(ctx, 'account', accountId);
  const c: Partial<PayByTextChange> = isRecord(change) ? change : {};
  if (typeof c.enrolled !== 'boolean') throw invalid(words.enrolled, [{ field: 'enrolled', message: words.enrolled }]);
  if (c.enrolled) {
    if (!p.eligible) throw new ProviderError('forbidden', words.notEligible);
    const reminder = stored(ctx).alerts.find((a) => a.accountId === accountId && a.kind === 'payment-due');
    if (!reminder?.channels.text || !stored(ctx).mobile) throw new ProviderError('conflict', words.needsTexts);
    if (!ctx.store.fundingAccounts.some((f) => f.id === c.fundingAccountId)) throw invalid(words.funding, [{ field: 'fundingAccountId', message: words.funding }]);
    p.fundingAccountId = c.fundingAccountId;
  } else {
    delete p.fundingAccountId;
  }
  p.enrolled = c.enrolled;
  return payByTextIn(ctx, accountId)!;
}
