import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createMockStore, MOCK_IDS } from '@tessera/mocks';
import { formatAmountInput, type CardAccount, type PaymentOptions, type VehicleLoanAccount } from '@tessera/core';
import { ambiguousReadings, checkAmount, minimumDue, presetsFor, rulesFor } from '../src/amount.js';
import { checkBank, emptyBank, toNewFundingAccount } from '../src/bank.js';
import { newIdempotencyKey, oneTimeSteps, reviewPayment, stepAfter, stepBefore } from '../src/flow.js';
import { checkDate, dateBounds, formatCutoff, postsOnTime } from '../src/schedule.js';

const store = createMockStore();
const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount) as CardAccount;
const loan = store.accounts.find((a) => a.id === MOCK_IDS.activeLoan) as VehicleLoanAccount;
const options = store.paymentOptions[MOCK_IDS.cardAccount]!;
const VALID_ROUTING = ['021000021', '011000015', '121000358'];

describe('amounts', () => {
  it('offers the presets of each account kind, skipping zero and unpayable amounts', () => {
    expect(presetsFor(card, 10_000_000).map((p) => p.key)).to.deep.equal(['minimum-due', 'statement-balance', 'current-balance']);
    expect(presetsFor(loan, 10_000_000).map((p) => p.key)).to.deep.equal(['amount-due', 'payoff']);
    expect(presetsFor(card, card.statementBalance.amount).map((p) => p.key)).to.deep.equal(['minimum-due', 'statement-balance']);
    expect(presetsFor({ ...card, minimumDue: { amount: 0, currency: 'USD' } }, 10_000_000).map((p) => p.key)).not.to.include(
      'minimum-due',
    );
    expect(minimumDue(card)).to.deep.equal(card.minimumDue);
    expect(minimumDue(loan)).to.deep.equal(loan.amountDue);
    expect(rulesFor(card)).to.deep.equal(['minimum-due', 'statement-balance', 'fixed']);
    expect(rulesFor(loan)).to.deep.equal(['amount-due', 'fixed']);
  });

  it('parses per locale and checks the bounds', () => {
    const max = 200_000;
    expect(checkAmount('1,234.56', 'en', max)).to.deep.equal({ ok: true, amount: 123456 });
    expect(checkAmount('1.234,56', 'es', max)).to.deep.equal({ ok: true, amount: 123456 });
    expect(checkAmount('1234,56', 'es', max)).to.deep.equal({ ok: true, amount: 123456 });
    expect(checkAmount('0', 'en', max)).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(checkAmount('0.00', 'es', max)).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(checkAmount('0,00', 'es', max)).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(checkAmount('-5', 'en', max)).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(checkAmount('10.5555', 'en', max)).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
    expect(checkAmount('10,5555', 'es', max)).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
    expect(checkAmount('2,000.01', 'en', max)).to.deep.equal({ ok: false, problem: 'too-large' });
    expect(checkAmount('2,000.00', 'en', max)).to.deep.equal({ ok: true, amount: max });
    expect(checkAmount('', 'en', max)).to.deep.equal({ ok: false, problem: 'empty' });
    expect(checkAmount('12a', 'en', max)).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(checkAmount('1.234,56', 'en', max)).to.deep.equal({ ok: true, amount: 123456 });
    expect(checkAmount('1,234.56', 'es', max)).to.deep.equal({ ok: true, amount: 123456 });
    expect(checkAmount('1,234', 'es', max)).to.deep.equal({ ok: true, amount: 123400 });
    expect(checkAmount('1.234', 'es', max)).to.deep.equal({ ok: false, problem: 'ambiguous' });
    expect(checkAmount('1.234', 'en', max)).to.deep.equal({ ok: false, problem: 'ambiguous' });
  });

  it('reads an ambiguous amount both ways: thousands, and dollars and cents', () => {
    expect(ambiguousReadings('1.234', 'en')).to.deep.equal({ thousands: 123400, cents: 123 });
    expect(ambiguousReadings('$12.345', 'es')).to.deep.equal({ thousands: 1234500, cents: 1234 });
    expect(ambiguousReadings('999.999', 'en')).to.deep.equal({ thousands: 99999900, cents: 99999 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('en', 'es'), (whole, three, lang) => {
        const digits = String(three).padStart(3, '0');
        const readings = ambiguousReadings(`${whole}.${digits}`, lang)!;
        // Each reading, written as the message suggests, is read back as that amount.
        expect(checkAmount(`${whole},${digits}`, lang, Number.MAX_SAFE_INTEGER)).to.deep.equal({ ok: true, amount: readings.thousands });
        expect(checkAmount(`${whole}.${digits.slice(0, 2)}`, lang, Number.MAX_SAFE_INTEGER)).to.deep.equal({ ok: true, amount: readings.cents });
      }),
    );
  });

  it('never throws and never returns a fraction of a cent, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en', 'es', 'en-US', 'es-MX'), fc.nat(), (input, lang, max) => {
        const result = checkAmount(input, lang, max);
        if (result.ok) {
          expect(Number.isSafeInteger(result.amount)).to.equal(true);
          expect(result.amount).to.be.greaterThan(0);
          expect(result.amount).to.be.at.most(max);
        }
      }),
    );
  });

  it('reads back what it formats, in both locales, and what a Spanish speaker from anywhere types', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999_99 }),
        fc.constantFrom('en', 'es'),
        fc.constantFrom('en-US', 'es-US', 'es-ES', 'es-MX'),
        (cents, lang, writer) => {
          const max = Number.MAX_SAFE_INTEGER;
          expect(checkAmount(formatAmountInput(cents, lang), lang, max)).to.deep.equal({ ok: true, amount: cents });
          const typed = new Intl.NumberFormat(writer, { minimumFractionDigits: 2, useGrouping: true }).format(cents / 100);
          expect(checkAmount(typed, lang, max), typed).to.deep.equal({ ok: true, amount: cents });
        },
      ),
    );
  });
});

describe('dates', () => {
  const calendar: PaymentOptions = { ...options, holidays: ['2026-11-26'], weekendProcessing: false };

  it('narrows the provider window with the host overrides and starts on a business day', () => {
    expect(dateBounds(calendar)).to.deep.equal({ min: calendar.earliestDate, max: calendar.latestDate });
    expect(dateBounds(calendar, '2026-11-26', '2026-12-10')).to.deep.equal({ min: '2026-11-27', max: '2026-12-10' });
    expect(dateBounds(calendar, '2020-01-01', '2030-01-01')).to.deep.equal({ min: calendar.earliestDate, max: calendar.latestDate });
    expect(dateBounds(calendar, 'not a date', '')).to.deep.equal({ min: calendar.earliestDate, max: calendar.latestDate });
  });

  it('refuses past, out-of-window and closed days, suggesting the next business day', () => {
    const bounds = dateBounds(calendar);
    expect(checkDate('', bounds, calendar)).to.deep.equal({ problem: 'empty' });
    expect(checkDate('2026-11-20', bounds, calendar)).to.deep.equal({ problem: 'before' });
    expect(checkDate('2027-06-01', bounds, calendar)).to.deep.equal({ problem: 'after' });
    expect(checkDate('2026-11-26', bounds, calendar)).to.deep.equal({ problem: 'not-business-day', suggestion: '2026-11-27' });
    expect(checkDate('2026-11-28', bounds, calendar)).to.deep.equal({ problem: 'not-business-day', suggestion: '2026-11-30' });
    expect(checkDate('2026-11-28', { ...bounds, max: '2026-11-29' }, calendar)).to.deep.equal({ problem: 'not-business-day' });
    expect(checkDate('2026-11-27', bounds, calendar)).to.deep.equal({});
  });

  it('answers "will this post on time?"', () => {
    expect(postsOnTime('2026-11-25', '2026-11-25')).to.equal(true);
    expect(postsOnTime('2026-11-27', '2026-11-25')).to.equal(false);
    expect(postsOnTime('2026-11-27', undefined)).to.equal(undefined);
  });

  it('formats the cutoff time per locale', () => {
    expect(formatCutoff('17:00', 'en')).to.equal('5:00 PM');
    expect(formatCutoff('17:00', 'es')).to.equal('17:00');
    expect(formatCutoff('soon', 'en')).to.equal('soon');
  });
});

describe('new bank accounts', () => {
  const good = { ...emptyBank(), holderName: 'Jordan Rivera', accountNumber: '1234-5678', confirmAccountNumber: '12345678' };

  it('accepts real routing numbers and refuses every single-digit corruption of them', () => {
    for (const routing of VALID_ROUTING) {
      expect(checkBank({ ...good, routingNumber: routing }), routing).to.deep.equal({});
      for (let i = 0; i < 9; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === routing[i]) continue;
          const corrupted = routing.slice(0, i) + d + routing.slice(i + 1);
          expect(checkBank({ ...good, routingNumber: corrupted }).routingNumber, corrupted).to.be.oneOf(['checksum', 'prefix']);
        }
      }
    }
  });

  it('names every problem and compares the account number typed twice', () => {
    expect(checkBank(emptyBank())).to.deep.equal({
      holderName: 'empty',
      routingNumber: 'empty',
      accountNumber: 'empty',
      confirmAccountNumber: 'empty',
    });
    expect(checkBank({ ...good, routingNumber: '021000021', confirmAccountNumber: '12345679' })).to.deep.equal({
      confirmAccountNumber: 'mismatch',
    });
    expect(checkBank({ ...good, routingNumber: '02100002', accountNumber: '123', confirmAccountNumber: '123' })).to.deep.equal({
      routingNumber: 'length',
      accountNumber: 'too-short',
    });
    expect(checkBank({ ...good, routingNumber: '021000021', accountNumber: '1'.repeat(18), confirmAccountNumber: '1'.repeat(18) }))
      .to.deep.equal({ accountNumber: 'too-long' });
  });

  it('sends trimmed, normalized numbers', () => {
    expect(toNewFundingAccount({ ...good, holderName: ' Jordan ', routingNumber: ' 021000021 ', type: 'savings' })).to.deep.equal({
      holderName: 'Jordan',
      routingNumber: '021000021',
      accountNumber: '12345678',
      type: 'savings',
    });
  });
});

describe('flow', () => {
  const request = {
    accountId: 'a',
    fundingAccountId: 'f',
    amount: { amount: 100, currency: 'USD' as const },
    date: '2026-11-23',
  };

  it('keeps the idempotency key for the same payment and replaces it when anything changes', () => {
    let n = 0;
    const makeKey = () => `key-${++n}`;
    const first = reviewPayment(undefined, request, makeKey);
    expect(first.key).to.equal('key-1');
    expect(reviewPayment(first, { ...request, amount: { ...request.amount } }, makeKey)).to.equal(first);
    for (const change of [
      { accountId: 'b' },
      { fundingAccountId: 'g' },
      { amount: { amount: 101, currency: 'USD' as const } },
      { date: '2026-11-24' },
    ]) {
      expect(reviewPayment(first, { ...request, ...change }, makeKey).key).not.to.equal('key-1');
    }
  });

  it('makes v4 UUIDs, with or without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).to.match(uuid);
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(uuid);
    } finally {
      crypto.randomUUID = original;
    }
  });

  it('orders the one-time steps', () => {
    expect(oneTimeSteps(false)).to.deep.equal(['account', 'amount', 'date', 'from', 'review']);
    expect(oneTimeSteps(true)).to.deep.equal(['amount', 'date', 'from', 'review']);
    expect(stepAfter('from')).to.equal('review');
    expect(stepAfter('review')).to.equal('result');
    expect(stepBefore('amount')).to.equal('account');
    expect(stepBefore('review')).to.equal('from');
  });
});
