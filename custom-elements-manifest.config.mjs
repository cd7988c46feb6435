import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @custom-elements-manifest/analyzer config shared by every package (scripts/analyze.mjs).
// Tessera registers tags through core's defineElement('tessera-x', Class), which the
// analyzer does not know; this plugin reads those calls so each class gets its tagName
// and a custom-element-definition export, and drops core's generic helper class.
export function defineElementCalls() {
  const definitions = [];
  return {
    name: 'tessera-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        definitions.push({ tagName: tag.text, className: element.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => !(d.kind === 'class' && d.name.startsWith('anonymous_')));
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.declaration?.name?.startsWith('anonymous_')));
      }
      for (const { tagName, className, module } of definitions) {
        const owner = customElementsManifest.modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = owner?.declarations.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        const definingModule = customElementsManifest.modules.find((m) => m.path === module);
        definingModule?.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: owner.path },
        });
      }
    },
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The shared theme tokens and their defaults, read from core's `themeTokens` table. */
function themeTokens() {
  const source = readFileSync(path.join(here, 'packages/core/src/theme.ts'), 'utf8');
  const table = source.slice(source.indexOf('export const themeTokens'), source.indexOf('} as const'));
  const tokens = new Map();
  for (const [, name, values] of table.matchAll(/'(--tessera-[a-z0-9-]+)': \[(.+?)\],/g)) {
    const [light, dark] = [...values.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    tokens.set(name, dark === undefined ? light : `light-dark(${light}, ${dark})`);
  }
  return tokens;
}

/**
 * Every widget reads every shared `--tessera-*` token through core's theme styles; the
 * manifest lists them with their defaults from core's table, so no JSDoc copy can drift.
 * A widget's JSDoc may still describe a token (`@cssprop --tessera-color-accent - …`).
 * The `provider` property and the `heading-level` attribute, inherited from core's base
 * class (which the analyzer does not follow into another package), are listed too.
 */
export function sharedThemeTokens() {
  const tokens = themeTokens();
  return {
    name: 'tessera-shared-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || declaration.superclass?.name !== 'TesseraElement') continue;
          const documented = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
          for (const [name, fallback] of tokens) {
            const entry = documented.get(name) ?? { name, description: 'A shared theme token (see Theming).' };
            entry.default = fallback;
            documented.set(name, entry);
          }
          declaration.cssProperties = [...documented.values()];
          if (!declaration.members?.some((m) => m.name === 'provider')) {
            (declaration.members ??= []).push({
              kind: 'field',
              name: 'provider',
              type: { text: 'TesseraProvider | undefined' },
              description:
                'The data source. When unset, the nearest `<tessera-provider>` (or other context provider) around the element is used.',
              inheritedFrom: { name: 'TesseraElement', package: '@tessera/core' },
            });
          }
          if (!declaration.attributes?.some((a) => a.name === 'heading-level')) {
            const headingLevel = {
              type: { text: 'number' },
              default: '2',
              description:
                "The level of the widget's own heading (1–6); its inner headings follow one level below. Set it to fit the page's outline: `3` inside a section headed by an `h2`.",
              inheritedFrom: { name: 'TesseraElement', package: '@tessera/core' },
            };
            (declaration.attributes ??= []).push({ name: 'heading-level', fieldName: 'headingLevel', ...headingLevel });
            (declaration.members ??= []).push({ kind: 'field', name: 'headingLevel', attribute: 'heading-level', ...headingLevel });
          }
        }
      }
    },
  };
}

/**
 * Members declared in `static properties` (no decorators) come out marked
 * `privacy: 'public'`; public is the default, and the API scripts read a marked member as
 * not public, so the mark is dropped.
 */
export function publicByDefault() {
  return {
    name: 'tessera-public-by-default',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), sharedThemeTokens(), publicByDefault()],
};
