import { css } from 'lit';

export const styles = css`
  :host {
    --_locked: var(--tessera-card-lock-locked-color, var(--_color-accent));
    --_switch-width: var(--tessera-card-lock-switch-width, 3rem);
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
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .switch.small {
    font-weight: 400;
  }
  .track {
    flex: none;
    position: relative;
    width: var(--_switch-width);
    height: calc(var(--_switch-width) * 0.56);
    border: 2px solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface-raised);
    transition: background-color 0.15s;
  }
  .small .track {
    --_switch-width: 2.5rem;
  }
  .thumb {
    position: absolute;
    top: 2px;
    left: 2px;
    width: calc(var(--_switch-width) * 0.56 - 8px);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_color-text-muted);
    transition: transform 0.15s;
  }
  [aria-checked='true'] .track {
    border-color: var(--_locked);
    background: var(--_locked);
  }
  [aria-checked='true'] .thumb {
    background: var(--_color-on-accent);
    transform: translateX(calc(var(--_switch-width) * 0.44));
  }
  [aria-busy='true'] .thumb {
    animation: tessera-pulse 1s ease-in-out infinite;
  }
  .relock {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  select {
    font: inherit;
    min-height: 2.75rem;
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
  summary {
    min-height: 2.75rem;
    padding: var(--_space) 0;
    color: var(--_color-accent);
    font-weight: 600;
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
    height: 1.5rem;
    width: 60%;
  }
  .skeleton.control {
    height: 2.75rem;
    width: 14rem;
    max-width: 100%;
  }
  .skeleton.summary {
    height: 2.75rem;
    width: 18rem;
    max-width: 100%;
    margin-top: var(--_space);
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
