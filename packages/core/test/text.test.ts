import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { isolate, maskedNumber, maskedText, providerText } from '../src/text.js';

/** Renders a template into a fresh element and gives back its first element child. */
async function rendered(template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, host);
  return host.firstElementChild as HTMLElement;
}

describe('provider text helpers', () => {
  it('providerText isolates the text as text, never as HTML', async () => {
    const bdi = await rendered(providerText('<img src=x onerror=alert(1)> \u202EEveryday'));
    expect(bdi.localName).to.equal('bdi');
    expect(bdi.querySelector('img')).to.equal(null);
    expect(bdi.textContent).to.equal('<img src=x onerror=alert(1)> \u202EEveryday');
    expect(bdi.className).to.equal('provider-text');
  });

  it('marks text with a run longer than a narrow line as breakable anywhere, and only that text', async () => {
    expect((await rendered(providerText('Everyday purchases card'))).className).to.equal('provider-text');
    expect((await rendered(providerText(`W\u0628${'W'.repeat(43)}`))).className).to.equal('provider-text unbroken');
    expect((await rendered(providerText(undefined))).textContent).to.equal('');
  });

  it('masks numbers left to right, in markup and in strings', async () => {
    const span = await rendered(maskedNumber('5521000011111942'));
    expect(span.getAttribute('dir')).to.equal('ltr');
    expect(span.textContent).to.equal('••••1942');
    expect(maskedText('1942')).to.equal('\u2066••••1942\u2069');
    expect(isolate('שלום')).to.equal('\u2068שלום\u2069');
  });
});
