import { expect } from '@open-wc/testing';
import { createFaults } from '@tessera/mocks';
import { takeFault } from '../src/faults.js';

describe('createFaults', () => {
  it('applies a fault to its route until cleared', () => {
    const faults = createFaults();
    faults.set('cards.getCard', { error: 'unavailable' });
    expect(takeFault(faults, 'cards.getCard')).to.deep.equal({ error: 'unavailable' });
    expect(takeFault(faults, 'cards.getCard')).to.deep.equal({ error: 'unavailable' });
    expect(takeFault(faults, 'cards.listCards')).to.equal(undefined);
    faults.clear('cards.getCard');
    expect(takeFault(faults, 'cards.getCard')).to.equal(undefined);
  });

  it('applies a fault with times to that many calls only', () => {
    const faults = createFaults();
    faults.set('payments.submitPayment', { dropResponse: true, times: 2 });
    expect(takeFault(faults, 'payments.submitPayment')?.dropResponse).to.equal(true);
    expect(takeFault(faults, 'payments.submitPayment')?.dropResponse).to.equal(true);
    expect(takeFault(faults, 'payments.submitPayment')).to.equal(undefined);
  });

  it('applies "*" to every route, with a route of its own winning', () => {
    const faults = createFaults();
    faults.set('*', { latencyMs: 5 });
    faults.set('help.getFaq', { hang: true });
    expect(takeFault(faults, 'titles.listTitles')).to.deep.equal({ latencyMs: 5 });
    expect(takeFault(faults, 'help.getFaq')).to.deep.equal({ hang: true });
    faults.clear('help.getFaq');
    expect(takeFault(faults, 'help.getFaq')).to.deep.equal({ latencyMs: 5 });
  });

  it('counts "*" with times across routes', () => {
    const faults = createFaults();
    faults.set('*', { error: 'network', times: 1 });
    expect(takeFault(faults, 'accounts.listAccounts')?.error).to.equal('network');
    expect(takeFault(faults, 'cards.listCards')).to.equal(undefined);
  });

  it('clears everything when called without a route', () => {
    const faults = createFaults();
    faults.set('*', { error: 'unknown' });
    faults.set('cards.setCardLock', { timeout: true });
    faults.clear();
    expect(takeFault(faults, 'cards.setCardLock')).to.equal(undefined);
    expect(takeFault(faults, 'accounts.getAccount')).to.equal(undefined);
  });

  it('keeps its own copy of a fault and hands out copies', () => {
    const faults = createFaults();
    const fault = { error: 'validation' as const, fieldErrors: [{ field: 'amount', message: 'Too much' }] };
    faults.set('payments.submitPayment', fault);
    fault.fieldErrors[0]!.message = 'Changed';
    const taken = takeFault(faults, 'payments.submitPayment')!;
    expect(taken.fieldErrors![0]!.message).to.equal('Too much');
    taken.fieldErrors![0]!.message = 'Changed again';
    expect(takeFault(faults, 'payments.submitPayment')!.fieldErrors![0]!.message).to.equal('Too much');
  });

  it('refuses unknown routes and times that are not positive', () => {
    const faults = createFaults();
    expect(() => faults.set('cards.lock', { error: 'unknown' })).to.throw(RangeError, /cards\.lock/);
    expect(() => faults.set('cards.getCard', { error: 'unknown', times: 0 })).to.throw(RangeError);
  });

  it('finds no fault without a fault table', () => {
    expect(takeFault(undefined, 'cards.getCard')).to.equal(undefined);
    expect(takeFault({ set() {}, clear() {} }, 'cards.getCard')).to.equal(undefined);
  });
});
