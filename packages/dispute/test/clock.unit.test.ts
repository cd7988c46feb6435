import { expect } from '@open-wc/testing';
import { disputeClock, lenderToday } from '../src/clock.js';
import { fileProblem, readAnswers } from '../src/answers.js';

describe('the 60-day dispute clock', () => {
  const statement = '2026-11-01';

  it('counts 60 days from the statement date: the statement day itself leaves 60', () => {
    expect(disputeClock(statement, statement)).to.deep.equal({ lastDay: '2026-12-31', daysLeft: 60, late: false });
  });

  it('day 60 is the last day (0 days left, not late)', () => {
    expect(disputeClock(statement, '2026-12-31')).to.deep.equal({ lastDay: '2026-12-31', daysLeft: 0, late: false });
  });

  it('day 61 is late', () => {
    expect(disputeClock(statement, '2027-01-01')).to.deep.equal({ lastDay: '2026-12-31', daysLeft: -1, late: true });
  });

  it('counts across a leap day in calendar days', () => {
    expect(disputeClock('2028-01-15', '2028-02-29').daysLeft).to.equal(15);
    expect(disputeClock('2028-01-15', '2028-01-15').lastDay).to.equal('2028-03-15');
  });

  it('has no last day while the charge is on no statement', () => {
    expect(disputeClock(undefined, statement)).to.deep.equal({ late: false });
  });

  it('takes today from the lender’s calendar, not the viewer’s or UTC', () => {
    // 03:30 UTC on January 1 is still December 31 in Chicago: the last day, not day 61.
    const now = new Date('2027-01-01T03:30:00Z');
    expect(lenderToday('America/Chicago', now)).to.equal('2026-12-31');
    expect(disputeClock(statement, lenderToday('America/Chicago', now)).late).to.equal(false);
    expect(disputeClock(statement, lenderToday('Asia/Tokyo', now)).late).to.equal(true);
  });
});

describe('dispute answers and files', () => {
  const questions = [
    { id: 'when', kind: 'date', label: 'When', required: true },
    { id: 'amount', kind: 'money', label: 'Amount', required: false },
    { id: 'contacted', kind: 'yes-no', label: 'Contacted', required: true },
    { id: 'details', kind: 'text', label: 'Details', required: false, maxLength: 5 },
  ] as const;

  it('reads dates, amounts, yes or no and text, and names each problem', () => {
    expect(readAnswers(questions, { when: '2026-11-02', amount: '12.50', contacted: 'no', details: 'ok' }, 'en-US')).to.deep.equal({
      answers: { when: '2026-11-02', amount: { amount: 1250, currency: 'USD' }, contacted: false, details: 'ok' },
      problems: {},
    });
    expect(readAnswers(questions, { when: 'soon', amount: '-3', details: 'too long' }, 'en-US').problems).to.deep.equal({
      when: 'date',
      amount: 'amount',
      contacted: 'required',
      details: 'long',
    });
  });

  it('checks a file’s type and size before it is sent', () => {
    const accept = ['application/pdf', 'image/*'];
    expect(fileProblem({ type: 'application/pdf', size: 10 }, accept, 100)).to.equal(undefined);
    expect(fileProblem({ type: 'image/png', size: 100 }, accept, 100)).to.equal(undefined);
    expect(fileProblem({ type: 'image/png', size: 101 }, accept, 100)).to.equal('size');
    expect(fileProblem({ type: 'application/pdf', size: 0 }, accept, 100)).to.equal('size');
    expect(fileProblem({ type: 'text/html', size: 1 }, accept, 100)).to.equal('type');
  });
});
