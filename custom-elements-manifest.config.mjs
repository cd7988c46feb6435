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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls()],
};
