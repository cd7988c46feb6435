import { css } from 'lit';

// One rule per line, shared declarations grouped: the package's size budget counts every byte.
export const styles = css`
.base,.layout,.field,.fraud,.cases,.case,.escalate{display:grid;gap:var(--_space)}
.base,.layout,.cases{gap:calc(var(--_space)*1.5)}
p,ul,ol,dl,dd,.heading{margin:0}
.heading{font-size:inherit;font-weight:700}
.muted{color:var(--_color-text-muted);font-weight:400}
.charge,.case,.fraud,.empty{padding:var(--_space);border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface)}
.charge{background:var(--_color-surface-raised)}
.merchant,dt{font-weight:600}
.merchant{display:block}
.amount,.date{white-space:nowrap}
.late,.field-error{color:var(--_color-danger);font-weight:600}
fieldset,.fieldset{display:grid;gap:calc(var(--_space)/2);margin:0;padding:var(--_space);border:1px solid var(--_color-border);border-radius:var(--_radius);min-inline-size:0}
legend,.legend{padding:0 calc(var(--_space)/2);font-weight:600}
.legend{margin-block-start:calc(var(--_space)*-1)}
.choice{display:flex;gap:var(--_space);align-items:center;min-block-size:2.75rem}
.choice input,.dot{flex:none;inline-size:1.25rem;block-size:1.25rem;margin:0}
.choices,.actions{display:flex;flex-wrap:wrap;gap:var(--_space)}
.input{inline-size:100%;max-inline-size:24rem;min-block-size:2.75rem;padding:calc(var(--_space)/2) var(--_space);border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:var(--_color-text);font:inherit}
.input[aria-invalid='true']{border-color:var(--_color-danger)}
.file-list,.cases,.next{padding:0;list-style:none}
.next{padding-inline-start:1.25rem;list-style:disc}
.file-list li{display:flex;gap:var(--_space);align-items:center;justify-content:space-between}
.small{min-block-size:2.75rem;min-inline-size:2.75rem;padding:0}
.file+.file::before{content:', '}
.review{display:grid;gap:calc(var(--_space)/2)}
dd{margin-block-end:calc(var(--_space)/2)}
.steps{display:grid;gap:.25rem;padding-inline-start:1.25rem}
.state{font-weight:600}
.done{padding:var(--_space);border:1px solid var(--_color-accent);border-radius:var(--_radius)}
a{color:var(--_color-accent)}
.loading{animation:tessera-pulse 1.4s ease-in-out infinite}
.loading *{color:transparent}
.loading :is(.charge,.fieldset,.button,.dot){border-color:transparent;background:var(--_color-surface-raised)}
.loading .button{display:inline-flex;align-items:center}
.loading .text::before{content:attr(data-text)}
`;
