import type { ContactChannel, Faq, LocalizedText, RichBlock, RichInline, WayToPay } from '@tessera/core';
import { LENDER_NAME } from './ids.js';
import type { MockStore } from './index.js';
import type { StoredText } from './texts.js';

/** A text of the store that a customer reads, in the lender's words, and where it is. */
export interface CustomerText {
  /** Where it is in the store, e.g. `creditScore.factors[0].text`. */
  path: string;
  text: StoredText;
}

// A test may put anything in the store to see a widget refuse it: read defensively.
const list = <T>(value: readonly T[] | undefined | null): readonly T[] => (Array.isArray(value) ? (value as readonly T[]) : []);
const isText = (value: unknown): value is StoredText =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string');

/**
 * Every text of the store that the lender writes for customers (account names, card lock
 * reasons and policy, band labels and key factors, title step notes and guidance, payment
 * wording), each `{ en, es }` as seeded. The FAQ and contact channels are kept per
 * language (`faq.en`, `faq.es`…) and are not listed here.
 */
export function customerTexts(store: MockStore): CustomerText[] {
  const found: CustomerText[] = [];
  const add = (path: string, text: unknown): void => {
    if (isText(text)) found.push({ path, text });
  };
  list(store.accounts).forEach((account, i) => add(`accounts[${i}].name`, account?.name));
  list(store.cards).forEach((card, i) => add(`cards[${i}].notLockableReason`, card?.notLockableReason));
  list(store.lockPolicy?.allowedWhileLocked).forEach((text, i) => add(`lockPolicy.allowedWhileLocked[${i}]`, text));
  list(store.lockPolicy?.blockedWhileLocked).forEach((text, i) => add(`lockPolicy.blockedWhileLocked[${i}]`, text));
  const score = store.creditScore;
  list(score?.bands).forEach((band, i) => add(`creditScore.bands[${i}].label`, band?.label));
  list(score?.factors).forEach((factor, i) => add(`creditScore.factors[${i}].text`, factor?.text));
  list(store.titles).forEach((title, i) => {
    list(title?.steps).forEach((step, j) => add(`titles[${i}].steps[${j}].note`, step?.note));
    list(title?.guidance).forEach((text, j) => add(`titles[${i}].guidance[${j}]`, text));
  });
  for (const [id, options] of Object.entries(store.paymentOptions ?? {})) {
    for (const field of ['authorizationText', 'autopayAuthorizationText', 'extraPaymentText'] as const) {
      add(`paymentOptions.${id}.${field}`, options?.[field] satisfies LocalizedText | undefined);
    }
  }
  const disputes = store.disputes;
  list(disputes?.transactions).forEach((t, i) => add(`disputes.transactions[${i}].notDisputable`, t?.notDisputable));
  list(disputes?.reasons).forEach((r, i) =>
    list(r?.questions).forEach((q, j) => {
      add(`disputes.reasons[${i}].questions[${j}].label`, q?.label);
      add(`disputes.reasons[${i}].questions[${j}].hint`, q?.hint);
    }),
  );
  for (const field of ['fraudLiability', 'loanHelp'] as const) add(`disputes.terms.${field}`, disputes?.terms?.[field]);
  list(disputes?.terms?.nextSteps).forEach((text, i) => add(`disputes.terms.nextSteps[${i}]`, text));
  list(store.loanPayments).forEach((payment, i) => add(`loanPayments[${i}].returnReason`, payment?.returnReason));
  add('alerts.consent.text', store.alerts?.consent?.text);
  return found;
}

/**
 * Texts of the store that read the same in every language: names of people, banks, the
 * lender, vehicles and carriers, the customer's own card nicknames, masked e-mails, phone
 * numbers, addresses, links and time zone ids.
 */
export function neutralTexts(store: MockStore): string[] {
  const texts: unknown[] = [LENDER_NAME, store.authorizationCopy?.to];
  for (const card of list(store.cards)) texts.push(card?.nickname, card?.holderName);
  for (const account of list(store.fundingAccounts)) texts.push(account?.bankName, account?.holderName);
  texts.push(...Object.values(store.banks ?? {}));
  for (const account of list(store.accounts)) {
    if (account?.kind === 'vehicle-loan') texts.push(account.vehicle?.make, account.vehicle?.model);
  }
  texts.push(store.creditScore?.bureau);
  for (const title of list(store.titles)) {
    texts.push(title?.vehicle?.make, title?.vehicle?.model, title?.emailUpdates?.maskedEmail);
    texts.push(title?.tracking?.carrier, title?.tracking?.number, title?.tracking?.url);
  }
  for (const channels of Object.values(store.contactChannels ?? {})) {
    for (const channel of list(channels)) texts.push(...[channel?.value].flat(), channel?.timeZone);
  }
  // Time zone ids (`America/Chicago`) are names too.
  for (const options of Object.values(store.paymentOptions ?? {})) texts.push(options?.timeZone);
  for (const ways of Object.values(store.waysToPay ?? {})) texts.push(...list(ways).flatMap(wayNeutralTexts));
  // Merchants' names, case numbers, file names and links read the same in both languages.
  for (const t of list(store.disputes?.transactions)) texts.push(t?.merchant);
  for (const c of list(store.disputes?.cases)) texts.push(c?.merchant, c?.caseNumber, ...list(c?.attachments));
  texts.push(store.disputes?.terms?.complaintUrl, store.disputes?.terms?.regulatorUrl);
  // Card transaction descriptions are the merchant's text as the network sends it.
  texts.push(...new Set(list(store.transactions).map((t) => t?.description)));
  return unique(texts);
}

/** What a customer reads of an FAQ: topics, questions and the text of every answer. */
function faqTexts(faq: Faq | undefined): string[] {
  const inline = (piece: RichInline): string => (typeof piece === 'string' ? piece : piece?.text);
  const block = (b: RichBlock): string[] =>
    b?.type === 'list' ? list(b.items).flatMap((item) => list(item).map(inline)) : list(b?.content).map(inline);
  return [
    ...list(faq?.topics).map((topic) => topic?.label),
    ...list(faq?.entries).flatMap((entry) => [entry?.question, ...list(entry?.answer).flatMap(block)]),
  ];
}

function channelTexts(channels: readonly ContactChannel[] | undefined): string[] {
  return list(channels).flatMap((channel) => [channel?.label, ...list(channel?.bestFor)]);
}

/** What a customer reads of a way to pay in the lender's language: its name, posting time and notes. */
function wayTexts(ways: readonly WayToPay[] | undefined): string[] {
  return list(ways).flatMap((way) => [way?.name, way?.posting, ...list(way?.notes)]);
}

/** A way to pay's names, addresses, numbers and links: the same in every language. */
function wayNeutralTexts(way: WayToPay | undefined): unknown[] {
  const cost = way?.cost;
  return [
    cost && cost.type !== 'free' ? cost.chargedBy : undefined,
    ...list(way?.paymentAddress),
    ...list(way?.correspondenceAddress),
    way?.phone?.number,
    way?.phone?.timeZone,
    way?.payee?.name,
    ...list(way?.payee?.address),
    way?.url,
  ];
}

function unique(texts: readonly unknown[]): string[] {
  const trimmed = texts.filter((text): text is string => typeof text === 'string').map((text) => text.trim());
  return [...new Set(trimmed.filter((text) => text !== ''))];
}

/** At least one word of three letters or more: a fragment such as `, or` says nothing on its own. */
const HAS_WORD = /\p{L}{3}/u;

/**
 * The English texts of the store whose Spanish version differs: none of them belongs in a
 * Spanish render. A text the store has in only one version (a plain string, a name) is
 * not listed, nor is one that the Spanish side also uses.
 */
export function englishOnlyTexts(store: MockStore): string[] {
  const english: unknown[] = [];
  const spanish: unknown[] = [...neutralTexts(store)];
  for (const { text } of customerTexts(store)) {
    if (typeof text === 'string') spanish.push(text);
    else {
      english.push(text.en);
      spanish.push(text.es);
    }
  }
  english.push(...faqTexts(store.faq?.en), ...channelTexts(store.contactChannels?.en));
  spanish.push(...faqTexts(store.faq?.es), ...channelTexts(store.contactChannels?.es));
  english.push(...wayTexts(store.waysToPay?.en));
  spanish.push(...wayTexts(store.waysToPay?.es));
  const inSpanish = new Set(unique(spanish));
  return unique(english).filter((text) => !inSpanish.has(text) && HAS_WORD.test(text));
}
