/* eslint-disable @typescript-eslint/no-floating-promises -- chai assertions are typed as thenables; they are not promises */
import { expect } from '@open-wc/testing';
import { isDocumentOpening, isDocumentPage, isPaperlessSettings, type DocumentSummary } from '@tessera/core';
import { MOCK_IDS } from '../store/ids.js';
import { expectProviderError, type Harness } from './harness.js';

export function documentsContract(h: Harness): void {
  describe('documents', () => {
    it('lists an account’s documents newest first, a page at a time with a cursor, filtered by type', async () => {
      const api = h.slice('documents');
      const first = await api.listDocuments({ accountId: MOCK_IDS.cardAccount, limit: 10 });
      expect(isDocumentPage(first), 'passes isDocumentPage').to.equal(true);
      expect(first.documents).to.have.length(10);
      expect(first.total).to.equal(h.subject.store.documents.filter((d) => d.accountId === MOCK_IDS.cardAccount).length);
      const dates = first.documents.map((d) => d.date);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      const all: DocumentSummary[] = [...first.documents];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = await api.listDocuments({ accountId: MOCK_IDS.cardAccount, limit: 10, cursor });
        all.push(...page.documents);
        cursor = page.nextCursor;
      }
      expect(all).to.have.length(first.total!);
      expect(new Set(all.map((d) => d.id)).size, 'no document twice').to.equal(all.length);
      const letters = await api.listDocuments({ type: 'lien-release' });
      expect(letters.documents.map((d) => d.id)).to.deep.equal(['doc-lien-release']);
      await expectProviderError(api.listDocuments({ accountId: 'no-such-account' }), 'not-found');
      await expectProviderError(api.listDocuments({ cursor: 'nonsense' }), 'validation');
    });

    it('opens a statement as a short-lived https link and a letter as a PDF file, each viewed from then on', async () => {
      const api = h.slice('documents');
      const link = await api.openDocument('doc-card-2026-10');
      expect(isDocumentOpening(link), 'passes isDocumentOpening').to.equal(true);
      expect(link.kind).to.equal('link');
      if (link.kind === 'link') expect(new URL(link.url).protocol).to.equal('https:');
      const file = await api.openDocument('doc-lien-release');
      expect(file.kind).to.equal('file');
      if (file.kind === 'file') {
        expect(file.mediaType).to.equal('application/pdf');
        expect(atob(file.data).startsWith('%PDF-')).to.equal(true);
        expect(file.fileName).to.match(/\.pdf$/);
      }
      expect(h.subject.store.documents.find((d) => d.id === 'doc-lien-release')!.viewed).to.equal(true);
      await expectProviderError(api.openDocument('no-such-document'), 'not-found');
    });

    it('turns paperless on only with the consent accepted, and off saying when paper starts again', async () => {
      const api = h.slice('documents');
      const before = await api.getPaperless!(MOCK_IDS.activeLoan);
      expect(isPaperlessSettings(before), 'passes isPaperlessSettings').to.equal(true);
      expect(before.paperless).to.equal(false);
      await expectProviderError(api.setPaperless!(MOCK_IDS.activeLoan, { paperless: true }), 'validation');
      const acceptedAt = '2026-11-21T15:00:00.000Z';
      const on = await api.setPaperless!(MOCK_IDS.activeLoan, { paperless: true, consentVersion: before.consent.version, acceptedAt });
      expect([on.paperless, on.consentedAt]).to.deep.equal([true, acceptedAt]);
      const off = await api.setPaperless!(MOCK_IDS.activeLoan, { paperless: false });
      expect(off.paperless).to.equal(false);
      expect(off.paperStartsOn).to.be.a('string');
    });
  });
}
