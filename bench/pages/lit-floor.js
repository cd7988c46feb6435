// The floor: the least Lit needs for a switch and for an SVG gauge, written for the bench
// (shadow root, adopted styles, one template each). Every widget's ratio to these is what it
// costs above Lit itself.
import { LitElement, css, html, svg } from 'lit';

class BenchLitSwitch extends LitElement {
  static properties = { checked: { type: Boolean, reflect: true } };
  static styles = css`:host { display: inline-block; } button { font: inherit; }`;
  constructor() {
    super();
    this.checked = false;
  }
  render() {
    return html`<button part="control" role="switch" aria-checked=${this.checked} @click=${() => (this.checked = !this.checked)}><slot></slot></button>`;
  }
}
customElements.define('bench-lit-switch', BenchLitSwitch);

/** A semicircle dial from 300 to 850, the arc filled to the value, and the value in text. */
class BenchLitGauge extends LitElement {
  static properties = { value: { type: Number } };
  static styles = css`:host { display: block; max-width: 20rem; } path { fill: none; stroke-width: 16; }`;
  constructor() {
    super();
    this.value = 300;
  }
  render() {
    const t = Math.min(1, Math.max(0, (this.value - 300) / 550));
    const a = Math.PI * (1 - t);
    const x = (100 + 80 * Math.cos(a)).toFixed(2);
    const y = (100 - 80 * Math.sin(a)).toFixed(2);
    return html`<svg viewBox="0 0 200 116" role="img" aria-label=${this.value}>
      ${svg`<path stroke="#ddd" d="M20 100A80 80 0 0 1 180 100"></path><path stroke="#1f6e43" d="M20 100A80 80 0 0 1 ${x} ${y}"></path>`}
      <text part="value" x="100" y="96" text-anchor="middle">${this.value}</text>
    </svg>`;
  }
}
customElements.define('bench-lit-gauge', BenchLitGauge);
