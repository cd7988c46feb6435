// Every widget on a page whose stylesheet (test/pages/hostile.css) resets everything with
// `all: unset !important`, hides every div, span, button and svg it can reach, and forces
// huge fonts and clashing colors with !important. The widgets must still show their content
// and stay accessible.
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { closePages, openPage, type TestPage, PAGE_TEST_TIMEOUT_MS } from './page-frame.js';
import { ALL_WIDGETS, waitForData, widgetIn } from './widgets.js';

interface AxeInPage {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

/** Why `el` would not be seen, or '' when it is on screen with a size, shown and opaque. */
function hiddenBecause(page: TestPage, el: Element): string {
  const style = page.window.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const pageWidth = page.document.documentElement.scrollWidth;
  if (style.display === 'none') return 'display: none';
  if (style.visibility !== 'visible') return `visibility: ${style.visibility}`;
  if (Number(style.opacity) < 1) return `opacity: ${style.opacity}`;
  if (box.width < 1 || box.height < 1) return `size ${box.width}×${box.height}`;
  if (box.right <= 0 || box.left >= pageWidth || box.bottom <= 0) return `off the page at ${box.left},${box.top}`;
  return '';
}

const describeViolations = (results: AxeResults): string =>
  results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');

describe('Every widget on a page with hostile global CSS', function () {
  this.timeout(PAGE_TEST_TIMEOUT_MS);
  let page: TestPage;

  before(async () => {
    page = await openPage('/test/pages/hostile-css.html');
    await waitForData(page, ALL_WIDGETS);
  });

  after(closePages);

  it('is really on a hostile page: the page stylesheet applies with !important', () => {
    const body = page.window.getComputedStyle(page.document.body);
    expect(body.backgroundColor).to.equal('rgb(0, 255, 0)');
    expect(body.textTransform).to.equal('uppercase');
  });

  for (const widget of ALL_WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      it('shows every main piece: displayed, visible, opaque, with a size, on the page', () => {
        const el = widgetIn(page, widget.tag);
        expect(hiddenBecause(page, el), 'the element').to.equal('');
        for (const selector of widget.visible) {
          const piece = el.shadowRoot.querySelector(selector);
          expect(piece, selector).to.not.equal(null);
          expect(hiddenBecause(page, piece!), selector).to.equal('');
        }
      });

      it("keeps its own text styles against the page's !important ones, and takes the color the page gives the element", () => {
        // The page's rules reach the host element itself (`*` matches it), and whatever the
        // host ends up with is inherited inside. Text styles no host sets on purpose
        // (transform, wrapping) are defended; color and font size are the host's to set on
        // the element (contract v1), so the text takes the color the element computes.
        const el = widgetIn(page, widget.tag);
        const hostColor = page.window.getComputedStyle(el).color;
        expect(page.window.getComputedStyle(el.shadowRoot.querySelector('[part~="base"]')!).color, 'base color').to.equal(hostColor);
        for (const selector of widget.visible) {
          const style = page.window.getComputedStyle(el.shadowRoot.querySelector(selector)!);
          expect(style.color, `${selector} color`).to.not.equal('rgb(255, 255, 0)');
          expect(style.textTransform, `${selector} text-transform`).to.not.equal('uppercase');
          expect(style.whiteSpace, `${selector} white-space`).to.not.equal('nowrap');
        }
      });

      it("has no accessibility violations (but color contrast, which is the page's own choice here)", async () => {
        const axe = (page.window as unknown as { axe: AxeInPage }).axe;
        // This page colors every element magenta on green; the widget follows the color the
        // page gives it, so contrast is the page's. Every other page and story checks contrast.
        const results = await axe.run(widgetIn(page, widget.tag), { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
        expect(results.violations, describeViolations(results)).to.deep.equal([]);
      });
    });
  }

  it('reported no error along the way', async () => {
    await page.flush();
    expect(page.reports.errors, page.summary()).to.deep.equal([]);
    expect(page.reports.consoleErrors, page.summary()).to.deep.equal([]);
  });
});
