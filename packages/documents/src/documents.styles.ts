import { css } from 'lit';

export const styles = css`
  .base,
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  p,
  ul,
  .heading {
    margin: 0;
  }
  .heading {
    font-size: inherit;
    font-weight: 700;
  }
  .muted {
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .toolbar {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) / 2);
  }
  .filter {
    display: block;
    box-sizing: border-box;
    block-size: 2.75rem;
    inline-size: 100%;
    max-inline-size: 20rem;
    font: inherit;
    padding-inline: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .count {
    min-block-size: 1.5em;
  }
  .list {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 1.5);
    block-size: var(--tessera-documents-list-height, 24rem);
    overflow-y: auto;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .year {
    display: grid;
    gap: var(--_space);
  }
  .documents {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .open {
    display: grid;
    gap: 0.125rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .open[aria-busy='true'] {
    cursor: progress;
  }
  .name {
    font-weight: 600;
  }
  .badge {
    justify-self: start;
    padding-inline: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-size: 0.875em;
    font-weight: 700;
  }
  .date {
    white-space: nowrap;
  }
  .paperless,
  .consent {
    display: grid;
    gap: var(--_space);
  }
  .consent {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .consent-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .empty {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .loading {
    animation: tessera-pulse 1.4s ease-in-out infinite;
  }
  .loading * {
    color: transparent;
  }
  .loading .text::before {
    content: attr(data-text);
  }
  .loading :is(.text, .track, .filter) {
    border-color: transparent;
    background: var(--_color-surface-raised);
  }
  .loading .text {
    border-radius: var(--_radius);
  }
  .loading .open {
    margin: 0;
    border: 0;
    background: none;
  }
`;
