// A chunk a widget imports on demand (`import('./x.js')`) is imported statically where the
// whole bundle is one file anyway (each cdn.js, and the bundles the size measure builds): an
// inlined dynamic import would make the bundler wrap every module the chunk shares with the
// rest (Lit, core) in lazy initializers, about 1.2 KB on account-summary's cdn.js.

/** `code` with each relative `import('./x')` made a static import; undefined when it has none. */
export function importOnDemandStatically(code) {
  const heads = [];
  const rewritten = code.replace(/(?<!typeof )\bimport\((['"`])(\.\/[^'"`]+)\1\)/g, (_, quote, specifier) => {
    heads.push(`import * as onDemand${heads.length} from ${JSON.stringify(specifier)};`);
    return `Promise.resolve(onDemand${heads.length - 1})`;
  });
  return heads.length ? `${heads.join('\n')}\n${rewritten}` : undefined;
}
