import { css } from 'lit';

// One rule per line, shared declarations grouped: the package's size budget counts every byte.
export const styles = css`
.base,.contacts,.list,.account,.group,.alert,.box,form{display:grid;gap:var(--_space)}
.base,.list{gap:calc(var(--_space)*1.5)}
.alert,form{gap:calc(var(--_space)/2)}
p,.heading{margin:0}
.heading{font-size:inherit;font-weight:700}
.name{font-weight:600}
.muted{color:var(--_color-text-muted)}
.problem:empty{display:none}
.problem{color:var(--_color-danger);font-weight:600}
.list,.box,.input{border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:var(--_color-text);font:inherit}
.list{align-content:start;block-size:var(--tessera-alerts-list-height,28rem);overflow-y:auto;padding:var(--_space)}
.alert{padding-block:var(--_space);border-block-start:1px solid var(--_color-border)}
.channels,.actions,.row{display:flex;flex-wrap:wrap;align-items:center;gap:0 calc(var(--_space)*2)}
.actions{gap:var(--_space)}
.input{box-sizing:border-box;block-size:2.75rem;inline-size:100%;max-inline-size:16rem;padding-inline:var(--_space)}
.box{padding:calc(var(--_space)*1.5)}
.consent-text{white-space:pre-line}
.loading{animation:tessera-pulse 1.4s ease-in-out infinite}
.loading *{color:transparent}
.loading .text::before{content:attr(data-text)}
.loading .text{border-radius:var(--_radius);background:var(--_color-surface-raised)}
.loading .button{display:inline-block}
`;
