import {
  ProviderError,
  type Dispute,
  type DisputeAttachment,
  type DisputeList,
  type DisputeOptions,
  type DisputeRequest,
  type DisputeTerms,
  type FieldError,
} from '@tessera/core';
import type { StoredDisputeTerms, StoredDisputeTransaction } from '../store/disputes.js';
import { textIn } from '../store/texts.js';
import { copy, invalid, isMoneyInput, isRecord, nextId, type LenderContext } from './context.js';

const say = {
  en: {
    noCharge: (id: string) => `No charge with id "${id}" on this account`,
    noDispute: (id: string) => `No dispute with id "${id}"`,
    keyNeeded: 'Each dispute needs an idempotency key.',
    keyReused: 'This idempotency key was used for a different dispute.',
    notDisputable: 'This charge cannot be disputed here.',
    check: 'Check the dispute and try again.',
    reason: 'Choose a reason the lender accepts.',
    answer: 'Answer this question.',
    tooLong: (n: number) => `At most ${n} characters.`,
    file: 'Attach a file.',
    fileType: 'This type of file is not accepted.',
    fileSize: 'This file is too large.',
    noFiles: 'Files cannot be attached for this reason.',
    unknownFile: 'This file was not received.',
  },
  es: {
    noCharge: (id: string) => `No hay ningún cargo con el identificador "${id}" en esta cuenta`,
    noDispute: (id: string) => `No hay ninguna disputa con el identificador "${id}"`,
    keyNeeded: 'Cada disputa necesita una clave de idempotencia.',
    keyReused: 'Esta clave de idempotencia se usó para otra disputa.',
    notDisputable: 'Este cargo no se puede disputar aquí.',
    check: 'Revise la disputa y vuelva a intentarlo.',
    reason: 'Elija un motivo que el prestamista acepte.',
    answer: 'Responda esta pregunta.',
    tooLong: (n: number) => `Como máximo ${n} caracteres.`,
    file: 'Adjunte un archivo.',
    fileType: 'No se acepta este tipo de archivo.',
    fileSize: 'Este archivo es demasiado grande.',
    noFiles: 'No se pueden adjuntar archivos para este motivo.',
    unknownFile: 'No se recibió este archivo.',
  },
};

function termsIn(terms: StoredDisputeTerms, ctx: LenderContext): DisputeTerms {
  const { fraudLiability, nextSteps, loanHelp, ...rest } = copy(terms);
  return {
    ...rest,
    ...(fraudLiability ? { fraudLiability: textIn(fraudLiability, ctx.locale) } : {}),
    ...(nextSteps ? { nextSteps: nextSteps.map((t) => textIn(t, ctx.locale)) } : {}),
    ...(loanHelp ? { loanHelp: textIn(loanHelp, ctx.locale) } : {}),
  };
}

function transactionOf(ctx: LenderContext, accountId: string, transactionId: string): StoredDisputeTransaction {
  const found = ctx.store.disputes.transactions.find((t) => t.id === transactionId && t.accountId === accountId) ?? fromActivity(ctx, accountId, transactionId);
  if (!found) throw new ProviderError('not-found', say[ctx.locale].noCharge(String(transactionId)));
  return found;
}

/**
 * A posted card charge from the activity list that the lender marks disputable: the same
 * lender answers for it when the customer presses "Dispute this charge" there. Its statement
 * is the first of the month after the charge, once that day has come.
 */
function fromActivity(ctx: LenderContext, accountId: string, transactionId: string): StoredDisputeTransaction | undefined {
  const t = ctx.store.transactions.find((x) => x.id === transactionId && x.accountId === accountId && x.status === 'posted' && x.disputableUntil);
  if (!t) return undefined;
  const [year, month] = t.date.split('-').map(Number) as [number, number];
  const statementDate = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const card = ctx.store.cards.find((c) => c.accountId === accountId);
  return {
    id: t.id,
    accountId,
    accountKind: 'card',
    date: t.date,
    amount: copy(t.amount),
    merchant: t.description,
    disputable: true,
    ...(statementDate <= ctx.store.today ? { statementDate } : {}),
    ...(card ? { cardId: card.id } : {}),
  };
}

/** The charge's facts, the reasons with their questions in the call's language, limits and terms. */
export function getDisputeOptions(ctx: LenderContext, accountId: string, transactionId: string): DisputeOptions {
  const { disputes } = ctx.store;
  const { notDisputable, ...transaction } = copy(transactionOf(ctx, accountId, transactionId));
  return {
    transaction: { ...transaction, ...(notDisputable ? { notDisputable: textIn(notDisputable, ctx.locale) } : {}) },
    reasons: disputes.reasons.map((r) => ({
      reason: r.reason,
      attachments: r.attachments,
      questions: r.questions.map(({ label, hint, ...rest }) => ({ ...copy(rest), label: textIn(label, ctx.locale), ...(hint ? { hint: textIn(hint, ctx.locale) } : {}) })),
    })),
    ...(disputes.attachmentRules ? { attachments: copy(disputes.attachmentRules) } : {}),
    terms: termsIn(disputes.terms, ctx),
  };
}

/** A file's name, type and size are kept; its content is neither read nor stored. */
export function uploadDisputeAttachment(ctx: LenderContext, file: { name?: unknown; size?: unknown; type?: unknown } | undefined, name: string): DisputeAttachment {
  const words = say[ctx.locale];
  const rules = ctx.store.disputes.attachmentRules;
  const refuse = (message: string): never => {
    throw invalid(message, [{ field: 'file', message }]);
  };
  if (!rules) refuse(words.noFiles);
  if (!isRecord(file) || typeof file.size !== 'number' || typeof name !== 'string' || name.trim() === '') refuse(words.file);
  if (!rules!.accept.includes(String(file!.type))) refuse(words.fileType);
  if ((file!.size as number) > rules!.maxBytes || file!.size === 0) refuse(words.fileSize);
  const stored = { id: nextId('att', ctx.store.disputes.attachments), name, size: file!.size as number, type: String(file!.type) };
  ctx.store.disputes.attachments.push(stored);
  return { id: stored.id, name };
}

/** What makes two requests "the same dispute" for one idempotency key. */
function fingerprint(r: Record<string, unknown>): string {
  const answers = isRecord(r.answers) ? Object.entries(r.answers).sort(([a], [b]) => a.localeCompare(b)) : [];
  return JSON.stringify([r.accountId, r.transactionId, r.reason, answers, r.attachmentIds]);
}

export interface StartedDispute {
  dispute: Dispute;
  /** True when the key was seen before with the same request: no new case. */
  replayed: boolean;
}

/**
 * Opens a case. The key is checked first: the same key and request answer the first case,
 * the same key with another request is a `conflict`. Past the 60-day window a dispute is
 * still taken (the protections may be reduced; the widget says so).
 */
export function startDispute(ctx: LenderContext, request: DisputeRequest): StartedDispute {
  const { disputes } = ctx.store;
  const words = say[ctx.locale];
  const r: Record<string, unknown> = isRecord(request) ? request : {};
  const key = r.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') throw invalid(words.keyNeeded, [{ field: 'idempotencyKey', message: words.keyNeeded }]);
  const print = fingerprint(r);
  const prior = disputes.keys[key];
  if (prior) {
    if (prior.fingerprint !== print) throw new ProviderError('conflict', words.keyReused);
    const found = disputes.cases.find((c) => c.id === prior.disputeId);
    if (found) return { dispute: copy(found), replayed: true };
  }
  const transaction = transactionOf(ctx, String(r.accountId), String(r.transactionId));
  if (!transaction.disputable || transaction.accountKind !== 'card') throw new ProviderError('validation', words.notDisputable, { fieldErrors: [{ field: 'transactionId', message: words.notDisputable }] });
  const option = disputes.reasons.find((o) => o.reason === r.reason);
  if (!option) throw invalid(words.check, [{ field: 'reason', message: words.reason }]);
  const errors: FieldError[] = [];
  const answers = isRecord(r.answers) ? r.answers : {};
  for (const question of option.questions) {
    const value = answers[question.id];
    const field = `answers.${question.id}`;
    if (value === undefined || value === '') {
      if (question.required) errors.push({ field, message: words.answer });
      continue;
    }
    const ok =
      question.kind === 'yes-no' ? typeof value === 'boolean'
      : question.kind === 'money' ? isMoneyInput(value) && value.amount > 0
      : typeof value === 'string' && (question.kind !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value));
    if (!ok) errors.push({ field, message: words.answer });
    else if (question.maxLength && typeof value === 'string' && value.length > question.maxLength) errors.push({ field, message: words.tooLong(question.maxLength) });
  }
  const ids = Array.isArray(r.attachmentIds) ? (r.attachmentIds as unknown[]) : [];
  if (ids.length && !option.attachments) errors.push({ field: 'attachmentIds', message: words.noFiles });
  const files = ids.map((id) => disputes.attachments.find((a) => a.id === id));
  if (files.some((f) => !f)) errors.push({ field: 'attachmentIds', message: words.unknownFile });
  if (errors.length) throw invalid(words.check, errors);
  const id = nextId('dsp', disputes.cases);
  const dispute: Dispute = {
    id,
    caseNumber: `DC-${String(260_000 + Number(id.slice(4)))}`,
    accountId: transaction.accountId,
    transactionId: transaction.id,
    merchant: transaction.merchant,
    amount: copy(transaction.amount),
    reason: option.reason,
    status: 'submitted',
    steps: [{ status: 'submitted', date: ctx.store.today }],
    attachments: files.map((f) => f!.name),
  };
  disputes.cases.unshift(dispute);
  disputes.keys[key] = { fingerprint: print, disputeId: id };
  transaction.disputable = false;
  transaction.notDisputable = { en: 'A dispute is already open for this charge.', es: 'Ya hay una disputa abierta por este cargo.' };
  return { dispute: copy(dispute), replayed: false };
}

export function listDisputes(ctx: LenderContext, query: { accountId?: string } = {}): DisputeList {
  const accountId = isRecord(query) ? query.accountId : undefined;
  const { disputes } = ctx.store;
  return { disputes: copy(disputes.cases.filter((c) => accountId === undefined || c.accountId === accountId)), terms: termsIn(disputes.terms, ctx) };
}

export function getDispute(ctx: LenderContext, disputeId: string): Dispute {
  const found = ctx.store.disputes.cases.find((c) => c.id === disputeId);
  if (!found) throw new ProviderError('not-found', say[ctx.locale].noDispute(String(disputeId)));
  return copy(found);
}
