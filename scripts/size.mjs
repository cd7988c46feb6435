// `npm run size`: checks the gzip sizes against bench/budgets.json and fails loudly
// when one is exceeded. Needs `npm run build` first. A budget is a number (the limit) or
// `{ target, limit, why }` when the target cannot be met yet: the limit is enforced and the
// target stays visible. An ESM entry is what a page loads up front; chunks it imports only
// when the customer asks for them ("esmOnDemand") have budgets of their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KIT_WIDGETS, measureSizes } from './sizes.mjs';
import { root } from './workspace.mjs';

const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const sizes = await measureSizes();
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
const behindTarget = [];
let failed = 0;

function check(label, size, entry) {
  const budget = typeof entry === 'number' ? { limit: entry } : entry;
  const shown = budget ? kb(budget.limit) : '—';
  const target = budget?.target !== undefined && budget.target !== budget.limit ? kb(budget.target) : '';
  if (!size) {
    rows.push([label, 'not built', shown, target, '']);
    return;
  }
  const over = budget !== undefined && size.gzip > budget.limit;
  if (over) failed++;
  if (!over && target && size.gzip > budget.target) behindTarget.push(`${label}: ${kb(size.gzip)}, target ${target} (${budget.why ?? 'see bench/budgets.json'})`);
  rows.push([label, kb(size.gzip), shown, target, over ? 'OVER BUDGET' : 'ok']);
}

for (const [name, budget] of Object.entries(budgets.esm)) check(`${name} (esm)`, sizes.esm[name], budget);
// Chunks an entry imports only when the customer asks for what they hold: budgeted on their own.
for (const name of new Set([...Object.keys(budgets.esmOnDemand ?? {}), ...Object.keys(sizes.esmOnDemand)])) {
  check(`${name} (esm, loaded on demand)`, sizes.esmOnDemand[name], budgets.esmOnDemand?.[name]);
  if (!budgets.esmOnDemand?.[name]) {
    console.error(`${name} loads chunks on demand: give them a budget in bench/budgets.json "esmOnDemand".`);
    failed++;
  }
}
for (const [name, budget] of Object.entries(budgets.cdn)) check(`${name} (cdn.js)`, sizes.cdn[name], budget);
check(`kit: the first ${KIT_WIDGETS.length} widgets + core + REST + Lit`, sizes.kit, budgets.kit);
check(`kit with all ${sizes.widgets.length} widgets`, sizes.kitAll, budgets.kitAll);
check('Lit alone (floor)', sizes.lit, undefined);

const head = ['bundle', 'gzip', 'limit', 'target', 'status'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(head));
for (const row of rows) console.log(line(row));
if (behindTarget.length) console.log(`\nWithin the enforced limit but above the issue's target:\n  ${behindTarget.join('\n  ')}`);
const missing = rows.filter((r) => r[1] === 'not built' && r[0].includes('(esm)'));
if (failed) {
  console.error(`\n${failed} bundle(s) over budget (bench/budgets.json). Make them smaller, or explain in the change why a budget must move.`);
  process.exit(1);
}
if (missing.length && process.env.CI) {
  console.error('\nSome budgeted packages were not built: run `npm run build` first.');
  process.exit(1);
}
console.log('\nAll bundles within budget.');
