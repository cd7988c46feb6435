import { css } from 'lit';

// One rule per line, shared declarations grouped: the package's size budget counts every byte.
export const styles = css`
.base,.layout,.toolbar,.list,.year,.documents,.open,.paperless,.consent{display:grid;gap:var(--_space)}
.base,.layout,.list{gap:calc(var(--_space)*1.5)}
.toolbar,.documents{gap:calc(var(--_space)/2)}
.toolbar{justify-items:start}
p,ul,.heading{margin:0}
.heading{font-size:inherit;font-weight:700}
.muted{color:var(--_color-text-muted);font-weight:400}
.filter,.list,.open,.consent,.empty{border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:var(--_color-text);font:inherit}
.filter{display:block;block-size:2.75rem;inline-size:100%;max-inline-size:20rem;padding-inline:var(--_space)}
.count{min-block-size:1.5em}
.list{align-content:start;block-size:var(--tessera-documents-list-height,24rem);overflow-y:auto;padding:var(--_space)}
.documents{padding:0;list-style:none}
.open{gap:.125rem;inline-size:100%;min-block-size:2.75rem;padding:var(--_space);background:var(--_color-surface-raised);text-align:start;cursor:pointer}
.open[aria-busy='true']{cursor:progress}
.name{font-weight:600}
.badge{justify-self:start;padding-inline:calc(var(--_space)/2);border-radius:var(--_radius);background:var(--_color-accent);color:var(--_color-on-accent);font-size:.875em;font-weight:700}
.date{white-space:nowrap}
.consent,.empty{padding:calc(var(--_space)*2)}
.consent-text{white-space:pre-line}
.actions{display:flex;flex-wrap:wrap;gap:var(--_space)}
.loading{animation:tessera-pulse 1.4s ease-in-out infinite}
.loading *{color:transparent}
.loading .text::before{content:attr(data-text)}
.loading :is(.text,.track,.filter){border-color:transparent;background:var(--_color-surface-raised)}
.loading .text{border-radius:var(--_radius)}
.loading .open{border:0;background:none}
`;
