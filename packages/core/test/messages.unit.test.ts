import { expect } from '@open-wc/testing';
import { PROVIDER_ERROR_CODES, coreMessages, providerErrorMessage, type CoreMessages, type ProviderSlice } from '@tessera/core';

const LOCALES = ['en', 'es'] as const;
const SLICES: ProviderSlice[] = ['accounts', 'payments', 'cards', 'creditScore', 'titles', 'help'];

/** Every text a catalog can produce, with a path naming where it came from. */
function texts(messages: CoreMessages): [string, string][] {
  const out: [string, string][] = [
    ['loading', messages.loading],
    ['retry', messages.retry],
    ['missingFactory', messages.missingFactory],
    ['retryAfter', messages.retryAfter(30)],
  ];
  for (const [code, text] of Object.entries(messages.errors)) out.push([`errors.${code}`, text]);
  for (const slice of SLICES) out.push([`missingProvider.${slice}`, messages.missingProvider(slice, 'tessera-card-lock')]);
  return out;
}

describe('coreMessages', () => {
  it('has the same keys in en and es', () => {
    expect(Object.keys(coreMessages.es).sort()).to.deep.equal(Object.keys(coreMessages.en).sort());
    expect(Object.keys(coreMessages.es.errors).sort()).to.deep.equal(Object.keys(coreMessages.en.errors).sort());
  });

  it('has a message for every error code and nothing else', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(coreMessages[locale].errors).sort(), locale).to.deep.equal([...PROVIDER_ERROR_CODES].sort());
    }
  });

  it('has no empty or untrimmed strings', () => {
    for (const locale of LOCALES) {
      for (const [path, text] of texts(coreMessages[locale])) {
        expect(text.trim(), `${locale} ${path}`).to.not.equal('');
        expect(text, `${locale} ${path}`).to.equal(text.trim());
      }
    }
  });

  it('translates every text (es differs from en)', () => {
    const en = new Map(texts(coreMessages.en));
    for (const [path, text] of texts(coreMessages.es)) expect(text, path).to.not.equal(en.get(path));
  });

  it('puts the numbers, slice and tag into the sentences', () => {
    for (const locale of LOCALES) {
      expect(coreMessages[locale].retryAfter(42)).to.contain('42');
      const missing = coreMessages[locale].missingProvider('creditScore', 'tessera-fico-gauge');
      expect(missing).to.contain('creditScore');
      expect(missing).to.contain('<tessera-fico-gauge>');
      expect(missing).to.contain('<tessera-provider>');
    }
  });
});

describe('providerErrorMessage', () => {
  it('returns the localized sentence for a code', () => {
    for (const code of PROVIDER_ERROR_CODES) {
      expect(providerErrorMessage(code, 'en')).to.equal(coreMessages.en.errors[code]);
      expect(providerErrorMessage(code, 'es')).to.equal(coreMessages.es.errors[code]);
    }
    expect(providerErrorMessage('network', 'en')).to.contain('connection');
    expect(providerErrorMessage('network', 'es')).to.contain('conexión');
  });
});
