import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { TesseraElement, providerContext, type TesseraProvider } from '@tessera/core';

/** A widget with no provider above it: records its request with the late-provider root. */
class LateProbe extends TesseraElement {
  get current(): TesseraProvider | undefined {
    return this.activeProvider;
  }
}
customElements.define('late-probe', LateProbe);

/** Becomes a context provider only when asked (as a host loading its provider later would). */
class LateHost extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('late-host', LateHost);

const provider: TesseraProvider = {};

describe('late-provider root', () => {
  it('answers a widget put back in the page after the requests of removed ones were dropped', async () => {
    const host = await fixture<LateHost>(html`<late-host></late-host>`);
    const batch = (): LateProbe[] => Array.from({ length: 100 }, () => document.createElement('late-probe') as LateProbe);
    const removed = batch();
    host.append(...removed);
    await nextFrame();
    for (const probe of removed) probe.remove();
    const stays = batch();
    // Enough new requests to drop the removed ones' records.
    host.append(...stays);
    const back = removed[0]!;
    host.append(back);
    await nextFrame();
    new ContextProvider(host, { context: providerContext, initialValue: provider });
    await nextFrame();
    expect(back.current, 'the widget put back').to.equal(provider);
    expect(stays.every((probe) => probe.current === provider)).to.equal(true);
    expect(removed.slice(1).every((probe) => probe.current === undefined), 'removed widgets').to.equal(true);
  });
});
