import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, type TesseraProvider } from '@tessera/core';
import { createMemoryProvider, createMockStore, MOCK_IDS, textIn, type MockStore } from '@tessera/mocks';
import type { TesseraDocuments } from '@tessera/documents';
import '@tessera/documents/define';
import { messages } from '../src/messages.js';

const en = messages.en;
// A download would open the browser's own dialog: the element's click on its temporary link
// still happens (and is checked in documents.test.ts), the browser's saving does not.
document.addEventListener('click', (e) => {
  const target = e.composedPath()[0];
  if (target instanceof HTMLAnchorElement && target.download) e.preventDefault();
}, true);

const NOW = new Date('2026-11-21T15:00:00Z');

function setup(change?: (store: MockStore) => void): { store: MockStore; provider: ReturnType<typeof createMemoryProvider> } {
  const store = createMockStore({ today: '2026-11-21' });
  change?.(store);
  return { store, provider: createMemoryProvider(store) };
}

async function render(provider: TesseraProvider, accountId?: string): Promise<TesseraDocuments> {
  const el = await fixture<TesseraDocuments>(
    html`<tessera-documents .provider=${provider} .now=${NOW} account-id=${ifDefined(accountId)} heading-level="3"></tessera-documents>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], [part~="empty"], [part~="error"]'), 'it did not load');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Records events, window.open and storage writes; restores them after. */
function watch(el: HTMLElement) {
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['tessera-documents-opened', 'tessera-documents-failed', 'tessera-documents-paperless-changed']) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  const opened: Array<[string | URL | undefined, string | undefined, string | undefined]> = [];
  const originalOpen = window.open;
  window.open = (url, target, features) => (opened.push([url, target, features]), null);
  const logged: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  const storage = [localStorage.length, sessionStorage.length];
  return {
    events,
    opened,
    logged,
    restore(): void {
      window.open = originalOpen;
      console.error = originalError;
      expect([localStorage.length, sessionStorage.length], 'nothing stored').to.deep.equal(storage);
    },
  };
}

describe('<tessera-documents>', () => {
  it('lists years newest first under headings; a document reads as one item and is new until opened in a noopener tab, its link in no event or log', async () => {
    const { store, provider } = setup((s) => (s.documents.find((d) => d.id === 'doc-card-2026-10')!.viewed = false));
    const el = await render(provider, MOCK_IDS.cardAccount);
    const w = watch(el);
    try {
      expect($$(el, 'h3').map((h) => h.textContent)).to.deep.equal(['2026']);
      expect(flat($(el, '[part~="count"]').textContent)).to.equal(en.count(12, 39));
      const first = $<HTMLButtonElement>(el, '[part~="open"]');
      const doc = store.documents.find((d) => d.id === 'doc-card-2026-10')!;
      const name = flat(first.textContent);
      for (const piece of [textIn(doc.name, 'en'), en.new, formatDate(doc.date, 'en-US'), en.types.statement, 'Minimum due $35.00']) {
        expect(name).to.contain(piece);
      }
      first.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => w.events.length === 1, 'no event');
      await el.updateComplete;
      expect(w.opened).to.have.length(1);
      const [url, target, features] = w.opened[0]!;
      expect(String(url)).to.match(/^https:\/\//);
      expect([target, features]).to.deep.equal(['_blank', 'noopener,noreferrer']);
      expect(w.events[0]).to.deep.equal({
        type: 'tessera-documents-opened',
        detail: { documentId: doc.id, accountId: MOCK_IDS.cardAccount, type: 'statement', delivery: 'link' },
      });
      expect(JSON.stringify(w.events) + w.logged.join()).to.not.match(/https:|token/);
      expect($(el, '[part~="open"] [part~="new"]')).to.equal(null);
    } finally {
      w.restore();
    }
  });

  it('refuses a link that is not https: with a diagnostic for the developer and a message for the customer', async () => {
    const { provider } = setup();
    const stub = { ...provider, documents: { ...provider.documents, openDocument: () => Promise.resolve({ kind: 'link' as const, url: 'http://files.example.com/x?token=abc', expiresAt: '2026-11-21T15:05:00Z' }) } };
    const el = await render(stub, MOCK_IDS.cardAccount);
    const w = watch(el);
    try {
      $(el, '[part~="open"]').click();
      await waitUntil(() => $(el, '[part~="open-error"]'), 'no message');
      expect(flat($(el, '[part~="open-error"]').textContent)).to.equal(en.linkRefused);
      expect(w.opened).to.have.length(0);
      expect(w.logged.join()).to.contain('documents.openDocument → document opening.url: expected an https: URL (got http:)');
      expect(w.logged.join() + JSON.stringify(w.events)).to.not.contain('token');
      expect(w.events.map((e) => e.type)).to.deep.equal(['tessera-documents-failed']);
    } finally {
      w.restore();
    }
  });

  it('downloads a file under a sensible name, its object URL revoked', async () => {
    const { provider } = setup();
    const el = await render(provider, MOCK_IDS.paidOffLoan);
    const w = watch(el);
    const revoked: string[] = [];
    const originalRevoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (u) => void revoked.push(u);
    let clicked: HTMLAnchorElement | undefined;
    const capture = (e: Event): void => {
      if (e.target instanceof HTMLAnchorElement) (clicked = e.target), e.preventDefault();
    };
    el.shadowRoot!.addEventListener('click', capture, true);
    try {
      const letter = $$(el, '[part~="open"]').find((b) => b.textContent?.includes('Lien release letter'))!;
      letter.click();
      await waitUntil(() => revoked.length === 1, 'the object URL was not revoked', { timeout: 3000 });
      expect(clicked!.download).to.equal('lien-release-letter-2019-toyota-camry-2026-11-20.pdf');
      expect(clicked!.href).to.equal(revoked[0]);
      expect(clicked!.href).to.match(/^blob:/);
      expect(w.events[0]!.detail).to.deep.equal({ documentId: 'doc-lien-release', accountId: MOCK_IDS.paidOffLoan, type: 'lien-release', delivery: 'file' });
    } finally {
      URL.revokeObjectURL = originalRevoke;
      w.restore();
    }
  });

  it('filters by type from the keyboard, announcing the count, and shows more a page at a time with focus on the first new document', async () => {
    const { provider } = setup();
    const el = await render(provider, MOCK_IDS.cardAccount);
    $(el, '[part~="filter"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    const select = $<HTMLSelectElement>(el, 'select');
    // Engines whose closed select opens on ArrowDown instead of moving: choose as the list would.
    if (select.value === '') (select.value = 'statement'), select.dispatchEvent(new Event('change'));
    await waitUntil(() => flat($(el, '[part~="count"]').textContent) === en.count(12, 36), 'the count did not follow the filter');
    expect($(el, '[part~="count"]').getAttribute('role')).to.equal('status');
    const lists = () => provider.calls.filter((c) => c.route === 'documents.listDocuments');
    expect(lists().at(-1)!.args).to.deep.equal([{ accountId: MOCK_IDS.cardAccount, type: 'statement', limit: 12 }]);
    $(el, '[part~="more"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~="open"]').length === 24, 'no second page');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'document-12', 'focus did not move to the first new document');
    expect((lists().at(-1)!.args[0] as { cursor: string }).cursor).to.equal('c12');
    expect($$(el, 'h3').map((h) => h.textContent)).to.deep.equal(['2026', '2025', '2024']);
  });

  it('shows the consent in full before the first opt-in, sends when it was accepted, and says when paper starts again once off', async () => {
    const { store, provider } = setup();
    const el = await render(provider, MOCK_IDS.activeLoan);
    const w = watch(el);
    try {
      $(el, '[part~="switch"]').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(provider.calls.filter((c) => c.route === 'documents.setPaperless')).to.have.length(0);
      expect($(el, '[part~="consent-text"]').textContent).to.equal(textIn(store.paperless[MOCK_IDS.activeLoan]!.consent.text, 'en'));
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'consent-heading', 'focus did not move to the consent');
      $(el, '[part~="accept"]').click();
      await waitUntil(() => w.events.length === 1, 'no change');
      expect(provider.calls.at(-1)).to.deep.equal({
        route: 'documents.setPaperless',
        args: [MOCK_IDS.activeLoan, { paperless: true, consentVersion: '2026-01', acceptedAt: NOW.toISOString() }],
      });
      expect(w.events[0]!.detail).to.deep.equal({ accountId: MOCK_IDS.activeLoan, paperless: true, at: NOW.toISOString() });
      await el.updateComplete;
      $(el, '[part~="switch"]').click();
      await waitUntil(() => $(el, '[part~="paper-starts"]'), 'it did not say when paper starts');
      expect(flat($(el, '[part~="paper-starts"]').textContent)).to.equal(en.paperStarts(formatDate('2026-12-01', 'en-US', 'long')));
      expect($(el, '[part~="switch"]').getAttribute('aria-checked')).to.equal('false');
    } finally {
      w.restore();
    }
  });
});
