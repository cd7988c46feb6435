import { ProviderError, toLocale, type Locale } from '@tessera/core';
import { isRecord } from '../lender/context.js';
import type { Lender } from '../lender/index.js';
import type { LenderMessages } from '../lender/messages.js';
import type { Route } from '../routes.js';

/** What a route answers when all goes well: a status and a JSON body (none for 204). */
export interface Answer {
  status: number;
  body?: unknown;
}

export interface RouteInput {
  /** The lender answering in the request's language (`requestLocale`). */
  lender: Lender;
  /** The lender's messages in that language. */
  say: LenderMessages;
  request: Request;
  params: Record<string, string>;
  url: URL;
}

export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Relative to the base URL, in msw's path syntax. */
  path: string;
  /** The provider method it serves: faults set on that name apply here too. */
  route: Route;
  /** Its answer holds text a customer reads, in the request's language: sent with `Content-Language`. */
  text?: true;
  serve(input: RouteInput): Answer | Promise<Answer>;
}

/** The request body as JSON (`undefined` when empty); not JSON → 400 `validation`. */
async function json(request: Request, say: LenderMessages): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError('validation', say.notJson, { status: 400 });
  }
}

/** One field of a `{ "enabled": boolean }` body, as sent: the rules check its type. */
async function flag(request: Request, say: LenderMessages, name: string): Promise<boolean> {
  const body = await json(request, say);
  return (isRecord(body) ? body[name] : undefined) as boolean;
}

/** `?locale=` as asked (the rules refuse one that is not `en` or `es`); without it, Accept-Language. */
function locale(url: URL, request: Request): Locale {
  const param = url.searchParams.get('locale');
  return (param ?? toLocale(request.headers.get('Accept-Language'))) as Locale;
}

/**
 * The language a request is answered in: a supported `?locale=` (the help routes), else
 * the first language of `Accept-Language` when it is Spanish (`es`, `es-US`, `es-MX;q=0.9`),
 * else English.
 */
export function requestLocale(url: URL, request: Request): Locale {
  const param = url.searchParams.get('locale');
  if (param === 'en' || param === 'es') return param;
  return toLocale(request.headers.get('Accept-Language'));
}

const ok = (body: unknown): Answer => ({ status: 200, body });

/** Every route of the REST API (provider-rest's openapi.yaml), each mapped to one rule. */
export const API_ROUTES: ApiRoute[] = [
  { method: 'get', path: '/accounts', route: 'accounts.listAccounts', text: true, serve: ({ lender }) => ok(lender.listAccounts()) },
  {
    method: 'get',
    path: '/accounts/:accountId',
    route: 'accounts.getAccount', text: true,
    serve: ({ lender, params }) => ok(lender.getAccount(params.accountId!)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/payoff-quote',
    route: 'accounts.getPayoffQuote',
    serve: ({ lender, params, url }) => ok(lender.getPayoffQuote(params.accountId!, url.searchParams.get('goodThrough') ?? '')),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/scheduled-payments',
    route: 'accounts.listScheduledPayments',
    serve: ({ lender, params }) => ok(lender.listScheduledPayments(params.accountId!)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/payment-options',
    route: 'payments.getPaymentOptions',
    serve: ({ lender, params }) => ok(lender.getPaymentOptions(params.accountId!)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/autopay',
    route: 'payments.getAutoPay',
    serve: ({ lender, params }) => ok(lender.getAutoPay(params.accountId!)),
  },
  {
    method: 'put',
    path: '/accounts/:accountId/autopay',
    route: 'payments.setAutoPay',
    serve: async ({ lender, say, params, request }) => {
      const body = await json(request, say);
      const key = request.headers.get('Idempotency-Key') ?? undefined;
      return ok(lender.setAutoPay(params.accountId!, { ...(isRecord(body) ? body : {}), idempotencyKey: key } as never));
    },
  },
  {
    method: 'delete',
    path: '/accounts/:accountId/autopay',
    route: 'payments.cancelAutoPay',
    serve: ({ lender, params }) => ok(lender.cancelAutoPay(params.accountId!)),
  },
  {
    method: 'get',
    path: '/funding-accounts',
    route: 'payments.listFundingAccounts',
    serve: ({ lender }) => ok(lender.listFundingAccounts()),
  },
  {
    method: 'post',
    path: '/funding-accounts',
    route: 'payments.addFundingAccount',
    serve: async ({ lender, say, request }) => ({ status: 201, body: lender.addFundingAccount((await json(request, say)) as never) }),
  },
  {
    method: 'get',
    path: '/routing-numbers/:routingNumber',
    route: 'payments.lookupRoutingNumber',
    serve: ({ lender, say, params }) => {
      const bank = lender.lookupRoutingNumber(params.routingNumber!);
      if (!bank) throw new ProviderError('not-found', say.noBank);
      return ok(bank);
    },
  },
  {
    method: 'post',
    path: '/payments',
    route: 'payments.submitPayment',
    serve: async ({ lender, say, request }) => {
      const body = await json(request, say);
      const key = request.headers.get('Idempotency-Key') ?? undefined;
      const { receipt, replayed } = lender.submitPayment({ ...(isRecord(body) ? body : {}), idempotencyKey: key } as never);
      return { status: replayed ? 200 : 201, body: receipt };
    },
  },
  {
    method: 'delete',
    path: '/payments/:paymentId',
    route: 'payments.cancelPayment',
    serve: ({ lender, params }) => ok(lender.cancelPayment(params.paymentId!)),
  },
  {
    method: 'patch',
    path: '/payments/:paymentId',
    route: 'payments.changeScheduledPayment',
    serve: async ({ lender, say, params, request }) => {
      const body = await json(request, say);
      const key = request.headers.get('Idempotency-Key') ?? undefined;
      return ok(lender.changeScheduledPayment(params.paymentId!, { ...(isRecord(body) ? body : {}), idempotencyKey: key } as never));
    },
  },
  { method: 'get', path: '/cards', route: 'cards.listCards', text: true, serve: ({ lender }) => ok(lender.listCards()) },
  {
    method: 'get',
    path: '/cards/:cardId',
    route: 'cards.getCard', text: true,
    serve: ({ lender, params }) => ok(lender.getCard(params.cardId!)),
  },
  {
    method: 'put',
    path: '/cards/:cardId/lock',
    route: 'cards.setCardLock', text: true,
    serve: async ({ lender, say, params, request }) => ok(lender.setCardLock(params.cardId!, (await json(request, say)) as never)),
  },
  {
    method: 'put',
    path: '/cards/:cardId/decline-alerts',
    route: 'cards.setDeclineAlerts', text: true,
    serve: async ({ lender, say, params, request }) =>
      ok(lender.setDeclineAlerts(params.cardId!, await flag(request, say, 'enabled'))),
  },
  { method: 'get', path: '/card-lock-policy', route: 'cards.getLockPolicy', text: true, serve: ({ lender }) => ok(lender.getLockPolicy()) },
  {
    method: 'get',
    path: '/card-capabilities',
    route: 'cards.getCapabilities',
    serve: ({ lender }) => ok(lender.getCapabilities()),
  },
  {
    method: 'get',
    path: '/credit-score',
    route: 'creditScore.getCreditScore', text: true,
    serve: ({ lender }) => ok(lender.getCreditScore()),
  },
  { method: 'get', path: '/titles', route: 'titles.listTitles', text: true, serve: ({ lender }) => ok(lender.listTitles()) },
  {
    method: 'put',
    path: '/titles/:titleId/email-updates',
    route: 'titles.setTitleEmailUpdates', text: true,
    serve: async ({ lender, say, params, request }) =>
      ok(lender.setTitleEmailUpdates(params.titleId!, await flag(request, say, 'enabled'))),
  },
  {
    method: 'get',
    path: '/help/faq',
    route: 'help.getFaq', text: true,
    serve: ({ lender, url, request }) => ok(lender.getFaq(locale(url, request))),
  },
  {
    method: 'get',
    path: '/help/contact-channels',
    route: 'help.getContactChannels', text: true,
    serve: ({ lender, url, request }) => ok(lender.getContactChannels(locale(url, request))),
  },
  {
    method: 'post',
    path: '/help/faq/:entryId/feedback',
    route: 'help.sendFeedback',
    serve: async ({ lender, say, params, request }) => {
      lender.sendFeedback(params.entryId!, await flag(request, say, 'helpful'));
      return { status: 204 };
    },
  },
  {
    method: 'get',
    path: '/help/ways-to-pay',
    route: 'help.getWaysToPay', text: true,
    serve: ({ lender, url, request }) => ok(lender.getWaysToPay(locale(url, request), url.searchParams.get('accountId') ?? undefined)),
  },
  {
    method: 'post',
    path: '/accounts/:accountId/account-number',
    route: 'help.revealAccountNumber',
    serve: ({ lender, params }) => ok(lender.revealAccountNumber(params.accountId!)),
  },
  {
    method: 'get',
    path: '/documents',
    route: 'documents.listDocuments', text: true,
    serve: ({ lender, url }) => {
      const q = url.searchParams;
      const limit = q.get('limit');
      return ok(
        lender.listDocuments({
          ...(q.has('accountId') ? { accountId: q.get('accountId')! } : {}),
          ...(q.has('type') ? { type: q.get('type') as never } : {}),
          ...(q.has('cursor') ? { cursor: q.get('cursor')! } : {}),
          ...(limit !== null ? { limit: Number(limit) } : {}),
        }),
      );
    },
  },
  {
    method: 'post',
    path: '/documents/:documentId/open',
    route: 'documents.openDocument',
    serve: ({ lender, params }) => ok(lender.openDocument(params.documentId!)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/paperless',
    route: 'documents.getPaperless', text: true,
    serve: ({ lender, params }) => ok(lender.getPaperless(params.accountId!)),
  },
  {
    method: 'put',
    path: '/accounts/:accountId/paperless',
    route: 'documents.setPaperless', text: true,
    serve: async ({ lender, say, params, request }) => ok(lender.setPaperless(params.accountId!, (await json(request, say)) as never)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/transactions/:transactionId/dispute-options',
    route: 'disputes.getDisputeOptions', text: true,
    serve: ({ lender, params }) => ok(lender.getDisputeOptions(params.accountId!, params.transactionId!)),
  },
  {
    method: 'post',
    path: '/dispute-attachments',
    route: 'disputes.uploadDisputeAttachment',
    serve: async ({ lender, say, request }) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        throw new ProviderError('validation', say.notJson, { status: 400 });
      }
      const file = form.get('file');
      const name = form.get('name');
      return { status: 201, body: lender.uploadDisputeAttachment(typeof file === 'string' ? undefined : (file ?? undefined), typeof name === 'string' ? name : '') };
    },
  },
  {
    method: 'get',
    path: '/accounts/:accountId/statement-periods',
    route: 'activity.listStatementPeriods',
    serve: ({ lender, params }) => ok(lender.listStatementPeriods(params.accountId!)),
  },
  {
    method: 'get',
    path: '/accounts/:accountId/transactions',
    route: 'activity.listTransactions',
    serve: ({ lender, params, url }) => {
      const q = url.searchParams;
      const limit = q.get('limit');
      const query: Record<string, unknown> = { accountId: params.accountId! };
      for (const key of ['periodId', 'status', 'kind', 'cursor']) if (q.has(key)) query[key] = q.get(key);
      if (limit !== null) query.limit = Number(limit);
      return ok(lender.listTransactions(query as never));
    },
  },
  {
    method: 'get',
    path: '/accounts/:accountId/loan-payments',
    route: 'activity.listLoanPayments', text: true,
    serve: ({ lender, params, url }) => {
      const q = url.searchParams;
      const limit = q.get('limit');
      return ok(lender.listLoanPayments(params.accountId!, { ...(q.has('cursor') ? { cursor: q.get('cursor')! } : {}), ...(limit !== null ? { limit: Number(limit) } : {}) }));
    },
  },
  {
    method: 'get',
    path: '/alerts',
    route: 'alerts.getAlerts', text: true,
    serve: ({ lender, url }) => ok(lender.getAlerts(url.searchParams.has('accountId') ? { accountId: url.searchParams.get('accountId')! } : {})),
  },
  {
    method: 'put',
    path: '/text-consent',
    route: 'alerts.acceptTextConsent', text: true,
    serve: async ({ lender, say, request }) => {
      const body = await json(request, say);
      const b = isRecord(body) ? body : {};
      return ok(lender.acceptTextConsent(b.version as string, b.acceptedAt as string));
    },
  },
  {
    method: 'post',
    path: '/disputes',
    route: 'disputes.startDispute', text: true,
    serve: async ({ lender, say, request }) => {
      const body = await json(request, say);
      const key = request.headers.get('Idempotency-Key') ?? undefined;
      const { dispute, replayed } = lender.startDispute({ ...(isRecord(body) ? body : {}), idempotencyKey: key } as never);
      return { status: replayed ? 200 : 201, body: dispute };
    },
  },
  {
    method: 'get',
    path: '/disputes',
    route: 'disputes.listDisputes', text: true,
    serve: ({ lender, url }) => ok(lender.listDisputes(url.searchParams.has('accountId') ? { accountId: url.searchParams.get('accountId')! } : {})),
  },
  {
    method: 'get',
    path: '/disputes/:disputeId',
    route: 'disputes.getDispute',
    serve: ({ lender, params }) => ok(lender.getDispute(params.disputeId!)),
  },
  {
    method: 'post',
    path: '/alerts/mobile-verifications',
    route: 'alerts.startPhoneVerification',
    serve: async ({ lender, say, request }) => {
      const body = await json(request, say);
      return ok(lender.startPhoneVerification((isRecord(body) ? body.phone : undefined) as string));
    },
  },
  {
    method: 'post',
    path: '/alerts/mobile-verifications/:verificationId/resend',
    route: 'alerts.resendPhoneCode',
    serve: ({ lender, params }) => ok(lender.resendPhoneCode(params.verificationId!)),
  },
  {
    method: 'post',
    path: '/alerts/mobile-verifications/:verificationId/confirm',
    route: 'alerts.confirmPhone',
    serve: async ({ lender, say, params, request }) => {
      const body = await json(request, say);
      return ok(lender.confirmPhone(params.verificationId!, (isRecord(body) ? body.code : undefined) as string));
    },
  },
  {
    method: 'put',
    path: '/alerts/:alertId',
    route: 'alerts.setAlert',
    serve: async ({ lender, say, params, request }) => ok(lender.setAlert(params.alertId!, (await json(request, say)) as never)),
  },
  {
    method: 'put',
    path: '/accounts/:accountId/pay-by-text',
    route: 'alerts.setPayByText',
    serve: async ({ lender, say, params, request }) => ok(lender.setPayByText(params.accountId!, (await json(request, say)) as never)),
  },
];
