import { css, unsafeCSS } from 'lit';
import { BAND_COLORS } from './palette.js';

// One class per band color: `--tessera-fico-gauge-band-<key>`, defaulting to a light/dark pair.
const bandColors = unsafeCSS(
  Object.entries(BAND_COLORS)
    .map(([key, [light, dark]]) => `.band-${key}{--_band:var(--tessera-fico-gauge-band-${key},light-dark(${light},${dark}))}`)
    .join('\n'),
);

// The skeleton reuses these classes block for block (see renderSkeleton), so every size
// here is one it reserves: text rows are whole lines (lh), charts and the dial fixed boxes.
// `.title` is a heading at any level (heading-level): it looks the same at each.
export const styles = css`
  ${bandColors}
  :host {
    /* Lines each key factor's text reserves: the common factor fits in two. */
    --_factor-lines: 2;
  }
  p {
    margin: 0;
  }
  .title {
    min-height: 1lh;
    margin: 0 0 var(--_space);
    font-size: 1em;
    font-weight: 700;
  }
  .muted {
    min-height: 1lh;
  }
  /* How much, then since when: always two lines (see renderChange). */
  .change {
    min-height: 2lh;
  }
  .change-by,
  .change-since {
    display: block;
  }
  .layout {
    display: grid;
    /* One column no wider than the widget, whatever the content's own minimum. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
  }
  .main {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    align-content: start;
    text-align: center;
  }
  .details {
    /* Key factors lay out by the column they sit in, beside the gauge or below it. */
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 3);
    align-content: start;
    min-width: 0;
  }
  .history {
    display: grid;
    justify-items: start;
  }
  @container (min-width: 40rem) {
    .split {
      grid-template-columns: minmax(0, 20rem) minmax(0, 1fr);
      gap: calc(var(--_space) * 4);
    }
  }
  /* The readout sits over the dial's foot. Positioned, not a one-cell grid: a grid sized by
     aspect-ratio around a 100 % SVG took three layout passes per gauge (half its render). */
  .gauge {
    display: block;
    position: relative;
    width: 100%;
    max-width: 20rem;
    aspect-ratio: 200 / 116;
  }
  .gauge.skeleton {
    border-radius: 50% 50% 0 0 / 100% 100% 0 0;
  }
  .dial {
    display: block;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .arc {
    fill: none;
    stroke: var(--_band);
    stroke-width: 16;
  }
  .ends {
    fill: var(--_color-text-muted);
    font-size: 10px;
  }
  .marker circle {
    fill: var(--_color-surface);
    stroke: var(--_color-text);
    stroke-width: 3;
  }
  .sweep {
    transform-origin: 100px 100px;
    animation: tessera-sweep 0.9s cubic-bezier(0.2, 0.8, 0.2, 1) both;
  }
  @keyframes tessera-sweep {
    from {
      transform: rotate(var(--_sweep-from, 0deg));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sweep {
      animation: none;
    }
  }
  .readout {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    display: grid;
    justify-items: center;
    padding-bottom: 3%;
  }
  .score {
    font-size: clamp(1.75rem, 12cqi, 3rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .band {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .band::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_band);
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .delta {
    font-weight: 700;
  }
  .up {
    color: var(--_color-success);
  }
  .down {
    color: var(--_color-danger);
  }
  .trend {
    display: block;
    width: 100%;
    height: 4rem;
  }
  .trend polyline {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .link {
    min-height: 1.5rem;
  }
  button.link {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_color-border);
    text-align: start;
    white-space: nowrap;
  }
  th:last-child,
  td:last-child {
    text-align: end;
  }
  .factor-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .factor {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--_space);
    justify-items: start;
  }
  /* Beside its label once the text keeps room for about 40 characters a line. */
  @container (min-width: 28rem) {
    .factor {
      grid-template-columns: 6.5em minmax(0, 1fr);
      align-items: baseline;
    }
  }
  .impact {
    box-sizing: content-box;
    min-height: 1lh;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  /* WebKit measures a long word of mixed scripts as unbreakable: the column holds it. */
  .factor-text {
    max-width: 100%;
    min-height: calc(var(--_factor-lines) * 1lh);
  }
  .skeleton.line {
    width: 70%;
    height: 1lh;
  }
  /* A fixed label held unseen: its placeholder wraps exactly as the label does. */
  .ghost {
    visibility: hidden;
  }
  .skeleton.impact {
    width: 5em;
    border-color: transparent;
  }
  .skeleton.factor-text {
    justify-self: stretch;
  }
  .factor.placeholder {
    align-items: start;
  }
`;
