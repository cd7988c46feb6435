import { css } from 'lit';

// The skeleton reuses these classes block for block (see renderSkeleton), so every size
// here is one it reserves: keep text rows at whole lines and controls at --_target.
export const styles = css`
  .base {
    --_switch-on: var(--tessera-card-lock-locked-color, var(--_color-accent));
    --_switch-width: var(--tessera-card-lock-switch-width, 3rem);
    /* The height of the switches, the re-lock choice and the policy summary. */
    --_target: 2.75rem;
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .info,
  .controls {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
  }
  .name,
  .meta,
  .state {
    min-height: 1lh;
  }
  .name {
    font-weight: 600;
  }
  .meta,
  .state {
    color: var(--_color-text-muted);
  }
  p {
    margin: 0;
  }
  .relock {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  select {
    font: inherit;
    min-height: var(--_target);
    max-width: 100%;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
  }
  .confirm {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .policy {
    margin-top: var(--_space);
  }
  .summary {
    /* Said outright: inside <details> a summary's parent box is the browser's own, so it
       would not inherit the border-box the rest of the widget uses. */
    box-sizing: border-box;
    min-height: var(--_target);
    padding: var(--_space) 0;
    color: var(--_color-accent);
    font-weight: 600;
  }
  summary {
    cursor: pointer;
  }
  .policy-body {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .heading {
    font-weight: 600;
  }
  .policy ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .skeleton.line {
    height: 1lh;
    width: 60%;
  }
  .skeleton.track {
    border-color: transparent;
  }
  /* A fixed label held unseen: its placeholder wraps exactly as the label does. */
  .ghost {
    visibility: hidden;
  }
  .skeleton.inline {
    display: inline;
  }
  /* The summary's disclosure triangle takes room on its first line; so does the placeholder's. */
  .summary.placeholder {
    display: list-item;
    list-style: disclosure-closed inside;
  }
  .summary.placeholder::marker {
    color: transparent;
  }
  @container (min-width: 32rem) {
    .card {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr);
      align-items: start;
    }
    .policy-body {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
