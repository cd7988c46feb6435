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
import { createMockStore } from '@tessera/mocks';
import { generateEntries, testFaq, testFaqEs } from './fixtures.js';

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.entry.id);
const marked = (text: string, ranges: TextRange[]): string[] => ranges.map((r) => text.slice(r.start, r.end));

function entry(id: string, question: string, answer: string, keywords?: string[]): FaqEntry {
  return { id, topic: 't', question, answer: [{ type: 'paragraph', content: [answer] }], ...(keywords && { keywords }) };
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

  it('allows no typo in short words but one missing letter, only when no word begins with them', () => {
    expect(ids(searchFaq(index, 'cam'))).to.deep.equal([]);
    expect(ids(searchFaq(index, 'mial'))).to.deep.equal(['payment-mail']);
    const short = buildSearchIndex([
      entry('lock', 'How do I lock my card?', 'Locked cards decline purchases.'),
      entry('look', 'Where do I look for my statement?', 'Sign in.'),
      entry('fee', 'Is there a fee?', 'No.'),
      entry('free', 'Is paper free?', 'Yes.'),
    ]);
    const [lock] = searchFaq(short, 'lok card');
    expect(ids(searchFaq(short, 'lok card'))).to.deep.equal(['lock']);
    expect(marked(lock!.entry.question, lock!.question)).to.deep.equal(['lock', 'card']);
    expect(ids(searchFaq(short, 'lok'))).to.deep.equal(['lock', 'look']);
    // "fee" begins a word of the FAQ: it does not also find "free"; nor "fre" "fee".
    expect(ids(searchFaq(short, 'fee'))).to.deep.equal(['fee']);
    // A wrong letter is no typo in a 3-letter word.
    expect(ids(searchFaq(short, 'lik'))).to.deep.equal([]);
  });

  it('measures short-word typos: every 4-letter word missing a letter is found, while few 3-letter strings find anything', () => {
    const seed = buildSearchIndex(createMockStore().faq.en.entries);
    // Those that begin a word of the FAQ find that word, as before ("fee" from "free").
    const missing = seed.words
      .filter((w) => w.length === 4)
      .flatMap((w) => [0, 1, 2, 3].map((i) => [w, w.slice(0, i) + w.slice(i + 1)] as const))
      .filter(([, typo]) => !seed.words.some((w) => w.startsWith(typo)));
    expect(missing.length).to.be.greaterThan(100);
    const notFound = missing.filter(([word, typo]) => !searchFaq(seed, typo).some((hit) => hit.entry.question.toLowerCase().includes(word) || richTexts(hit.entry.answer).join(' ').toLowerCase().includes(word) || hit.entry.keywords?.join(' ').toLowerCase().includes(word)));
    expect(notFound, 'dropped letters not found').to.deep.equal([]);
    // Every 3-letter string of common letters that begins no word of the FAQ: how many find
    // something anyway? Under 10% with one missing letter; any one typo would make it over 30%.
    const letters = [...'aeioulmnprstc'];
    const strings = letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c)));
    const unknown = strings.filter((s) => !seed.words.some((w) => w.startsWith(s)));
    const found = unknown.filter((s) => searchFaq(seed, s).length).length;
    const anyTypo = unknown.filter((s) => seed.words.some((w) => editDistance(s, w, 1) <= 1)).length;
    expect(found / strings.length, `${found} of ${strings.length}`).to.be.below(0.1);
    expect(anyTypo / strings.length, `${anyTypo} of ${strings.length} with any typo`).to.be.above(0.3);
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

  it('searches keywords below the question and above the answer, and never highlights them', () => {
    const ranked = buildSearchIndex([
      entry('in-answer', 'How do I stop a payment?', 'You can freeze it.'),
      entry('in-keywords', 'How do I lock my card?', 'Choose Lock.', ['freeze', 'Auto Pay']),
      entry('in-question', 'Can I freeze my account?', 'Call us.'),
      entry('typo-in-keywords', 'What is a hold?', 'A pause.', ['frezee']),
    ]);
    expect(ids(searchFaq(ranked, 'freeze'))).to.deep.equal(['in-question', 'in-keywords', 'typo-in-keywords', 'in-answer']);
    const hit = searchFaq(ranked, 'freeze').find((h) => h.entry.id === 'in-keywords')!;
    expect(hit.question).to.deep.equal([]);
    expect(hit.answer).to.deep.equal([[]]);
    // Words of one keyword are also matched written together.
    expect(ids(searchFaq(ranked, 'autopay'))).to.deep.equal(['in-keywords']);
    // Every query word must still match somewhere: question, keywords or answer.
    expect(ids(searchFaq(ranked, 'freeze card'))).to.deep.equal(['in-keywords']);
  });

  it('finds what customers type in the seeded FAQ: "lok card", "late fee", "autopago"', () => {
    const { faq } = createMockStore();
    const en = buildSearchIndex(faq.en.entries);
    const es = buildSearchIndex(faq.es.entries);
    expect(ids(searchFaq(en, 'lok card'))[0]).to.equal('lock-what');
    expect(ids(searchFaq(en, 'late fee'))[0]).to.equal('payment-late-fee');
    expect(ids(searchFaq(es, 'autopago'))).to.include.members(['autopay-enroll', 'autopay-stop']);
    expect(ids(searchFaq(es, 'autopago')).every((id) => id.startsWith('autopay-'))).to.equal(true);
    expect(ids(searchFaq(en, 'freeze card'))[0]).to.equal('lock-what');
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
