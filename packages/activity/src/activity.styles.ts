import { css } from 'lit';

// One rule per line, shared declarations grouped: the package's size budget counts every byte.
export const styles = css`
.base,.layout,.scheduled,.payments,.payment,.edit,.confirm,label,.field,.filters{display:grid;gap:var(--_space)}
.base,.layout{gap:calc(var(--_space)*1.5)}
label,.field{gap:.25rem;align-content:start}
p,ul,.heading,table{margin:0}
.heading{font-size:inherit;font-weight:700}
.muted{color:var(--_color-text-muted);font-weight:400}
.filters{grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));align-items:end}
.control,.list,.confirm,.edit,.empty{border:1px solid var(--_color-border);border-radius:var(--_radius);background:var(--_color-surface);color:var(--_color-text);font:inherit}
.control{display:block;block-size:2.75rem;inline-size:100%;min-inline-size:0;padding-inline:var(--_space)}
.count{min-block-size:1.5em}
.list{display:grid;align-content:start;gap:calc(var(--_space)*2);block-size:var(--tessera-activity-list-height,26rem);overflow:auto;padding:var(--_space)}
table{inline-size:100%;border-collapse:collapse}
caption{text-align:start;font-weight:700}
th,td{padding:.375rem;text-align:start;vertical-align:top;border-block-end:1px solid var(--_color-border);overflow-wrap:normal}
.desc{overflow-wrap:anywhere}
.act span{display:block}
th{background:var(--_color-surface-raised)}
.num{text-align:end;font-variant-numeric:tabular-nums}
.num,.date{white-space:nowrap}
.sort{all:unset;cursor:pointer;font-weight:700}
.sort:focus-visible{outline:var(--_focus-ring-width) solid var(--_focus-ring)}
.act{min-inline-size:9rem}
.empty,.confirm,.edit{padding:calc(var(--_space)*1.5)}
.payments{padding:0;list-style:none}
.payment{padding-block:var(--_space);border-block-end:1px solid var(--_color-border)}
.money{font-weight:700}
.actions{display:flex;flex-wrap:wrap;gap:var(--_space)}
.button.danger{background:var(--_color-danger);border-color:var(--_color-danger);color:var(--_color-surface)}
@container (max-width:40rem){thead{position:absolute;clip:rect(0 0 0 0);inline-size:1px;block-size:1px;overflow:hidden}tbody,tr,td{display:block}tr{padding-block:var(--_space);border-block-end:1px solid var(--_color-border)}td,.num{border:0;padding:.125rem 0;text-align:start}td[data-label]::before{content:attr(data-label) ': ';color:var(--_color-text-muted)}.act{min-inline-size:0}}
.loading{animation:tessera-pulse 1.4s ease-in-out infinite}
.loading *{color:transparent}
.loading .text::before{content:attr(data-text)}
.loading :is(.text,.control){border-color:transparent;background:var(--_color-surface-raised)}
.loading .button{display:inline-flex;align-items:center;border-color:transparent}
`;
