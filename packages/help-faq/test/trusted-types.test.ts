// faq-schema on pages that enforce Trusted Types. Each case runs in an iframe whose own
// Content-Security-Policy enforces them, so the rest of the suite is not affected.
import { expect, waitUntil } from '@open-wc/testing';
import type { TesseraProvider } from '@tessera/core';
import type { TesseraHelpFaq } from '@tessera/help-faq';
import { testChannels, testFaq } from './fixtures.js';

interface Frame {
  frame: HTMLIFrameElement;
  el: TesseraHelpFaq;
  warnings: string[];
  violations: string[];
}

const provider: TesseraProvider = {
  help: {
    getFaq: () => Promise.resolve(testFaq()),
    getContactChannels: () => Promise.resolve(testChannels()),
  },
};

async function renderInFrame(policy: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module">import '/packages/help-faq/src/define.ts'; window.ready = true;</script>
    </head><body></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow && Reflect.get(frame.contentWindow, 'ready') === true, 'the frame did not load the element', { timeout: 8_000 });
  const win = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const violations: string[] = [];
  win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  win.document.addEventListener('securitypolicyviolation', (event) => void violations.push(event.violatedDirective));
  const el = win.document.createElement('tessera-help-faq');
  el.provider = provider;
  el.faqSchema = true;
  el.hideContact = true;
  win.document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.question'), 'the FAQ did not render in the frame');
  await el.updateComplete;
  return { frame, el, warnings, violations };
}

describe('faq-schema under Trusted Types', () => {
  let current: Frame | undefined;
  // An engine without Trusted Types (Firefox ESR 140) ignores the directives these pages
  // enforce: there is nothing to test there.
  before(function () {
    if (!('trustedTypes' in window)) this.skip();
  });
  afterEach(() => current?.frame.remove());
  // Assertions compare booleans, not elements: a failure message holding a DOM node cannot be
  // sent back from Firefox (DataCloneError) and stalls the runner instead of failing.

  it('writes the JSON-LD through its own policy when the page enforces Trusted Types', async () => {
    current = await renderInFrame("require-trusted-types-for 'script'");
    const script = current.el.querySelector('script[type="application/ld+json"]');
    expect(script !== null, 'JSON-LD script').to.equal(true);
    expect((JSON.parse(script!.textContent ?? '') as { '@type': string })['@type']).to.equal('FAQPage');
    expect(current.violations).to.deep.equal([]);
    expect(current.warnings).to.deep.equal([]);
  });

  it('writes it when the page allows the tessera-faq-schema policy by name', async () => {
    current = await renderInFrame("require-trusted-types-for 'script'; trusted-types lit-html tessera-faq-schema");
    expect(current.el.querySelector('script[type="application/ld+json"]') !== null, 'JSON-LD script').to.equal(true);
    expect(current.violations).to.deep.equal([]);
  });

  it('leaves it out with one warning when the policy is not allowed, and still renders', async () => {
    current = await renderInFrame("require-trusted-types-for 'script'; trusted-types lit-html");
    expect(current.el.querySelector('script') === null, 'no script written').to.equal(true);
    expect(current.warnings).to.have.length(1);
    expect(current.warnings[0]).to.contain('tessera-faq-schema');
    expect(current.el.shadowRoot!.querySelectorAll('.question')).to.have.length(5);
  });
});
