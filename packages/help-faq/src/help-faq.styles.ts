import { css } from 'lit';

// One rule per line: this sheet ships in every copy of the widget.
export const styles = css`
  :host { --_mark: var(--tessera-faq-highlight, light-dark(#fff0a0, #5c4a00)); }
  .base, .loading, .search, .group, .contact, .channel, .answer, .empty { display: grid; gap: var(--_space); }
  .base { gap: calc(var(--_space) * 3); }
  h2, h3, p, ul, ol { margin: 0; }
  h2 { font-size: 1.125em; }
  h3 { font-size: 1em; }
  a { color: var(--_color-accent); }
  label, .label { font-weight: 600; }
  .hint { color: var(--_color-text-muted); font-size: 0.875em; }
  input, .topic, .question { font: inherit; min-height: 2.75rem; color: inherit; border-radius: var(--_radius); }
  input, .topic { padding: 0 var(--_space); border: 1px solid var(--_color-border); background: var(--_color-surface); }
  .topics, .feedback, .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .topic { border-radius: 2em; cursor: pointer; }
  .topic[aria-pressed='true'] { border-color: var(--_color-accent); background: var(--_color-accent); color: var(--_color-on-accent); font-weight: 600; }
  .item { border: 1px solid var(--_color-border); border-radius: var(--_radius); }
  .question { display: flex; justify-content: space-between; align-items: center; gap: var(--_space); width: 100%; padding: var(--_space) calc(var(--_space) * 1.5); border: 0; font-weight: 600; text-align: start; background: var(--_color-surface-raised); cursor: pointer; }
  .question::after { content: ''; flex: none; width: 0.5em; height: 0.5em; border: solid; border-width: 0 2px 2px 0; transform: rotate(45deg); transition: transform 0.15s; }
  [aria-expanded='true']::after { transform: rotate(-135deg); }
  .answer { padding: var(--_space) calc(var(--_space) * 1.5); }
  .answer[hidden] { display: none; }
  ul, ol { padding-inline-start: 1.5em; }
  mark { background: var(--_mark); color: inherit; }
  .feedback { color: var(--_color-text-muted); }
  .empty { padding: calc(var(--_space) * 2); border: 1px dashed var(--_color-border); border-radius: var(--_radius); }
  .channels { display: grid; gap: calc(var(--_space) * 2); padding: 0; list-style: none; }
  .channel { align-content: start; padding: calc(var(--_space) * 2); border-radius: var(--_radius); background: var(--_color-surface-raised); }
  address, .hours { display: grid; font-style: normal; }
  [data-open='true'] { color: var(--_color-success); font-weight: 600; }
  .sk-field, .sk-row { height: 2.75rem; }
  .sk-channel { height: 9rem; }
  @container (min-width: 40rem) { .channels { grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); } }
`;
