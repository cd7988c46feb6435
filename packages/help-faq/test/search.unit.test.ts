import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FaqEntry } from '@tessera/core';
import {
  buildSearchIndex,
  editDistance,
  maxTypos,
  normalise,
  richTexts,
  searchFaq,
  tokenize,
  type SearchHit,
  type TextRange,
} from '@tessera/help-faq';
import { generateEntries, testFaq, testFaqEs } from './fixtures.js';

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.entry.id);
const marked = (text: string, ranges: TextRange[]): string[] => ranges.map((r) => text.slice(r.start, r.end));

function entry(id: string, question: string, answer: string): FaqEntry {
  return { id, topic: 't', question, answer: [{ type: 'paragraph', content: [answer] }] };
}

describe('normalise and tokenize', () => {
  it('lowercases and strips accents, in composed and decomposed forms', () => {
    expect(normalise('Crédito ÁRBOL Niño')).to.equal('credito arbol nino');
    expect(normalise('Cre\u0301dito')).to.equal('credito');
  });

  it('splits words and keeps their offsets in the original text', () => {
    const text = '¿Cuál es la hora-límite?';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).to.deep.equal(['cual', 'es', 'la', 'hora', 'limite']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).to.deep.equal(['Cuál', 'es', 'la', 'hora', 'límite']);
  });

  it('keeps combining marks inside the word they belong to', () => {
    const text = 'Cre\u0301dito card';
    const [first] = tokenize(text);
    expect(first).to.deep.include({ word: 'credito', start: 0, end: 8 });
  });
});

describe('editDistance and maxTypos', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one', () => {
    expect(editDistance('payment', 'payment')).to.equal(0);
    expect(editDistance('paymnt', 'payment')).to.equal(1);
    expect(editDistance('paymeent', 'payment')).to.equal(1);
    expect(editDistance('paxment', 'payment')).to.equal(1);
    expect(editDistance('pyament', 'payment')).to.equal(1);
    expect(editDistance('ypamnet', 'payment')).to.equal(3);
  });

  it('stops early once the limit is passed', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).to.equal(3);
    expect(editDistance('short', 'much longer word', 1)).to.equal(2);
  });

  it('is symmetric and zero only for equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).to.equal(editDistance(b, a));
        expect(d === 0).to.equal(a === b);
        expect(d).to.be.at.most(Math.max(a.length, b.length));
      }),
    );
  });

  it('allows no typo below 4 characters, one up to 7, two from 8', () => {
    expect([1, 3, 4, 7, 8, 12].map(maxTypos)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });
});

describe('searchFaq', () => {
  const index = buildSearchIndex(testFaq().entries);

  it('returns every entry, unranked, for an empty query', () => {
    expect(ids(searchFaq(index, '  '))).to.deep.equal(testFaq().entries.map((e) => e.id));
  });

  it('matches word prefixes as you type', () => {
    expect(ids(searchFaq(index, 'replac'))).to.deep.equal(['card-replace']);
    const [hit] = searchFaq(index, 'replac');
    expect(marked(hit!.entry.question, hit!.question)).to.deep.equal(['replac']);
  });

  it('tolerates one typo in 4–7 letter words and two from 8 letters', () => {
    expect(ids(searchFaq(index, 'fruad'))).to.deep.equal(['card-fraud']);
    expect(ids(searchFaq(index, 'replasemint'))).to.deep.equal(['card-replace']);
    expect(ids(searchFaq(index, 'frxxd'))).to.deep.equal([]);
  });

  it('allows no typo in short words', () => {
    expect(ids(searchFaq(index, 'cam'))).to.deep.equal([]);
    expect(ids(searchFaq(index, 'mial'))).to.deep.equal(['payment-mail']);
  });

  it('ignores accents and case (Spanish)', () => {
    const es = buildSearchIndex(testFaqEs().entries);
    expect(ids(searchFaq(es, 'credito'))).to.deep.equal(['card-fraud']);
    expect(ids(searchFaq(es, 'LÍMITE'))).to.deep.equal(['payment-cutoff']);
    const [hit] = searchFaq(es, 'limite');
    expect(marked(hit!.entry.question, hit!.question)).to.deep.equal(['límite']);
  });

  it('needs every query word to match somewhere in the entry', () => {
    expect(ids(searchFaq(index, 'mail check'))).to.deep.equal(['payment-mail']);
    expect(ids(searchFaq(index, 'mail fraud'))).to.deep.equal([]);
  });

  it('ranks question matches above answer matches', () => {
    const ranked = buildSearchIndex([
      entry('in-answer', 'How do I close my account?', 'A dispute about a charge is handled first.'),
      entry('typo-in-question', 'How do I file a dispte?', 'Call us.'),
      entry('in-question', 'How do I open a dispute?', 'Write to us.'),
    ]);
    expect(ids(searchFaq(ranked, 'dispute'))).to.deep.equal(['in-question', 'typo-in-question', 'in-answer']);
  });

  it('ranks exact above prefix matches', () => {
    expect(ids(searchFaq(index, 'payment'))).to.deep.equal(['payment-cutoff', 'autopay-enroll', 'payment-mail']);
  });

  it('keeps the FAQ order between equally good matches', () => {
    expect(ids(searchFaq(index, 'card'))).to.deep.equal(['card-fraud', 'card-replace']);
  });

  it('returns highlight ranges per answer text segment', () => {
    const [hit] = searchFaq(index, 'central business');
    const texts = richTexts(hit!.entry.answer);
    expect(hit!.answer.map((ranges, i) => marked(texts[i]!, ranges))).to.deep.equal([[], ['Central'], ['business']]);
  });

  it('matches words written together or apart ("autopay" and "Auto Pay")', () => {
    const [hit] = searchFaq(index, 'autopay');
    expect(hit!.entry.id).to.equal('autopay-enroll');
    expect(marked(hit!.entry.question, hit!.question)).to.deep.equal(['Auto Pay']);
  });

  it('highlights within decomposed accents without splitting a letter from its mark', () => {
    const decomposed = buildSearchIndex([entry('d', 'Cre\u0301dito y ma\u0301s', 'x')]);
    const [hit] = searchFaq(decomposed, 'cre');
    expect(marked(hit!.entry.question, hit!.question)).to.deep.equal(['Cre\u0301']);
    const [whole] = searchFaq(decomposed, 'credi');
    expect(marked(whole!.entry.question, whole!.question)).to.deep.equal(['Cre\u0301di']);
  });

  it('finds entries among 500 generated ones, ranked and highlighted', () => {
    const entries = generateEntries(500);
    const big = buildSearchIndex(entries);
    const hits = searchFaq(big, 'Question 321');
    expect(hits[0]!.entry.id).to.equal('entry-321');
    const typo = searchFaq(big, 'replacment');
    expect(typo.length).to.be.greaterThan(0);
    for (const hit of typo) {
      const all = [marked(hit.entry.question, hit.question), ...hit.answer.map((r, i) => marked(richTexts(hit.entry.answer)[i]!, r))].flat();
      expect(all.every((text) => text === 'replacement')).to.equal(true);
    }
    // Question matches come first.
    const firstAnswerOnly = typo.findIndex((hit) => hit.question.length === 0);
    if (firstAnswerOnly >= 0) expect(typo.slice(firstAnswerOnly).every((hit) => hit.question.length === 0)).to.equal(true);
  });
});
