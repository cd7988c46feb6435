/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { arrayOf, isContactChannel, isCreditScore, isFaq, isTitleCase, type Locale } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { creditScoreIn, titleIn } from '../store/texts.js';
import { expectProviderError, type Harness } from './harness.js';

const LOCALES: Locale[] = ['en', 'es'];

export function creditScoreContract(h: Harness): void {
  describe('credit score', () => {
    it('gives the score with its history and key factors', async () => {
      const score = await h.slice('creditScore').getCreditScore();
      expect(isCreditScore(score), 'passes isCreditScore').to.equal(true);
      expect(score).to.deep.equal(creditScoreIn(h.subject.store.creditScore!, 'en'));
    });

    it('answers not-found when no score is on file', async () => {
      h.subject.store.creditScore = null;
      await expectProviderError(h.slice('creditScore').getCreditScore(), 'not-found');
    });
  });
}

export function titlesContract(h: Harness): void {
  describe('titles', () => {
    it('lists the title cases, well formed', async () => {
      const titles = await h.slice('titles').listTitles();
      expect(arrayOf(isTitleCase)(titles), 'every title passes isTitleCase').to.equal(true);
      expect(titles).to.deep.equal(h.subject.store.titles.map((t) => titleIn(t, 'en')));
    });

    it('turns title email updates on and off', async () => {
      const { store } = h.subject;
      const api = h.slice('titles');
      const on = await api.setTitleEmailUpdates(MOCK_IDS.title, true);
      expect(isTitleCase(on), 'passes isTitleCase').to.equal(true);
      expect(on.emailUpdates.enabled).to.equal(true);
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)?.emailUpdates.enabled).to.equal(true);
      const off = await api.setTitleEmailUpdates(MOCK_IDS.title, false);
      expect(off.emailUpdates.enabled).to.equal(false);
      expect(store.titles.find((t) => t.id === MOCK_IDS.title)?.emailUpdates.enabled).to.equal(false);
      await expectProviderError(api.setTitleEmailUpdates('no-such-title', true), 'not-found');
    });
  });
}

export function helpContract(h: Harness): void {
  describe('help', () => {
    it('gives the FAQ in English and Spanish, with the same entries', async () => {
      const api = h.slice('help');
      const [en, es] = await Promise.all(LOCALES.map((locale) => api.getFaq(locale)));
      for (const [locale, faq] of [['en', en], ['es', es]] as const) {
        expect(isFaq(faq), `${locale} passes isFaq`).to.equal(true);
        expect(faq).to.deep.equal(h.subject.store.faq[locale]);
        expect(faq!.locale).to.equal(locale);
      }
      expect(es!.entries.map((e) => e.id)).to.deep.equal(en!.entries.map((e) => e.id));
      expect(es!.topics.map((t) => t.id)).to.deep.equal(en!.topics.map((t) => t.id));
      expect(es!.entries[0]!.question).to.not.equal(en!.entries[0]!.question);
    });

    it('gives the contact channels in both languages', async () => {
      const api = h.slice('help');
      for (const locale of LOCALES) {
        const channels = await api.getContactChannels(locale);
        expect(arrayOf(isContactChannel)(channels), `${locale} channels pass isContactChannel`).to.equal(true);
        expect(channels).to.deep.equal(h.subject.store.contactChannels[locale]);
      }
    });

    it('records feedback on an answer, and answers not-found for an unknown entry', async function () {
      const api = h.slice('help');
      if (!api.sendFeedback) return this.skip();
      const entryId = h.subject.store.faq.en.entries[0]!.id;
      await api.sendFeedback(entryId, true);
      expect(h.subject.store.feedback).to.deep.include({ entryId, helpful: true });
      await expectProviderError(api.sendFeedback('no-such-entry', false), 'not-found');
    });
  });
}
