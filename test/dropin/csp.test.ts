// Every widget's CDN file on a page served with the strictest policy a host might send:
// same-origin scripts and styles only, no inline anything, Trusted Types enforced. Each
// widget must reach its ready state with data from the REST API, with no violation, no
// error and no console error.
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, type TestPage, PAGE_TEST_TIMEOUT_MS } from './page-frame.js';
import { ALL_WIDGETS, WIDGETS, waitForData, widgetIn } from './widgets.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const NAMED_POLICIES = `${STRICT_CSP}; trusted-types lit-html tessera-faq-schema tessera-test-pages 'allow-duplicates'`;

/** Trusted Types is not in every engine; where it is missing, `require-trusted-types-for` is ignored. */
const hasTrustedTypes = (page: TestPage): boolean => 'trustedTypes' in page.window;

async function expectCleanPage(page: TestPage): Promise<void> {
  await page.flush();
  expect(page.reports.violations, `CSP violations:\n${page.summary()}`).to.deep.equal([]);
  expect(page.reports.errors, `errors:\n${page.summary()}`).to.deep.equal([]);
  expect(page.reports.consoleErrors, `console errors:\n${page.summary()}`).to.deep.equal([]);
  expect(page.reports.warnings, `console warnings:\n${page.summary()}`).to.deep.equal([]);
}

for (const [label, query, policy] of [
  ['', '', STRICT_CSP],
  [' and Trusted Types policy names restricted', '?trusted-types=named', NAMED_POLICIES],
] as const) {
  describe(`Every CDN file under a strict Content-Security-Policy${label}`, function () {
    this.timeout(PAGE_TEST_TIMEOUT_MS);
    const url = `/test/pages/csp.html${query}`;
    afterEach(closePages);

    it('is served with the policy as a response header', async () => {
      const response = await fetch(url);
      expect(response.headers.get('content-security-policy')).to.equal(policy);
    });

    it('renders every widget with its data, with no violation, error or warning', async () => {
      const page = await openPage(url);
      await waitForData(page, ALL_WIDGETS);
      await expectCleanPage(page);
    });

    it('styles every widget through adopted stylesheets, never a <style> element', async () => {
      const page = await openPage(url);
      await waitForData(page, ALL_WIDGETS);
      // Under style-src 'self' a <style> in a shadow root would be blocked; constructable
      // stylesheets are not subject to it. Every engine tested here has adoptedStyleSheets.
      expect('adoptedStyleSheets' in page.window.Document.prototype, 'adoptedStyleSheets').to.equal(true);
      for (const { tag } of ALL_WIDGETS) {
        const el = widgetIn(page, tag);
        expect(el.shadowRoot.adoptedStyleSheets.length, `${tag} adopted stylesheets`).to.be.greaterThan(0);
        expect(el.shadowRoot.querySelectorAll('style').length, `${tag} <style> elements`).to.equal(0);
        // The theme's :host rule applied: the sheet is live, not just attached.
        expect(page.window.getComputedStyle(el).display, `${tag} display`).to.equal('block');
      }
      await expectCleanPage(page);
    });

    it('writes the help FAQ JSON-LD under Trusted Types', async () => {
      const page = await openPage(url);
      await waitForData(page, [WIDGETS['tessera-help-faq']!]);
      const script = widgetIn(page, 'tessera-help-faq').querySelector('script[type="application/ld+json"]');
      expect(script, 'the JSON-LD script').to.not.equal(null);
      expect((JSON.parse(script!.textContent ?? '{}') as { '@type'?: string })['@type']).to.equal('FAQPage');
      await expectCleanPage(page);
    });

    it('really enforces the policy: an inline style is reported, and so is an HTML string where Trusted Types exist', async () => {
      const page = await openPage(url);
      await waitForData(page, ALL_WIDGETS);
      await expectCleanPage(page);

      const style = page.document.createElement('style');
      style.textContent = 'body { color: red; }';
      page.document.head.append(style);
      await waitUntil(() => page.reports.violations.some((v) => v.startsWith('style-src')), `no style-src violation:\n${page.summary()}`);

      // Trusted Types are feature-detected: an engine without them ignores require-trusted-types-for.
      if (hasTrustedTypes(page)) {
        const div = page.document.createElement('div');
        let thrown: unknown;
        try {
          div.innerHTML = '<b>not trusted</b>';
        } catch (error) {
          thrown = error;
        }
        // By name: which realm's TypeError the setter throws differs between engines.
        expect((thrown as Error | undefined)?.name, 'an HTML string must be refused').to.equal('TypeError');
        expect(div.childNodes.length).to.equal(0);
      }
    });
  });
}
