// Render cases for the peers, measured the same way as Tessera's widgets.
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';
import '@material/web/switch/switch.js';
import Gauge from 'svg-gauge';
import './lit-floor.js';
import { element, mountMany, shadowReady, timeRender, timeUpdate } from './harness.js';
import { generateFaq } from './faq-data.js';

const CASES = {
  'sl-switch': () => ({
    mount: mountMany(() => element('sl-switch', {}, 'Lock card')),
    isReady: shadowReady('[part~="control"]'),
  }),
  'md-switch': () => ({
    mount: mountMany(() => element('md-switch', { 'aria-label': 'Lock card' })),
    isReady: shadowReady('[role="switch"]'),
  }),
  /** ×count, each holding one generated question and its answer text (against help-faq's entries). */
  'sl-details': (count) => {
    const { entries } = generateFaq(count);
    return {
      mount: mountMany((i) => {
        const entry = entries[i];
        const answer = entry.answer[0].content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
        return element('sl-details', { summary: entry.question }, answer);
      }),
      isReady: shadowReady('[part~="header"]'),
    };
  },
  /** A plain function that draws an SVG into a div: done when the value text is there. */
  'svg-gauge': () => ({
    mount: mountMany((i) => {
      const box = element('div', { class: 'gauge-container' });
      Gauge(box, { min: 300, max: 850, value: 580 + (i % 270), showValue: true });
      return box;
    }),
    isReady: (box) => box.querySelector('.value-text') !== null,
  }),
  /** The floor: a minimal Lit switch (bench/pages/lit-floor.js). */
  'lit-switch': () => ({
    mount: mountMany(() => element('bench-lit-switch', {}, 'Lock card')),
    isReady: shadowReady('[part~="control"]'),
  }),
  /** The floor: a minimal Lit SVG gauge (bench/pages/lit-floor.js). */
  'lit-gauge': () => ({
    mount: mountMany((i) => element('bench-lit-gauge', { value: 580 + (i % 270) })),
    isReady: shadowReady('[part~="value"]'),
  }),
};

window.bench = {
  cases: Object.keys(CASES),
  render: (name, count) => timeRender({ count, ...CASES[name](count) }),
  /** After a render: every instance follows a `lang` change (and gauges get a new score). */
  update: () =>
    timeUpdate((stage) => {
      stage.setAttribute('lang', 'es');
      for (const el of stage.querySelectorAll('[score],[value]')) el.setAttribute(el.hasAttribute('score') ? 'score' : 'value', '700');
    }),
};
