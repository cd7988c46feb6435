import { css } from 'lit';

export const styles = css`
  :host {
    --_highlight: var(--tessera-faq-highlight, light-dark(#fff0a0, #5c4a00));
  }
  .base,
  .loading,
  .group,
  .contact,
  .channel,
  .answer,
  .empty {
    display: grid;
    gap: var(--_space);
  }
  .base {
    gap: calc(var(--_space) * 3);
  }
  h2,
  h3,
  p,
  ul,
  ol {
    margin: 0;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  a {
    color: var(--_color-accent);
  }
  .search {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  label,
  .label {
    font-weight: 600;
  }
  input {
    font: inherit;
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--_color-surface);
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .topics,
  .feedback,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .topic {
    font: inherit;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    color: var(--_color-text);
    background: var(--_color-surface);
    cursor: pointer;
  }
  .topic[aria-pressed='true'] {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .item {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    scroll-margin-top: calc(var(--_space) * 2);
  }
  .question {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-align: start;
    color: var(--_color-text);
    background: var(--_color-surface-raised);
    cursor: pointer;
  }
  .question::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  .question[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  .answer {
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  .answer[hidden] {
    display: none;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 2px;
  }
  .feedback {
    color: var(--_color-text-muted);
  }
  .feedback .button {
    min-height: 2.25rem;
  }
  .empty {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .channels {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  .channel {
    align-content: start;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  address,
  .hours {
    display: grid;
    font-style: normal;
  }
  .open-status::before {
    content: '';
    display: inline-block;
    width: 0.625em;
    height: 0.625em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .open-status[data-open='true'] {
    color: var(--_color-success);
    font-weight: 600;
  }
  .open-status[data-open='true']::before {
    background: currentColor;
  }
  .sk-field,
  .sk-topics {
    height: 2.75rem;
  }
  .sk-topics {
    width: 70%;
  }
  .sk-row {
    height: 3rem;
  }
  .sk-channel {
    height: 9rem;
  }
  @container (min-width: 40rem) {
    .channels {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
  }
`;
