import { expect } from '@open-wc/testing';
import { themeTokens } from '@tessera/core';
import { arcPath, bandArcs, pointAt, scoreAngle, trendPoints } from '../src/geometry.js';
import { SCORE_MODELS, bandFor } from '../src/models.js';
import { BAND_COLORS, bandColor } from '../src/palette.js';
import { BOUNDARIES, MODELS } from './boundaries.js';

describe('scoreAngle', () => {
  it('runs from −90° at the bottom of the range through 0° to 90° at the top', () => {
    expect(scoreAngle(300, 300, 850)).to.equal(-90);
    expect(scoreAngle(575, 300, 850)).to.equal(0);
    expect(scoreAngle(850, 300, 850)).to.equal(90);
    expect(scoreAngle(250, 250, 900)).to.equal(-90);
    expect(scoreAngle(575, 250, 900)).to.equal(0);
    expect(scoreAngle(900, 250, 900)).to.equal(90);
  });

  it('is proportional: one point is 180/550 of a degree on 300–850', () => {
    expect(scoreAngle(579, 300, 850)).to.equal(1.31);
    expect(scoreAngle(580, 300, 850)).to.equal(1.64);
    expect(scoreAngle(742, 300, 850)).to.equal(54.65);
  });

  it('never leaves the dial', () => {
    expect(scoreAngle(100, 300, 850)).to.equal(-90);
    expect(scoreAngle(2000, 300, 850)).to.equal(90);
  });

  for (const model of MODELS) {
    it(`puts every ${model} boundary inside its own band’s arc`, () => {
      const scale = SCORE_MODELS[model].scale;
      const arcs = bandArcs(scale);
      for (const [score, key] of BOUNDARIES[model].cases) {
        const angle = scoreAngle(score, scale.min, scale.max);
        const arc = arcs.find((a) => a.band.key === key)!;
        expect(angle, `${score}`).to.be.at.least(arc.from);
        expect(angle, `${score}`).to.be.at.most(arc.to);
        // Never inside another band's arc (edges excluded: arcs meet there).
        for (const other of arcs.filter((a) => a !== arc)) {
          expect(angle > other.from && angle < other.to, `${score} in ${other.band.key}`).to.equal(false);
        }
        expect(bandFor(score, scale)?.key).to.equal(key);
      }
    });
  }
});

describe('band arcs', () => {
  it('cover the half circle without gaps or overlaps', () => {
    for (const model of MODELS) {
      const arcs = bandArcs(SCORE_MODELS[model].scale);
      expect(arcs[0]!.from, model).to.equal(-90);
      expect(arcs.at(-1)!.to, model).to.equal(90);
      for (let i = 1; i < arcs.length; i++) expect(arcs[i]!.from, model).to.equal(arcs[i - 1]!.to);
    }
  });

  it('draw clockwise from left to right around the center', () => {
    expect(pointAt(-90)).to.deep.equal([20, 100]);
    expect(pointAt(0)).to.deep.equal([100, 20]);
    expect(pointAt(90)).to.deep.equal([180, 100]);
    expect(arcPath(-90, 90)).to.equal('M20 100A80 80 0 0 1 180 100');
    expect(arcPath(0, 90, 50)).to.equal('M100 50A50 50 0 0 1 150 100');
  });
});

describe('trendPoints', () => {
  it('spreads points evenly, highest score at the top', () => {
    expect(trendPoints([700, 750], 240, 64)).to.equal('4,60 236,4');
    expect(trendPoints([700, 750, 725], 240, 64)).to.equal('4,60 120,4 236,32');
  });

  it('draws a flat line through the middle when nothing changed', () => {
    expect(trendPoints([700, 700, 700], 240, 64)).to.equal('4,32 120,32 236,32');
  });
});

describe('band colors', () => {
  const luminance = (hex: string): number => {
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('meet 3:1 against the surface and raised surface, light and dark', () => {
    const surfaces = [themeTokens['--tessera-color-surface'], themeTokens['--tessera-color-surface-raised']];
    for (const [key, [light, dark]] of Object.entries(BAND_COLORS)) {
      for (const [surfaceLight, surfaceDark] of surfaces) {
        expect(contrast(light, surfaceLight), `${key} light`).to.be.at.least(3);
        expect(contrast(dark, surfaceDark), `${key} dark`).to.be.at.least(3);
      }
    }
  });

  it('use the band’s own color for known keys and its place for others', () => {
    const bands = [
      { key: 'low', min: 1, max: 3 },
      { key: 'mid', min: 4, max: 6 },
      { key: 'high', min: 7, max: 9 },
    ];
    expect(bands.map((b) => bandColor(b, bands))).to.deep.equal(['poor', 'good', 'exceptional']);
    const vantage = SCORE_MODELS['vantage-3'].scale.bands;
    expect(vantage.map((b) => bandColor(b, vantage))).to.deep.equal(['poor', 'fair', 'good', 'excellent']);
    expect(bandColor(bands[0]!, [bands[0]!])).to.equal('poor');
  });
});
