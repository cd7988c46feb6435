/** An element class that says which package version it comes from. */
export interface VersionedElement extends CustomElementConstructor {
  version?: string;
}

const WARNED = Symbol.for('tessera.define.warned');

function warnedSet(): Set<string> {
  const store = globalThis as { [WARNED]?: Set<string> };
  return (store[WARNED] ??= new Set());
}

/**
 * Registers `tag` unless it is taken. Same class or same version: nothing happens.
 * Another version: one warning per tag and version pair, and the page keeps the first.
 * A class already registered under another tag is registered through a subclass (the
 * platform allows one tag per constructor), so a host can add its own tag name.
 * Safe on the server (no `customElements`): does nothing.
 */
export function defineElement(tag: string, element: VersionedElement, version = element.version ?? 'unknown'): void {
  if (typeof customElements === 'undefined') return;
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    register(tag, element);
    return;
  }
  if (existing === element) return;
  const existingVersion = existing.version ?? 'unknown';
  if (existingVersion === version) return;
  const key = `${tag}@${existingVersion}<-${version}`;
  const warned = warnedSet();
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[tessera] <${tag}> is already defined by version ${existingVersion}; version ${version} was not registered and the page keeps using ${existingVersion}.`,
  );
}

function register(tag: string, element: VersionedElement): void {
  try {
    customElements.define(tag, element);
  } catch (error) {
    // The tag is free, so NotSupportedError means this constructor already has a tag.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    customElements.define(tag, class extends element {});
  }
}
