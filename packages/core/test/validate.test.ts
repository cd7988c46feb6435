import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkRoutingNumber, isValidRoutingNumber, parseAmount, checkAccountNumber } from '@tessera/core';

const VALID_ROUTING = ['021000021', '011000015', '121000358'];

describe('checkRoutingNumber', () => {
  it('accepts real routing numbers', () => {
    for (const n of VALID_ROUTING) expect(checkRoutingNumber(n), n).to.equal(null);
  });

  it('rejects every single-digit corruption', () => {
    for (const n of VALID_ROUTING) {
      for (let i = 0; i < 9; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === n[i]) continue;
          const corrupted = n.slice(0, i) + d + n.slice(i + 1);
          expect(isValidRoutingNumber(corrupted), corrupted).to.equal(false);
        }
      }
    }
  });

  it('names the problem', () => {
    expect(checkRoutingNumber('')).to.equal('empty');
    expect(checkRoutingNumber('02100002a')).to.equal('not-digits');
    expect(checkRoutingNumber('02100002')).to.equal('length');
    expect(checkRoutingNumber('500000000')).to.equal('prefix');
    expect(checkRoutingNumber('021000022')).to.equal('checksum');
  });
});

describe('checkAccountNumber', () => {
  it('accepts 4 to 17 digits', () => {
    expect(checkAccountNumber('1234')).to.equal(null);
    expect(checkAccountNumber('12345678901234567')).to.equal(null);
    expect(checkAccountNumber('123')).to.equal('too-short');
    expect(checkAccountNumber('123456789012345678')).to.equal('too-long');
    expect(checkAccountNumber('12ab')).to.equal('not-digits');
    expect(checkAccountNumber(' ')).to.equal('empty');
  });
});

describe('parseAmount', () => {
  it('parses en amounts', () => {
    expect(parseAmount('1,234.56', 'en')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('$25', 'en')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('0.5', 'en')).to.deep.equal({ ok: true, amount: 50 });
    expect(parseAmount('.05', 'en')).to.deep.equal({ ok: true, amount: 5 });
  });

  it('parses es amounts', () => {
    expect(parseAmount('1.234,56', 'es')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('1234,56', 'es')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('12,5', 'es')).to.deep.equal({ ok: true, amount: 1250 });
  });

  it('names the problem', () => {
    expect(parseAmount('', 'en')).to.deep.equal({ ok: false, problem: 'empty' });
    expect(parseAmount('0', 'en')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('-5', 'en')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('1.234', 'en')).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
    expect(parseAmount('1,23.4', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('abc', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('1234567890123', 'en')).to.deep.equal({ ok: false, problem: 'too-large' });
  });

  it('never throws and returns integers', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en', 'es', 'en-US', 'es-MX'), (text, tag) => {
        const result = parseAmount(text, tag);
        if (result.ok) expect(Number.isSafeInteger(result.amount) && result.amount > 0).to.equal(true);
      }),
    );
  });

  it('round-trips whole cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseAmount(text, 'en')).to.deep.equal({ ok: true, amount: cents });
      }),
    );
  });
});
