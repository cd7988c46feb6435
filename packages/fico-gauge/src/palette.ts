import type { ScoreBand } from '@tessera/core';

/**
 * Default band colors, [light, dark]. Each meets 3:1 against the core surface colors
 * (WCAG 1.4.11 for graphics); the band is always named in words as well.
 */
export const BAND_COLORS = {
  poor: ['#c0392b', '#ff8a80'],
  fair: ['#b45309', '#ffb366'],
  good: ['#8a6d00', '#e3c94f'],
  'very-good': ['#3d7d1f', '#a3d977'],
  exceptional: ['#1f6e43', '#4fd18b'],
  excellent: ['#1f6e43', '#4fd18b'],
} as const satisfies Record<string, readonly [string, string]>;

export type BandColor = keyof typeof BAND_COLORS;

const RAMP: readonly BandColor[] = ['poor', 'fair', 'good', 'very-good', 'exceptional'];

/** The color for a band: its own for known keys, else by its place from lowest to highest. */
export function bandColor(band: ScoreBand, bands: readonly ScoreBand[]): BandColor {
  if (Object.hasOwn(BAND_COLORS, band.key)) return band.key as BandColor;
  const last = bands.length - 1;
  return RAMP[last > 0 ? Math.round((bands.indexOf(band) * (RAMP.length - 1)) / last) : 0] ?? 'good';
}
