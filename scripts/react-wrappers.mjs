// Writes @tessera/react from the elements' custom-elements.json (run after
// scripts/analyze.mjs): one module per element (packages/react/src/<entry>.ts, exported as
// `@tessera/react/<entry>`) with its component, props type and event detail types; the
// index re-exporting them; the JSX typings of the raw tags (src/jsx.ts); the package's
// "exports"; and the components table of its README and of Storybook's Frameworks page.
// `--check` changes nothing and fails when any of them differs (the build runs it), so a
// new event, property or attribute cannot be left out of the wrappers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packagesDir, root, widgetNames } from './workspace.mjs';

const check = process.argv.includes('--check');
const reactDir = path.join(packagesDir, 'react');
const HEADER = '// Generated from custom-elements.json by scripts/react-wrappers.mjs: change the element or the script, not this file.';

/** Component names that differ from the element class (core's `TesseraProvider` is the provider's type). */
const COMPONENT_NAMES = { 'tessera-provider': 'TesseraDataProvider' };
/** Entry names that differ from the package folder. */
const ENTRY_NAMES = { core: 'provider' };
/** Attributes never written by the components: a token in HTML is readable by any script on the page. */
const NOT_WRITTEN = new Set(['auth-token']);
/** Types a component's module re-exports beside the event details (kept from earlier releases). */
const EXTRA_TYPES = { 'payment-form': ['PaymentFormAction'] };

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** What the generated files need to know about one element. */
function readElement(dir) {
  const pkgDir = path.join(packagesDir, dir);
  const file = path.join(pkgDir, 'custom-elements.json');
  if (!existsSync(file)) throw new Error(`${dir}: no custom-elements.json (run npm run build, or node scripts/analyze.mjs)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName);
  if (!declaration) throw new Error(`${dir}: its manifest declares no element`);
  const { tagName, name: className } = declaration;
  const fields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly && !m.name.startsWith('_') && !m.name.startsWith('#'),
  );
  const attributes = (declaration.attributes ?? []).filter((a) => a.fieldName && fields.some((f) => f.name === a.fieldName));
  const events = (declaration.events ?? []).map((event) => {
    const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
    if (!detail) throw new Error(`${tagName}: event ${event.name} is not typed CustomEvent<SomeDetail> in the manifest`);
    return { name: event.name, prop: `on${pascal(event.name.replace(/^tessera-/, ''))}`, detail };
  });
  return {
    dir,
    packageName: JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).name,
    entry: ENTRY_NAMES[dir] ?? dir,
    tagName,
    className,
    component: COMPONENT_NAMES[tagName] ?? className,
    // The class under a name that cannot clash with the component.
    elementName: className.endsWith('Element') ? className : `${className}Element`,
    fields: fields.map((f) => f.name),
    attributes: attributes.map((a) => ({ name: a.name, field: a.fieldName })),
    events,
    extraTypes: EXTRA_TYPES[dir] ?? [],
  };
}

function componentModule(el) {
  const written = el.attributes.filter((a) => !NOT_WRITTEN.has(a.name));
  const attributes = written.length ? `{ ${written.map((a) => `${a.field}: '${a.name}'`).join(', ')} }` : '{}';
  const events = el.events.map((e) => `    ${e.prop}: '${e.name}' as EventName<HTMLElementEventMap['${e.name}']>,`);
  const eventWords = el.events.map((e) => `\`${e.prop}\``);
  const types = [...el.events.map((e) => e.detail), ...el.extraTypes];
  const importClass = el.elementName === el.className ? el.className : `${el.className} as ${el.elementName}`;
  return [
    HEADER,
    `import type { ComponentProps } from 'react';`,
    `import { ${importClass} } from '${el.packageName}';`,
    `import '${el.packageName}/define';`,
    `import { wrap${el.events.length ? ', type EventName' : ''} } from './create.js';`,
    '',
    '/**',
    ` * \`<${el.tagName}>\` as a React component; importing it registers the tag. Props are the`,
    " * element's properties, set as properties; those with an attribute are also rendered as it,",
    ' * so they reach server-rendered HTML.',
    ...(eventWords.length ? [' *', ` * Events: ${eventWords.join(', ')}.`] : []),
    ' */',
    `export const ${el.component} = wrap({`,
    `  tagName: '${el.tagName}',`,
    `  elementClass: ${el.elementName},`,
    `  attributes: ${attributes},`,
    ...(events.length ? ['  events: {', ...events, '  },'] : []),
    `  displayName: '${el.component}',`,
    '});',
    '',
    `/** The props of \`${el.component}\`, for hosts that wrap it or pass its props around. */`,
    `export type ${el.component}Props = ComponentProps<typeof ${el.component}>;`,
    ...(el.elementName === el.className ? [] : [`/** The element class, for refs: \`useRef<${el.elementName}>(null)\`. */`, `export type { ${el.elementName} };`]),
    ...(types.length ? [`export type { ${types.join(', ')} } from '${el.packageName}';`] : []),
    '',
  ].join('\n');
}

function indexModule(elements) {
  return [
    HEADER,
    '// Each component lives in its own module and the package has "sideEffects": false, so a',
    '// bundler keeps only the components a page uses, and registers only their tags.',
    ...elements.map((el) => `export * from './${el.entry}.js';`),
    '// Brings the JSX typings of the raw tags along with the components.',
    `export type * from './jsx.js';`,
    `export { VERSION } from './version.js';`,
    '',
  ].join('\n');
}

/** Named after the tag: `TesseraCardLockTagProps`, `TesseraProviderTagProps`. */
const tagPropsName = (el) => `${pascal(el.tagName)}TagProps`;

function jsxModule(elements) {
  const imports = elements.map((el) => `import type { ${el.className} } from '${el.packageName}';`);
  const tagProps = elements.map((el) => {
    const renamed = el.attributes.filter((a) => a.name !== a.field);
    const parts = [`Partial<Pick<${el.className}, ${el.fields.map((f) => `'${f}'`).join(' | ')}>>`];
    if (renamed.length) {
      parts.push(`{\n${renamed.map((a) => `  '${a.name}'?: AttributeValue<${el.className}['${a.field}']>;`).join('\n')}\n}`);
    }
    if (el.events.length) parts.push(`TesseraListeners<${el.events.map((e) => `'${e.name}'`).join(' | ')}>`);
    return `export type ${tagPropsName(el)} = ${parts.join(' & ')};`;
  });
  return [
    HEADER,
    '// Typings for the raw tags: `<tessera-card-lock card-id="…">` in JSX, without the components.',
    '// React 19 sets a prop as a property when the element has it (so import the widget\'s',
    '// `/define` before rendering), and adds `on<event-name>` props as event listeners.',
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
    ...imports,
    '',
    '/** A listener for one of the widgets\' events, typed by `HTMLElementEventMap`. */',
    'export type TesseraListener<K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K]) => void;',
    '',
    '/** `on<event-name>` props for these events. */',
    'export type TesseraListeners<K extends keyof HTMLElementEventMap> = { [Name in K as `on${Name}`]?: TesseraListener<Name> };',
    '',
    '/** What an attribute takes for a property of this type: numbers may be written as text, lists as one string. */',
    'export type AttributeValue<T> = NonNullable<T> extends boolean',
    '  ? boolean',
    '  : NonNullable<T> extends number',
    '    ? number | string',
    '    : NonNullable<T> extends readonly string[]',
    '      ? string',
    '      : NonNullable<T>;',
    '',
    ...tagProps.flatMap((line) => [line, '']),
    '/** Each tag\'s own props, whatever the JSX flavour; add the framework\'s HTML attributes. */',
    'export interface TesseraTagProps {',
    ...elements.map((el) => `  '${el.tagName}': ${tagPropsName(el)};`),
    '}',
    '',
    '/** React\'s HTML attributes (`className`, `hidden`, `lang`, `ref`, …) plus the tag\'s own props. */',
    'export type ReactTagProps<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;',
    '',
    "declare module 'react' {",
    '  // eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how React types tags.',
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((el) => `      '${el.tagName}': ReactTagProps<${el.className}, ${tagPropsName(el)}>;`),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

function componentRows(elements) {
  const rows = elements.map((el) => {
    const events = el.events.map((e) => `\`${e.prop}\` (\`${e.detail}\`)`).join(', ') || '—';
    return `| \`${el.component}\` | \`@tessera/react/${el.entry}\` | \`<${el.tagName}>\` | ${events} |`;
  });
  return ['| component | entry | tag | event props (`event.detail` type) |', '|---|---|---|---|', ...rows].join('\n');
}

/** `text` with the part between the markers replaced; markers kept. */
function between(text, start, end, body, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

function packageJson(elements) {
  const file = path.join(reactDir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const exports = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
  for (const el of elements) exports[`./${el.entry}`] = { types: `./dist/${el.entry}.d.ts`, default: `./dist/${el.entry}.js` };
  exports['./jsx'] = { types: './dist/jsx.d.ts' };
  exports['./package.json'] = './package.json';
  pkg.exports = exports;
  // Every wrapped package is a dependency: a host installing @tessera/react gets the widgets
  // its entries import (the workspace links hid a missing one until the packed tarballs).
  for (const el of elements) {
    if (pkg.dependencies[el.packageName]) continue;
    const { version } = JSON.parse(readFileSync(path.join(root, 'packages', el.dir, 'package.json'), 'utf8'));
    pkg.dependencies[el.packageName] = `^${version}`;
  }
  pkg.dependencies = Object.fromEntries(Object.entries(pkg.dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The build references every wrapped package, so `tsc -b` builds them before the wrappers. */
function tsconfigJson(elements) {
  const file = path.join(reactDir, 'tsconfig.build.json');
  const text = readFileSync(file, 'utf8');
  const present = new Set(JSON.parse(text).references.map((r) => r.path));
  const missing = elements.map((el) => `../${el.dir}/tsconfig.build.json`).filter((p) => !present.has(p));
  if (!missing.length) return text;
  const all = [...present, ...missing].map((p) => `    { "path": "${p}" }`).join(',\n');
  return text.replace(/"references": \[[^\]]*\]/, `"references": [\n${all}\n  ]`);
}

const elements = ['core', ...widgetNames()].map(readElement);
const readmeFile = path.join(reactDir, 'README.md');
const docsFile = path.join(root, 'stories/docs/frameworks.mdx');
const outputs = new Map([
  ...elements.map((el) => [path.join(reactDir, 'src', `${el.entry}.ts`), componentModule(el)]),
  [path.join(reactDir, 'src/index.ts'), indexModule(elements)],
  [path.join(reactDir, 'src/jsx.ts'), jsxModule(elements)],
  [path.join(reactDir, 'package.json'), packageJson(elements)],
  [path.join(reactDir, 'tsconfig.build.json'), tsconfigJson(elements)],
  [readmeFile, between(readFileSync(readmeFile, 'utf8'), '<!-- components:start: generated by scripts/react-wrappers.mjs -->', '<!-- components:end -->', componentRows(elements), readmeFile)],
  [docsFile, between(readFileSync(docsFile, 'utf8'), '{/* components:start: generated by scripts/react-wrappers.mjs */}', '{/* components:end */}', componentRows(elements), docsFile)],
]);

let stale = 0;
for (const [file, text] of outputs) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  const name = path.relative(root, file);
  if (check) {
    console.error(`${name} differs from what the manifests say (run node scripts/react-wrappers.mjs)`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`${name} written`);
  }
}
if (stale) process.exit(1);
if (check) console.log(`@tessera/react matches the manifests (${elements.length} components)`);
