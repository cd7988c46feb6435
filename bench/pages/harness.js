// Runs inside the bench pages: mounts N instances, waits until every one shows its ready
// state, and reports how long that took.

const TIMEOUT_MS = 120_000;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Resolves after the next frame has been produced (style, layout and paint included). */
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Ready when the shadow root shows `selector` (at least `count` of them) and no skeleton. */
export function shadowReady(selector, { count = 1, loading = '[part~="skeleton"],[part~="loading"],[aria-busy="true"]' } = {}) {
  return (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    const error = root.querySelector('[part~="error"]');
    if (error) throw new Error(`<${el.localName}> shows an error: ${error.textContent?.trim()}`);
    if (loading && root.querySelector(loading)) return false;
    return count === 1 ? root.querySelector(selector) !== null : root.querySelectorAll(selector).length >= count;
  };
}

/**
 * Times one render: `mount(stage, count)` creates and appends the instances and returns
 * them; `isReady(instance)` says when each has rendered its ready state. Times from just
 * before mounting to the frame after the last instance became ready (`ms`), and to the
 * moment the last became ready in the DOM (`domMs`).
 */
export async function timeRender({ count, mount, isReady }) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  await afterNextFrame();
  const started = performance.now();
  let pending = mount(stage, count);
  while (pending.length) {
    pending = pending.filter((el) => !isReady(el));
    if (!pending.length) break;
    if (performance.now() - started > TIMEOUT_MS) {
      throw new Error(`${pending.length} of ${count} <${pending[0].localName}> still not ready after ${TIMEOUT_MS} ms`);
    }
    await tick();
  }
  const domMs = performance.now() - started;
  await afterNextFrame();
  return { ms: performance.now() - started, domMs };
}

/** Creates `count` elements from a factory; `wrap` may put them inside a parent first. */
export function mountMany(factory, wrap = (stage) => stage) {
  return (stage, count) => {
    const parent = wrap(stage);
    const elements = Array.from({ length: count }, (_, i) => factory(i));
    parent.append(...elements);
    return elements;
  };
}

/** Time from the first statement of the page script to `tag` being defined. */
export function timeDefinition(tags) {
  return Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() => ({
    ms: performance.now() - window.benchScriptStart,
    sinceNavigationMs: performance.now(),
  }));
}

export function element(tag, attributes = {}, text) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Times an update of what `timeRender` mounted: `change(stage)` (by default the stage's `lang`
 * set to Spanish, which every widget follows), until every element with `updateComplete` has
 * updated and the next frame. For the profile (scripts/bench-profile.mjs).
 */
export async function timeUpdate(change = (stage) => stage.setAttribute('lang', 'es')) {
  const stage = document.getElementById('stage');
  const started = performance.now();
  change(stage);
  await tick();
  await Promise.all([...stage.querySelectorAll('*')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete));
  await afterNextFrame();
  return { ms: performance.now() - started };
}
