import { css } from 'lit';

// The skeleton reuses these classes (skeleton.ts): rows are two lines high, the name on
// one and the cost on the other, and the filter's select has a fixed height, so the
// skeleton's size is the ready list's.
export const styles = css`
  .base, .loading, .ready-shape, .list, .panel, .facts, .detail { display: grid; gap: var(--_space); }
  .base, .ready-shape { gap: calc(var(--_space) * 2); }
  .heading, .way-heading, p, ul, dl, dd, address { margin: 0; }
  .heading { font-size: 1.125em; font-weight: 700; }
  .way-heading { font-size: 1em; font-weight: 400; }
  .list, .needs, .hours { list-style: none; padding: 0; }
  .needs { list-style: disc; padding-inline-start: 1.25em; }
  a { color: var(--_color-accent); }
  .label, dt { font-weight: 600; }
  address { font-style: normal; display: grid; }
  .filter { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  select, .select { font: inherit; color: inherit; height: 2.75rem; min-width: 12em; padding: 0 var(--_space); border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-surface); }
  .way { border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-surface); }
  .summary, .way.compact { display: grid; gap: 0; width: 100%; min-height: 2.75rem; padding: var(--_space) calc(var(--_space) * 5) var(--_space) calc(var(--_space) * 2); text-align: start; }
  .way.compact { padding-inline-end: calc(var(--_space) * 2); }
  .summary { position: relative; font: inherit; color: var(--_color-text); border: 0; border-radius: var(--_radius); background: var(--_color-surface-raised); cursor: pointer; }
  .summary::after { content: ''; position: absolute; inset-inline-end: calc(var(--_space) * 2); top: 50%; width: 0.5em; height: 0.5em; border: solid; border-width: 0 2px 2px 0; transform: translateY(-75%) rotate(45deg); }
  .summary[aria-expanded='true']::after { transform: translateY(-25%) rotate(-135deg); }
  .name { font-weight: 700; }
  .cost { color: var(--_color-text-muted); }
  .panel { padding: calc(var(--_space) * 2); }
  .panel[hidden] { display: none; }
  .facts > div { display: grid; gap: calc(var(--_space) / 2); }
  .correspondence { padding-inline-start: var(--_space); border-inline-start: 3px solid var(--_color-border); }
  .account-number { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .account-number .status-error { flex-basis: 100%; }
  .button.small { min-height: 2.75rem; }
  .button[aria-disabled='true'] { cursor: progress; opacity: 0.7; }
  .empty { padding: calc(var(--_space) * 2); border: 1px dashed var(--_color-border); border-radius: var(--_radius); }
  .loading .text::before { content: attr(data-text); color: transparent; }
  .loading .text { border-radius: var(--_radius); background: var(--_color-surface-raised); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
  .loading .summary .text { background: var(--_color-border); }
  .loading .select { background: var(--_color-surface-raised); }
`;
