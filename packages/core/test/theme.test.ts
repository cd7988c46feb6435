import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { themeStyles, themeTokens, type ThemeToken } from '@tessera/core';

const tokens = Object.keys(themeTokens) as ThemeToken[];
const cssText = themeStyles.cssText;
const aliasOf = (token: string) => `--_${token.slice('--tessera-'.length)}`;

/** `#rrggbb` → `rgb(r, g, b)`, as getComputedStyle writes colors. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

class ThemeProbe extends LitElement {
  static override styles = [
    themeStyles,
    css`
      .accent {
        color: var(--_color-accent);
      }
    `,
  ];
  override render() {
    return html`<span class="accent">Pay now</span><button class="button" type="button">Retry</button>`;
  }
}
customElements.define('theme-probe', ThemeProbe);

describe('theme tokens', () => {
  it('names every token --tessera-*', () => {
    for (const token of tokens) expect(token).to.match(/^--tessera-[a-z]+(-[a-z]+)*$/);
  });

  it('declares one alias per token, reading the token with its defaults', () => {
    for (const token of tokens) {
      const [light, dark] = themeTokens[token];
      const fallback = dark === undefined ? light : `light-dark(${light}, ${dark})`;
      expect(cssText, token).to.contain(`${aliasOf(token)}: var(${token}, ${fallback});`);
    }
  });

  it('declares no alias without a token (no undefined tokens)', () => {
    const declared = [...cssText.matchAll(/(--_[a-z-]+)\s*:/g)].map((m) => m[1]);
    expect(declared.sort()).to.deep.equal(tokens.map(aliasOf).sort());
  });

  it('uses only declared aliases', () => {
    const declared = new Set(tokens.map(aliasOf));
    const used = [...cssText.matchAll(/var\((--_[a-z-]+)/g)].map((m) => m[1]!);
    expect(used.length).to.be.greaterThan(0);
    for (const alias of used) expect(declared.has(alias), alias).to.equal(true);
  });

  it('reads only --tessera-* tokens that exist', () => {
    const read = [...cssText.matchAll(/var\((--tessera-[a-z-]+)/g)].map((m) => m[1]!);
    expect(new Set(read)).to.deep.equal(new Set(tokens));
  });

  it('gives every color token a light and a dark default', () => {
    for (const token of tokens.filter((t) => t.startsWith('--tessera-color-') || t === '--tessera-focus-ring')) {
      expect(themeTokens[token], token).to.have.length(2);
    }
  });
});

describe('theme in a rendered element', () => {
  it('uses the light defaults by default', async () => {
    const el = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(getComputedStyle(el).color).to.equal(rgb(themeTokens['--tessera-color-text'][0]));
    const accent = el.shadowRoot!.querySelector('.accent')!;
    expect(getComputedStyle(accent).color).to.equal(rgb(themeTokens['--tessera-color-accent'][0]));
  });

  it('switches to the dark defaults with color-scheme: dark on the host', async () => {
    const el = await fixture<ThemeProbe>(html`<theme-probe style="color-scheme: dark"></theme-probe>`);
    expect(getComputedStyle(el).color).to.equal(rgb(themeTokens['--tessera-color-text'][1]));
    const accent = el.shadowRoot!.querySelector('.accent')!;
    expect(getComputedStyle(accent).color).to.equal(rgb(themeTokens['--tessera-color-accent'][1]));
  });

  it('follows color-scheme: dark set on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><theme-probe></theme-probe></div>`);
    const el = wrapper.querySelector('theme-probe')!;
    expect(getComputedStyle(el).color).to.equal(rgb(themeTokens['--tessera-color-text'][1]));
  });

  it('lets a host override a token, in light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await fixture<ThemeProbe>(
        html`<theme-probe style="color-scheme: ${scheme}; --tessera-color-accent: #123456"></theme-probe>`,
      );
      const accent = el.shadowRoot!.querySelector('.accent')!;
      expect(getComputedStyle(accent).color, scheme).to.equal('rgb(18, 52, 86)');
    }
  });

  it('lets a token set on an ancestor reach the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--tessera-font-size: 20px; --tessera-radius: 3px"><theme-probe></theme-probe></div>`,
    );
    const el = wrapper.querySelector('theme-probe')!;
    expect(getComputedStyle(el).fontSize).to.equal('20px');
    const button = el.shadowRoot!.querySelector('.button')!;
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('3px');
  });

  it('hides the host with the hidden attribute', async () => {
    const el = await fixture<ThemeProbe>(html`<theme-probe hidden></theme-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
