import { toLocale, type Locale } from '@tessera/core';
import { ProviderError } from '@tessera/core';
import { isRecord } from '../lender/context.js';
import type { Lender } from '../lender/index.js';
import type { Route } from '../routes.js';

/** What a route answers when all goes well: a status and a JSON body (none for 204). */
export interface Answer {
  status: number;
  body?: unknown;
}

export interface RouteInput {
  lender: Lender;
  request: Request;
  params: Record<string, string>;
  url: URL;
}

export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Relative to the base URL, in msw's path syntax. */
  path: string;
  /** The provider method it serves: faults set on that name apply here too. */
  route: Route;
  serve(input: RouteInput): Answer | Promise<Answer>;
}

/** The request body as JSON (`undefined` when empty); not JSON → 400 `validation`. */
async function json(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError('validation', 'The request body is not valid JSON', { status: 400 });
  }
}

/** One field of a `{ "enabled": boolean }` body, as sent: the rules check its type. */
async function flag(request: Request, name: string): Promise<boolean> {
  const body = await json(request);
  return (isRecord(body) ? body[name] : undefined) as boolean;
}

/** `?locale=` wins; without it, the request's Accept-Language. */
function locale(url: URL, request: Request): Locale {
  const param = url.searchParams.get('locale');
  return (param ?? toLocale(request.headers.get('Accept-Language'))) as Locale;
}

const ok = (body: unknown): Answer => ({ status: 200, body });

/** Every route of the REST API (provider-rest's openapi.yaml), each mapped to one rule. */
export const API_ROUTES: ApiRoute[] = [
  { method: 'get', path: '/accounts', route: 'accounts.listAccounts', serve: ({ lender }) => ok(lender.listAccounts()) },
  {
    method: 'get',
    path: '/accounts/:accountId',
    route: 'accounts.getAccount',
    serve: ({ lender, params }) => ok(lender.getAccount(params.accountId!)),
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
    serve: async ({ lender, params, request }) => {
      const body = await json(request);
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
    serve: async ({ lender, request }) => ({ status: 201, body: lender.addFundingAccount((await json(request)) as never) }),
  },
  {
    method: 'get',
    path: '/routing-numbers/:routingNumber',
    route: 'payments.lookupRoutingNumber',
    serve: ({ lender, params }) => {
      const bank = lender.lookupRoutingNumber(params.routingNumber!);
      if (!bank) throw new ProviderError('not-found', 'No bank with this routing number');
      return ok(bank);
    },
  },
  {
    method: 'post',
    path: '/payments',
    route: 'payments.submitPayment',
    serve: async ({ lender, request }) => {
      const body = await json(request);
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
  { method: 'get', path: '/cards', route: 'cards.listCards', serve: ({ lender }) => ok(lender.listCards()) },
  {
    method: 'get',
    path: '/cards/:cardId',
    route: 'cards.getCard',
    serve: ({ lender, params }) => ok(lender.getCard(params.cardId!)),
  },
  {
    method: 'put',
    path: '/cards/:cardId/lock',
    route: 'cards.setCardLock',
    serve: async ({ lender, params, request }) => ok(lender.setCardLock(params.cardId!, (await json(request)) as never)),
  },
  {
    method: 'put',
    path: '/cards/:cardId/decline-alerts',
    route: 'cards.setDeclineAlerts',
    serve: async ({ lender, params, request }) =>
      ok(lender.setDeclineAlerts(params.cardId!, await flag(request, 'enabled'))),
  },
  { method: 'get', path: '/card-lock-policy', route: 'cards.getLockPolicy', serve: ({ lender }) => ok(lender.getLockPolicy()) },
  {
    method: 'get',
    path: '/card-capabilities',
    route: 'cards.getCapabilities',
    serve: ({ lender }) => ok(lender.getCapabilities()),
  },
  {
    method: 'get',
    path: '/credit-score',
    route: 'creditScore.getCreditScore',
    serve: ({ lender }) => ok(lender.getCreditScore()),
  },
  { method: 'get', path: '/titles', route: 'titles.listTitles', serve: ({ lender }) => ok(lender.listTitles()) },
  {
    method: 'put',
    path: '/titles/:titleId/email-updates',
    route: 'titles.setTitleEmailUpdates',
    serve: async ({ lender, params, request }) =>
      ok(lender.setTitleEmailUpdates(params.titleId!, await flag(request, 'enabled'))),
  },
  {
    method: 'get',
    path: '/help/faq',
    route: 'help.getFaq',
    serve: ({ lender, url, request }) => ok(lender.getFaq(locale(url, request))),
  },
  {
    method: 'get',
    path: '/help/contact-channels',
    route: 'help.getContactChannels',
    serve: ({ lender, url, request }) => ok(lender.getContactChannels(locale(url, request))),
  },
  {
    method: 'post',
    path: '/help/faq/:entryId/feedback',
    route: 'help.sendFeedback',
    serve: async ({ lender, params, request }) => {
      lender.sendFeedback(params.entryId!, await flag(request, 'helpful'));
      return { status: 204 };
    },
  },
];
