import { expect } from '@open-wc/testing';
import { isProviderError, type CreditScore, type ScoreModel } from '@tessera/core';
import { SCORE_MODELS, bandFor, isOnScale, isValidScale, scaleFor, type ScoreScale } from '../src/models.js';
import { viewOfAttributes, viewOfCreditScore } from '../src/view.js';
import { BOUNDARIES, NAMES } from './boundaries.js';

function sample(overrides: Partial<CreditScore> = {}): CreditScore {
  return {
    score: 742,
    model: 'fico-8',
    bureau: 'TransUnion',
    asOf: '2026-11-01',
    previous: { date: '2026-10-01', score: 731 },
    history: [
      { date: '2026-09-01', score: 729 },
      { date: '2026-10-01', score: 731 },
      { date: '2026-11-01', score: 742 },
    ],
    factors: [{ impact: 'helping', text: 'Every payment on time.' }],
    ...overrides,
  };
}

describe('score models', () => {
  for (const [model, { min, max, cases }] of Object.entries(BOUNDARIES) as Array<[ScoreModel, (typeof BOUNDARIES)[ScoreModel]]>) {
    describe(model, () => {
      const { name, scale } = SCORE_MODELS[model];

      it(`is named ${NAMES[model]} and spans ${min}–${max} with valid bands`, () => {
        expect(name).to.equal(NAMES[model]);
        expect([scale.min, scale.max]).to.deep.equal([min, max]);
        expect(isValidScale(scale)).to.equal(true);
      });

      it('puts every band boundary in the right band', () => {
        for (const [score, key] of cases) expect(bandFor(score, scale)?.key, String(score)).to.equal(key);
      });

      it('rejects scores off the range or not whole', () => {
        for (const score of [min - 1, max + 1, min + 0.5, Number.NaN, Infinity]) {
          expect(isOnScale(score, scale), String(score)).to.equal(false);
        }
        expect(isOnScale(String(min), scale)).to.equal(false);
        expect(bandFor(min - 1, scale)).to.equal(undefined);
        expect(bandFor(max + 1, scale)).to.equal(undefined);
        expect(isOnScale(min, scale) && isOnScale(max, scale)).to.equal(true);
      });
    });
  }
});

describe('isValidScale', () => {
  const band = (key: string, min: number, max: number) => ({ key, min, max });
  it('refuses gaps, overlaps, disorder and bands that miss the ends', () => {
    const bad: ScoreScale[] = [
      { min: 300, max: 850, bands: [band('a', 300, 500), band('b', 502, 850)] },
      { min: 300, max: 850, bands: [band('a', 300, 500), band('b', 500, 850)] },
      { min: 300, max: 850, bands: [band('b', 501, 850), band('a', 300, 500)] },
      { min: 300, max: 850, bands: [band('a', 301, 850)] },
      { min: 300, max: 850, bands: [band('a', 300, 849)] },
      { min: 300, max: 850, bands: [band('a', 300, 600), band('b', 601, 590), band('c', 591, 850)] },
      { min: 300, max: 850, bands: [] },
      { min: 850, max: 300, bands: [band('a', 850, 300)] },
      { min: 300.5, max: 850, bands: [band('a', 300.5, 850)] },
    ];
    for (const scale of bad) expect(isValidScale(scale), JSON.stringify(scale)).to.equal(false);
    expect(isValidScale({ min: 1, max: 10, bands: [band('a', 1, 5), band('b', 6, 10)] })).to.equal(true);
  });
});

describe('scaleFor', () => {
  it('uses the model’s standard range and bands by default', () => {
    expect(scaleFor('fico-auto-8')).to.deep.equal(SCORE_MODELS['fico-auto-8'].scale);
    expect(scaleFor('vantage-4', { min: 300, max: 850 })).to.deep.equal(SCORE_MODELS['vantage-4'].scale);
  });

  it('takes the provider’s bands, with the range from them or given', () => {
    const bands = [
      { key: 'low', label: 'Low', min: 300, max: 599 },
      { key: 'high', label: 'High', min: 600, max: 850 },
    ];
    expect(scaleFor('fico-8', undefined, bands)).to.deep.equal({ min: 300, max: 850, bands });
    expect(scaleFor('fico-8', { min: 300, max: 850 }, bands)).to.deep.equal({ min: 300, max: 850, bands });
  });

  it('refuses a range that does not fit the bands', () => {
    expect(scaleFor('fico-8', { min: 250, max: 900 })).to.equal(undefined);
    expect(scaleFor('fico-8', { min: 300, max: 900 }, SCORE_MODELS['fico-8'].scale.bands)).to.equal(undefined);
  });
});

describe('viewOfCreditScore', () => {
  const malformed = (value: unknown): void => {
    let error: unknown;
    try {
      viewOfCreditScore(value);
    } catch (e) {
      error = e;
    }
    expect(isProviderError(error), JSON.stringify(value)).to.equal(true);
    expect(error).to.include({ code: 'unknown', invalidData: true });
    expect((error as Error).message).to.match(/^creditScore\.getCreditScore → credit score(\.[a-zA-Z]+|\[\d+\])*: expected /);
  };

  it('accepts a well-formed score on its scale', () => {
    const view = viewOfCreditScore(sample());
    expect(view.score).to.equal(742);
    expect(view.scale).to.deep.equal(SCORE_MODELS['fico-8'].scale);
    expect(view.previous).to.deep.equal({ score: 731, date: '2026-10-01' });
    expect(view.history).to.have.length(3);
  });

  it('accepts no score (not enough history)', () => {
    expect(viewOfCreditScore(sample({ score: null })).score).to.equal(null);
  });

  it('keeps the newest 24 history points and the first 5 factors', () => {
    const history = Array.from({ length: 30 }, (_, i) => ({ date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, score: 600 + i }));
    const factors = Array.from({ length: 7 }, (_, i) => ({ impact: 'hurting' as const, text: `Reason ${i}` }));
    const view = viewOfCreditScore(sample({ history, factors }));
    expect(view.history.map((p) => p.score)).to.deep.equal(history.slice(6).map((p) => p.score));
    expect(view.factors.map((f) => f.text)).to.deep.equal(['Reason 0', 'Reason 1', 'Reason 2', 'Reason 3', 'Reason 4']);
  });

  it('refuses scores off the scale, and leaves history points off the scale out', () => {
    malformed(sample({ score: 851 }));
    malformed(sample({ score: 299 }));
    malformed(sample({ score: 742.5 }));
    malformed(sample({ model: 'vantage-3', score: 250 }));
    malformed(sample({ previous: { date: '2026-10-01', score: 900 } }));
    const view = viewOfCreditScore(sample({ history: [{ date: '2026-09-01', score: 700 }, { date: '2026-10-01', score: 100 }] }));
    expect(view.history).to.deep.equal([{ date: '2026-09-01', score: 700 }]);
    expect(view.leftOut).to.equal(1);
    malformed(sample({ range: { min: 250, max: 900 } }));
    malformed(sample({ bands: [{ key: 'a', min: 300, max: 500 }, { key: 'b', min: 600, max: 850 }] }));
  });

  it('refuses the wrong shape', () => {
    malformed(null);
    malformed('742');
    malformed({ score: 742 });
    malformed(sample({ model: 'fico-99' as ScoreModel }));
    malformed(sample({ asOf: '2026-13-01' }));
    malformed({ ...sample(), history: undefined });
  });
});

describe('viewOfAttributes', () => {
  it('builds a view from valid attributes, fico-8 by default', () => {
    const view = viewOfAttributes({ score: 742, previousScore: 730, asOf: '2026-11-01', bureau: 'Equifax' });
    expect(view).to.deep.include({ score: 742, model: 'fico-8', bureau: 'Equifax', asOf: '2026-11-01', previous: { score: 730 } });
    expect(viewOfAttributes({ score: 900, model: 'fico-auto-8', previousScore: null, asOf: null, bureau: null })?.score).to.equal(900);
  });

  it('refuses anything that would not fit the dial', () => {
    const invalid = [
      { score: 851 },
      { score: 299 },
      { score: 742.5 },
      { score: Number.NaN },
      { score: 900, model: 'fico-8' },
      { score: 742, model: 'fico-99' },
      { score: 742, previousScore: 100 },
      { score: 742, asOf: '11/01/2026' },
      { score: 742, bureau: 'Acme' },
    ];
    for (const attributes of invalid) expect(viewOfAttributes(attributes), JSON.stringify(attributes)).to.equal(undefined);
  });
});
