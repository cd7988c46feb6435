// The kit (dist/kit/, built by `npm run build`): one ES module per widget, sharing one Lit
// chunk and one core chunk. A page with three widgets from it loads Lit once.
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, PAGE_TEST_TIMEOUT_MS } from './page-frame.js';
import { WIDGETS, waitForData } from './widgets.js';

interface KitFile {
  integrity: string;
  bytes: number;
  /** Entries only: every file the entry loads, directly or not. */
  imports?: string[];
}
type KitManifest = Record<string, KitFile>;

const ON_PAGE = ['card-lock', 'fico-gauge', 'help-faq'];

async function kitManifest(): Promise<KitManifest> {
  const response = await fetch('/cdn/dist/kit/kit-manifest.json');
  if (!response.ok) throw new Error('dist/kit/kit-manifest.json is missing: run `npm run build` first');
  return (await response.json()) as KitManifest;
}

const chunk = (files: string[], name: string) => files.filter((f) => f.startsWith(`chunks/${name}-`));

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('The kit as ES modules', function () {
  this.timeout(PAGE_TEST_TIMEOUT_MS);
  afterEach(closePages);

  it('has one entry per widget, each importing the same Lit chunk and core chunk', async () => {
    const manifest = await kitManifest();
    const files = Object.keys(manifest);
    expect(chunk(files, 'lit'), 'Lit chunks').to.have.length(1);
    expect(chunk(files, 'core'), 'core chunks').to.have.length(1);
    for (const name of ['card-lock', 'fico-gauge', 'help-faq', 'payment-form', 'title-tracker', 'ways-to-pay', 'account-summary', 'documents', 'activity', 'alerts', 'dispute']) {
      const imports = manifest[`${name}.js`]?.imports;
      expect(imports, `${name}.js`).to.be.an('array');
      expect(imports).to.include.members([...chunk(files, 'lit'), ...chunk(files, 'core'), 'tessera-provider.js']);
    }
    expect(manifest['tessera-provider.js'], 'tessera-provider.js').to.not.equal(undefined);
    expect(manifest['provider-rest.js'], 'provider-rest.js').to.not.equal(undefined);
  });

  it('lists the SHA-384 and size of every file in kit-manifest.json', async () => {
    const manifest = await kitManifest();
    for (const [file, { integrity, bytes }] of Object.entries(manifest)) {
      const body = await (await fetch(`/cdn/dist/kit/${file}`)).arrayBuffer();
      expect(integrity, file).to.equal(await sha384(body));
      expect(bytes, file).to.equal(body.byteLength);
    }
  });

  it('runs pinned with SRI under a strict policy: entry integrity, import map integrity for its imports', async () => {
    const page = await openPage('/test/pages/kit-pinned.html');
    await waitForData(page, [WIDGETS['tessera-card-lock']!]);
    await page.flush();
    expect(page.reports.violations, page.summary()).to.deep.equal([]);
    expect(page.reports.errors, page.summary()).to.deep.equal([]);
  });

  it('does not run when an imported chunk does not match its pinned hash', async () => {
    const lit = chunk(Object.keys(await kitManifest()), 'lit')[0]!;
    const page = await openPage(`/test/pages/kit-pinned.html?tamper=${encodeURIComponent(lit)}`, { setupErrors: 'keep' });
    await waitUntil(() => page.reports.errors.length > 0, `the page reported no error:\n${page.summary()}`);
    expect(page.reports.errors.join('\n')).to.contain('failed to load').and.to.contain('/cdn/dist/kit/card-lock.js');
    expect(page.window.customElements.get('tessera-card-lock')).to.equal(undefined);
  });

  it('renders three widgets with data from one copy of Lit', async () => {
    const manifest = await kitManifest();
    const page = await openPage('/test/pages/kit.html');
    await waitForData(
      page,
      ON_PAGE.map((name) => WIDGETS[`tessera-${name}`]!),
    );
    await page.flush();

    const globals = page.window as unknown as Record<'litHtmlVersions' | 'litElementVersions' | 'reactiveElementVersions', string[]>;
    expect(globals.litHtmlVersions, 'lit-html copies').to.have.length(1);
    expect(globals.litElementVersions, 'LitElement copies').to.have.length(1);
    expect(globals.reactiveElementVersions, 'ReactiveElement copies').to.have.length(1);

    // Every kit file the page fetched, once each: the three entries and what they import.
    const fetched = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/cdn/dist/kit/'))
      .map((path) => path.slice('/cdn/dist/kit/'.length));
    const expected = new Set(ON_PAGE.flatMap((name) => [`${name}.js`, ...manifest[`${name}.js`]!.imports!]));
    expect([...fetched].sort()).to.deep.equal([...expected].sort());
    expect(chunk(fetched, 'lit'), 'requests for the Lit chunk').to.have.length(1);

    expect(page.reports.errors, page.summary()).to.deep.equal([]);
    expect(page.reports.consoleErrors, page.summary()).to.deep.equal([]);
    expect(page.reports.violations, page.summary()).to.deep.equal([]);
  });
});
