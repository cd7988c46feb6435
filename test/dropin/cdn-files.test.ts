// Each widget's dist/cdn.js and its cdn-manifest.json, as a partner pins them:
// <script type="module" src=".../cdn.js" integrity="sha384-…" crossorigin>.
import { expect } from '@open-wc/testing';

interface CdnManifest {
  'cdn.js': { integrity: string; bytes: number };
}

const WIDGET_PACKAGES = ['card-lock', 'fico-gauge', 'help-faq', 'payment-form', 'title-tracker', 'ways-to-pay', 'account-summary', 'documents', 'activity', 'alerts', 'dispute'];

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Adds a module script with `integrity`; resolves with the event it ended with. */
function loadModule(src: string, integrity: string): Promise<'load' | 'error'> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.integrity = integrity;
    script.addEventListener('load', () => resolve('load'));
    script.addEventListener('error', () => resolve('error'));
    script.src = src;
    document.head.append(script);
  });
}

describe('CDN files and their SRI manifest', () => {
  for (const name of WIDGET_PACKAGES) {
    describe(name, () => {
      const base = `/cdn/packages/${name}/dist`;

      it('lists the SHA-384 and size of cdn.js in cdn-manifest.json', async () => {
        const manifest = (await (await fetch(`${base}/cdn-manifest.json`)).json()) as CdnManifest;
        const bytes = await (await fetch(`${base}/cdn.js`)).arrayBuffer();
        expect(manifest['cdn.js'].integrity).to.equal(await sha384(bytes));
        expect(manifest['cdn.js'].bytes).to.equal(bytes.byteLength);
      });

      it('loads with that integrity attribute and is refused with another', async () => {
        const manifest = (await (await fetch(`${base}/cdn-manifest.json`)).json()) as CdnManifest;
        // Distinct URLs: a module already in the page's module map is not fetched (or checked) again.
        const wrong = `sha384-${'A'.repeat(64)}`;
        expect(await loadModule(`${base}/cdn.js?integrity=wrong`, wrong)).to.equal('error');
        expect(await loadModule(`${base}/cdn.js?integrity=manifest`, manifest['cdn.js'].integrity)).to.equal('load');
        expect(customElements.get(`tessera-${name}`), `<tessera-${name}> registered`).to.not.equal(undefined);
      });
    });
  }
});
