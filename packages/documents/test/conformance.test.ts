import { MOCK_IDS } from '@tessera/mocks';
import { pressOn, runWidgetConformance } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/documents/define';
import type { TesseraDocuments } from '@tessera/documents';

const FIRST = '[part~="open"]';
const SWITCH = '[part~="switch"]';
// Documents open from a new tab or a download: neither is the suite's business.
window.open = () => null;
// A download would open the browser's own dialog: the element's click on its temporary link
// still happens (and is checked in documents.test.ts), the browser's saving does not.
document.addEventListener('click', (e) => {
  const target = e.composedPath()[0];
  if (target instanceof HTMLAnchorElement && target.download) e.preventDefault();
}, true);

runWidgetConformance<TesseraDocuments>({
  tag: 'tessera-documents',
  packageDir: 'documents',
  eventPrefix: 'tessera-documents',
  // The card: three years of statements, paperless on.
  attributes: { 'account-id': MOCK_IDS.cardAccount },
  requires: ['documents.listDocuments', 'documents.openDocument', 'documents.getPaperless', 'documents.setPaperless'],
  loads: ['documents.listDocuments', 'documents.getPaperless'],
  ready: '[part~="list"] [part~="open"]',
  states: [
    { name: 'every account, with new letters', attributes: { 'account-id': null }, shows: '[part~="new"]' },
    {
      name: 'the consent shown in full before the first opt-in',
      attributes: { 'account-id': MOCK_IDS.activeLoan },
      reach: (el) => pressOn(el, SWITCH),
      shows: '[part~="consent-text"]',
    },
    {
      name: 'a year with no documents between two others',
      attributes: { 'page-size': '40' },
      store: (store) => void (store.documents = store.documents.filter((d) => d.accountId !== MOCK_IDS.cardAccount || !d.date.startsWith('2025'))),
      shows: '[part~="year-empty"]',
    },
    { name: 'an account with no documents', store: (store) => void (store.documents = []), shows: '[part~="empty"]' },
    {
      name: 'a document with invalid data left out, with a notice',
      store: (store) => void (store.documents[0]!.date = 'soon'),
      shows: '[part~="notice"]',
    },
  ],
  actions: [
    {
      action: 'open',
      route: 'documents.openDocument',
      perform: (el) => pressOn(el, FIRST),
      succeeded: 'tessera-documents-opened',
      failedDetail: { documentId: 'doc-card-2026-10' },
    },
    {
      action: 'paperless',
      route: 'documents.setPaperless',
      perform: (el) => pressOn(el, SWITCH),
      succeeded: 'tessera-documents-paperless-changed',
      failedDetail: { accountId: MOCK_IDS.cardAccount },
    },
  ],
  text: {
    fill: (store, value) => {
      for (const d of store.documents) d.name = value;
    },
  },
  properties: { accountId: MOCK_IDS.activeLoan, pageSize: 5, now: new Date('2026-12-24T12:00:00Z') },
});
