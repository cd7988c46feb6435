// Two partners paste two releases of the card lock's CDN file into one page, and the host
// also bundles the npm build. The first release keeps the tag, the later one says so once,
// and every copy still works with the one <tessera-provider> on the page.
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, PAGE_TEST_TIMEOUT_MS } from './page-frame.js';
import { WIDGETS, waitForData } from './widgets.js';

type VersionedClass = CustomElementConstructor & { version?: string };

const cardLock = WIDGETS['tessera-card-lock']!;
const TAGS = ['tessera-card-lock', 'partner-b-card-lock', 'npm-card-lock'];
// The npm build is served as the host's bundler would see it in development: Lit's
// development build, which says so on the console. Those are Lit's words, not a clash.
const litDevelopmentNotice = /Lit is in dev mode|Multiple versions of Lit loaded/;

describe('Two releases of a CDN file and the npm build on one page', function () {
  this.timeout(PAGE_TEST_TIMEOUT_MS);
  afterEach(closePages);

  it('serves the second release claiming its own version', async () => {
    const [a, b] = await Promise.all(
      ['/cdn/packages/card-lock/dist/cdn.js', '/cdn/release/card-lock/0.2.0-test/cdn.js'].map(async (url) => (await fetch(url)).text()),
    );
    expect(a).to.not.contain('0.2.0-test');
    expect(b!.split('0.2.0-test')).to.have.length(2);
  });

  it('keeps the first release, warns once, and every copy shows data from one provider', async () => {
    const page = await openPage('/test/pages/two-versions.html');
    await Promise.all(TAGS.map((tag) => waitForData(page, [cardLock], { [cardLock.tag]: tag })));
    await page.flush();

    const registry = page.window.customElements;
    const classes = TAGS.map((tag) => registry.get(tag) as VersionedClass);
    expect(classes.map((c) => c.version)).to.deep.equal(['0.1.0', '0.2.0-test', '0.1.0']);
    expect(new Set(classes).size, 'three separate classes').to.equal(3);
    expect(page.document.querySelectorAll('tessera-provider')).to.have.length(1);

    const clashes = page.reports.warnings.filter((w) => !litDevelopmentNotice.test(w));
    expect(clashes, page.summary()).to.have.length(1);
    expect(clashes[0]).to.contain('<tessera-card-lock>').and.to.contain('0.1.0').and.to.contain('0.2.0-test');
    expect(page.reports.errors, page.summary()).to.deep.equal([]);
    expect(page.reports.consoleErrors, page.summary()).to.deep.equal([]);
    expect(page.reports.violations, page.summary()).to.deep.equal([]);
  });

  it('lets the customer lock the card from the copy that lost the race', async () => {
    const page = await openPage('/test/pages/two-versions.html');
    await waitForData(page, [cardLock], { [cardLock.tag]: 'partner-b-card-lock' });
    const root = page.document.querySelector('partner-b-card-lock')!.shadowRoot!;
    const lock = root.querySelector<HTMLElement>('[part~="lock-switch"]')!;
    expect(lock.getAttribute('aria-checked')).to.equal('false');
    lock.click();
    await waitUntil(() => lock.getAttribute('aria-checked') === 'true', 'the card never locked');
    await waitUntil(() => root.querySelector('[part="state"]')?.textContent?.includes('Locked'), 'the state never said so');
    await page.flush();
    expect(page.reports.errors, page.summary()).to.deep.equal([]);
    expect(page.reports.consoleErrors, page.summary()).to.deep.equal([]);
  });
});
