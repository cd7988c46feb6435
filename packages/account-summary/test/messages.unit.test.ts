import { expect } from '@open-wc/testing';
import { englishIn, untranslated } from '../../../test/support/catalog.js';
import { messages } from '../src/messages.js';
import { quoteMessages } from '../src/quote-messages.js';

const ALLOWED: string[] = [];

describe('account-summary messages', () => {
  it('has every Spanish message in Spanish, none read as the English one', () => {
    expect(untranslated(messages.en, messages.es, ALLOWED)).to.deep.equal([]);
    expect(untranslated(quoteMessages.en, quoteMessages.es, ALLOWED)).to.deep.equal([]);
  });

  it('leaves no English words inside the Spanish messages', () => {
    expect(englishIn(messages.es)).to.deep.equal([]);
    expect(englishIn(quoteMessages.es)).to.deep.equal([]);
  });
});
