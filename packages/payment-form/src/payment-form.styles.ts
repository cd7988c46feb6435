import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--tessera-payment-form-max-width, 40rem);
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: var(--_max-width);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .heading,
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  form,
  .frame,
  .more,
  .field,
  .choices,
  .account {
    display: grid;
    gap: var(--_space);
  }
  form,
  .frame {
    gap: calc(var(--_space) * 2);
  }
  .field {
    gap: 0.25rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label,
  .label,
  dt,
  .account-name {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    align-items: start;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .option:has(input:checked) {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }
  .option:has(input:disabled) {
    color: var(--_color-text-muted);
  }
  .option .detail {
    grid-column: 2;
  }
  .more {
    padding-inline-start: calc(var(--_space) * 4);
  }
  input[type='radio'],
  input[type='checkbox'],
  .radio {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_color-accent);
  }
  input:not([type='radio'], [type='checkbox']) {
    font: inherit;
    width: 100%;
    max-width: 22rem;
    min-height: 2.75rem;
    padding: 0 var(--_space);
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  .hint,
  .facts,
  .progress {
    color: var(--_color-text-muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .fact-value {
    color: var(--_color-text);
    font-weight: 600;
  }
  .error,
  .summary {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .summary,
  .status-warning,
  .warning,
  .past-due {
    display: block;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface-raised);
  }
  .status-warning,
  .warning {
    color: var(--_color-text);
    border-color: var(--_color-warning);
  }
  .status-warning,
  .status-success {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .status-success {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-surface-raised);
  }
  .copy {
    white-space: pre-line;
  }
  .summary ul {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25rem;
  }
  .link {
    font: inherit;
    padding: 0;
    color: var(--_color-accent);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .summary .link {
    color: inherit;
  }
  .badge {
    font-weight: 600;
  }
  .actions,
  .picks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .chip {
    min-height: 2.25rem;
    font-weight: 400;
  }
  .check {
    display: flex;
    gap: var(--_space);
  }
  .summary-list {
    display: grid;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  dt {
    grid-column: 1 / -1;
  }
  dd {
    margin: 0;
  }
  /* The skeleton is the step itself with its text as bars: same boxes, nothing legible. */
  .loading {
    animation: tessera-pulse 1.4s ease-in-out infinite;
  }
  .loading * {
    color: transparent;
  }
  .loading .text::before {
    content: attr(data-text);
  }
  .loading :is(.text, .radio) {
    border-color: transparent;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  @container (min-width: 36rem) {
    .base {
      padding: calc(var(--_space) * 3);
    }
    .choices:has(> .option:nth-of-type(3)) {
      grid-template-columns: 1fr 1fr;
    }
    .choices > legend,
    .choices > .error,
    .choices > .more {
      grid-column: 1 / -1;
    }
    .row {
      grid-template-columns: 12rem 1fr auto;
    }
    dt {
      grid-column: auto;
    }
  }
`;
