import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/documents/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
  pageSize: number;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
}

function build(args: Args): TesseraProvider {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  return createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
}

/**
 * Statements and documents by year, and paperless delivery. Every story runs against the
 * in-memory mock lender; documents open from an https: link in a new tab or download as
 * small generated PDF files.
 */
const meta = {
  title: 'Widgets/Documents',
  component: 'tessera-documents',
  args: { accountId: MOCK_IDS.cardAccount, pageSize: 12, headingLevel: 2, scenario: () => undefined, faults: [] },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan],
      description: 'Show only this account’s documents and its paperless switch; none lists every account’s.',
    },
    pageSize: { control: { type: 'range', min: 1, max: 50 }, description: 'Documents per page.' },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of each year’s heading.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
  render: (args) =>
    html`<tessera-documents
      account-id=${ifDefined(args.accountId)}
      page-size=${args.pageSize}
      heading-level=${args.headingLevel}
      .provider=${build(args)}
    ></tessera-documents>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The card: three years of statements (a page at a time, "Show more"), a notice, year-end summaries; paperless on. */
export const CardStatements: Story = {};

/** Every account’s documents, the paid-off loan’s payoff and lien-release letters still new. */
export const AllAccounts: Story = { args: { accountId: undefined } };

/** The paid-off loan: letters that download as files, paperless off. */
export const PaidOffLoan: Story = { args: { accountId: MOCK_IDS.paidOffLoan } };

/** Paperless off and never consented: turning it on shows the lender’s consent in full first. */
export const PaperlessConsent: Story = { args: { accountId: MOCK_IDS.activeLoan } };

/** A year without documents between two others says so. */
export const EmptyYear: Story = {
  args: {
    pageSize: 40,
    scenario: (store) => void (store.documents = store.documents.filter((d) => d.accountId !== MOCK_IDS.cardAccount || !d.date.startsWith('2025'))),
  },
};

/** An account with no documents yet. */
export const Empty: Story = { args: { scenario: (store) => void (store.documents = []) } };

/** A very long name and a right-to-left name. */
export const LongAndRightToLeft: Story = {
  args: {
    scenario: (store) => {
      store.documents[0]!.name = 'Statement of account including all transactions, fees, interest charges and promotional balance details for the period';
      store.documents[1]!.name = 'كشف الحساب الشهري – أكتوبر';
    },
  },
};

/** Opening fails: a message and a retry; `tessera-documents-failed` reports `{ action: 'open', code, documentId }`. */
export const OpenFailing: Story = { args: { faults: [['documents.openDocument', { error: 'unavailable' }]] } };

/** Saving paperless fails (toggle the switch): the switch reverts with a message and a retry. */
export const PaperlessFailing: Story = { args: { faults: [['documents.setPaperless', { error: 'unavailable' }]] } };

/** Loading: the skeleton reserves the ready size. */
export const Loading: Story = { args: { faults: [['documents.listDocuments', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['documents.listDocuments', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['documents.listDocuments', { malformed: true }]] }, parameters: { invalidData: true } };
