// Editor data from each package's custom-elements.json (run after scripts/analyze.mjs; the
// build does): `vscode.html-custom-data.json` for VS Code's `html.customData` setting and
// `web-types.json` for JetBrains IDEs (found through "web-types" in package.json), written
// beside the manifest of every package that registers a tag. Attribute values come from the
// TypeScript types: a string-literal union (`PaymentMode`, `ScoreModel`, …) becomes the
// attribute's list of values.
// `node scripts/ide-data.mjs [package…]`; `--check` fails when a package.json does not
// point at its files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { packageNames, packagesDir, root } from './workspace.mjs';

export const VSCODE_FILE = 'vscode.html-custom-data.json';
export const WEB_TYPES_FILE = 'web-types.json';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const docUrl = (pkgName) => `https://www.npmjs.com/package/${pkgName}`;

/** Every manifest, by package name, to follow a class's superclass across packages. */
function loadManifests(names) {
  const manifests = new Map();
  for (const name of names) {
    const dir = path.join(packagesDir, name);
    const file = path.join(dir, 'custom-elements.json');
    if (!existsSync(file)) continue;
    const pkg = readJson(path.join(dir, 'package.json'));
    manifests.set(pkg.name, { name, dir, pkg, manifest: readJson(file) });
  }
  return manifests;
}

function findDeclaration(manifests, ref, fromPackage) {
  const entry = manifests.get(ref.package ?? fromPackage);
  for (const mod of entry?.manifest.modules ?? []) {
    const found = (mod.declarations ?? []).find((d) => d.kind === 'class' && d.name === ref.name && (!ref.module || mod.path === ref.module));
    if (found) return { declaration: found, packageName: entry.pkg.name };
  }
  return undefined;
}

/** Public instance fields, the class's own first, then inherited ones it does not override. */
function publicFields(manifests, declaration, packageName, seen = new Set()) {
  const fields = [];
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || member.name.startsWith('_') || seen.has(member.name)) continue;
    seen.add(member.name);
    fields.push(member);
  }
  const parent = declaration.superclass && findDeclaration(manifests, declaration.superclass, packageName);
  if (parent) fields.push(...publicFields(manifests, parent.declaration, parent.packageName, seen));
  return fields;
}

/** String-literal unions declared as type aliases anywhere in the sources or TypeScript's libs. */
function literalUnions() {
  const configFile = path.join(root, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const rootNames = packageNames()
    .map((n) => path.join(packagesDir, n, 'src/index.ts'))
    .filter(existsSync);
  const program = ts.createProgram({
    rootNames,
    options: { ...options, noEmit: true, types: [], paths: { '@tessera/*': ['./packages/*/src/index.ts'] }, baseUrl: root },
  });
  const checker = program.getTypeChecker();
  const unions = new Map();
  for (const file of program.getSourceFiles()) {
    for (const statement of file.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || unions.has(statement.name.text)) continue;
      const type = checker.getTypeAtLocation(statement.name);
      const parts = type.isUnion() ? type.types : [type];
      if (parts.length > 1 && parts.every((t) => t.isStringLiteral())) {
        unions.set(statement.name.text, parts.map((t) => t.value));
      }
    }
  }
  return unions;
}

/** The values an attribute of this TypeScript type takes, when they can be listed. */
function valuesOf(typeText, unions) {
  const values = [];
  for (const part of (typeText ?? '').split('|').map((p) => p.trim())) {
    if (part === 'undefined' || part === 'null' || part === '') continue;
    const literal = /^(['"])(.*)\1$/.exec(part);
    if (literal) values.push(literal[2]);
    else if (unions.has(part)) values.push(...unions.get(part));
    else return undefined;
  }
  return values.length ? values : undefined;
}

const isBoolean = (typeText) => /^boolean(\s*\|\s*undefined)?$/.test(typeText ?? '');
const plainType = (typeText) => (typeText ?? 'string').replace(/\s*\|\s*undefined$/, '');

function describeElement(declaration) {
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}

/** Markdown appended to the element description in VS Code, which has no slots/events/parts fields. */
function referenceMarkdown(declaration) {
  const list = (title, items, format) =>
    items?.length ? [`**${title}:**`, ...items.map((i) => `- ${format(i)}`)].join('\n') : undefined;
  return [
    list('Events', declaration.events, (e) => `\`${e.name}\`${e.description ? ` — ${e.description}` : ''}`),
    list('Slots', declaration.slots, (s) => `${s.name ? `\`${s.name}\`` : '(default)'}${s.description ? ` — ${s.description}` : ''}`),
    list('CSS parts', declaration.cssParts, (p) => `\`::part(${p.name})\`${p.description ? ` — ${p.description}` : ''}`),
    list('CSS custom properties', declaration.cssProperties, (p) => `\`${p.name}\`${p.default ? ` (default \`${p.default}\`)` : ''}${p.description ? ` — ${p.description}` : ''}`),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function vscodeTag(element, pkg, unions) {
  const { declaration } = element;
  return {
    name: declaration.tagName,
    description: [describeElement(declaration), referenceMarkdown(declaration)].filter(Boolean).join('\n\n'),
    attributes: (declaration.attributes ?? []).map((attribute) => {
      const type = attribute.type?.text;
      const values = valuesOf(type, unions);
      return {
        name: attribute.name,
        description: [attribute.description, attribute.default ? `Default: \`${attribute.default}\`.` : undefined].filter(Boolean).join('\n\n'),
        ...(isBoolean(type) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    references: [{ name: pkg.name, url: docUrl(pkg.name) }],
  };
}

function webTypesElement(element, pkg, unions, manifests) {
  const { declaration, packageName } = element;
  const named = (items = []) => items.map(({ name, description }) => ({ name, ...(description ? { description } : {}) }));
  const events = named(declaration.events);
  return {
    name: declaration.tagName,
    description: describeElement(declaration),
    'doc-url': docUrl(pkg.name),
    source: { module: pkg.name, symbol: declaration.name },
    attributes: (declaration.attributes ?? []).map((attribute) => {
      const type = attribute.type?.text;
      const values = valuesOf(type, unions);
      return {
        name: attribute.name,
        ...(attribute.description ? { description: attribute.description } : {}),
        ...(attribute.default ? { default: attribute.default } : {}),
        required: false,
        value: isBoolean(type)
          ? { type: 'boolean', kind: 'no-value' }
          : { type: values ? values.map((v) => `'${v}'`).join(' | ') : plainType(type), kind: 'plain' },
      };
    }),
    slots: (declaration.slots ?? []).map((s) => ({ name: s.name || 'default', ...(s.description ? { description: s.description } : {}) })),
    events,
    js: {
      properties: publicFields(manifests, declaration, packageName).map((field) => ({
        name: field.name,
        ...(field.description ? { description: field.description } : {}),
        ...(field.type?.text ? { type: field.type.text } : {}),
        ...(field.readonly ? { 'read-only': true } : {}),
      })),
      events,
    },
    css: {
      properties: (declaration.cssProperties ?? []).map((p) => ({
        name: p.name,
        ...(p.description || p.default ? { description: [p.description, p.default ? `Default: \`${p.default}\`.` : ''].filter(Boolean).join(' ') } : {}),
      })),
      parts: named(declaration.cssParts),
    },
  };
}

/** The custom elements a package registers (declarations with a tag name). */
function elementsOf(entry) {
  const elements = [];
  for (const mod of entry.manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.customElement && declaration.tagName) {
        elements.push({ declaration, packageName: entry.pkg.name });
      }
    }
  }
  return elements.sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

export function writeIdeData(only = []) {
  const manifests = loadManifests(packageNames());
  const unions = literalUnions();
  const written = [];
  for (const entry of manifests.values()) {
    if (only.length && !only.includes(entry.name)) continue;
    const elements = elementsOf(entry);
    if (!elements.length) continue;
    const { pkg, dir } = entry;
    const vscode = {
      $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      tags: elements.map((e) => vscodeTag(e, pkg, unions)),
    };
    const webTypes = {
      $schema: 'https://json.schemastore.org/web-types',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      'js-types-syntax': 'typescript',
      contributions: { html: { elements: elements.map((e) => webTypesElement(e, pkg, unions, manifests)) } },
    };
    writeFileSync(path.join(dir, VSCODE_FILE), `${JSON.stringify(vscode, null, 2)}\n`);
    writeFileSync(path.join(dir, WEB_TYPES_FILE), `${JSON.stringify(webTypes, null, 2)}\n`);
    written.push({ name: entry.name, pkg, tags: elements.map((e) => e.declaration.tagName) });
  }
  return written;
}

/** What a package.json must say so the files ship and JetBrains IDEs find them. */
export function packageJsonProblems(pkg) {
  const problems = [];
  if (pkg['web-types'] !== `./${WEB_TYPES_FILE}`) problems.push(`"web-types": "./${WEB_TYPES_FILE}" is missing`);
  for (const file of [VSCODE_FILE, WEB_TYPES_FILE]) {
    if (!(pkg.files ?? []).includes(file)) problems.push(`"files" does not list ${file}`);
  }
  return problems;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const args = process.argv.slice(2);
  const written = writeIdeData(args.filter((a) => !a.startsWith('--')));
  let failed = false;
  for (const { pkg, name } of written) {
    for (const problem of packageJsonProblems(pkg)) {
      console.warn(`packages/${name}/package.json: ${problem}`);
      failed = true;
    }
  }
  console.log(`editor data written for ${written.map((w) => w.tags.join(', ')).join('; ') || 'no package'}`);
  if (failed && args.includes('--check')) process.exit(1);
}
