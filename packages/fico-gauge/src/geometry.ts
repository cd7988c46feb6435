// Pure gauge and chart geometry in SVG user units: no DOM, no measuring, so the markup
// renders the same on the server.
import type { ScoreBand } from '@tessera/core';
import type { ScoreScale } from './models.js';

/** The dial: a semicircle around (CENTER_X, CENTER_Y), open at the bottom. */
export const CENTER_X = 100;
export const CENTER_Y = 100;
export const RADIUS = 80;

const round = (n: number): number => Math.round(n * 100) / 100 || 0;

/**
 * The marker's angle in degrees from straight up: −90 at the bottom of the scale, 0 in the
 * middle, 90 at the top. Clamped, so a marker can never leave the dial.
 */
export function scoreAngle(score: number, min: number, max: number): number {
  const t = Math.min(1, Math.max(0, (score - min) / (max - min)));
  return round(-90 + 180 * t);
}

/** The point at `angle` (degrees from straight up) on a circle around the center. */
export function pointAt(angle: number, radius = RADIUS): [number, number] {
  const rad = (angle * Math.PI) / 180;
  return [round(CENTER_X + radius * Math.sin(rad)), round(CENTER_Y - radius * Math.cos(rad))];
}

/** An SVG path for the clockwise arc from one angle to another (less than a half turn). */
export function arcPath(from: number, to: number, radius = RADIUS): string {
  const [x1, y1] = pointAt(from, radius);
  const [x2, y2] = pointAt(to, radius);
  return `M${x1} ${y1}A${radius} ${radius} 0 0 1 ${x2} ${y2}`;
}

export interface BandArc {
  band: ScoreBand;
  from: number;
  to: number;
}

/** Each band's arc runs from its first score to where the next band starts, so arcs meet. */
export function bandArcs({ min, max, bands }: ScoreScale): BandArc[] {
  return bands.map((band) => ({
    band,
    from: scoreAngle(band.min, min, max),
    to: scoreAngle(Math.min(band.max + 1, max), min, max),
  }));
}

/**
 * A polyline's `points` for a trend chart `width` × `height`: oldest on the left, the
 * highest score at the top, a flat line through the middle when nothing changed.
 */
export function trendPoints(scores: readonly number[], width: number, height: number, inset = 4): string {
  const lo = Math.min(...scores);
  const span = Math.max(...scores) - lo;
  const step = scores.length > 1 ? (width - 2 * inset) / (scores.length - 1) : 0;
  return scores
    .map((score, i) => {
      const y = span === 0 ? height / 2 : inset + (1 - (score - lo) / span) * (height - 2 * inset);
      return `${round(inset + i * step)},${round(y)}`;
    })
    .join(' ');
}
