import {
  isIsoDate,
  type Account,
  type AutoPaySettings,
  type FundingAccount,
  type Money,
  type PaymentOptions,
  type PaymentReceipt,
} from '@tessera/core';

// Shape checks for what the provider returns: malformed data becomes an error, never a crash.

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);

export const isMoney = (v: unknown): v is Money =>
  isObject(v) && Number.isSafeInteger(v.amount) && v.currency === 'USD';

const has = (v: Loose, keys: string[], check: (v: unknown) => boolean): boolean => keys.every((k) => check(v[k]));

export function isAccount(v: unknown): v is Account {
  if (!isObject(v) || !has(v, ['id', 'name', 'last4', 'status'], isString)) return false;
  if (!optional(v.dueDate, isIsoDate) || !optional(v.pastDueAmount, isMoney)) return false;
  if (v.kind === 'card') return has(v, ['statementBalance', 'minimumDue', 'currentBalance', 'availableCredit'], isMoney);
  return (
    v.kind === 'vehicle-loan' &&
    has(v, ['amountDue', 'payoffAmount'], isMoney) &&
    isObject(v.vehicle) &&
    Number.isInteger(v.vehicle.year) &&
    has(v.vehicle, ['make', 'model'], isString)
  );
}

export const isAccountList = (v: unknown): v is Account[] => Array.isArray(v) && v.every(isAccount);

export const isPaymentOptions = (v: unknown): v is PaymentOptions =>
  isObject(v) &&
  has(v, ['earliestDate', 'latestDate'], isIsoDate) &&
  has(v, ['cutoffTime', 'timeZone'], isString) &&
  Array.isArray(v.holidays) &&
  v.holidays.every(isIsoDate) &&
  typeof v.weekendProcessing === 'boolean' &&
  isMoney(v.maxAmount) &&
  optional(v.authorizationText, isString) &&
  optional(v.extraPaymentText, isString);

export const isFundingAccount = (v: unknown): v is FundingAccount =>
  isObject(v) && has(v, ['id', 'bankName', 'last4', 'holderName'], isString) && (v.type === 'checking' || v.type === 'savings');

export const isFundingList = (v: unknown): v is FundingAccount[] => Array.isArray(v) && v.every(isFundingAccount);

export const isReceipt = (v: unknown): v is PaymentReceipt =>
  isObject(v) &&
  has(v, ['id', 'confirmationNumber', 'accountId', 'fundingAccountId', 'status'], isString) &&
  has(v, ['date', 'postsOn'], isIsoDate) &&
  isMoney(v.amount);

export const isAutoPay = (v: unknown): v is AutoPaySettings =>
  isObject(v) &&
  typeof v.enrolled === 'boolean' &&
  optional(v.rule, isString) &&
  optional(v.fixedAmount, isMoney) &&
  optional(v.extraAmount, isMoney) &&
  optional(v.fundingAccountId, isString) &&
  optional(v.startDate, isIsoDate);
