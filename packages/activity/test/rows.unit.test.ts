import { expect } from '@open-wc/testing';
import type { Transaction } from '@tessera/core';
import { matches, sortRows } from '../src/rows.js';
import { csvOf, toCsv } from '../src/export.js';
import { messages } from '../src/messages.js';

const t = (description: string, amount: number, date = '2026-11-02'): Transaction => ({
  id: description,
  accountId: 'a',
  kind: 'purchase',
  status: 'posted',
  date,
  description,
  amount: { amount, currency: 'USD' },
});

describe('activity rows', () => {
  it('matches descriptions by beginning or with a typo, and amounts', () => {
    expect(matches(t('BLUE KETTLE COFFEE', 450), 'cofee')).to.equal(true);
    expect(matches(t('BLUE KETTLE COFFEE', 450), 'kett cof')).to.equal(true);
    expect(matches(t('BLUE KETTLE COFFEE', 450), 'tea')).to.equal(false);
    expect(matches(t('مخبز الياسمين — JASMINE BAKERY', 700), 'بكري')).to.equal(false);
    expect(matches(t('X', 1250), '12.50')).to.equal(true);
    expect(matches(t('X', 1250), '$12')).to.equal(true);
    expect(matches(t('X', 1350), '12')).to.equal(false);
    expect(matches(t('X', 1), '')).to.equal(true);
  });

  it('sorts by amount or date either way, ties in the provider’s order', () => {
    const rows = [t('a', 300, '2026-11-03'), t('b', 100, '2026-11-02'), t('c', 300, '2026-11-01')];
    expect(sortRows(rows, { key: 'amount', ascending: false }).map((r) => r.id)).to.deep.equal(['a', 'c', 'b']);
    expect(sortRows(rows, { key: 'date', ascending: true }).map((r) => r.id)).to.deep.equal(['c', 'b', 'a']);
  });

  it('writes CSV with quoting and formula cells escaped', () => {
    expect(toCsv([['=1+1', '+x', '-2', '@a', 'ok, "q"', '\tx']])).to.equal(`'=1+1,'+x,'-2,'@a,"ok, ""q""",'\tx\r\n`);
  });

  it('writes card and loan rows as CSV with plain amounts and the words of the customer’s language', () => {
    const es = messages.es;
    const card = csvOf(es, true, [{ ...t('=CAFÉ, "LA ESQUINA"', 1250), kind: 'credit' }]).split('\r\n');
    expect(card[0]).to.equal([es.date, es.status, es.description, es.kind, es.amount].join(','));
    expect(card[1]).to.equal(`2026-11-02,${es.posted},"'=CAFÉ, ""LA ESQUINA""",${es.kinds.credit},12.50`);
    const zero = { amount: 0, currency: 'USD' as const };
    const loan = csvOf(messages.en, false, [
      { id: 'p', accountId: 'a', date: '2026-11-02', amount: { amount: 48_612, currency: 'USD' }, status: 'returned', method: 'online', returnReason: 'Insufficient funds', applied: { principal: zero, interest: zero, fees: zero } },
    ]);
    expect(loan.split('\r\n')[1]).to.equal('2026-11-02,486.12,0.00,0.00,0.00,Returned: Insufficient funds,Online');
  });

  it('has every message in Spanish', () => {
    expect(Object.keys(messages.es).sort()).to.deep.equal(Object.keys(messages.en).sort());
  });
});
