import { createSuite } from './context.js';
import { apiRows } from './rows-api.js';
import { failureRows } from './rows-failures.js';
import { hostRows } from './rows-host.js';
import { keyboardRows } from './rows-keyboard.js';
import { languageRows } from './rows-language.js';
import { stateRows } from './rows-states.js';
import { textRows } from './rows-text.js';
import type { WidgetConformance } from './types.js';

export type { ConformanceAction, ConformanceState, MaskedNumber, MethodPath, MountSpec, ProviderText, WidgetConformance } from './types.js';
export { HARD_TEXTS } from './rows-text.js';
export { shadow, text, until, type Mounted } from './harness.js';
export { pressOn, typeInto, typeText } from './keyboard.js';

/**
 * The widget conformance suite: DESIGN's "What every widget does", as tests. A widget's
 * test file calls it once with what is specific to the widget; it checks every state
 * (axe, one `base` part, 320 px), the skeleton's reserved size, every provider error code
 * on load and on each customer action, focus kept inside the widget whatever button is
 * pressed (and whatever that press revealed, while its request is in flight and after),
 * configuration errors, a run-time language switch, no English in a Spanish render,
 * the host page (late provider, hidden containers, host styles, headings at
 * `heading-level`, properties without events), provider text from the real world (long, right-to-left, spoofing, generated:
 * it fits at 320 px and masked numbers keep their order), and that parts, events and CSS
 * properties match `custom-elements.json`.
 * Chromium runs every case; Firefox and WebKit run every row with fewer repetitions of what
 * no engine changes (`everyCase` in harness.ts).
 * Mocha globals, `@open-wc/testing` and `@web/test-runner-commands`; real browsers only.
 */
export function runWidgetConformance<E extends HTMLElement>(config: WidgetConformance<E>): void {
  describe(`<${config.tag}> conformance`, () => {
    const suite = createSuite(config);
    stateRows(suite);
    failureRows(suite);
    hostRows(suite);
    keyboardRows(suite);
    textRows(suite);
    languageRows(suite);
    apiRows(suite);
  });
}
