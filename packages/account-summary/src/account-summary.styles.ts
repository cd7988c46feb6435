import { css } from 'lit';

// The skeleton draws the ready view (see skeleton.ts), so every size here is one it
// reserves: values keep to one line (tabular figures, as wide in the skeleton as when
// shown), the heading keeps to one line, controls are --_target high. One rule a line,
// without indentation: the text ships as written.
export const styles = css`
.base{--_meter-height:var(--tessera-account-summary-meter-height,0.5rem);--_target:2.75rem;font-variant-numeric:tabular-nums}
.list,.account,.facts,.meter,.quote{display:grid;grid-template-columns:minmax(0,1fr);gap:var(--_space)}
.facts,.meter{gap:calc(var(--_space)/2)}
.list{padding:0;list-style:none}
.account,.empty{padding:calc(var(--_space)*2);border:1px solid var(--_color-border);border-radius:var(--_radius)}
.account{background:var(--_color-surface);min-width:0}
.heading{font-size:1.0625em;font-weight:600;line-height:1.5}
.heading>span{display:flex;gap:0.5ch;min-width:0}
.name{flex:0 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis}
.name,.value{white-space:nowrap}
.number{flex:none;font-weight:400}
.muted,dt{color:var(--_color-text-muted)}
p,.facts,.list,.heading{margin:0}
.status{padding:calc(var(--_space)/2) var(--_space);border-inline-start:4px solid var(--_color-border);background:var(--_color-surface-raised);font-weight:600}
.status:is(.late,.over){border-color:var(--_color-danger)}
.status.today{border-color:var(--_color-warning)}
.status:is(.credit,.done){border-color:var(--_color-success)}
.fact,.meter-line{display:flex;flex-wrap:wrap;justify-content:space-between;column-gap:var(--_space)}
dd{margin:0 0 0 auto;text-align:end}
.lines{display:grid}
.badge{font-size:0.875em;font-weight:600}
.badge.pending{color:var(--_color-warning)}
.badge.posted{color:var(--_color-success)}
.bar{display:block;width:100%;height:var(--_meter-height)}
.bar .track{fill:var(--_color-surface-raised);stroke:var(--_color-border);stroke-width:0.2}
.bar .fill{fill:var(--_color-accent)}
.meter.over .fill{fill:var(--_color-danger)}
.actions{display:flex;flex-wrap:wrap;gap:var(--_space)}
.button{display:inline-flex;align-items:center;justify-content:center;text-align:center;text-decoration:none;line-height:1.25}
.button.link{border-color:transparent;padding-inline:0;background:none;text-decoration:underline}
.quote{justify-items:start}
.live:empty{display:none}
.empty{display:grid;gap:var(--_space);border-style:dashed}
.loading :is(.heading>span,dt,.value,.muted,.badge,.meter-line span,.button){color:transparent;border-color:transparent;background:var(--_color-surface-raised);border-radius:var(--_radius);text-decoration:none}
.loading :is(.bar .fill){fill:var(--_color-surface-raised)}
`;
