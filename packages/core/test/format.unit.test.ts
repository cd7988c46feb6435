import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatOpeningHours,
  isAllDay,
  telHref,
  timeZoneName,
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  formatAmountInput,
  formatDate,
  formatDateRange,
  formatInstant,
  formatMoney,
  formatSigned,
  formattingTag,
  businessDaysBefore,
  isBusinessDay,
  isIsoDate,
  nextBusinessDay,
  parseAmount,
  zonedNow,
  type BusinessCalendar,
} from '@tessera/core';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

/** Intl's own output for a number (with the US formatting tag the widgets use), so tests do not depend on one ICU version's spacing. */
const intlMoney = (tag: string, value: number) =>
  new Intl.NumberFormat(formattingTag(tag), { style: 'currency', currency: 'USD' }).format(value);

/** Any real date written YYYY-MM-DD, years 0001–9999. */
const isoDateArb = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9990-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('formatMoney', () => {
  it('formats integer minor units as Intl does for each locale', () => {
    for (const tag of ['en', 'es', 'en-US', 'es-US', 'es-MX']) {
      expect(formatMoney(usd(123456), tag), tag).to.equal(intlMoney(tag, 1234.56));
      expect(formatMoney(usd(5), tag), tag).to.equal(intlMoney(tag, 0.05));
      expect(formatMoney(usd(0), tag), tag).to.equal(intlMoney(tag, 0));
    }
  });

  it('writes en amounts with $, a comma group and a point decimal', () => {
    expect(formatMoney(usd(123456), 'en')).to.equal('$1,234.56');
    expect(formatMoney(usd(123456), 'en-US')).to.equal('$1,234.56');
    expect(formatMoney(usd(100), 'en')).to.equal('$1.00');
  });

  it('writes Spanish amounts the way US Spanish readers expect, whatever the region', () => {
    // The accounts are US accounts: Spain's "1234,56 US$" would misread the amount.
    for (const tag of ['es', 'es-US', 'es-ES', 'es-MX', 'es_MX']) {
      expect(formatMoney(usd(123456), tag), tag).to.match(/^\$\s?1,234\.56$/u);
      expect(formatMoney(usd(1873544), tag), tag).to.match(/^\$\s?18,735\.44$/u);
    }
  });

  it('writes Spanish dates in Spanish words with US order', () => {
    expect(formatDate('2026-11-30', 'es', 'long')).to.equal('30 de noviembre de 2026');
    expect(formatDate('2026-11-30', 'es-ES', 'long')).to.equal('30 de noviembre de 2026');
  });

  it('keeps cents exact for large amounts', () => {
    expect(formatMoney(usd(99_999_999_999_999), 'en')).to.equal('$999,999,999,999.99');
    expect(formatMoney(usd(1), 'en')).to.equal('$0.01');
  });

  it('shows negative amounts (credits) with a sign', () => {
    expect(formatMoney(usd(-2500), 'en')).to.equal(intlMoney('en', -25));
    expect(formatMoney(usd(-2500), 'en')).to.contain('25.00');
  });

  it('does not throw on a malformed lang tag', () => {
    expect(formatMoney(usd(100), 'en_US')).to.equal('$1.00');
    expect(formatMoney(usd(100), '!!')).to.equal('$1.00');
  });
});

describe('formatAmountInput', () => {
  it('writes minor units for an input, without grouping', () => {
    expect(formatAmountInput(123456, 'en')).to.equal('1234.56');
    expect(formatAmountInput(123456, 'en-US')).to.equal('1234.56');
    expect(formatAmountInput(123456, 'es')).to.equal('1234.56');
    expect(formatAmountInput(123456, 'es-US')).to.equal('1234.56');
    expect(formatAmountInput(5, 'en')).to.equal('0.05');
    expect(formatAmountInput(2500, 'es')).to.equal('25.00');
  });

  it('round-trips through parseAmount in every supported format', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999_999_999 }),
        fc.constantFrom('en', 'es', 'en-US', 'es-US', 'es-MX'),
        (cents, tag) => {
          expect(parseAmount(formatAmountInput(cents, tag), tag)).to.deep.equal({ ok: true, amount: cents });
        },
      ),
    );
  });

  it('round-trips formatted money too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_999 }), fc.constantFrom('en', 'es', 'en-US', 'es-US', 'es-MX'), (cents, tag) => {
        expect(parseAmount(formatMoney(usd(cents), tag), tag)).to.deep.equal({ ok: true, amount: cents });
      }),
    );
  });
});

describe('formatDate', () => {
  it('shows the calendar date itself, whatever the viewer’s time zone', () => {
    // Local-time parsing would turn 2026-01-01 into Dec 31 west of UTC; this must not.
    expect(formatDate('2026-01-01', 'en', 'long')).to.equal('January 1, 2026');
    expect(formatDate('2025-12-31', 'en', 'long')).to.equal('December 31, 2025');
    expect(formatDate('2024-02-29', 'en', 'long')).to.equal('February 29, 2024');
    expect(formatDate('2026-01-01', 'es', 'long')).to.equal('1 de enero de 2026');
  });

  it('offers four styles', () => {
    expect(formatDate('2026-03-04', 'en')).to.equal('Mar 4, 2026');
    expect(formatDate('2026-03-04', 'en', 'medium')).to.equal('Mar 4, 2026');
    expect(formatDate('2026-03-04', 'en', 'short')).to.equal('Mar 4');
    expect(formatDate('2026-03-04', 'en', 'weekday')).to.equal('Wednesday, March 4, 2026');
    expect(formatDate('2026-03-04', 'es', 'weekday')).to.equal('miércoles, 4 de marzo de 2026');
  });

  it('matches Intl in UTC for any date and locale', () => {
    fc.assert(
      fc.property(isoDateArb, fc.constantFrom('en', 'es', 'en-US', 'es-MX'), (date, tag) => {
        const expected = new Intl.DateTimeFormat(formattingTag(tag), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${date}T00:00:00Z`),
        );
        expect(formatDate(date, tag, 'long')).to.equal(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('returns text that is not a real date as it is, instead of throwing', () => {
    expect(formatDate('2026-02-30', 'en')).to.equal('2026-02-30');
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('', 'es')).to.equal('');
  });
});

describe('formatDateRange', () => {
  it('formats a range in one month, across months and across years', () => {
    const range = (from: string, to: string, tag: string) =>
      new Intl.DateTimeFormat(formattingTag(tag), { month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(
        new Date(`${from}T00:00:00Z`),
        new Date(`${to}T00:00:00Z`),
      );
    expect(formatDateRange('2026-03-04', '2026-03-18', 'en')).to.equal(range('2026-03-04', '2026-03-18', 'en'));
    expect(formatDateRange('2026-03-04', '2026-03-18', 'en')).to.match(/^Mar 4\s?–\s?18$/u);
    expect(formatDateRange('2026-03-30', '2026-04-02', 'en')).to.match(/^Mar 30\s?–\s?Apr 2$/u);
    expect(formatDateRange('2026-03-04', '2026-03-18', 'es')).to.equal(range('2026-03-04', '2026-03-18', 'es'));
  });

  it('keeps both ends on their calendar dates', () => {
    expect(formatDateRange('2025-12-31', '2026-01-01', 'en', 'long')).to.match(/December 31, 2025\s?–\s?January 1, 2026/u);
  });

  it('formats a single-day range as that day', () => {
    expect(formatDateRange('2026-01-01', '2026-01-01', 'en')).to.equal('Jan 1');
  });

  it('joins text that is not a date as it is', () => {
    expect(formatDateRange('2026-01-01', 'later', 'en')).to.equal('2026-01-01 – later');
  });
});

describe('formatInstant', () => {
  const instant = '2026-11-21T14:05:00Z';
  const intl = (tag: string, timeZone?: string) =>
    new Intl.DateTimeFormat(formattingTag(tag), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
      new Date(instant),
    );

  it('formats in the given time zone', () => {
    expect(formatInstant(instant, 'en', 'UTC')).to.equal(intl('en', 'UTC'));
    expect(formatInstant(instant, 'en', 'UTC')).to.match(/Nov 21, 2026.*2:05\sPM/u);
    expect(formatInstant(instant, 'en', 'America/Chicago')).to.match(/Nov 21, 2026.*8:05\sAM/u);
    expect(formatInstant(instant, 'en', 'Asia/Tokyo')).to.match(/Nov 21, 2026.*11:05\sPM/u);
    expect(formatInstant(instant, 'en', 'Pacific/Kiritimati')).to.match(/Nov 22, 2026.*4:05\sAM/u);
    expect(formatInstant(instant, 'es', 'America/Mexico_City')).to.equal(intl('es', 'America/Mexico_City'));
  });

  it('uses the viewer’s time zone by default', () => {
    expect(formatInstant(instant, 'en')).to.equal(intl('en'));
  });

  it('returns text that is not an instant as it is', () => {
    expect(formatInstant('yesterday', 'en', 'UTC')).to.equal('yesterday');
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => formatInstant(instant, 'en', 'Mars/Olympus_Mons')).to.throw(RangeError);
  });
});

describe('formatSigned', () => {
  it('shows a sign on non-zero numbers as the locale writes it', () => {
    const intl = (tag: string, value: number) => new Intl.NumberFormat(formattingTag(tag), { signDisplay: 'exceptZero' }).format(value);
    expect(formatSigned(12, 'en')).to.equal('+12');
    expect(formatSigned(-8, 'en')).to.equal(intl('en', -8));
    expect(formatSigned(-8, 'en')).to.match(/^[-\u2212]8$/u);
    expect(formatSigned(0, 'en')).to.equal('0');
    expect(formatSigned(1234, 'en')).to.equal('+1,234');
    expect(formatSigned(12, 'es')).to.equal('+12');
    expect(formatSigned(-8, 'es')).to.equal(intl('es', -8));
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const date of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0050-06-15', '9999-12-31']) {
      expect(isIsoDate(date), date).to.equal(true);
    }
  });

  it('rejects dates that do not exist', () => {
    for (const date of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isIsoDate(date), date).to.equal(false);
    }
  });

  it('rejects other shapes and types', () => {
    for (const value of ['2026-1-01', '26-01-01', '2026/01/01', '2026-01-01T00:00:00Z', ' 2026-01-01', '', 20260101, null, undefined, new Date()]) {
      expect(isIsoDate(value), String(value)).to.equal(false);
    }
  });

  it('accepts every date it writes', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        expect(isIsoDate(date)).to.equal(true);
      }),
    );
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2024-02-29', 1)).to.equal('2024-03-01');
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2100-02-28', 1)).to.equal('2100-03-01');
    expect(addDays('2026-03-08', 1)).to.equal('2026-03-09'); // a US daylight-saving change
    expect(addDays('2026-01-01', 365)).to.equal('2027-01-01');
    expect(addDays('2024-01-01', 366)).to.equal('2025-01-01');
    expect(addDays('2026-05-15', 0)).to.equal('2026-05-15');
  });

  it('keeps years below 100 as written', () => {
    expect(addDays('0099-12-31', 1)).to.equal('0100-01-01');
    expect(addDays('0050-01-01', 0)).to.equal('0050-01-01');
  });

  it('is undone by daysBetween and by adding the opposite', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (start, days) => {
          const from = start.toISOString().slice(0, 10);
          const to = addDays(from, days);
          expect(isIsoDate(to)).to.equal(true);
          expect(daysBetween(from, to)).to.equal(days);
          expect(addDays(to, -days)).to.equal(from);
          expect(Math.sign(compareDates(from, to))).to.equal(-Math.sign(days));
        },
      ),
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).to.equal(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).to.equal(-30);
    expect(daysBetween('2024-02-01', '2024-03-01')).to.equal(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).to.equal(28);
    expect(daysBetween('2026-03-01', '2026-03-31')).to.equal(30);
    expect(daysBetween('2025-12-31', '2026-01-01')).to.equal(1);
    expect(daysBetween('2026-07-04', '2026-07-04')).to.equal(0);
  });
});

describe('compareDates', () => {
  it('orders dates like a sort comparator', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).to.equal(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).to.equal(1);
    expect(compareDates('2026-01-01', '2026-01-01')).to.equal(0);
    expect(compareDates('2025-12-31', '2026-01-01')).to.equal(-1);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).to.deep.equal([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
  });
});

describe('dayOfWeek', () => {
  it('counts from Sunday = 0', () => {
    expect(dayOfWeek('2026-11-22')).to.equal(0); // Sunday
    expect(dayOfWeek('2026-11-23')).to.equal(1);
    expect(dayOfWeek('2026-11-21')).to.equal(6); // Saturday
    expect(dayOfWeek('2024-02-29')).to.equal(4); // Thursday
  });
});

describe('zonedNow', () => {
  // 2026-11-21 (a Saturday) at 03:30 UTC.
  const now = new Date('2026-11-21T03:30:00Z');

  it('reads the calendar date and time in each time zone', () => {
    expect(zonedNow('UTC', now)).to.deep.equal({ date: '2026-11-21', time: '03:30', weekday: 6 });
    expect(zonedNow('America/New_York', now)).to.deep.equal({ date: '2026-11-20', time: '22:30', weekday: 5 });
    expect(zonedNow('America/Chicago', now)).to.deep.equal({ date: '2026-11-20', time: '21:30', weekday: 5 });
    expect(zonedNow('America/Los_Angeles', now)).to.deep.equal({ date: '2026-11-20', time: '19:30', weekday: 5 });
    expect(zonedNow('Asia/Kolkata', now)).to.deep.equal({ date: '2026-11-21', time: '09:00', weekday: 6 });
    expect(zonedNow('Pacific/Kiritimati', now)).to.deep.equal({ date: '2026-11-21', time: '17:30', weekday: 6 });
  });

  it('writes midnight as 00:00, never 24:00', () => {
    expect(zonedNow('UTC', new Date('2026-01-01T00:00:00Z'))).to.deep.equal({ date: '2026-01-01', time: '00:00', weekday: 4 });
    expect(zonedNow('America/Chicago', new Date('2026-01-01T06:00:00Z')).time).to.equal('00:00');
  });

  it('follows daylight saving time', () => {
    expect(zonedNow('America/Chicago', new Date('2026-07-01T12:00:00Z')).time).to.equal('07:00');
    expect(zonedNow('America/Chicago', new Date('2026-01-01T12:00:00Z')).time).to.equal('06:00');
  });

  it('uses the current time by default', () => {
    const before = new Date().toISOString().slice(0, 10);
    const result = zonedNow('UTC');
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).to.include(result.date);
    expect(result.time).to.match(/^([01]\d|2[0-3]):[0-5]\d$/);
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => zonedNow('Nowhere/Special', now)).to.throw(RangeError);
  });
});

describe('business days', () => {
  const calendar: BusinessCalendar = { holidays: ['2026-11-26', '2026-12-25'] };

  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-11-23', calendar)).to.equal(true); // Monday
    expect(isBusinessDay('2026-11-21', calendar)).to.equal(false); // Saturday
    expect(isBusinessDay('2026-11-22', calendar)).to.equal(false); // Sunday
    expect(isBusinessDay('2026-11-26', calendar)).to.equal(false); // Thanksgiving
  });

  it('counts weekends when the lender processes them, never holidays', () => {
    const weekends: BusinessCalendar = { ...calendar, weekendProcessing: true };
    expect(isBusinessDay('2026-11-21', weekends)).to.equal(true);
    expect(isBusinessDay('2026-11-26', weekends)).to.equal(false);
    expect(nextBusinessDay('2026-11-26', weekends)).to.equal('2026-11-27');
  });

  it('counts business days back from a date, skipping weekends and holidays', () => {
    expect(businessDaysBefore('2026-12-01', 0, calendar)).to.equal('2026-12-01');
    expect(businessDaysBefore('2026-12-01', 1, calendar)).to.equal('2026-11-30');
    // Three business days before December 1: November 30, 27 and (Thanksgiving skipped) 25.
    expect(businessDaysBefore('2026-12-01', 3, calendar)).to.equal('2026-11-25');
    expect(businessDaysBefore('2026-11-23', 1, calendar)).to.equal('2026-11-20');
  });

  it('finds the first business day on or after a date', () => {
    expect(nextBusinessDay('2026-11-23', calendar)).to.equal('2026-11-23');
    expect(nextBusinessDay('2026-11-21', calendar)).to.equal('2026-11-23');
    expect(nextBusinessDay('2026-11-26', calendar)).to.equal('2026-11-27');
    // Christmas on a Friday, then a weekend.
    expect(nextBusinessDay('2026-12-25', calendar)).to.equal('2026-12-28');
    // A holiday on Monday after a weekend, across a year end.
    expect(nextBusinessDay('2027-01-02', { holidays: ['2027-01-04'] })).to.equal('2027-01-05');
  });

  it('always returns a business day when one exists within a year', () => {
    fc.assert(
      fc.property(isoDateArb, fc.uniqueArray(isoDateArb, { maxLength: 10 }), fc.boolean(), (date, holidays, weekendProcessing) => {
        const cal = { holidays, weekendProcessing };
        const next = nextBusinessDay(date, cal);
        expect(isBusinessDay(next, cal)).to.equal(true);
        expect(compareDates(next, date)).to.be.at.least(0);
        for (let day = date; day !== next; day = addDays(day, 1)) expect(isBusinessDay(day, cal)).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('opening hours', () => {
  const weekdays = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' };
  it('joins consecutive days and formats the clock in the customer’s language', () => {
    expect(formatOpeningHours(weekdays, 'en-US', 'Open 24 hours')).to.equal('Monday–Friday, 8:00 AM – 8:00 PM');
    expect(formatOpeningHours({ days: [0, 2, 3], opens: '09:30', closes: '17:00' }, 'es-US', 'Abierto 24 horas')).to.match(/^domingo, martes–miércoles, 9:30/);
  });
  it('reads around-the-clock hours (equal times, or 00:00–23:59) as all day', () => {
    expect(isAllDay({ days: [1], opens: '00:00', closes: '23:59' })).to.equal(true);
    expect(formatOpeningHours({ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '00:00' }, 'en-US', 'Open 24 hours')).to.equal('Open 24 hours');
    expect(formatOpeningHours({ days: [6], opens: '00:00', closes: '23:59' }, 'en-US', 'Open 24 hours')).to.equal('Saturday, open 24 hours');
  });
  it('names a time zone, and answers nothing for one Intl does not know', () => {
    expect(timeZoneName('America/Chicago', 'en-US', new Date('2026-01-14T12:00:00Z'))).to.equal('CST');
    expect(timeZoneName('Mars/Olympus_Mons', 'en-US', new Date())).to.equal('');
  });
  it('dials the digits of a displayed number', () => {
    expect(telHref('1-555-0100 (toll free)')).to.equal('tel:15550100');
  });
});
