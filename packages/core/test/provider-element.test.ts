import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
import '@tessera/core/define';
import {
  TesseraElement,
  TesseraProviderElement,
  getRestProviderFactory,
  TOKEN_ATTRIBUTE_WARNING,
  registerAuthTokenSource,
  registerRestProviderFactory,
  type EndpointConfig,
  type TesseraProvider,
} from '@tessera/core';

/** A minimal widget: shows whether it has a provider. */
class ProviderProbe extends TesseraElement {
  get current(): TesseraProvider | undefined {
    return this.activeProvider;
  }
  override render() {
    return html`${this.activeProvider ? 'provided' : 'none'}`;
  }
}
customElements.define('provider-probe', ProviderProbe);

/** Puts a probe inside its own shadow root, like a host application's component. */
class ProbeShell extends LitElement {
  override render() {
    return html`<provider-probe></provider-probe>`;
  }
}
customElements.define('probe-shell', ProbeShell);

const makeProvider = (name: string): TesseraProvider => ({
  help: {
    getFaq: (locale) => Promise.resolve({ locale, topics: [{ id: name, label: name }], entries: [] }),
    getContactChannels: () => Promise.resolve([]),
  },
});

// The factory registry is global (one per page, first registration wins). Each test here
// starts from an empty registry and puts the page's own back afterwards.
const REGISTRY = Symbol.for('tessera.providerFactory');
type RegistryHolder = { [REGISTRY]?: unknown };
let saved: unknown;

/** Registers a fake REST factory that records the configs it was built from. */
/** The parts of a config a test compares: what the attributes gave, the token a request would send. */
async function settings(config: EndpointConfig | undefined): Promise<Record<string, unknown>> {
  if (!config) return {};
  const { getAuthToken, language, ...plain } = config;
  const token = await getAuthToken?.({ refresh: false });
  return { ...plain, ...(token ? { token } : {}), ...(language ? { language: language() } : {}) };
}

function registerFakeFactory(): Map<TesseraProvider, EndpointConfig> {
  const built = new Map<TesseraProvider, EndpointConfig>();
  registerRestProviderFactory((config) => {
    const provider = makeProvider(config.baseUrl);
    built.set(provider, config);
    return provider;
  });
  return built;
}

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

const probeIn = (root: ParentNode) => root.querySelector('provider-probe') as ProviderProbe;

beforeEach(() => {
  const holder = globalThis as RegistryHolder;
  saved = holder[REGISTRY];
  delete holder[REGISTRY];
});

afterEach(() => {
  (globalThis as RegistryHolder)[REGISTRY] = saved;
});

describe('<tessera-provider> with a provider property', () => {
  it('is registered by @tessera/core/define', () => {
    expect(customElements.get('tessera-provider')).to.equal(TesseraProviderElement);
  });

  it('provides its provider to descendants, through shadow roots', async () => {
    const provider = makeProvider('outer');
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider .provider=${provider}>
        <provider-probe></provider-probe>
        <div><probe-shell></probe-shell></div>
      </tessera-provider>`,
    );
    const direct = probeIn(el);
    const shell = el.querySelector('probe-shell') as ProbeShell;
    await shell.updateComplete;
    const deep = probeIn(shell.shadowRoot!);
    await deep.updateComplete;
    expect(direct.current).to.equal(provider);
    expect(deep.current).to.equal(provider);
    expect(direct.shadowRoot!.textContent).to.contain('provided');
  });

  it('lays out as its children only and renders a slot', async () => {
    const el = await fixture<TesseraProviderElement>(html`<tessera-provider><p>Content</p></tessera-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('lets a nested provider override the outer one', async () => {
    const outer = makeProvider('outer');
    const inner = makeProvider('inner');
    const el = await fixture(
      html`<tessera-provider .provider=${outer}>
        <provider-probe id="outside"></provider-probe>
        <tessera-provider .provider=${inner}><provider-probe id="inside"></provider-probe></tessera-provider>
      </tessera-provider>`,
    );
    expect((el.querySelector('#outside') as ProviderProbe).current).to.equal(outer);
    expect((el.querySelector('#inside') as ProviderProbe).current).to.equal(inner);
  });

  it('passes the outer provider through when a nested one has none', async () => {
    const outer = makeProvider('outer');
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider .provider=${outer}>
        <tessera-provider><provider-probe></provider-probe></tessera-provider>
      </tessera-provider>`,
    );
    const probe = probeIn(el);
    expect(probe.current).to.equal(outer);

    const replacement = makeProvider('replacement');
    el.provider = replacement;
    await el.updateComplete;
    await (el.querySelector('tessera-provider') as TesseraProviderElement).updateComplete;
    await probe.updateComplete;
    expect(probe.current).to.equal(replacement);
  });

  it('updates its widgets when the provider changes and when it is removed', async () => {
    const first = makeProvider('first');
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider .provider=${first}><provider-probe></provider-probe></tessera-provider>`,
    );
    const probe = probeIn(el);
    const second = makeProvider('second');
    el.provider = second;
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.current).to.equal(second);
    el.provider = undefined;
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.current).to.equal(undefined);
    expect(probe.shadowRoot!.textContent).to.contain('none');
  });

  it('serves a consumer from another copy of core (the context key is global)', async () => {
    const otherCopyContext = createContext<TesseraProvider | undefined>(Symbol.for('tessera.provider'));
    class OtherCopyWidget extends LitElement {
      readonly consumer = new ContextConsumer(this, { context: otherCopyContext, subscribe: true });
    }
    customElements.define('other-copy-widget', OtherCopyWidget);
    const provider = makeProvider('shared');
    const el = await fixture(html`<tessera-provider .provider=${provider}><other-copy-widget></other-copy-widget></tessera-provider>`);
    expect((el.querySelector('other-copy-widget') as OtherCopyWidget).consumer.value).to.equal(provider);
  });
});

describe('<tessera-provider endpoint>', () => {
  it('builds a REST provider from its attributes, warning that auth-token is deprecated', async () => {
    const built = registerFakeFactory();
    const { warnings, restore } = captureWarnings();
    let el: TesseraProviderElement;
    try {
      el = await fixture<TesseraProviderElement>(
        html`<tessera-provider endpoint="https://api.example.com/servicing" credentials="include" auth-token="token-123">
          <provider-probe></provider-probe>
        </tessera-provider>`,
      );
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.includes('auth-token'))).to.deep.equal([TOKEN_ATTRIBUTE_WARNING]);
    const provider = probeIn(el).current!;
    expect(await settings(built.get(provider))).to.deep.equal({
      baseUrl: 'https://api.example.com/servicing',
      credentials: 'include',
      token: 'token-123',
      language: 'en',
    });
  });

  it('deprecates auth-token with one warning, and keeps tokens out of the DOM through getAuthToken or a named source', async () => {
    const built = registerFakeFactory();
    const { warnings, restore } = captureWarnings();
    try {
      await fixture(html`<tessera-provider endpoint="/a" auth-token="t1"><provider-probe></provider-probe></tessera-provider>`);
      await fixture(html`<tessera-provider endpoint="/b" auth-token="t2"><provider-probe></provider-probe></tessera-provider>`);
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.includes('auth-token')), 'warned once per page, already').to.deep.equal([]);
    expect(TOKEN_ATTRIBUTE_WARNING).to.include('session-replay');

    const byProperty = await fixture<TesseraProviderElement>(
      html`<tessera-provider endpoint="/c" .getAuthToken=${() => 'from-property'}><provider-probe></provider-probe></tessera-provider>`,
    );
    expect(byProperty.getAttribute('auth-token')).to.equal(null);
    expect((await settings(built.get(probeIn(byProperty).current!)))['token']).to.equal('from-property');

    const byName = await fixture<TesseraProviderElement>(
      html`<tessera-provider endpoint="/d" auth-token-source="partner-session"><provider-probe></provider-probe></tessera-provider>`,
    );
    // Registered after the element: looked up when a request is made.
    registerAuthTokenSource('partner-session', ({ refresh }) => (refresh ? 'fresh' : 'from-source'));
    const config = built.get(probeIn(byName).current!)!;
    expect(await config.getAuthToken?.({ refresh: false })).to.equal('from-source');
    expect(await config.getAuthToken?.({ refresh: true })).to.equal('fresh');
  });

  it('sends the language of the page around it', async () => {
    const built = registerFakeFactory();
    const wrapper = await fixture(html`<div lang="es-US"><tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider></div>`);
    const el = wrapper.querySelector('tessera-provider') as TesseraProviderElement;
    const config = built.get(probeIn(el).current!)!;
    expect(config.language?.()).to.equal('es-US');
    wrapper.setAttribute('lang', 'en');
    expect(config.language?.()).to.equal('en');
  });

  it('leaves out the attributes that are not set', async () => {
    const built = registerFakeFactory();
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider>`,
    );
    expect(await settings(built.get(probeIn(el).current!))).to.deep.equal({ baseUrl: '/api', language: 'en' });
  });

  it('rebuilds when the endpoint or a setting changes, and falls back to the outer provider without one', async () => {
    const built = registerFakeFactory();
    const outer = makeProvider('outer');
    const wrapper = await fixture<TesseraProviderElement>(
      html`<tessera-provider .provider=${outer}>
        <tessera-provider endpoint="/api/v1"><provider-probe></provider-probe></tessera-provider>
      </tessera-provider>`,
    );
    const el = wrapper.querySelector('tessera-provider') as TesseraProviderElement;
    const probe = probeIn(el);
    const first = probe.current!;
    expect(built.get(first)?.baseUrl).to.equal('/api/v1');

    el.setAttribute('endpoint', '/api/v2');
    await el.updateComplete;
    await probe.updateComplete;
    expect(built.get(probe.current!)?.baseUrl).to.equal('/api/v2');

    el.setAttribute('auth-token', 'token-456');
    await el.updateComplete;
    await probe.updateComplete;
    expect(await settings(built.get(probe.current!))).to.deep.equal({ baseUrl: '/api/v2', token: 'token-456', language: 'en' });

    el.removeAttribute('endpoint');
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.current).to.equal(outer);
  });

  it('prefers a provider property over the endpoint', async () => {
    const built = registerFakeFactory();
    const own = makeProvider('own');
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider endpoint="/api" .provider=${own}><provider-probe></provider-probe></tessera-provider>`,
    );
    expect(probeIn(el).current).to.equal(own);
    el.provider = undefined;
    await el.updateComplete;
    await probeIn(el).updateComplete;
    expect(built.get(probeIn(el).current!)?.baseUrl).to.equal('/api');
  });

  it('waits for the REST provider when it loads later, and warns once meanwhile', async () => {
    expect(getRestProviderFactory()).to.equal(undefined);
    const { warnings, restore } = captureWarnings();
    let el: TesseraProviderElement;
    try {
      el = await fixture<TesseraProviderElement>(
        html`<tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider>`,
      );
      await nextFrame();
    } finally {
      restore();
    }
    expect(probeIn(el).current).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('@tessera/provider-rest/register');

    const built = registerFakeFactory();
    await el.updateComplete;
    await probeIn(el).updateComplete;
    expect(built.get(probeIn(el).current!)?.baseUrl).to.equal('/api');
  });

  it('warns in the page’s language', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      await fixture(html`<div lang="es"><tessera-provider endpoint="/api"></tessera-provider></div>`);
      await nextFrame();
    } finally {
      restore();
    }
    expect(warnings[0]).to.contain('necesita el proveedor REST');
  });

  it('builds the provider when the REST provider loads after the element moved', async () => {
    const { restore } = captureWarnings();
    let el: TesseraProviderElement;
    let wrapper: HTMLElement;
    try {
      wrapper = await fixture(html`<div><section></section><tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider></div>`);
      el = wrapper.querySelector('tessera-provider')!;
      await el.updateComplete;
      wrapper.querySelector('section')!.append(el); // a host re-parenting it
      await nextFrame();
    } finally {
      restore();
    }
    const built = registerFakeFactory();
    await el.updateComplete;
    await probeIn(el).updateComplete;
    expect(built.get(probeIn(el).current!)?.baseUrl).to.equal('/api');
  });

  it('builds the provider on reconnect when the REST provider loaded while it was away', async () => {
    const { restore } = captureWarnings();
    let el: TesseraProviderElement;
    let wrapper: HTMLElement;
    try {
      wrapper = await fixture(html`<div><tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider></div>`);
      el = wrapper.querySelector('tessera-provider')!;
      await el.updateComplete;
    } finally {
      restore();
    }
    el.remove();
    const built = registerFakeFactory();
    expect(built.size).to.equal(0);
    wrapper.append(el);
    await el.updateComplete;
    await probeIn(el).updateComplete;
    expect(built.get(probeIn(el).current!)?.baseUrl).to.equal('/api');
  });

  it('does not warn when the REST provider is already there', async () => {
    registerFakeFactory();
    const { warnings, restore } = captureWarnings();
    try {
      await fixture(html`<tessera-provider endpoint="/api"></tessera-provider>`);
      await nextFrame();
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first factory registered', async () => {
    const built = registerFakeFactory();
    registerRestProviderFactory(() => makeProvider('second'));
    const el = await fixture<TesseraProviderElement>(
      html`<tessera-provider endpoint="/api"><provider-probe></provider-probe></tessera-provider>`,
    );
    expect(built.has(probeIn(el).current!)).to.equal(true);
  });
});
