import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkAccountNumber,
  checkRoutingNumber,
  formatAmountInput,
  formatMoney,
  isValidRoutingNumber,
  maskLast4,
  normalizeAccountNumber,
  numberSeparators,
  parseAmount,
} from '@tessera/core';

const TAGS = ['en', 'es', 'en-US', 'es-MX', 'es-US'] as const;

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

  it('ignores the spaces and hyphens people type', () => {
    expect(checkAccountNumber('1234 5678-90')).to.equal(null);
    expect(checkAccountNumber(' - ')).to.equal('empty');
    expect(checkAccountNumber('12 3')).to.equal('too-short');
    expect(checkAccountNumber('1234.5678')).to.equal('not-digits');
    expect(checkAccountNumber('１２３４')).to.equal('not-digits');
  });

  it('accepts exactly the lengths 4 to 17', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,25}$/), (digits) => {
        const expected = digits.length < 4 ? 'too-short' : digits.length > 17 ? 'too-long' : null;
        expect(checkAccountNumber(digits)).to.equal(expected);
      }),
    );
  });
});

describe('normalizeAccountNumber and maskLast4', () => {
  it('removes spaces and hyphens only', () => {
    expect(normalizeAccountNumber(' 12-34 56\t78 ')).to.equal('12345678');
    expect(normalizeAccountNumber('12.34')).to.equal('12.34');
  });

  it('shows only the last four characters', () => {
    expect(maskLast4('123456789')).to.equal('••••6789');
    expect(maskLast4('6789')).to.equal('••••6789');
    expect(maskLast4('89')).to.equal('••••89');
  });

  it('never lets more than four characters of a number through', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4,17}$/), (number) => {
        const masked = maskLast4(number);
        expect(masked).to.equal(`••••${number.slice(-4)}`);
        expect(masked.replace(/•/g, '')).to.have.length(4);
      }),
    );
  });
});

describe('checkRoutingNumber (more)', () => {
  it('trims surrounding spaces but not inner ones', () => {
    expect(checkRoutingNumber(' 021000021 ')).to.equal(null);
    expect(checkRoutingNumber('021 000 021')).to.equal('not-digits');
    expect(checkRoutingNumber('   ')).to.equal('empty');
  });

  it('checks the Federal Reserve prefix ranges', () => {
    // 13–20, 33–60, 73–79 and 81–99 are not assigned.
    for (const prefix of ['13', '20', '33', '60', '73', '79', '81', '99']) {
      expect(checkRoutingNumber(`${prefix}0000000`), prefix).to.equal('prefix');
    }
  });

  it('accepts every number whose checksum works out in an assigned range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('01', '12', '21', '32', '61', '72', '80'),
        fc.stringMatching(/^\d{6}$/),
        (prefix, middle) => {
          const d = [...`${prefix}${middle}`].map(Number);
          const partial = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
          const check = (10 - (partial % 10)) % 10;
          expect(checkRoutingNumber(`${prefix}${middle}${check}`)).to.equal(null);
        },
      ),
    );
  });

  it('catches swapped neighbouring digits that change the checksum', () => {
    // 021000021 → 201000021: the 3-7-1 weights differ, so the swap is caught.
    expect(isValidRoutingNumber('201000021')).to.equal(false);
  });
});

describe('parseAmount', () => {
  it('parses amounts written with US conventions, in both languages', () => {
    for (const tag of TAGS) {
      expect(parseAmount('1,234.56', tag), tag).to.deep.equal({ ok: true, amount: 123456 });
      expect(parseAmount('$25', tag), tag).to.deep.equal({ ok: true, amount: 2500 });
      expect(parseAmount('0.5', tag), tag).to.deep.equal({ ok: true, amount: 50 });
      expect(parseAmount('.05', tag), tag).to.deep.equal({ ok: true, amount: 5 });
      expect(parseAmount('100.50', tag), tag).to.deep.equal({ ok: true, amount: 10050 });
      expect(parseAmount('1234.56', tag), tag).to.deep.equal({ ok: true, amount: 123456 });
      expect(parseAmount('12.5', tag), tag).to.deep.equal({ ok: true, amount: 1250 });
    }
  });

  it('parses amounts written with a decimal comma, in both languages', () => {
    for (const tag of TAGS) {
      expect(parseAmount('100,50', tag), tag).to.deep.equal({ ok: true, amount: 10050 });
      expect(parseAmount('1.234,56', tag), tag).to.deep.equal({ ok: true, amount: 123456 });
      expect(parseAmount('1234,56', tag), tag).to.deep.equal({ ok: true, amount: 123456 });
      expect(parseAmount('12,5', tag), tag).to.deep.equal({ ok: true, amount: 1250 });
      expect(parseAmount('1 234,56', tag), tag).to.deep.equal({ ok: true, amount: 123456 });
      expect(parseAmount('1.234.567,89', tag), tag).to.deep.equal({ ok: true, amount: 123456789 });
      expect(parseAmount('25,00 US$', tag), tag).to.deep.equal({ ok: true, amount: 2500 });
    }
  });

  it('reads a comma before three digits as thousands, a period before three digits as ambiguous', () => {
    for (const tag of TAGS) {
      expect(parseAmount('1,234', tag), tag).to.deep.equal({ ok: true, amount: 123400 });
      expect(parseAmount('$1,234', tag), tag).to.deep.equal({ ok: true, amount: 123400 });
      expect(parseAmount('100,000', tag), tag).to.deep.equal({ ok: true, amount: 10000000 });
      for (const text of ['1.234', '12.345', '123.456', '$1.000', '1.234 USD']) {
        expect(parseAmount(text, tag), `${text} ${tag}`).to.deep.equal({ ok: false, problem: 'ambiguous' });
      }
    }
  });

  it('reads a mark used more than once as thousands', () => {
    for (const tag of TAGS) {
      expect(parseAmount('1,234,567', tag), tag).to.deep.equal({ ok: true, amount: 123456700 });
      expect(parseAmount('1.234.567', tag), tag).to.deep.equal({ ok: true, amount: 123456700 });
    }
  });

  it('reads a mark before three digits as a decimal mark when it cannot group thousands', () => {
    // Nothing, a zero or four digits before it: no thousands group, so three decimals.
    for (const text of ['0.500', '0,500', '.123', ',123', '1234.567', '1234,567']) {
      expect(parseAmount(text, 'en'), text).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
    }
  });

  it('names the problem', () => {
    expect(parseAmount('', 'en')).to.deep.equal({ ok: false, problem: 'empty' });
    expect(parseAmount('0', 'en')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('-5', 'en')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('1.2345', 'en')).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
    expect(parseAmount('1.234', 'en')).to.deep.equal({ ok: false, problem: 'ambiguous' });
    expect(parseAmount('1,23.4', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('abc', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('1234567890123', 'en')).to.deep.equal({ ok: false, problem: 'too-large' });
  });

  it('ignores every kind of space, including U+00A0 and U+202F', () => {
    expect(parseAmount(' 1 234.56 ', 'en')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('1\u00a0234,56', 'es')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('1\u202f234,56\u00a0US$', 'es')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('\t25\n', 'en')).to.deep.equal({ ok: true, amount: 2500 });
  });

  it('accepts a leading or trailing currency sign', () => {
    expect(parseAmount('$1,234.56', 'en')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('$1,234.56', 'es')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('$ 25', 'en')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('US$25', 'en')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('USD 25.00', 'es-MX')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('25,00 US$', 'es')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('25 USD', 'en')).to.deep.equal({ ok: true, amount: 2500 });
    expect(parseAmount('25$', 'en')).to.deep.equal({ ok: true, amount: 2500 });
  });

  it('refuses currency signs inside the number and other currencies', () => {
    expect(parseAmount('1$2', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('$$25', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('€25', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('25 EUR', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('$', 'en')).to.deep.equal({ ok: false, problem: 'empty' });
  });

  it('accepts leading zeros, a bare fraction and a trailing decimal mark', () => {
    expect(parseAmount('007.50', 'en')).to.deep.equal({ ok: true, amount: 750 });
    expect(parseAmount('000000000000000001', 'en')).to.deep.equal({ ok: true, amount: 100 });
    expect(parseAmount('.5', 'en')).to.deep.equal({ ok: true, amount: 50 });
    expect(parseAmount(',5', 'es')).to.deep.equal({ ok: true, amount: 50 });
    expect(parseAmount('1.', 'en')).to.deep.equal({ ok: true, amount: 100 });
    expect(parseAmount('1,', 'es')).to.deep.equal({ ok: true, amount: 100 });
    expect(parseAmount('1.234,', 'es')).to.deep.equal({ ok: true, amount: 123400 });
    expect(parseAmount('.', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount(',', 'es')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('0.00', 'en')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('.001', 'en')).to.deep.equal({ ok: false, problem: 'too-many-decimals' });
  });

  it('refuses misplaced group separators', () => {
    for (const tag of TAGS) {
      for (const text of ['1,,234', '1,234,', '1,234,56.00', '1.23,45', '1,234.5.6', '1,2,3', '12,34,567', '1.234.56', '1,23.4', '12.3456,7', '1.234,5,6']) {
        expect(parseAmount(text, tag), `${text} ${tag}`).to.deep.equal({ ok: false, problem: 'invalid' });
      }
    }
    expect(parseAmount('1,234,567.89', 'en')).to.deep.equal({ ok: true, amount: 123456789 });
  });

  it('refuses negative amounts, with a hyphen or U+2212, before or after the sign', () => {
    for (const text of ['-5', '\u22125', '-$5', '$-5', '\u2212$5.00', '-0']) {
      expect(parseAmount(text, 'en'), text).to.deep.equal({ ok: false, problem: 'not-positive' });
    }
    expect(parseAmount('\u22125,00', 'es')).to.deep.equal({ ok: false, problem: 'not-positive' });
    expect(parseAmount('--5', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('-', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('5-', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(parseAmount('+5', 'en')).to.deep.equal({ ok: false, problem: 'invalid' });
  });

  it('refuses other digits, exponents and words', () => {
    for (const text of ['1e3', '١٢', '１２', 'Infinity', 'NaN', '0x10', '12abc', '(5)', '1_000']) {
      expect(parseAmount(text, 'en').ok, text).to.equal(false);
    }
  });

  it('keeps the largest amounts exact', () => {
    expect(parseAmount('999,999,999,999.99', 'en')).to.deep.equal({ ok: true, amount: 99_999_999_999_999 });
    expect(parseAmount('999.999.999.999,99', 'es')).to.deep.equal({ ok: true, amount: 99_999_999_999_999 });
    expect(parseAmount('1,000,000,000,000', 'en')).to.deep.equal({ ok: false, problem: 'too-large' });
  });

  it('does not throw on a malformed lang tag', () => {
    expect(parseAmount('1,234.56', 'en_US')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('1.234,56', 'es_MX')).to.deep.equal({ ok: true, amount: 123456 });
    expect(parseAmount('12', '!!')).to.deep.equal({ ok: true, amount: 1200 });
  });

  it('never throws, and valid results are positive safe integers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.stringMatching(/^[-\u2212$ ]{0,2}[\d.,\u00a0 ]{0,20}( ?US\$| ?USD)?$/),
        ),
        fc.constantFrom(...TAGS),
        (text, tag) => {
          const result = parseAmount(text, tag);
          if (result.ok) {
            expect(Number.isSafeInteger(result.amount), text).to.equal(true);
            expect(result.amount, text).to.be.greaterThan(0);
          } else {
            expect(['empty', 'invalid', 'too-many-decimals', 'not-positive', 'too-large', 'ambiguous']).to.include(result.problem);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads one language like the other', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-$ ]{0,2}[\d.,]{0,12}$/), (text) => {
        expect(parseAmount(text, 'es'), text).to.deep.equal(parseAmount(text, 'en'));
      }),
      { numRuns: 1000 },
    );
  });

  /** `1234567` → `1,234,567` (or with `group`). */
  const grouped = (whole: string, group: string): string => whole.replace(/\B(?=(\d{3})+$)/g, group);

  it('reads grouped and ungrouped forms of one amount alike, in both decimal styles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999_999_999 }),
        fc.constantFrom(...TAGS),
        fc.constantFrom(['.', ','], [',', '.']),
        (cents, tag, [decimal, group]) => {
          const whole = String(Math.floor(cents / 100));
          const fraction = String(cents % 100).padStart(2, '0');
          expect(parseAmount(`${whole}${decimal}${fraction}`, tag)).to.deep.equal({ ok: true, amount: cents });
          expect(parseAmount(`${grouped(whole, group)}${decimal}${fraction}`, tag)).to.deep.equal({ ok: true, amount: cents });
          expect(parseAmount(`${grouped(whole, ' ')}${decimal}${fraction}`, tag)).to.deep.equal({ ok: true, amount: cents });
        },
      ),
    );
  });

  it('reads whole dollars grouped with commas, and says a single period before three digits is ambiguous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.constantFrom(...TAGS), (dollars, tag) => {
        const text = grouped(String(dollars), ',');
        expect(parseAmount(text, tag)).to.deep.equal({ ok: true, amount: dollars * 100 });
        const periods = grouped(String(dollars), '.');
        const single = (periods.match(/\./g) ?? []).length === 1;
        expect(parseAmount(periods, tag)).to.deep.equal(single ? { ok: false, problem: 'ambiguous' } : { ok: true, amount: dollars * 100 });
      }),
    );
  });

  it('never reads a period before three digits as cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(...TAGS), (whole, three, tag) => {
        const text = `${whole}.${String(three).padStart(3, '0')}`;
        expect(parseAmount(text, tag), text).to.deep.equal({ ok: false, problem: 'ambiguous' });
      }),
    );
  });
});

describe('numberSeparators', () => {
  it('reads the separators from Intl', () => {
    expect(numberSeparators('en')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('en-US')).to.deep.equal({ group: ',', decimal: '.' });
    // Spanish formats with US conventions (es-US), like the money it shows.
    expect(numberSeparators('es')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('es-ES')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('es-MX')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('es-US')).to.deep.equal({ group: ',', decimal: '.' });
  });

  it('parses amounts in a locale that groups with a narrow no-break space', () => {
    // French writes 1 234,56 with U+202F; spaces are dropped before parsing.
    expect(parseAmount(new Intl.NumberFormat('fr', { minimumFractionDigits: 2 }).format(1234.56), 'fr')).to.deep.equal({
      ok: true,
      amount: 123456,
    });
  });

  it('round-trips whole cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.constantFrom(...TAGS), (cents, tag) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseAmount(text, tag)).to.deep.equal({ ok: true, amount: cents });
      }),
    );
  });

  it('round-trips what formatAmountInput and formatMoney write, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_999 }), fc.constantFrom(...TAGS), (cents, tag) => {
        expect(parseAmount(formatAmountInput(cents, tag), tag)).to.deep.equal({ ok: true, amount: cents });
        expect(parseAmount(formatMoney({ amount: cents, currency: 'USD' }, tag), tag)).to.deep.equal({ ok: true, amount: cents });
      }),
    );
  });
});
