// Writes the API section of each widget's README from its custom-elements.json, between
// `<!-- api:start -->` and `<!-- api:end -->`: attributes and properties, events, slots,
// CSS parts and CSS custom properties. `--check` changes nothing and fails when a README
// is not what the manifest says (npm test runs it), so the docs cannot drift.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packagesDir, widgetNames } from './workspace.mjs';

const check = process.argv.includes('--check');
const START = '<!-- api:start: generated from custom-elements.json by `npm run readme-api`; edit the JSDoc, not this -->';
const END = '<!-- api:end -->';

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '—');

function table(head, rows) {
  if (rows.length === 0) return '_None._\n';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

export function apiSection(declaration) {
  const attributes = declaration.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const publicFields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'),
  );
  const rows = [];
  for (const attribute of attributes) {
    const field = publicFields.find((m) => m.name === attribute.fieldName);
    rows.push([
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      cell(attribute.description ?? field?.description),
    ]);
  }
  for (const field of publicFields.filter((m) => !byField.has(m.name))) {
    const note = field.readonly ? ' (read-only)' : '';
    rows.push(['—', `${code(field.name)}${note}`, code(field.type?.text), code(field.default), cell(field.description)]);
  }
  const events = (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  const slots = (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  const parts = (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const props = (declaration.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]);
  return [
    START,
    '',
    '## Attributes and properties',
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], rows),
    '## Events',
    '',
    'Every event bubbles and is composed, and is typed for listeners on the element, `document` and `window`.',
    '',
    table(['event', 'type', 'when'], events),
    '## Slots',
    '',
    table(['slot', 'description'], slots),
    '## CSS parts',
    '',
    table(['part', 'description'], parts),
    '## CSS custom properties',
    '',
    table(['property', 'default', 'description'], props),
    END,
  ].join('\n');
}

let stale = 0;
for (const name of widgetNames()) {
  const dir = path.join(packagesDir, name);
  const manifestFile = path.join(dir, 'custom-elements.json');
  if (!existsSync(manifestFile)) {
    console.error(`${name}: no custom-elements.json (run npm run analyze)`);
    stale++;
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName);
  const readmeFile = path.join(dir, 'README.md');
  const readme = readFileSync(readmeFile, 'utf8');
  const start = readme.indexOf('<!-- api:start');
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) {
    console.error(`${name}/README.md has no <!-- api:start --> … <!-- api:end --> section`);
    stale++;
    continue;
  }
  const next = readme.slice(0, start) + apiSection(declaration) + readme.slice(end + END.length);
  if (next === readme) continue;
  if (check) {
    console.error(`${name}/README.md: its API section differs from custom-elements.json (run npm run readme-api)`);
    stale++;
  } else {
    writeFileSync(readmeFile, next);
    console.log(`${name}/README.md: API section written`);
  }
}
if (stale) process.exit(1);
if (check) console.log('Every README API section matches its custom-elements.json');
