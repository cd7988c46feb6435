import { css } from 'lit';

// `.heading`: a heading at any level (heading-level) looks the same; the skeleton draws
// "What to expect" as a div. (Comments inside the css`` text ship in the bundle.)
export const styles = css`
  .base {
    --_marker: var(--tessera-title-tracker-marker-size, 1.25rem);
  }
  ul,
  ol,
  p,
  dl,
  dd,
  .heading {
    margin: 0;
  }
  .heading {
    font-size: inherit;
    font-weight: 700;
  }
  a {
    color: var(--_color-accent);
  }
  .muted {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .list,
  .steps {
    list-style: none;
    padding: 0;
  }
  .list,
  .loading,
  .panel,
  .about,
  .facts,
  .email {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .vehicle,
  .empty {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .summary {
    position: relative;
    display: grid;
    gap: calc(var(--_space) / 2);
    width: 100%;
    min-height: 2.75rem;
    /* Room for the chevron at the end of the line, in either writing direction. */
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: calc(var(--_space) * 2) calc(var(--_space) * 5);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .summary::after {
    content: '';
    position: absolute;
    inset-inline-end: calc(var(--_space) * 2);
    top: 50%;
    width: 0.5rem;
    height: 0.5rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-75%) rotate(45deg);
  }
  .summary[aria-expanded='true'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .summary[aria-expanded='true']::after {
    transform: translateY(-25%) rotate(-135deg);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 2);
  }
  .panel {
    padding: calc(var(--_space) * 2);
  }
  .panel[hidden] {
    display: none;
  }
  @container (min-width: 40rem) {
    .panel {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: calc(var(--_space) * 4);
    }
  }
  .step {
    position: relative;
    /* Room for the marker at the start of the line, in either writing direction. */
    padding-block: 0 calc(var(--_space) * 2);
    padding-inline: calc(var(--_marker) + var(--_space) * 1.5) 0;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    top: calc(var(--_marker) + 0.25rem);
    bottom: 0.125rem;
    width: 2px;
    background: var(--_color-border);
  }
  .step:last-child {
    padding-block-end: 0;
  }
  .step:last-child::before {
    display: none;
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    top: 0.125rem;
    display: grid;
    place-items: center;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_color-border);
    border-radius: 50%;
    background: var(--_color-surface);
    color: var(--_color-surface);
    font-size: 0.75em;
    font-weight: 700;
  }
  .done .marker,
  .done::before {
    border-color: var(--_color-success);
    background: var(--_color-success);
  }
  .done .marker::after {
    content: '✓';
  }
  .current .marker {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 3px var(--_color-surface), inset 0 0 0 10px var(--_color-accent);
  }
  .delayed .marker {
    border-color: var(--_color-warning);
    background: var(--_color-warning);
  }
  .delayed .marker::after {
    content: '!';
  }
  .label,
  .when,
  dd .muted {
    display: block;
  }
  .label {
    font-weight: 600;
  }
  .status {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_color-text-muted);
  }
  .done .status {
    color: var(--_color-success);
  }
  .current .status {
    color: var(--_color-accent);
  }
  .delayed .status,
  .line .delayed {
    color: var(--_color-warning);
  }
  .when {
    color: var(--_color-text-muted);
  }
  .note {
    margin-top: calc(var(--_space) / 2);
  }
  .delayed .note {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_color-warning);
  }
  .facts {
    gap: var(--_space);
  }
  dt {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .guidance ul {
    padding-inline-start: 1.25rem;
  }
  .email {
    gap: calc(var(--_space) / 2);
  }
  .live {
    min-height: 1.5em;
  }
  .empty {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
  }
  /* The skeleton (see skeleton.ts). */
  .loading {
    animation: tessera-pulse 1.4s ease-in-out infinite;
  }
  .loading * {
    color: transparent;
  }
  .loading .text::before {
    content: attr(data-text);
  }
  .loading :is(.text, .status, .marker, .track) {
    border-color: transparent;
    background: var(--_color-surface-raised);
  }
  .loading .text {
    border-radius: var(--_radius);
  }
  .loading .summary .text {
    background: var(--_color-surface);
  }
`;
