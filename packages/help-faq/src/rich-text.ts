import { html, type TemplateResult } from 'lit';
import type { RichBlock, RichInline } from '@tessera/core';
import type { TextRange } from './search.js';

const LINK_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

/** The URL when it is absolute and uses one of `protocols`; otherwise undefined. */
export function safeHref(href: string, protocols: readonly string[] = LINK_PROTOCOLS): string | undefined {
  try {
    const url = new URL(href);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Text with the given ranges wrapped in `<mark>`; plain text when there are none. */
export function highlight(text: string, ranges: readonly TextRange[] = []): unknown {
  if (!ranges.length) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(at, start), html`<mark part="highlight">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * Renders answer blocks as Lit templates: paragraphs, lists, emphasis and links. Every
 * string goes through a binding, so markup in provider text shows as text; links are
 * kept only for http(s), tel and mailto. `marks` holds highlight ranges per text segment
 * in `richTexts` order.
 */
export function renderRich(blocks: readonly RichBlock[], marks: readonly (readonly TextRange[])[] = []): TemplateResult[] {
  let segment = 0;
  const inline = (item: RichInline): unknown => {
    const text = highlight(typeof item === 'string' ? item : item.text, marks[segment++]);
    if (typeof item === 'string') return text;
    if (item.type === 'link') {
      const href = safeHref(item.href);
      return href ? html`<a part="link" href=${href}>${text}</a>` : text;
    }
    return item.type === 'em' ? html`<em>${text}</em>` : html`<strong>${text}</strong>`;
  };
  const line = (inlines: readonly RichInline[]): unknown[] => inlines.map(inline);
  return blocks.map((block) => {
    if (block.type === 'paragraph') return html`<p>${line(block.content)}</p>`;
    const items = block.items.map((inlines) => html`<li>${line(inlines)}</li>`);
    return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}
