import {
  ProviderError,
  businessDaysBefore,
  isIsoDate,
  nextBusinessDay,
  type AutoPayDraft,
  type AutoPayEnrollment,
  type AutoPayRule,
  type AutoPaySettings,
  type FieldError,
  type IsoDate,
  type Money,
  type PaymentOptions,
} from '@tessera/core';
import { zonedInstant } from '../store/calendar.js';
import type { StoredAccount } from '../store/texts.js';
import { payableOptions, requireAccount } from './accounts.js';
import { checkAmount, checkAuthorization, checkFundingAccount } from './amounts.js';
import { copy, invalid, isMoneyInput, isRecord, type LenderContext } from './context.js';
import { amountDue } from './payments.js';

const RULES: Record<'card' | 'vehicle-loan', readonly AutoPayRule[]> = {
  card: ['minimum-due', 'statement-balance', 'fixed'],
  'vehicle-loan': ['amount-due', 'fixed'],
};

/** Business days before a draft by which Auto Pay must be changed for that draft. */
const NOTICE_DAYS = 3;

function dayInMonth(year: number, month: number, day: number): IsoDate {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** What a draft under `settings` takes from the account, when the rule says. */
function draftAmount(account: StoredAccount, settings: AutoPaySettings): Money | undefined {
  const base =
    settings.rule === 'fixed'
      ? settings.fixedAmount?.amount
      : settings.rule === 'statement-balance' && account.kind === 'card'
        ? account.statementBalance.amount
        : settings.rule
          ? amountDue(account)
          : undefined;
  return base === undefined ? undefined : { amount: base + (settings.extraAmount?.amount ?? 0), currency: 'USD' };
}

/**
 * The next draft: monthly on the start date's day (the next business day when that is
 * closed), after today; it can be stopped until the cutoff, `autopayNoticeDays` business
 * days before it.
 */
export function nextDraft(ctx: LenderContext, account: StoredAccount, settings: AutoPaySettings): AutoPayDraft | undefined {
  const options = ctx.store.paymentOptions[account.id];
  const start = settings.startDate;
  if (!options || !settings.enrolled || !start || !isIsoDate(start)) return undefined;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  for (let i = 0; i < 36; i++) {
    const month = m - 1 + i;
    const date = nextBusinessDay(dayInMonth(y + Math.floor(month / 12), (month % 12) + 1, d), options);
    if (date <= ctx.store.today || date < start) continue;
    const stopDay = businessDaysBefore(date, options.autopayNoticeDays ?? NOTICE_DAYS, options);
    const amount = draftAmount(account, settings);
    return {
      date,
      ...(amount ? { amount } : {}),
      stopBy: zonedInstant(stopDay, options.cutoffTime, options.timeZone),
      // The store's clock stands past today's cutoff.
      stoppable: stopDay > ctx.store.today,
    };
  }
  return undefined;
}

/** The settings as the lender shows them: with the next draft, computed from today. */
function view(ctx: LenderContext, account: StoredAccount): AutoPaySettings {
  const stored = ctx.store.autoPay[account.id] ?? { accountId: account.id, enrolled: false };
  if (!stored.enrolled) {
    // A draft too late to stop when Auto Pay was turned off is still made: shown until its date.
    const still = stored.nextDraft && stored.nextDraft.date > ctx.store.today ? { nextDraft: stored.nextDraft } : {};
    return copy({ accountId: stored.accountId, enrolled: false, ...still });
  }
  const draft = nextDraft(ctx, account, stored);
  return copy({ ...stored, ...(draft ? { nextDraft: draft } : {}) });
}

export function getAutoPay(ctx: LenderContext, accountId: string): AutoPaySettings {
  return view(ctx, requireAccount(ctx, accountId));
}

/** What makes two enrollments "the same" for one idempotency key. */
function fingerprint(accountId: string, fields: Record<string, unknown>): string {
  const money = (value: unknown) => (isRecord(value) ? [value.amount, value.currency] : null);
  const authorization = isRecord(fields.authorization) ? fields.authorization : {};
  return JSON.stringify([
    accountId,
    fields.rule,
    money(fields.fixedAmount),
    money(fields.extraAmount),
    fields.fundingAccountId,
    fields.startDate,
    authorization.version,
    authorization.text,
  ]);
}

/**
 * Sets up or changes Auto Pay with the customer's authorization. The idempotency key is
 * checked first: the same key and request answer the enrollment again, a different request
 * is a `conflict`. A fixed amount (with the extra) below the amount due is refused when the
 * account's `autopayBelowDue` is `refuse`.
 */
export function setAutoPay(ctx: LenderContext, accountId: string, enrollment: AutoPayEnrollment): AutoPaySettings {
  const { store, say } = ctx;
  const account = requireAccount(ctx, accountId);
  const options: PaymentOptions = payableOptions(ctx, accountId);
  const fields: Record<string, unknown> = isRecord(enrollment) ? enrollment : {};
  const key = fields.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw invalid(say.autopayKeyNeeded, [{ field: 'idempotencyKey', message: say.autopayKeyNeeded }]);
  }
  const print = fingerprint(account.id, fields);
  const prior = store.autopayKeys[key];
  if (prior) {
    if (prior.fingerprint !== print) throw new ProviderError('conflict', say.autopayKeyReused);
    return withCopy(ctx, view(ctx, account));
  }

  const errors: FieldError[] = [];
  const rule = fields.rule as AutoPayRule;
  const rules = RULES[account.kind];
  if (!rules.includes(rule)) errors.push({ field: 'rule', message: say.chooseRule });
  if (rule === 'fixed') checkAmount(say, fields.fixedAmount, 'fixedAmount', options, errors);
  if (fields.extraAmount !== undefined) checkAmount(say, fields.extraAmount, 'extraAmount', options, errors);
  const due = amountDue(account);
  const paid = (isMoneyInput(fields.fixedAmount) ? fields.fixedAmount.amount : 0) + (isMoneyInput(fields.extraAmount) ? fields.extraAmount.amount : 0);
  if (rule === 'fixed' && options.autopayBelowDue === 'refuse' && errors.length === 0 && paid < due) {
    errors.push({ field: 'fixedAmount', message: say.autopayAtLeast({ amount: due, currency: 'USD' }) });
  }
  checkFundingAccount(say, fields.fundingAccountId, store.fundingAccounts.map((a) => a.id), errors);
  if (!isIsoDate(fields.startDate)) errors.push({ field: 'startDate', message: say.chooseStartDate });
  else if (fields.startDate < options.earliestDate) errors.push({ field: 'startDate', message: say.dateOrLater(options.earliestDate) });
  checkAuthorization(say, fields.authorization, errors);
  if (errors.length > 0) throw invalid(say.checkAutopay, errors);

  const settings: AutoPaySettings = {
    accountId: account.id,
    enrolled: true,
    rule,
    ...(rule === 'fixed' ? { fixedAmount: copy(fields.fixedAmount as AutoPaySettings['fixedAmount']) } : {}),
    ...(fields.extraAmount !== undefined ? { extraAmount: copy(fields.extraAmount as AutoPaySettings['extraAmount']) } : {}),
    fundingAccountId: fields.fundingAccountId as string,
    startDate: fields.startDate as string,
  };
  store.autoPay[account.id] = settings;
  account.autoPayEnrolled = true;
  store.autopayKeys[key] = { fingerprint: print, accountId: account.id };
  store.authorizations.push({ kind: 'autopay', accountId: account.id, record: copy(enrollment.authorization) });
  return withCopy(ctx, view(ctx, account));
}

function withCopy(ctx: LenderContext, settings: AutoPaySettings): AutoPaySettings {
  const sent = ctx.store.authorizationCopy;
  return sent ? { ...settings, authorizationCopy: copy(sent) } : settings;
}

/** Turns Auto Pay off. A draft too late to stop is still made, and the answer says so (`nextDraft`). */
export function cancelAutoPay(ctx: LenderContext, accountId: string): AutoPaySettings {
  const account = requireAccount(ctx, accountId);
  const before = view(ctx, account);
  const still = before.nextDraft && !before.nextDraft.stoppable ? { nextDraft: before.nextDraft } : {};
  ctx.store.autoPay[account.id] = { accountId: account.id, enrolled: false, ...still };
  if (account.autoPayEnrolled !== undefined) account.autoPayEnrolled = false;
  return view(ctx, account);
}
