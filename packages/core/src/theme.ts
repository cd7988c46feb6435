import { css, unsafeCSS } from 'lit';

/**
 * The public theme tokens: every `--tessera-*` custom property a host may set, with its
 * default for light and dark color schemes. Widgets read them through the private
 * `--_*` aliases declared in {@link themeStyles}.
 */
export const themeTokens = {
  '--tessera-color-text': ['#1b1f24', '#e8eaed'],
  '--tessera-color-text-muted': ['#4d5560', '#a9b1bb'],
  '--tessera-color-surface': ['#ffffff', '#16181c'],
  '--tessera-color-surface-raised': ['#f4f6f8', '#22262c'],
  '--tessera-color-border': ['#767f8a', '#8b949e'],
  '--tessera-color-accent': ['#0b5cad', '#7ab8ff'],
  '--tessera-color-on-accent': ['#ffffff', '#0b1320'],
  '--tessera-color-danger': ['#b3261e', '#ffb4ab'],
  '--tessera-color-warning': ['#8a5300', '#f5c26b'],
  '--tessera-color-success': ['#1e6b34', '#7dd89a'],
  '--tessera-focus-ring': ['#0b5cad', '#7ab8ff'],
  '--tessera-font-family': ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  '--tessera-font-size': ['1rem'],
  '--tessera-radius': ['0.5rem'],
  '--tessera-space': ['0.5rem'],
  '--tessera-focus-ring-width': ['2px'],
} as const satisfies Record<string, readonly [string] | readonly [string, string]>;

export type ThemeToken = keyof typeof themeTokens;

function alias(token: ThemeToken): string {
  const [light, dark] = themeTokens[token];
  const fallback = dark === undefined ? light : `light-dark(${light}, ${dark})`;
  return `--_${token.slice('--tessera-'.length)}: var(${token}, ${fallback});`;
}

const aliases = unsafeCSS((Object.keys(themeTokens) as ThemeToken[]).map(alias).join('\n'));

/**
 * Base styles every widget includes first: token aliases, box model, focus ring, the
 * visually-hidden helper, skeletons and the shared error block. Dark mode follows the
 * `color-scheme` of the host page or element (`color-scheme: dark`).
 */
export const themeStyles = css`
  /* Text styles are inherited from the page, so a page rule such as
     "* { all: unset !important }" would reach inside. Important declarations from the
     shadow tree win over the page's, so the widget keeps its own text styles. Color, font
     size and visibility stay normal declarations: a rule the host writes for the element
     itself (or a hidden tab around it) must win, so a host can color, size and hide it. */
  :host {
    ${aliases}
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_color-text);
    font-size: var(--_font-size);
    font-family: var(--_font-family) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    cursor: auto !important;
  }
  :host {
    /* Provider text of any length wraps inside the widget, URLs and long words included. */
    overflow-wrap: anywhere;
  }
  /* See providerText(): a long run of mixed scripts that WebKit would not break. */
  .provider-text.unbroken {
    line-break: anywhere;
  }
  .masked {
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    animation: tessera-pulse 1.4s ease-in-out infinite;
  }
  @keyframes tessera-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
    }
  }
  .status-error {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  .status-error p {
    margin: 0;
  }
  .left-out {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-accent);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: 600;
  }
  .button.primary {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
