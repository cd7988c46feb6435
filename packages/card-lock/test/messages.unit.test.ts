import { expect } from '@open-wc/testing';
import { englishIn, messagesOf, untranslated } from '../../../test/support/catalog.js';
import { messages } from '../src/messages.js';

/** Card networks: brand names, the same in every language. */
const ALLOWED = ['networks.visa', 'networks.mastercard', 'networks.amex', 'networks.discover'];

describe('card-lock messages', () => {
  it('has every Spanish message in Spanish, none read as the English one', () => {
    expect(untranslated(messages.en, messages.es, ALLOWED)).to.deep.equal([]);
  });

  it('leaves no English words inside the Spanish messages', () => {
    expect(englishIn(messages.es)).to.deep.equal([]);
  });

  it('the checks find what they look for', () => {
    const en = { a: 'Lock card', b: { c: (n: number) => `After ${n} days` }, d: ['Refunds'] };
    const es = { a: 'Lock card', b: { c: (n: number) => `Después de ${n} days` }, d: ['Reembolsos'] };
    expect(messagesOf(es).map((m) => m.path)).to.deep.equal(['a', 'b.c', 'd.0']);
    expect(untranslated(en, es)).to.deep.equal(['a: “Lock card”']);
    expect(untranslated(en, es, ['a'])).to.deep.equal([]);
    expect(englishIn(es)).to.deep.equal([]);
    expect(englishIn({ a: 'Bloquear your card' })).to.deep.equal(['a: “Bloquear your card”']);
  });
});
