import type { FaqEntry, RichBlock, RichInline } from '@tessera/core';

const line = (inlines: readonly RichInline[]): string =>
  inlines.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');

/** An answer as plain text: blocks and list items on their own lines. */
export function plainText(blocks: readonly RichBlock[]): string {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items.map(line) : [line(block.content)])).join('\n');
}

/**
 * schema.org FAQPage JSON-LD for the entries. `<` is escaped so the text stays inert even
 * if a host serialises the page to HTML.
 */
export function faqPageJson(entries: readonly FaqEntry[], lang: string): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(entry.answer) },
    })),
  }).replace(/</g, '\\u003c');
}

/** The policy name a page enforcing Trusted Types must allow for `faq-schema`. */
export const SCHEMA_POLICY = 'tessera-faq-schema';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

// Module-private on purpose: a policy on a global would let any script mint TrustedScript.
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    try {
      const factory = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
      // Only ever given JSON this module produced; anything else is refused.
      policy = factory?.createPolicy(SCHEMA_POLICY, { createScript: (input) => (JSON.parse(input), input) }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

const SELECTOR = 'script[data-tessera-faq-schema]';
let warned = false;

/**
 * Writes (or, with `json` undefined, removes) the element's JSON-LD script in its light
 * DOM. Under Trusted Types the text goes through the `tessera-faq-schema` policy; when the
 * page does not allow that policy the script is left out and a warning says why.
 */
export function writeFaqSchema(host: HTMLElement, json: string | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > ${SELECTOR}`);
  if (json === undefined) {
    script?.remove();
    return;
  }
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['tesseraFaqSchema'] = '';
  }
  try {
    const trusted = scriptPolicy();
    script.textContent = (trusted ? trusted.createScript(json) : json) as string;
    if (!script.isConnected) host.append(script);
  } catch {
    script.remove();
    if (!warned) {
      warned = true;
      console.warn(
        `[tessera] faq-schema: Trusted Types blocked the JSON-LD; allow the policy “${SCHEMA_POLICY}”.`,
      );
    }
  }
}
