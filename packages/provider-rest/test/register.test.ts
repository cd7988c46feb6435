import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import { getRestProviderFactory, providerContext, type TesseraProvider } from '@tessera/core';
import '@tessera/core/define';
import '@tessera/provider-rest/register';
import { createFetchStub, json } from './fetch-stub.js';

describe('@tessera/provider-rest/register', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('registers the factory <tessera-provider endpoint> uses', () => {
    const factory = getRestProviderFactory();
    expect(factory).to.be.a('function');
    const provider = factory?.({ baseUrl: '/api' });
    expect(Object.keys(provider ?? {}).sort()).to.deep.equal(['accounts', 'activity', 'alerts', 'cards', 'creditScore', 'disputes', 'documents', 'help', 'payments', 'titles']);
  });

  it('gives <tessera-provider endpoint auth-token credentials> a REST provider for that API', async () => {
    const stub = createFetchStub(json([]));
    window.fetch = stub.fetch;
    const el = await fixture(html`
      <tessera-provider endpoint="https://api.example.com/servicing" auth-token="token-9" credentials="include">
        <div></div>
      </tessera-provider>
    `);
    let provided: TesseraProvider | undefined;
    const child = el.querySelector('div') as HTMLDivElement;
    child.dispatchEvent(new ContextEvent(providerContext, child, (value) => (provided = value)));
    expect(provided?.cards).to.not.equal(undefined);
    expect(await provided?.cards?.listCards()).to.deep.equal([]);
    const [request] = stub.requests;
    expect(request?.url).to.equal('https://api.example.com/servicing/cards');
    expect(request?.headers.get('Authorization')).to.equal('Bearer token-9');
    expect(request?.credentials).to.equal('include');
  });

  it('sends the locale a widget asks in, else the language of the page around the provider element', async () => {
    const stub = createFetchStub(json([]), json([]));
    window.fetch = stub.fetch;
    const el = await fixture(html`<div lang="es-US"><tessera-provider endpoint="/api"><div></div></tessera-provider></div>`);
    let provided: TesseraProvider | undefined;
    const child = el.querySelector('tessera-provider div') as HTMLDivElement;
    child.dispatchEvent(new ContextEvent(providerContext, child, (value) => (provided = value)));
    await provided?.cards?.listCards();
    await provided?.accounts?.listAccounts({ locale: 'en' });
    expect(stub.requests.map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['es-US', 'en']);
  });
});
