/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import type { CallOptions, Locale, TesseraProvider } from '@tessera/core';
import { lenderMessages } from '../lender/messages.js';
import { MOCK_IDS } from '../store/ids.js';
import { englishOnlyTexts, type MockStore } from '../store/index.js';
import { accountIn, cardIn, creditScoreIn, lockPolicyIn, titleIn } from '../store/texts.js';
import { expectProviderError, type Harness } from './harness.js';

const ES: CallOptions = { locale: 'es' };

/**
 * Every string a customer reads in a JSON-able answer. An FAQ entry's `keywords` are left
 * out: never shown, they hold the words customers type in either language ("Auto Pay" on
 * a Spanish page finds "Pago automático").
 */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => (key === 'keywords' ? [] : stringsOf(item)));
  }
  return [];
}

/** The English of the store that must not be in a Spanish answer, and is not. */
function expectNoEnglish(store: MockStore, answer: unknown, what: string): void {
  const english = englishOnlyTexts(store);
  const strings = stringsOf(answer);
  const found = english.filter((text) => strings.some((s) => s.includes(text)));
  expect(found, `${what} in Spanish holds the store's English`).to.deep.equal([]);
}

/**
 * One call per provider method whose answer holds text a customer reads, with what the
 * store says it is in `locale`.
 */
const TEXT_METHODS: Record<string, (p: TesseraProvider, store: MockStore, locale: Locale) => Array<Promise<[unknown, unknown]>>> = {
  'accounts.listAccounts / getAccount': (p, store, locale) => [
    p.accounts!.listAccounts({ locale }).then((a) => [a, store.accounts.map((x) => accountIn(x, locale))]),
    p.accounts!.getAccount(MOCK_IDS.paidOffLoan, { locale }).then((a) => [a, accountIn(store.accounts[2]!, locale)]),
  ],
  'cards.listCards / getCard': (p, store, locale) => [
    p.cards!.listCards({ locale }).then((c) => [c, store.cards.map((x) => cardIn(x, locale))]),
    p.cards!.getCard(MOCK_IDS.replacedCard, { locale }).then((c) => [c, cardIn(store.cards[2]!, locale)]),
  ],
  'cards.getLockPolicy': (p, store, locale) => [p.cards!.getLockPolicy!({ locale }).then((x) => [x, lockPolicyIn(store.lockPolicy, locale)])],
  'creditScore.getCreditScore': (p, store, locale) => [
    p.creditScore!.getCreditScore({ locale }).then((x) => [x, creditScoreIn(store.creditScore!, locale)]),
  ],
  'titles.listTitles': (p, store, locale) => [p.titles!.listTitles({ locale }).then((x) => [x, store.titles.map((t) => titleIn(t, locale))])],
};

export function languageContract(h: Harness): void {
  describe('the customer’s language', () => {
    for (const [name, calls] of Object.entries(TEXT_METHODS)) {
      it(`${name}: answers in Spanish when asked (locale: 'es'), in English otherwise`, async () => {
        const { provider, store } = h.subject;
        for (const [answer, expected] of await Promise.all(calls(provider, store, 'es'))) {
          expect(answer).to.deep.equal(expected);
          expectNoEnglish(store, answer, name);
        }
        for (const [answer, expected] of await Promise.all(calls(provider, store, 'en'))) expect(answer).to.deep.equal(expected);
        // Asked in Spanish, the answer differs from the English one: the store has Spanish for it.
        const [[spanish], [english]] = await Promise.all([calls(provider, store, 'es')[0]!, calls(provider, store, 'en')[0]!]);
        expect(spanish, `${name} reads differently in Spanish`).to.not.deep.equal(english);
      });
    }

    it('changes answer in the language asked: card lock, decline alerts and title email updates', async () => {
      const { store } = h.subject;
      const cards = h.slice('cards');
      const locked = await cards.setCardLock(MOCK_IDS.card, { locked: true }, ES);
      expect(locked).to.deep.equal(cardIn(store.cards[0]!, 'es'));
      const alerts = await cards.setDeclineAlerts!(MOCK_IDS.card, false, ES);
      expect(alerts).to.deep.equal(cardIn(store.cards[0]!, 'es'));
      const title = await h.slice('titles').setTitleEmailUpdates(MOCK_IDS.title, true, ES);
      expect(title).to.deep.equal(titleIn(store.titles[0]!, 'es'));
      expectNoEnglish(store, title, 'titles.setTitleEmailUpdates');
    });

    it('gives the FAQ and contact channels in the locale asked, whatever the call’s own locale', async () => {
      const { store } = h.subject;
      const help = h.slice('help');
      expect(await help.getFaq('es', { locale: 'en' })).to.deep.equal(store.faq.es);
      expect(await help.getContactChannels('es')).to.deep.equal(store.contactChannels.es);
      expectNoEnglish(store, await help.getContactChannels('es', ES), 'help.getContactChannels');
    });

    it('gives payment wording in both languages', async () => {
      const options = await h.slice('payments').getPaymentOptions(MOCK_IDS.activeLoan, ES);
      for (const field of ['authorizationText', 'autopayAuthorizationText', 'extraPaymentText'] as const) {
        const text = options[field];
        expect(text, field).to.be.an('object').with.property('es').that.is.a('string').and.not.equal('');
      }
    });

    it('says why it refuses in Spanish: field errors, reasons and messages', async () => {
      const es = lenderMessages('es');
      const { store } = h.subject;
      const reason = await expectProviderError(h.slice('cards').setCardLock(MOCK_IDS.replacedCard, { locked: false }, ES), 'validation');
      expect(reason.message).to.equal(cardIn(store.cards[2]!, 'es').notLockableReason);
      const payment = await expectProviderError(
        h.slice('payments').submitPayment(
          {
            accountId: MOCK_IDS.cardAccount,
            fundingAccountId: 'no-such-bank',
            amount: { amount: 0, currency: 'USD' },
            date: store.paymentOptions[MOCK_IDS.cardAccount]!.earliestDate,
            idempotencyKey: `contract-language-${Math.random().toString(36).slice(2)}`,
          },
          ES,
        ),
        'validation',
      );
      expect(payment.message).to.equal(es.checkPayment);
      expect(payment.fieldErrors).to.deep.equal([
        { field: 'fundingAccountId', message: es.chooseBankAccount },
        { field: 'amount', message: es.amountPositive },
      ]);
      const missing = await expectProviderError(h.slice('titles').setTitleEmailUpdates('no-such-title', true, ES), 'not-found');
      expect(missing.message).to.equal(es.notFound('title', 'no-such-title'));
    });

    it('words an injected failure in the language asked', async () => {
      h.subject.faults.set('creditScore.getCreditScore', { error: 'forbidden', times: 1 });
      const error = await expectProviderError(h.slice('creditScore').getCreditScore(ES), 'forbidden');
      expect(error.message).to.equal(lenderMessages('es').faults.forbidden);
    });
  });
}
