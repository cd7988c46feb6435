import { expect } from '@open-wc/testing';
import {
  arrayOf,
  assertShape,
  bool,
  excerpt,
  isHttpsUrl,
  isTimeZone,
  leftOutOf,
  listOf,
  localized,
  either,
  int,
  isAccount,
  isAutoPaySettings,
  isBankLookup,
  isCard,
  isCardCapabilities,
  isCardLockPolicy,
  isContactChannel,
  isCreditScore,
  isFaq,
  isFieldError,
  isFundingAccount,
  isIsoDateString,
  isIsoInstantString,
  isLocalizedText,
  isMoney,
  isPaymentOptions,
  isPaymentReceipt,
  isTitleCase,
  isProviderError,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  pattern,
  str,
  type Account,
  type AutoPaySettings,
  type Card,
  type ContactChannel,
  type CreditScore,
  type Faq,
  type Guard,
  type PaymentOptions,
  type PaymentReceipt,
  type TitleCase,
} from '@tessera/core';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

const cardAccount: Account = {
  id: 'card-acct-1',
  kind: 'card',
  name: 'Everyday Rewards Visa',
  last4: '4821',
  status: 'open',
  dueDate: '2026-12-15',
  statementBalance: usd(84_213),
  minimumDue: usd(3_500),
  currentBalance: usd(90_000),
  availableCredit: usd(410_000),
  creditLimit: usd(500_000),
};

const loanAccount: Account = {
  id: 'auto-acct-1',
  kind: 'vehicle-loan',
  name: 'Auto loan',
  last4: '7710',
  status: 'open',
  pastDueAmount: usd(12_000),
  amountDue: usd(41_250),
  payoffAmount: usd(1_234_567),
  vehicle: { year: 2023, make: 'Juniper', model: 'Trailhead', vinLast6: 'A12345' },
};

const paymentOptions: PaymentOptions = {
  accountId: 'card-acct-1',
  earliestDate: '2026-11-23',
  latestDate: '2027-01-21',
  cutoffTime: '17:00',
  timeZone: 'America/Chicago',
  holidays: ['2026-11-26', '2026-12-25'],
  weekendProcessing: false,
  maxAmount: usd(90_000),
  authorizationText: 'I authorize Example Lending to debit my account.',
  authorizationVersion: 'EX-ONETIME-1',
  extraPaymentText: { en: 'Extra money goes to principal.', es: 'El dinero adicional se aplica al capital.' },
  suggestedAmount: 'statement-balance',
  autopayAuthorizationText: { en: 'I authorize Auto Pay.', es: 'Autorizo el pago automático.' },
  autopayAuthorizationVersion: 'EX-AUTOPAY-1',
  autopayNoticeDays: 3,
  autopayBelowDue: 'refuse',
};

const receipt: PaymentReceipt = {
  id: 'pay-1',
  confirmationNumber: 'EX-1234',
  accountId: 'card-acct-1',
  fundingAccountId: 'bank-1',
  amount: usd(5_000),
  date: '2026-11-23',
  postsOn: '2026-11-24',
  status: 'scheduled',
  createdAt: '2026-11-21T14:05:00Z',
  cancelBy: '2026-11-22T23:00:00Z',
  amountDueAfter: usd(0),
};

const autoPay: AutoPaySettings = {
  accountId: 'auto-acct-1',
  enrolled: true,
  rule: 'fixed',
  fixedAmount: usd(45_000),
  fundingAccountId: 'bank-1',
  startDate: '2026-12-01',
  nextDraft: { date: '2026-12-01', amount: usd(45_000), stopBy: '2026-11-25T23:00:00Z', stoppable: true },
  authorizationCopy: { channel: 'email', to: 'a••••@example.com' },
};

const card: Card = {
  id: 'card-1',
  accountId: 'card-acct-1',
  network: 'visa',
  nickname: 'Groceries',
  last4: '4821',
  holderName: 'Avery Example',
  authorizedUser: false,
  lockable: true,
  lock: { locked: true, changedAt: '2026-11-20T09:30:00.000Z', relockAt: '2026-11-20T10:30:00-06:00' },
  declineAlerts: true,
};

const creditScore: CreditScore = {
  score: 742,
  model: 'fico-8',
  bureau: 'TransUnion',
  asOf: '2026-11-01',
  range: { min: 300, max: 850 },
  bands: [{ key: 'very-good', label: 'Very good', min: 740, max: 799 }],
  previous: { date: '2026-10-01', score: 735 },
  history: [
    { date: '2026-10-01', score: 735 },
    { date: '2026-11-01', score: 742 },
  ],
  factors: [{ impact: 'helping', text: 'No late payments' }],
};

const titleCase: TitleCase = {
  id: 'title-1',
  accountId: 'auto-acct-2',
  vehicle: { year: 2019, make: 'Juniper', model: 'Canyon', vinLast6: 'B65432' },
  payoffDate: '2026-11-02',
  titlingState: 'TX',
  previousState: 'OK',
  delivery: { method: 'electronic', recipient: 'dmv' },
  steps: [
    { key: 'payoff-received', status: 'done', completedOn: '2026-11-02' },
    { key: 'lien-released', status: 'current', estimate: { from: '2026-11-20', to: '2026-11-25' }, note: 'Sent to the state.' },
  ],
  guidance: ['Your state keeps the title electronically.'],
  tracking: { carrier: 'Example Post', number: '1Z999', url: 'https://example.com/track/1Z999' },
  emailUpdates: { enabled: false, maskedEmail: 'a****@example.com' },
};

const faq: Faq = {
  locale: 'en',
  topics: [{ id: 'payments', label: 'Payments' }],
  entries: [
    {
      id: 'when-posts',
      topic: 'payments',
      question: 'When does my payment post?',
      answer: [
        { type: 'paragraph', content: ['Payments made before ', { type: 'strong', text: '5 p.m.' }, ' post the same day.'] },
        { type: 'list', ordered: true, items: [['Open ', { type: 'link', href: 'https://example.com/pay', text: 'Pay' }], [{ type: 'em', text: 'Done' }]] },
      ],
    },
  ],
};

const contactChannel: ContactChannel = {
  id: 'phone',
  kind: 'phone',
  label: 'Call us',
  value: '+1-555-0100',
  hours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' }],
  timeZone: 'America/Chicago',
  bestFor: ['Lost or stolen cards'],
};

const DELETE = Symbol('delete');
type Change = [path: string, value: unknown];

/** A deep copy of `value` with the property at `path` (dots) replaced or deleted. */
function changed(value: unknown, path: string, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target: Record<string, unknown> = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (replacement === DELETE) delete target[last];
  else target[last] = replacement;
  return copy;
}

interface Case {
  name: string;
  guard: Guard<unknown>;
  sample: unknown;
  /** Fields that may be left out. */
  optionalPaths: string[];
  broken: Change[];
}

const cases: Case[] = [
  {
    name: 'isMoney',
    guard: isMoney,
    sample: usd(1234),
    optionalPaths: [],
    broken: [
      ['amount', DELETE],
      ['amount', 12.5],
      ['amount', '1234'],
      ['amount', Number.MAX_SAFE_INTEGER + 1],
      ['amount', Number.NaN],
      ['currency', 'EUR'],
      ['currency', DELETE],
    ],
  },
  {
    name: 'isAccount (card)',
    guard: isAccount,
    sample: cardAccount,
    optionalPaths: ['dueDate'],
    broken: [
      ['id', DELETE],
      ['id', 7],
      ['kind', 'mortgage'],
      ['kind', 'vehicle-loan'],
      ['name', null],
      ['last4', '482'],
      ['last4', 4821],
      ['status', 'frozen'],
      ['dueDate', '2026-13-01'],
      ['dueDate', '12/15/2026'],
      ['pastDueAmount', usd(1.5)],
      ['statementBalance', DELETE],
      ['minimumDue', 3500],
      ['currentBalance', usd(0.1)],
      ['availableCredit', { amount: 1 }],
      ['creditLimit', DELETE],
    ],
  },
  {
    name: 'isAccount (vehicle loan)',
    guard: isAccount,
    sample: loanAccount,
    optionalPaths: ['pastDueAmount'],
    broken: [
      ['kind', 'card'],
      ['amountDue', DELETE],
      ['payoffAmount', '12.00'],
      ['vehicle', DELETE],
      ['vehicle.year', '2023'],
      ['vehicle.make', DELETE],
      ['vehicle.model', 1],
      ['vehicle.vinLast6', null],
    ],
  },
  {
    name: 'isFundingAccount',
    guard: isFundingAccount,
    sample: { id: 'bank-1', bankName: 'First Example Bank', type: 'checking', last4: '6789', holderName: 'Avery Example', preferred: true },
    optionalPaths: ['preferred'],
    broken: [
      ['id', DELETE],
      ['bankName', 5],
      ['type', 'brokerage'],
      ['last4', '123456789'],
      ['holderName', DELETE],
      ['preferred', 'yes'],
    ],
  },
  {
    name: 'isBankLookup',
    guard: isBankLookup,
    sample: { routingNumber: '021000021', bankName: 'First Example Bank' },
    optionalPaths: [],
    broken: [
      ['routingNumber', '02100002'],
      ['routingNumber', 21000021],
      ['bankName', DELETE],
    ],
  },
  {
    name: 'isPaymentOptions',
    guard: isPaymentOptions,
    sample: paymentOptions,
    optionalPaths: [
      'authorizationText',
      'authorizationVersion',
      'extraPaymentText',
      'suggestedAmount',
      'autopayAuthorizationText',
      'autopayAuthorizationVersion',
      'autopayNoticeDays',
      'autopayBelowDue',
      'extraPaymentText.es',
    ],
    broken: [
      ['accountId', DELETE],
      ['earliestDate', '2026-11-31'],
      ['latestDate', DELETE],
      ['cutoffTime', '5pm'],
      ['cutoffTime', '24:00'],
      ['timeZone', 0],
      ['holidays', '2026-11-26'],
      ['holidays', ['2026-11-26', 'Christmas']],
      ['weekendProcessing', 'no'],
      ['maxAmount', usd(-0.5)],
      ['authorizationText', 42],
      ['extraPaymentText', null],
      ['extraPaymentText', { es: 'Solo en español' }],
      ['extraPaymentText.es', 7],
      ['authorizationVersion', ''],
      ['suggestedAmount', 'everything'],
      ['autopayAuthorizationText', ['I authorize']],
      ['autopayAuthorizationVersion', 3],
      ['autopayNoticeDays', 2.5],
      ['autopayNoticeDays', -1],
      ['autopayNoticeDays', 31],
      ['autopayBelowDue', 'allow'],
    ],
  },
  {
    name: 'isPaymentReceipt',
    guard: isPaymentReceipt,
    sample: receipt,
    optionalPaths: ['cancelBy', 'amountDueAfter'],
    broken: [
      ['id', DELETE],
      ['confirmationNumber', 1234],
      ['accountId', DELETE],
      ['fundingAccountId', null],
      ['amount', usd(50.5)],
      ['date', '2026-11-23T00:00:00Z'],
      ['postsOn', DELETE],
      ['status', 'failed'],
      ['createdAt', '2026-11-21'],
      ['createdAt', 'yesterday'],
      ['cancelBy', '2026-11-22'],
      ['amountDueAfter', 0],
    ],
  },
  {
    name: 'isAutoPaySettings',
    guard: isAutoPaySettings,
    sample: autoPay,
    optionalPaths: [
      'rule',
      'fixedAmount',
      'extraAmount',
      'fundingAccountId',
      'startDate',
      'nextDraft',
      'nextDraft.amount',
      'authorizationCopy',
      'authorizationCopy.to',
    ],
    broken: [
      ['accountId', DELETE],
      ['enrolled', 'true'],
      ['rule', 'everything'],
      ['fixedAmount', 450],
      ['extraAmount', usd(0.25)],
      ['fundingAccountId', 1],
      ['startDate', '2026-02-30'],
      ['nextDraft.date', DELETE],
      ['nextDraft.amount', 450],
      ['nextDraft.stopBy', '2026-11-25'],
      ['nextDraft.stoppable', DELETE],
      ['authorizationCopy.channel', 'fax'],
      ['authorizationCopy.to', ''],
    ],
  },
  {
    name: 'isCard',
    guard: isCard,
    sample: card,
    optionalPaths: ['nickname', 'notLockableReason', 'declineAlerts', 'lock.changedAt', 'lock.relockAt'],
    broken: [
      ['id', DELETE],
      ['accountId', 3],
      ['network', 'diners'],
      ['nickname', null],
      ['last4', 'abcd'],
      ['holderName', DELETE],
      ['authorizedUser', 0],
      ['lockable', DELETE],
      ['notLockableReason', false],
      ['lock', DELETE],
      ['lock', true],
      ['lock.locked', 'yes'],
      ['lock.changedAt', 'soon'],
      ['lock.relockAt', '2026-11-20T10:30:00'],
      ['declineAlerts', 'on'],
    ],
  },
  {
    name: 'isCardLockPolicy',
    guard: isCardLockPolicy,
    sample: { allowedWhileLocked: ['Recurring bills'], blockedWhileLocked: ['Purchases', 'Cash advances'] },
    optionalPaths: [],
    broken: [
      ['allowedWhileLocked', DELETE],
      ['allowedWhileLocked', 'Recurring bills'],
      ['blockedWhileLocked', [1]],
    ],
  },
  {
    name: 'isCardCapabilities',
    guard: isCardCapabilities,
    sample: { relockAfterMinutes: [15, 60], declineAlerts: true },
    optionalPaths: ['relockAfterMinutes'],
    broken: [
      ['relockAfterMinutes', [15.5]],
      ['relockAfterMinutes', 15],
      ['declineAlerts', DELETE],
    ],
  },
  {
    name: 'isCreditScore',
    guard: isCreditScore,
    sample: creditScore,
    optionalPaths: ['range', 'bands', 'previous', 'bands.0.label'],
    broken: [
      ['score', DELETE],
      ['score', 742.5],
      ['score', '742'],
      ['model', 'fico-99'],
      ['bureau', 'Acme'],
      ['asOf', 'November'],
      ['range', { min: 300 }],
      ['bands', [{ key: 'good', min: '670', max: 739 }]],
      ['bands.0.key', DELETE],
      ['previous', { date: '2026-10-01' }],
      ['history', DELETE],
      ['history.1.date', '2026-11'],
      ['factors', DELETE],
      ['factors.0.impact', 'neutral'],
      ['factors.0.text', DELETE],
    ],
  },
  {
    name: 'isTitleCase',
    guard: isTitleCase,
    sample: titleCase,
    optionalPaths: ['previousState', 'guidance', 'tracking', 'tracking.url', 'steps.0.completedOn', 'steps.1.estimate', 'steps.1.estimate.to', 'steps.1.note'],
    broken: [
      ['id', DELETE],
      ['accountId', 1],
      ['vehicle', DELETE],
      ['payoffDate', '2026-11-2'],
      ['titlingState', 'Texas'],
      ['previousState', 'ok'],
      ['delivery.method', 'pigeon'],
      ['delivery.recipient', DELETE],
      ['steps', DELETE],
      ['steps.0.key', 'title-lost'],
      ['steps.0.status', 'skipped'],
      ['steps.1.estimate.from', DELETE],
      ['steps.1.note', 7],
      ['guidance', 'Call the DMV'],
      ['tracking.number', DELETE],
      ['emailUpdates', DELETE],
      ['emailUpdates.enabled', 'false'],
      ['emailUpdates.maskedEmail', DELETE],
    ],
  },
  {
    name: 'isFaq',
    guard: isFaq,
    sample: faq,
    optionalPaths: ['entries.0.answer.1.ordered'],
    broken: [
      ['locale', 'fr'],
      ['topics', DELETE],
      ['topics.0.label', DELETE],
      ['entries', DELETE],
      ['entries.0.id', 3],
      ['entries.0.topic', DELETE],
      ['entries.0.question', DELETE],
      ['entries.0.answer', '<p>Before 5 p.m.</p>'],
      ['entries.0.answer.0.type', 'html'],
      ['entries.0.answer.0.content.1.type', 'script'],
      ['entries.0.answer.0.content.1.text', DELETE],
      ['entries.0.answer.1.items', ['not', 'nested']],
      ['entries.0.answer.1.items.0.1.href', DELETE],
      ['entries.0.answer.1.ordered', 'yes'],
    ],
  },
  {
    name: 'isContactChannel',
    guard: isContactChannel,
    sample: contactChannel,
    optionalPaths: ['hours', 'timeZone'],
    broken: [
      ['id', DELETE],
      ['kind', 'fax'],
      ['label', DELETE],
      ['value', 5550100],
      ['value', ['Example Lending', 2]],
      ['hours', [{ days: [7], opens: '08:00', closes: '20:00' }]],
      ['hours', [{ days: [1], opens: '8am', closes: '20:00' }]],
      ['timeZone', 6],
      ['bestFor', DELETE],
    ],
  },
];

describe('domain guards', () => {
  for (const { name, guard, sample, optionalPaths, broken } of cases) {
    describe(name, () => {
      it('accepts a valid sample, with extra fields', () => {
        expect(guard(sample)).to.equal(true);
        expect(guard({ ...(sample as object), addedLater: { anything: true } })).to.equal(true);
      });

      it('accepts the sample without its optional fields', () => {
        for (const path of optionalPaths) expect(guard(changed(sample, path, DELETE)), path).to.equal(true);
      });

      it('rejects every broken field, or leaves out the one list item that holds it', () => {
        for (const [path, value] of broken) {
          const label = `${path} = ${value === DELETE ? '(missing)' : JSON.stringify(value)}`;
          const bad = changed(sample, path, value);
          if (!guard(bad)) continue;
          // Only lenient lists (listOf) let a bad item through the guard: assertShape drops it.
          expect(leftOutOf(assertShape(bad, guard, name, 'test.read')), label).to.equal(1);
        }
      });

      it('rejects non-objects', () => {
        for (const value of [null, undefined, 'text', 42, true, [sample]]) expect(guard(value)).to.equal(false);
      });
    });
  }

  it('accepts a mail channel with address lines and a card account without a due date', () => {
    expect(isContactChannel({ ...contactChannel, kind: 'mail', value: ['Example Lending', 'PO Box 555', 'Springfield, ST 00000'] })).to.equal(true);
    expect(isAccount(changed(cardAccount, 'dueDate', DELETE))).to.equal(true);
  });

  it('accepts a credit score of null (not enough history) and negative money (a credit balance)', () => {
    expect(isCreditScore({ ...creditScore, score: null, history: [], factors: [] })).to.equal(true);
    expect(isMoney(usd(-2_500))).to.equal(true);
  });

  it('takes lender wording as one string or in both languages, English required', () => {
    expect(isLocalizedText('Text')).to.equal(true);
    expect(isLocalizedText({ en: 'Text' })).to.equal(true);
    expect(isLocalizedText({ en: 'Text', es: 'Texto' })).to.equal(true);
    for (const bad of [{ es: 'Texto' }, { en: 1 }, { en: 'Text', es: null }, null, 3]) expect(isLocalizedText(bad), JSON.stringify(bad)).to.equal(false);
  });

  it('picks the wording in the language shown, else the one the lender has, saying which', () => {
    const both = { en: 'Text', es: 'Texto' };
    expect(localized(both, 'es')).to.deep.equal({ text: 'Texto', lang: 'es' });
    expect(localized(both, 'en')).to.deep.equal({ text: 'Text', lang: 'en' });
    expect(localized({ en: 'Text' }, 'es')).to.deep.equal({ text: 'Text', lang: 'en' });
    expect(localized('Texto', 'en', 'es')).to.deep.equal({ text: 'Texto', lang: 'es' });
    expect(localized('Text', 'en')).to.deep.equal({ text: 'Text', lang: undefined });
    expect(localized(undefined, 'en')).to.equal(undefined);
  });

  it('checks field errors', () => {
    expect(isFieldError({ field: 'amount', message: 'Too much' })).to.equal(true);
    expect(isFieldError({ field: 'amount' })).to.equal(false);
  });
});

describe('date guards', () => {
  it('isIsoDateString accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDateString('2028-02-29')).to.equal(true);
    for (const value of ['2027-02-29', '2026-1-01', '2026-01-01T00:00:00Z', '', 20260101, null]) {
      expect(isIsoDateString(value), String(value)).to.equal(false);
    }
  });

  it('isIsoInstantString needs a time and an offset', () => {
    for (const value of ['2026-11-21T14:05:00Z', '2026-11-21T14:05Z', '2026-11-21T14:05:00.123+05:30', '2026-11-21T14:05:00-0600']) {
      expect(isIsoInstantString(value), value).to.equal(true);
    }
    for (const value of ['2026-11-21', '2026-11-21T14:05:00', '2026-11-21T25:05:00Z', 'now', 1_700_000_000_000]) {
      expect(isIsoInstantString(value), String(value)).to.equal(false);
    }
  });
});

describe('guard combinators', () => {
  it('str, num, int and bool check the primitive type', () => {
    expect([str('a'), str(1)]).to.deep.equal([true, false]);
    expect([num(1.5), num(Infinity), num('1')]).to.deep.equal([true, false, false]);
    expect([int(3), int(3.5), int(2 ** 53)]).to.deep.equal([true, false, false]);
    expect([bool(false), bool(0)]).to.deep.equal([true, false]);
  });

  it('oneOf, optional, nullable, either, pattern and arrayOf compose', () => {
    const size = oneOf('s', 'm');
    expect([size('s'), size('l')]).to.deep.equal([true, false]);
    expect([optional(str)(undefined), optional(str)(null)]).to.deep.equal([true, false]);
    expect([nullable(str)(null), nullable(str)(undefined)]).to.deep.equal([true, false]);
    expect([either(str, int)(1), either(str, int)(1.5)]).to.deep.equal([true, false]);
    expect([pattern(/^\d+$/)('12'), pattern(/^\d+$/)(12)]).to.deep.equal([true, false]);
    expect([arrayOf(int)([]), arrayOf(int)([1, 'a']), arrayOf(int)({ length: 0 })]).to.deep.equal([true, false, false]);
  });

  it('obj checks every listed property and ignores the rest', () => {
    const point = obj<{ x: number; label?: string }>({ x: int, label: optional(str) });
    expect(point({ x: 1, y: 2 })).to.equal(true);
    expect(point({ x: 1, label: 2 })).to.equal(false);
    expect(point([1])).to.equal(false);
  });
});

describe('assertShape', () => {
  it('returns the value when it fits', () => {
    const value = usd(100);
    expect(assertShape(value, isMoney, 'amount')).to.equal(value);
  });

  it('throws a ProviderError naming what was malformed', () => {
    let thrown: unknown;
    try {
      assertShape({ amount: 1.5, currency: 'USD' }, isMoney, 'amount');
    } catch (error) {
      thrown = error;
    }
    expect(isProviderError(thrown)).to.equal(true);
    expect(thrown).to.include({ code: 'unknown', invalidData: true, message: 'provider → amount.amount: expected a whole number (got 1.5)' });
  });

  it('names the provider method, the path, the rule and a safe excerpt', () => {
    const card = { id: 'card-1', accountId: 'a', network: 'visa', last4: '19', holderName: 'J', authorizedUser: false, lockable: true, lock: { locked: false } };
    expect(() => assertShape(card, isCard, 'card', 'cards.getCard')).to.throw('cards.getCard → card.last4: expected 4 digits (got "19")');
    const longNumber = { ...card, last4: '4111111111111111' };
    expect(() => assertShape(longNumber, isCard, 'card', 'cards.getCard')).to.throw('(got "••••••••••••1111")');
    const token = { ...card, last4: '1942', holderName: 42 };
    expect(() => assertShape(token, isCard, 'card', 'cards.getCard')).to.throw('card.holderName: expected a non-empty string (got 42)');
    expect(excerpt('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0')).to.equal('a 48-character string');
    expect(excerpt(123456789012)).to.equal('a long number');
  });

  it('reports the union branch the data most likely meant', () => {
    const loan = { ...(loanAccount as object), payoffAmount: { amount: 'x', currency: 'USD' } };
    expect(() => assertShape(loan, isAccount, 'account', 'accounts.getAccount')).to.throw(
      'accounts.getAccount → account.payoffAmount.amount: expected a whole number',
    );
  });

  it('leaves bad items out of lenient lists, keeps the good ones, and counts them', () => {
    const list = listOf(isMoney);
    const value = [usd(1), { amount: 'x' }, usd(3)];
    const kept = assertShape(value, list, 'amounts', 'test.list');
    expect(kept).to.deep.equal([usd(1), usd(3)]);
    expect(leftOutOf(kept)).to.equal(1);
    expect(value, 'the original is untouched').to.have.length(3);
    const good = [usd(1)];
    expect(assertShape(good, list, 'amounts')).to.equal(good);
    expect(() => assertShape({ length: 1 }, list, 'amounts', 'test.list')).to.throw('test.list → amounts: expected a list');
  });

  it('leaves out bad items of nested lenient lists, copying only what changes', () => {
    const score = { ...creditScore, factors: [{ impact: 'helping', text: 'Good' }, { impact: 'maybe', text: 'Bad' }] };
    const kept = assertShape(score, isCreditScore, 'credit score', 'creditScore.getCreditScore');
    expect(kept.factors).to.deep.equal([{ impact: 'helping', text: 'Good' }]);
    expect(kept.history).to.equal(score.history);
    expect(leftOutOf(kept)).to.equal(1);
  });
});

describe('data rules', () => {
  it('time zones must be IANA names Intl knows', () => {
    expect([isTimeZone('America/Chicago'), isTimeZone('Mars/Olympus'), isTimeZone('CST'), isTimeZone('')]).to.deep.equal([true, false, false, false]);
  });

  it('a VIN ends in 6 digits or capitals other than I, O and Q', () => {
    const vehicleOf = (vinLast6: string) => ({ ...(loanAccount as { vehicle: object }).vehicle, vinLast6 });
    const isLoan = (vinLast6: string) => isAccount({ ...(loanAccount as object), vehicle: vehicleOf(vinLast6) });
    expect([isLoan('123456'), isLoan('A1B2C3'), isLoan('ABC'), isLoan('12345O'), isLoan('abcdef')]).to.deep.equal([true, true, false, false, false]);
  });

  it('links from a provider are https only', () => {
    expect([isHttpsUrl('https://example.com/t'), isHttpsUrl('http://example.com'), isHttpsUrl('javascript:alert(1)'), isHttpsUrl('/relative')]).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
  });

  it('ids and names are not empty', () => {
    expect(isCard({ ...(card as object), id: '' })).to.equal(false);
    expect(isCard({ ...(card as object), holderName: '   ' })).to.equal(false);
  });
});
