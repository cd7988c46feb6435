import { expect } from '@open-wc/testing';
import { englishIn, untranslated } from '../../../test/support/catalog.js';
import { messages } from '../src/messages.js';

// "No" is the same word in both languages.
const ALLOWED: string[] = ['no'];

describe('dispute messages', () => {
  it('has every Spanish message in Spanish, none read as the English one', () => {
    expect(untranslated(messages.en, messages.es, ALLOWED)).to.deep.equal([]);
  });

  it('leaves no English words inside the Spanish messages', () => {
    expect(englishIn(messages.es)).to.deep.equal([]);
  });
});
