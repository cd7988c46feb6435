// `npm run size`: checks the gzip sizes against bench/budgets.json and fails loudly
// when one is exceeded. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureSizes } from './sizes.mjs';
import { root } from './workspace.mjs';

const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const sizes = await measureSizes();
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
let failed = 0;

function check(label, size, budget) {
  if (!size) {
    rows.push([label, 'not built', budget ? kb(budget) : '—', '']);
    return;
  }
  const over = budget !== undefined && size.gzip > budget;
  if (over) failed++;
  rows.push([label, kb(size.gzip), budget ? kb(budget) : '—', over ? 'OVER BUDGET' : 'ok']);
}

for (const [name, budget] of Object.entries(budgets.esm)) check(`${name} (esm)`, sizes.esm[name], budget);
for (const [name, budget] of Object.entries(budgets.cdn)) check(`${name} (cdn.js)`, sizes.cdn[name], budget);
check(`kit: ${sizes.widgets.length} widgets + core + REST + Lit`, sizes.kit, budgets.kit);
check('Lit alone (floor)', sizes.lit, undefined);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(['bundle'.padEnd(widths[0]), 'gzip'.padStart(widths[1]), 'budget'.padStart(widths[2]), 'status'].join('  '));
for (const row of rows) console.log([row[0].padEnd(widths[0]), row[1].padStart(widths[1]), row[2].padStart(widths[2]), row[3]].join('  '));
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
