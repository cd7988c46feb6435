import { css } from 'lit';

// One rule per line: this sheet ships in every copy of the widget. The skeleton reuses
// these classes block for block (faq-render.ts, contact-render.ts), so every fixed size
// here is one it reserves: question rows are at least two lines high (the skeleton
// reserves five of them), the topic row is one row of buttons that scrolls sideways.
export const styles = css`
  .base { --_mark: var(--tessera-help-faq-highlight, light-dark(#fff0a0, #5c4a00)); --_target: 2.75rem; --_question: calc(3em + 2 * var(--_space)); --_ring: calc(var(--_focus-ring-width) + 2px); }
  .base, .faq, .search, .group, .contact, .channel-region, .channel, .answer, .empty { display: grid; gap: var(--_space); }
  .base, .faq { gap: calc(var(--_space) * 3); }
  .heading, .subheading, p, ul, ol { margin: 0; }
  .heading { font-size: 1.125em; font-weight: 700; }
  .subheading { font-size: 1em; }
  a { color: var(--_color-accent); }
  label, .label { font-weight: 600; }
  .hint { color: var(--_color-text-muted); font-size: 0.875em; }
  input, .topic, .question, .disclosure { font: inherit; min-height: var(--_target); color: inherit; border-radius: var(--_radius); }
  input, .topic { padding: 0 var(--_space); border: 1px solid var(--_color-border); background: var(--_color-surface); }
  .field { height: var(--_target); }
  .topics { display: flex; gap: var(--_space); height: calc(var(--_target) + 2 * var(--_ring) + 0.75rem); padding: var(--_ring); overflow-x: auto; overflow-y: hidden; scrollbar-width: thin; }
  .topic { flex: none; max-width: min(20em, 100%); overflow: hidden; white-space: nowrap; text-overflow: ellipsis; border-radius: 2em; cursor: pointer; }
  .topic[aria-pressed='true'] { border-color: var(--_color-accent); background: var(--_color-accent); color: var(--_color-on-accent); font-weight: 600; }
  .feedback, .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .item { border: 1px solid var(--_color-border); border-radius: var(--_radius); }
  .question, .disclosure { display: flex; justify-content: space-between; align-items: center; gap: var(--_space); width: 100%; padding: var(--_space) calc(var(--_space) * 1.5); border: 0; font-weight: 600; text-align: start; background: var(--_color-surface-raised); cursor: pointer; }
  .question { min-height: var(--_question); }
  .question-text { min-width: 0; }
  .question::after, .disclosure::after { content: ''; flex: none; width: 0.5em; height: 0.5em; border: solid; border-width: 0 2px 2px 0; transform: rotate(45deg); transition: transform 0.15s; }
  [aria-expanded='true']::after { transform: rotate(-135deg); }
  .answer { padding: var(--_space) calc(var(--_space) * 1.5); }
  .answer[hidden], .channel-region[hidden] { display: none; }
  ul, ol { padding-inline-start: 1.5em; }
  mark { background: var(--_mark); color: inherit; }
  .feedback { color: var(--_color-text-muted); }
  .feedback[aria-busy='true'] .button { cursor: progress; }
  .show-all { display: inline-flex; align-items: center; justify-self: start; }
  .empty { padding: calc(var(--_space) * 2); border: 1px dashed var(--_color-border); border-radius: var(--_radius); }
  .channels { display: grid; gap: calc(var(--_space) * 2); padding: 0; list-style: none; }
  .channel { align-content: start; padding: calc(var(--_space) * 2); border-radius: var(--_radius); background: var(--_color-surface-raised); }
  address, .hours { display: grid; font-style: normal; }
  [data-open='true'] { color: var(--_color-success); font-weight: 600; }
  .ghost { visibility: hidden; }
  .skeleton.line { height: 1lh; width: 60%; }
  .skeleton.heading { width: 8em; }
  .topics.placeholder { overflow: hidden; }
  .topic.skeleton { width: 6rem; border-color: transparent; background: var(--_color-surface-raised); }
  .question.placeholder { cursor: auto; background: var(--_color-surface); }
  .question.placeholder::after, .disclosure.skeleton::after { visibility: hidden; }
  .show-all.skeleton { border-color: transparent; background: var(--_color-surface-raised); }
  .skeleton.inline { display: inline; }
  @container (min-width: 40rem) { .channels { grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); } }
`;
