import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, findLang, normalizeLangTag, toLocale } from '@tessera/core';

/** Renders its resolved language and counts its renders. */
class LangProbe extends LitElement {
  readonly lang$ = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.lang$.locale} ${this.lang$.langTag}</span>`;
  }
}
customElements.define('lang-probe', LangProbe);

/** Puts its children inside a shadow root with a lang of its own. */
class LangShell extends LitElement {
  override render() {
    return html`<section lang="es-MX"><lang-probe></lang-probe></section>`;
  }
}
customElements.define('lang-shell', LangShell);

/** Waits for MutationObserver callbacks and the updates they request. */
async function settle(el: LitElement): Promise<void> {
  await nextFrame();
  await el.updateComplete;
}

describe('toLocale', () => {
  it('maps Spanish tags to es and everything else to en', () => {
    expect(toLocale('es')).to.equal('es');
    expect(toLocale('es-MX')).to.equal('es');
    expect(toLocale('ES-us')).to.equal('es');
    expect(toLocale(' es ')).to.equal('es');
    expect(toLocale('es_MX')).to.equal('es');
    expect(toLocale('en')).to.equal('en');
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('fr')).to.equal('en');
    expect(toLocale('est')).to.equal('en');
    expect(toLocale('')).to.equal('en');
    expect(toLocale(null)).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });
});

describe('normalizeLangTag', () => {
  it('returns tags Intl accepts, canonically cased', () => {
    expect(normalizeLangTag('en')).to.equal('en');
    expect(normalizeLangTag('es-mx')).to.equal('es-MX');
    expect(normalizeLangTag('EN-us')).to.equal('en-US');
    expect(normalizeLangTag('es_MX')).to.equal('es-MX');
    expect(normalizeLangTag(' es-US ')).to.equal('es-US');
  });

  it('falls back to the supported locale for tags Intl rejects', () => {
    expect(normalizeLangTag('!!')).to.equal('en');
    expect(normalizeLangTag('es-!!')).to.equal('es');
    expect(normalizeLangTag('')).to.equal('en');
    expect(normalizeLangTag(null)).to.equal('en');
    for (const tag of ['!!', 'es_!!', 'en_US', '']) {
      expect(() => new Intl.NumberFormat(normalizeLangTag(tag)), tag).to.not.throw();
    }
  });
});

describe('findLang', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('reads the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="fr"><p lang="es-MX"></p></div>`);
    expect(findLang(el.querySelector('p')!)).to.equal('es-MX');
  });

  it('reads the nearest ancestor’s lang', async () => {
    const el = await fixture(html`<div lang="es"><section lang="en-GB"><p></p></section></div>`);
    expect(findLang(el.querySelector('p')!)).to.equal('en-GB');
  });

  it('crosses shadow roots to the host and beyond', async () => {
    const outer = await fixture(html`<div lang="es"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(findLang(inner)).to.equal('es');
    const nested = document.createElement('span');
    const deep = document.createElement('b');
    nested.attachShadow({ mode: 'closed' }).append(deep);
    root.append(nested);
    expect(findLang(deep)).to.equal('es');
    inner.setAttribute('lang', 'en-GB');
    inner.append(nested);
    expect(findLang(deep)).to.equal('en-GB');
  });

  it('falls back to the document element, then to en', async () => {
    const el = await fixture(html`<p></p>`);
    document.documentElement.lang = 'es-US';
    expect(findLang(el)).to.equal('es-US');
    const detached = document.createElement('p');
    expect(findLang(detached)).to.equal('es-US');
    document.documentElement.removeAttribute('lang');
    expect(findLang(detached)).to.equal('en');
  });
});

describe('LocaleController', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('resolves the locale on connect, formatting Spanish with US conventions', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><lang-probe></lang-probe></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.lang$.locale).to.equal('es');
    expect(probe.lang$.langTag).to.equal('es-US');
    expect(probe.shadowRoot!.textContent).to.contain('es es-US');
  });

  it('normalizes a malformed lang so Intl never throws', async () => {
    const wrapper = await fixture(html`<div lang="es_MX"><lang-probe></lang-probe></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    expect(probe.lang$.langTag).to.equal('es-US');
    expect(probe.lang$.locale).to.equal('es');
  });

  it('re-renders when an ancestor’s lang changes at run time', async () => {
    const wrapper = await fixture(html`<div lang="en"><article><lang-probe></lang-probe></article></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    const before = probe.renders;
    wrapper.setAttribute('lang', 'es');
    await settle(probe);
    expect(probe.lang$.locale).to.equal('es');
    expect(probe.renders).to.equal(before + 1);
    expect(probe.shadowRoot!.textContent).to.contain('es es-US');
  });

  it('re-renders when the document’s lang changes', async () => {
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    document.documentElement.lang = 'es';
    await settle(probe);
    expect(probe.lang$.locale).to.equal('es');
  });

  it('re-renders when a lang changes inside a shadow root around it', async () => {
    const shell = await fixture<LangShell>(html`<lang-shell></lang-shell>`);
    const section = shell.shadowRoot!.querySelector('section')!;
    const probe = section.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.lang$.langTag).to.equal('es-US');
    section.setAttribute('lang', 'en-US');
    await settle(probe);
    expect(probe.lang$.langTag).to.equal('en-US');
    expect(probe.lang$.locale).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('en en-US');
  });

  it('does not re-render when the resolved language stays the same', async () => {
    const wrapper = await fixture(html`<div lang="es"><p lang="es"><lang-probe></lang-probe></p></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    const before = probe.renders;
    wrapper.setAttribute('lang', 'en'); // hidden by the nearer lang="es"
    document.documentElement.lang = 'fr';
    await settle(probe);
    wrapper.querySelector('p')!.setAttribute('lang', 'es'); // same value again
    await settle(probe);
    expect(probe.renders).to.equal(before);
    expect(probe.lang$.langTag).to.equal('es-US');
  });

  it('stops following changes once disconnected and catches up on reconnect', async () => {
    const wrapper = await fixture(html`<div lang="en"><lang-probe></lang-probe></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    probe.remove();
    const renders = probe.renders;
    wrapper.setAttribute('lang', 'es');
    await nextFrame();
    expect(probe.renders).to.equal(renders);
    expect(probe.lang$.locale).to.equal('en');
    wrapper.append(probe);
    await settle(probe);
    expect(probe.lang$.locale).to.equal('es');
  });

  it('follows the new ancestors after a move', async () => {
    const wrapper = await fixture(html`<div><p lang="en"><lang-probe></lang-probe></p><p lang="es"></p></div>`);
    const probe = wrapper.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    wrapper.querySelector('p[lang="es"]')!.append(probe);
    await probe.updateComplete;
    expect(probe.lang$.locale).to.equal('es');
  });
});
