import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, scheduledPayment, type Fault, type FaultRoute, type Faults, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/activity/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId: string;
  pageSize: number;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: what the pages after the first do once the customer asks for the whole period. */
  laterPages?: Fault;
}

const NOW = new Date('2026-11-21T15:00:00Z');

function build(args: Args): { provider: TesseraProvider; faults: Faults } {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  return { provider: createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs }), faults };
}

/** Presses "Download all as CSV" once it shows, the pages after the first then doing `fault`. */
async function exportAll(el: HTMLElement, faults: Faults, fault: Fault): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const button = el.shadowRoot?.querySelector<HTMLElement>('[part~="export-all"]');
    if (button) {
      faults.set('activity.listTransactions', fault);
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A $50.00 card payment in ten days and a $486.12 loan payment in twelve: both still changeable. */
const withScheduled = (store: MockStore): void => {
  scheduledPayment(store, MOCK_IDS.cardAccount, 10, 5_000);
  scheduledPayment(store, MOCK_IDS.activeLoan, 12, 48_612);
};

/**
 * Transactions, payment history and scheduled payments. Every story runs against the
 * in-memory mock lender, whose year of card transactions is generated from a fixed seed.
 */
const meta = {
  title: 'Widgets/Activity',
  component: 'tessera-activity',
  args: { accountId: MOCK_IDS.cardAccount, pageSize: 25, headingLevel: 2, scenario: withScheduled, faults: [] },
  argTypes: {
    accountId: { control: 'select', options: [MOCK_IDS.cardAccount, MOCK_IDS.activeLoan], description: 'A card shows transactions; a vehicle loan its payment history.' },
    pageSize: { control: { type: 'range', min: 1, max: 100 }, description: 'Rows per page.' },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of the headings.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
  render: (args) => {
    const { provider, faults } = build(args);
    let pressed = false;
    return html`<tessera-activity account-id=${args.accountId} page-size=${args.pageSize} heading-level=${args.headingLevel} .now=${NOW} .provider=${provider} ${ref((el) => {
      if (!el || pressed || !args.laterPages) return;
      pressed = true;
      void exportAll(el as HTMLElement, faults, args.laterPages);
    })}></tessera-activity>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The card: this period's transactions, pending apart from posted, a scheduled payment to change or cancel. */
export const CardTransactions: Story = {};

/** A vehicle loan: how each payment was applied and made, one returned for insufficient funds. */
export const LoanPaymentHistory: Story = { args: { accountId: MOCK_IDS.activeLoan } };

/** No payment scheduled. */
export const NothingScheduled: Story = { args: { scenario: () => undefined } };

/** A period with no activity. */
export const Empty: Story = { args: { scenario: (store) => void (store.transactions = []) } };

/** Very long and right-to-left merchant text. */
export const LongAndRightToLeft: Story = {
  args: {
    scenario: (store) => {
      store.transactions[1]!.description = 'TST* THE LONG TABLE NEIGHBORHOOD KITCHEN AND GATHERING PLACE CATERING DEPARTMENT ORDER 0000412 PORTLAND OR 97201 USA';
      store.transactions[2]!.description = 'مخبز الياسمين — JASMINE BAKERY';
    },
  },
};

/** "Download all as CSV" fetching the pages not loaded yet (five rows a page): the button busy, the progress a polite status. */
export const ExportingWholePeriod: Story = { args: { pageSize: 5, laterPages: { hang: true } }, parameters: { reaches: '[part~="export-all"][aria-busy="true"]' } };

/** A page of the whole period fails: the message and a retry that goes on from that page. */
export const ExportFailing: Story = { args: { pageSize: 5, laterPages: { error: 'unavailable', times: 1 } }, parameters: { reaches: '[part~="error"]' } };

/** Cancelling fails (Cancel payment, then Yes): a message and a retry; the payment stays listed. */
export const CancelFailing: Story = { args: { faults: [['payments.cancelPayment', { error: 'unavailable' }]] } };

/** Loading: the skeleton reserves the ready size. */
export const Loading: Story = { args: { faults: [['activity.listTransactions', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['activity.listTransactions', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['activity.listTransactions', { malformed: true }]] }, parameters: { invalidData: true } };
