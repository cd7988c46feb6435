import { expect } from '@open-wc/testing';
import {
  arrayOf,
  isAccount,
  isAutoPaySettings,
  isBusinessDay,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  isContactChannel,
  isCreditScore,
  isFaq,
  isFundingAccount,
  isPaymentOptions,
  isPaymentReceipt,
  isTitleCase,
  isValidRoutingNumber,
  type Locale,
  type RichInline,
} from '@tessera/core';
import {
  accountIn,
  cardIn,
  createMockStore,
  creditScoreIn,
  customerTexts,
  DEFAULT_TODAY,
  englishOnlyTexts,
  lockPolicyIn,
  MOCK_IDS,
  neutralTexts,
  textIn,
  titleIn,
  type MockStore,
} from '@tessera/mocks';
import { federalHolidays } from '../src/store/calendar.js';

describe('createMockStore', () => {
  it('is deterministic: two stores are deep-equal', () => {
    expect(createMockStore()).to.deep.equal(createMockStore());
    expect(createMockStore({ today: '2027-03-02' })).to.deep.equal(createMockStore({ today: '2027-03-02' }));
  });

  it('gives every store its own data: changing one leaves the others alone', () => {
    const a = createMockStore();
    const b = createMockStore();
    a.accounts[0]!.name = 'Changed';
    a.cards[0]!.lock.locked = true;
    a.faq.en.entries[0]!.answer.length = 0;
    a.contactChannels.es[0]!.hours![0]!.days.push(0);
    a.paymentOptions[MOCK_IDS.cardAccount]!.holidays.length = 0;
    a.fundingAccounts.pop();
    expect(b).to.deep.equal(createMockStore());
  });

  it('defaults today to 2026-11-21 and accepts another date', () => {
    expect(DEFAULT_TODAY).to.equal('2026-11-21');
    expect(createMockStore().today).to.equal(DEFAULT_TODAY);
    const later = createMockStore({ today: '2027-05-10' });
    expect(later.today).to.equal('2027-05-10');
    expect(later.accounts[0]!.dueDate! > '2027-05-10').to.equal(true);
  });

  it('refuses a today that is not a date', () => {
    expect(() => createMockStore({ today: '21/11/2026' })).to.throw(RangeError);
  });

  it('holds well-formed data for every widget, in English and in Spanish', () => {
    const store = createMockStore();
    for (const locale of ['en', 'es'] as const) {
      expect(arrayOf(isAccount)(store.accounts.map((a) => accountIn(a, locale))), locale).to.equal(true);
      expect(arrayOf(isCard)(store.cards.map((c) => cardIn(c, locale))), locale).to.equal(true);
      expect(isCardLockPolicy(lockPolicyIn(store.lockPolicy, locale)), locale).to.equal(true);
      expect(isCreditScore(creditScoreIn(store.creditScore!, locale)), locale).to.equal(true);
      expect(arrayOf(isTitleCase)(store.titles.map((t) => titleIn(t, locale))), locale).to.equal(true);
    }
    expect(arrayOf(isFundingAccount)(store.fundingAccounts)).to.equal(true);
    expect(arrayOf(isPaymentReceipt)(store.payments)).to.equal(true);
    expect(Object.values(store.autoPay).every(isAutoPaySettings)).to.equal(true);
    expect(Object.values(store.paymentOptions).every(isPaymentOptions)).to.equal(true);
    expect(isCardCapabilities(store.capabilities)).to.equal(true);
    expect(isFaq(store.faq.en) && isFaq(store.faq.es)).to.equal(true);
    expect(arrayOf(isContactChannel)(store.contactChannels.en)).to.equal(true);
    expect(arrayOf(isContactChannel)(store.contactChannels.es)).to.equal(true);
  });

  it('has the seeded ids', () => {
    const store = createMockStore();
    expect(store.accounts.map((a) => a.id)).to.deep.equal([MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan]);
    expect(store.cards.map((c) => c.id)).to.deep.equal([MOCK_IDS.card, MOCK_IDS.authorizedUserCard, MOCK_IDS.replacedCard]);
    expect(store.fundingAccounts.map((a) => [a.id, a.type])).to.deep.equal([
      [MOCK_IDS.checking, 'checking'],
      [MOCK_IDS.savings, 'savings'],
    ]);
    expect(store.titles[0]!.id).to.equal(MOCK_IDS.title);
  });

  it('seeds a card account due a few days after today, with consistent balances', () => {
    const store = createMockStore();
    const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount);
    if (card?.kind !== 'card') throw new Error('no card account');
    expect(card.dueDate).to.equal('2026-11-25');
    expect(card.availableCredit.amount).to.equal(card.creditLimit.amount - card.currentBalance.amount);
    expect(card.minimumDue.amount < card.statementBalance.amount).to.equal(true);
  });

  it('seeds the cards: primary and authorized user lockable, the replaced one not, saying why', () => {
    const [primary, authorized, replaced] = createMockStore().cards;
    expect(primary).to.include({ lockable: true, authorizedUser: false });
    expect(primary!.lock.locked).to.equal(false);
    expect(authorized).to.include({ lockable: true, authorizedUser: true });
    expect(replaced!.lockable).to.equal(false);
    expect(textIn(replaced!.notLockableReason!, 'en')).to.match(/reported lost on November 3, 2026/);
    expect(textIn(replaced!.notLockableReason!, 'es')).to.match(/se reportó como perdida el 3 de noviembre de 2026/);
  });

  it('seeds Auto Pay: the card not enrolled, the active loan enrolled', () => {
    const { autoPay } = createMockStore();
    expect(autoPay[MOCK_IDS.cardAccount]!.enrolled).to.equal(false);
    expect(autoPay[MOCK_IDS.activeLoan]).to.include({ enrolled: true, rule: 'amount-due', fundingAccountId: MOCK_IDS.checking });
  });

  it('offers payments from the first business day after today, not for the paid-off loan', () => {
    const store = createMockStore();
    const options = store.paymentOptions[MOCK_IDS.cardAccount]!;
    // 2026-11-21 is a Saturday: the first business day after it is Monday the 23rd.
    expect(options.earliestDate).to.equal('2026-11-23');
    expect(options).to.include({ cutoffTime: '17:00', timeZone: 'America/Chicago', weekendProcessing: false });
    expect(isBusinessDay(options.earliestDate, options)).to.equal(true);
    expect(store.paymentOptions[MOCK_IDS.activeLoan]!.maxAmount).to.deep.equal(
      (store.accounts[1] as { payoffAmount: unknown }).payoffAmount,
    );
    expect(store.paymentOptions[MOCK_IDS.paidOffLoan]).to.equal(undefined);
  });

  it('lists the Federal Reserve holidays of 2026 and 2027', () => {
    expect(federalHolidays(2026)).to.deep.equal([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(federalHolidays(2027)).to.include.members(['2027-01-18', '2027-07-05', '2027-11-25']);
    expect(federalHolidays(2027)).to.not.include('2027-12-25'); // a Saturday: not moved
    expect(createMockStore().paymentOptions[MOCK_IDS.cardAccount]!.holidays).to.deep.equal([
      ...federalHolidays(2026),
      ...federalHolidays(2027),
    ]);
  });

  it('knows the banks of the usual routing numbers', () => {
    const { banks } = createMockStore();
    expect(Object.keys(banks)).to.include.members(['021000021', '011000015', '121000358']);
    expect(Object.keys(banks).every(isValidRoutingNumber)).to.equal(true);
  });

  it('has a FICO Score 8 from TransUnion with 12 months of history and 4–5 factors', () => {
    const score = createMockStore().creditScore!;
    expect(score).to.include({ model: 'fico-8', bureau: 'TransUnion', asOf: '2026-11-15' });
    expect(score.history).to.have.length(12);
    expect(score.history.at(-1)!.score).to.equal(score.score);
    expect(score.previous).to.deep.equal(score.history.at(-2));
    expect(score.factors.length).to.be.within(4, 5);
    expect(new Set(score.factors.map((f) => f.impact))).to.deep.equal(new Set(['helping', 'hurting']));
  });

  it('tracks the paid-off loan’s title in an electronic state, lien release in progress', () => {
    const title = createMockStore().titles[0]!;
    expect(title).to.include({ accountId: MOCK_IDS.paidOffLoan, titlingState: 'FL' });
    expect(title.delivery.method).to.equal('electronic');
    expect(title.steps.map((s) => [s.key, s.status])).to.deep.equal([
      ['payoff-received', 'done'],
      ['payment-cleared', 'done'],
      ['lien-released', 'current'],
      ['title-sent', 'upcoming'],
      ['title-delivered', 'upcoming'],
    ]);
    expect(title.steps.filter((s) => s.status === 'upcoming').every((s) => s.estimate?.to)).to.equal(true);
  });

  it('has about 25 FAQ entries with the same ids in English and Spanish, across every topic', () => {
    const { faq } = createMockStore();
    expect(faq.en.entries.length).to.be.within(22, 30);
    expect(faq.es.entries.map((e) => [e.id, e.topic])).to.deep.equal(faq.en.entries.map((e) => [e.id, e.topic]));
    const topics = faq.en.topics.map((t) => t.id);
    expect(topics).to.deep.equal(['payments', 'autopay', 'card-lock', 'credit-score', 'title', 'disputes', 'contact']);
    for (const topic of topics) expect(faq.en.entries.some((e) => e.topic === topic), topic).to.equal(true);
    expect(new Set(faq.en.entries.map((e) => e.id)).size).to.equal(faq.en.entries.length);
  });

  it('writes FAQ answers as structured text with lists, emphasis and only tel/mailto/https example links', () => {
    const { faq } = createMockStore();
    for (const locale of ['en', 'es'] as const) {
      const blocks = faq[locale].entries.flatMap((e) => e.answer);
      const inlines: RichInline[] = blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : b.items.flat()));
      expect(blocks.some((b) => b.type === 'list' && b.ordered)).to.equal(true);
      expect(blocks.some((b) => b.type === 'list' && !b.ordered)).to.equal(true);
      expect(inlines.some((i) => typeof i === 'object' && i.type === 'em')).to.equal(true);
      expect(inlines.some((i) => typeof i === 'object' && i.type === 'strong')).to.equal(true);
      const hrefs = inlines.flatMap((i) => (typeof i === 'object' && i.type === 'link' ? [i.href] : []));
      for (const scheme of ['tel:', 'mailto:', 'https:']) expect(hrefs.some((h) => h.startsWith(scheme)), scheme).to.equal(true);
      for (const href of hrefs) expect(href, href).to.match(/^(tel:\+1800555\d{4}|mailto:[a-z]+@example\.com|https:\/\/[a-z.]*example\.com\/)/);
      expect(JSON.stringify(faq[locale]), 'no HTML').to.not.match(/<[a-z]/i);
    }
  });

  it('lists contact channels with hours in Chicago time, a 24/7 fraud line, secure message and mail', () => {
    const { contactChannels } = createMockStore();
    for (const locale of ['en', 'es'] as const) {
      const byId = Object.fromEntries(contactChannels[locale].map((c) => [c.id, c]));
      expect(byId['customer-service']!.hours).to.deep.equal([
        { days: [1, 2, 3, 4, 5], opens: '07:00', closes: '21:00' },
        { days: [6], opens: '08:00', closes: '17:00' },
      ]);
      expect(byId['customer-service']!.timeZone).to.equal('America/Chicago');
      expect(byId['fraud']!.hours).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '23:59' }]);
      expect(byId['secure-message']!.value).to.equal('https://bank.example.com/messages');
      expect(byId['mail']!.value).to.be.an('array');
      expect(Object.values(byId).every((c) => c.bestFor.length > 0)).to.equal(true);
    }
    expect(contactChannels.es[0]!.label).to.not.equal(contactChannels.en[0]!.label);
  });
});

describe('the store in two languages', () => {
  /** A store text a customer reads, in `locale`. */
  const inBoth = (store: MockStore, locale: Locale) => customerTexts(store).map(({ path, text }) => [path, textIn(text, locale)]);

  it('holds every text a customer reads in English and Spanish, each written for its readers', () => {
    const store = createMockStore();
    const texts = customerTexts(store);
    expect(texts.map((t) => t.path)).to.include.members([
      'accounts[0].name',
      'cards[2].notLockableReason',
      'lockPolicy.allowedWhileLocked[0]',
      'lockPolicy.blockedWhileLocked[3]',
      'creditScore.bands[4].label',
      'creditScore.factors[0].text',
      'titles[0].steps[2].note',
      'titles[0].guidance[1]',
      'titles[1].guidance[0]',
      'paymentOptions.auto-acct-1.extraPaymentText',
    ]);
    for (const { path, text } of texts) {
      expect(text, path).to.be.an('object');
      if (typeof text === 'string') continue;
      expect(text.es, `${path} in Spanish`).to.be.a('string').and.not.equal('');
      expect(text.es, `${path}: Spanish differs from English`).to.not.equal(text.en);
    }
  });

  it('answers names of people, banks, vehicles and the customer’s nicknames the same in both', () => {
    const store = createMockStore();
    expect(neutralTexts(store)).to.include.members([
      'Everyday card',
      'Jordan Rivera',
      'Sam Rivera',
      'Lakeshore Community Bank',
      'Harborview Bank',
      'Toyota',
      'Camry',
      'TransUnion',
      'USPS',
      '1-800-555-0142',
      'America/Chicago',
    ]);
    expect(cardIn(store.cards[0]!, 'es').nickname).to.equal('Everyday card');
  });

  it('lists the English a Spanish page must not show: every English text whose Spanish differs', () => {
    const store = createMockStore();
    const english = englishOnlyTexts(store);
    expect(english).to.include.members([
      'Harborview Everyday Rewards Visa',
      'You have made every payment on time for the last 7 years.',
      'Very good',
      'We release the lien electronically with the Florida motor vehicle agency.',
      'Texas issues paper titles. Keep yours in a safe place, not in the vehicle.',
      'Refunds from merchants',
      'Customer service',
      store.faq.en.entries[0]!.question,
    ]);
    const spanish = new Set(inBoth(store, 'es').map(([, text]) => text));
    expect(english.filter((text) => spanish.has(text))).to.deep.equal([]);
    for (const neutral of neutralTexts(store)) expect(english, neutral).to.not.include(neutral);
    // A plain string reads the same in both languages: a test's own text is not English to flag.
    store.creditScore!.factors[0]!.text = 'Set by a test';
    expect(englishOnlyTexts(store)).to.not.include('Set by a test');
  });

  it('survives a store a test broke on purpose', () => {
    const store = createMockStore();
    (store.creditScore as unknown as { factors: unknown }).factors = 'not a list';
    (store.titles[0] as unknown as { steps: unknown[] }).steps = [null, 7];
    store.accounts[0]!.name = { en: 'Only English' };
    expect(() => englishOnlyTexts(store)).to.not.throw();
    expect(englishOnlyTexts(store)).to.include('Only English');
    expect(creditScoreIn(store.creditScore!, 'es').factors).to.equal('not a list');
    expect(titleIn(store.titles[0]!, 'es').steps).to.deep.equal([null, 7]);
    expect(accountIn(store.accounts[0]!, 'es').name).to.equal('Only English');
  });
});
