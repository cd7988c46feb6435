import type { AutoPayEnrollment, AutoPayRule, AutoPaySettings, FieldError } from '@tessera/core';
import { payableOptions, requireAccount } from './accounts.js';
import { checkAmount, checkFundingAccount } from './amounts.js';
import { copy, invalid, isRecord, type LenderContext } from './context.js';
import { isIsoDate } from '@tessera/core';

const RULES: Record<'card' | 'vehicle-loan', readonly AutoPayRule[]> = {
  card: ['minimum-due', 'statement-balance', 'fixed'],
  'vehicle-loan': ['amount-due', 'fixed'],
};

export function getAutoPay(ctx: LenderContext, accountId: string): AutoPaySettings {
  const account = requireAccount(ctx, accountId);
  return copy(ctx.store.autoPay[account.id] ?? { accountId: account.id, enrolled: false });
}

export function setAutoPay(ctx: LenderContext, accountId: string, enrollment: AutoPayEnrollment): AutoPaySettings {
  const account = requireAccount(ctx, accountId);
  const options = payableOptions(ctx, accountId);
  const fields: Record<string, unknown> = isRecord(enrollment) ? enrollment : {};
  const errors: FieldError[] = [];

  const rule = fields.rule as AutoPayRule;
  const rules = RULES[account.kind];
  if (!rules.includes(rule)) errors.push({ field: 'rule', message: 'Choose how much Auto Pay pays each month.' });
  if (rule === 'fixed') checkAmount(fields.fixedAmount, 'fixedAmount', options, errors);
  if (fields.extraAmount !== undefined) checkAmount(fields.extraAmount, 'extraAmount', options, errors);
  checkFundingAccount(fields.fundingAccountId, ctx.store.fundingAccounts.map((a) => a.id), errors);
  if (!isIsoDate(fields.startDate)) errors.push({ field: 'startDate', message: 'Choose the date of the first payment.' });
  else if (fields.startDate < options.earliestDate)
    errors.push({ field: 'startDate', message: `Choose ${options.earliestDate} or later.` });
  if (errors.length > 0) throw invalid('Check the Auto Pay details.', errors);

  const settings: AutoPaySettings = {
    accountId: account.id,
    enrolled: true,
    rule,
    ...(rule === 'fixed' ? { fixedAmount: copy(fields.fixedAmount as AutoPaySettings['fixedAmount']) } : {}),
    ...(fields.extraAmount !== undefined ? { extraAmount: copy(fields.extraAmount as AutoPaySettings['extraAmount']) } : {}),
    fundingAccountId: fields.fundingAccountId as string,
    startDate: fields.startDate as string,
  };
  ctx.store.autoPay[account.id] = settings;
  return copy(settings);
}

export function cancelAutoPay(ctx: LenderContext, accountId: string): AutoPaySettings {
  const account = requireAccount(ctx, accountId);
  const settings: AutoPaySettings = { accountId: account.id, enrolled: false };
  ctx.store.autoPay[account.id] = settings;
  return copy(settings);
}
