import { css } from 'lit';

// The skeleton draws the ready view (see skeleton.ts), so every size here is one it
// reserves: values keep to one line (tabular figures, as wide in the skeleton as when
// shown), the heading keeps to one line, controls are --_target high.
export const styles = css`
  .base {
    --_meter-height: var(--tessera-account-summary-meter-height, 0.5rem);
    --_target: 2.75rem;
    font-variant-numeric: tabular-nums;
  }
  .list,
  .account,
  .facts,
  .meter,
  .quote,
  .quote-panel,
  .quote-form,
  .quote-result {
    grid-template-columns: minmax(0, 1fr);
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .account {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.5;
  }
  .heading > span {
    display: flex;
    gap: 0.5ch;
    min-width: 0;
  }
  .name {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .number {
    flex: none;
    font-weight: 400;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  p {
    margin: 0;
  }
  .status {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }
  .status.late,
  .status.over {
    border-color: var(--_color-danger);
  }
  .status.today {
    border-color: var(--_color-warning);
  }
  .status.credit,
  .status.done {
    border-color: var(--_color-success);
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: var(--_space);
  }
  dt {
    color: var(--_color-text-muted);
  }
  dd {
    margin: 0 0 0 auto;
    text-align: end;
  }
  .value {
    white-space: nowrap;
  }
  .lines {
    display: grid;
  }
  .badge {
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.pending {
    color: var(--_color-warning);
  }
  .badge.posted {
    color: var(--_color-success);
  }
  .meter {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .meter-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: var(--_space);
  }
  .bar {
    display: block;
    width: 100%;
    height: var(--_meter-height);
  }
  .bar .track {
    fill: var(--_color-surface-raised);
    stroke: var(--_color-border);
    stroke-width: 0.2;
  }
  .bar .fill {
    fill: var(--_color-accent);
  }
  .meter.over .fill {
    fill: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    text-decoration: none;
    line-height: 1.25;
  }
  .button.link {
    border-color: transparent;
    padding-inline: 0;
    background: none;
    text-decoration: underline;
  }
  .quote {
    display: grid;
    justify-items: start;
    gap: var(--_space);
  }
  .quote-panel,
  .quote-form,
  .quote-result {
    display: grid;
    gap: var(--_space);
    justify-self: stretch;
  }
  .quote-form label {
    font-weight: 600;
  }
  .date {
    font: inherit;
    min-height: var(--_target);
    max-width: 100%;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
  }
  .date[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .quote-amount .value {
    font-size: 1.25em;
  }
  .live:empty {
    display: none;
  }
  .empty {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  /* The skeleton: text as bars, nothing to read or press. */
  .loading :is(.heading > span, dt, .value, .muted, .badge, .meter-line span, .button) {
    color: transparent;
    border-color: transparent;
    background: var(--_color-surface-raised);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .loading :is(.bar .fill) {
    fill: var(--_color-surface-raised);
  }
`;
