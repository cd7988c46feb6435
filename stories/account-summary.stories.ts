import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { TesseraProvider } from '@tessera/core';
import { accountStates, createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/account-summary/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: the customer's clicks, replayed once the data shows. */
  walk: readonly string[];
  /** Story-only: the provider offers only the two required methods. */
  basic?: boolean;
}

function build(args: Args): { provider: TesseraProvider; now: Date } {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  const provider = createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
  return {
    provider: args.basic ? { accounts: { listAccounts: provider.accounts.listAccounts, getAccount: provider.accounts.getAccount } } : provider,
    // Local noon on the store's date: days left read the same in every time zone.
    now: new Date(`${store.today}T12:00:00`),
  };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Replays the customer's clicks, each once it shows; stops quietly if one never does. */
async function replay(el: HTMLElement, walk: readonly string[]): Promise<void> {
  for (const selector of walk) {
    let target: HTMLElement | null | undefined;
    for (let i = 0; i < 300 && !target; i++) {
      target = el.shadowRoot?.querySelector<HTMLElement>(`[part~="list"] ${selector}`);
      if (!target) await wait(10);
    }
    if (!target) return;
    target.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/**
 * Everything the customer owes, in one place. Every story runs against the in-memory mock
 * lender, its "today" fixed through the `now` property. Actions are events: the demo wires
 * them to the payment form and the title tracker.
 */
const meta = {
  title: 'Widgets/Account summary',
  component: 'tessera-account-summary',
  args: { accountId: undefined, headingLevel: 2, scenario: () => undefined, faults: [], walk: [] },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan],
      description: 'Show only this account; none lists every account.',
    },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of each account’s heading.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    walk: { table: { disable: true } },
    basic: { table: { disable: true } },
  },
  render: (args) => {
    const { provider, now } = build(args);
    let replayed = false;
    return html`<tessera-account-summary
      account-id=${ifDefined(args.accountId)}
      heading-level=${args.headingLevel}
      .now=${now}
      .provider=${provider}
      ${ref((el) => {
        if (!el || replayed) return;
        replayed = true;
        void replay(el as HTMLElement, args.walk);
      })}
    ></tessera-account-summary>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Every account: a card due in 4 days, a vehicle loan a third of the way to payoff, a paid-off loan. */
export const AllAccounts: Story = {};

/** One card: balances, statement, minimum and due date, credit used as a meter, last payment, Auto Pay off. */
export const Card: Story = { args: { accountId: MOCK_IDS.cardAccount } };

/** One vehicle loan: amount due, principal, rate, payments made, maturity, progress as a meter. */
export const VehicleLoan: Story = { args: { accountId: MOCK_IDS.activeLoan } };

/** Both payments are late: the amount late and the days late, and "Make a payment" carries the amount. */
export const PastDue: Story = { args: { scenario: accountStates.pastDue } };

/** Both payments are due today. */
export const DueToday: Story = { args: { scenario: accountStates.dueToday } };

/** A credit balance: the lender owes the customer; nothing due. */
export const CreditBalance: Story = { args: { accountId: MOCK_IDS.cardAccount, scenario: accountStates.creditBalance } };

/** Over the credit limit: said in words, the meter full. */
export const OverLimit: Story = { args: { accountId: MOCK_IDS.cardAccount, scenario: accountStates.overLimit } };

/** A pending last payment, a scheduled payment, and Auto Pay on. */
export const PendingAndScheduled: Story = { args: { accountId: MOCK_IDS.cardAccount, scenario: accountStates.scheduledAndPending } };

/** A paid-off vehicle loan: "Paid off on …" and "Track my title" (the host opens the title tracker). */
export const PaidOff: Story = { args: { accountId: MOCK_IDS.paidOffLoan } };

/** The payoff-quote form: a good-through date within the lender's window (today to 10 days from now). */
export const PayoffQuoteForm: Story = {
  args: { accountId: MOCK_IDS.activeLoan, walk: ['[part~="quote-toggle"]'] },
  parameters: { reaches: '[part~="date"]' },
};

/** A payoff quote: the amount, principal, interest and fees, the per-diem interest, "Pay this amount" and the payoff letter. */
export const PayoffQuote: Story = {
  args: { accountId: MOCK_IDS.activeLoan, walk: ['[part~="quote-toggle"]', '[part~="get-quote"]'] },
  parameters: { reaches: '[part~="quote-result"]' },
};

/** The payoff quote fails: a message and a retry (which works); the date stays. */
export const PayoffQuoteFailing: Story = {
  args: {
    accountId: MOCK_IDS.activeLoan,
    faults: [['accounts.getPayoffQuote', { error: 'unavailable', times: 1 }]],
    walk: ['[part~="quote-toggle"]', '[part~="get-quote"]'],
  },
  parameters: { reaches: '[part~="error"]' },
};

/** A lender without scheduled payments or payoff quotes: what it cannot do is not shown. */
export const WithoutOptionalMethods: Story = { args: { basic: true } };

/** No account yet. */
export const Empty: Story = { args: { scenario: (store) => void (store.accounts = []) } };

/** Loading: the skeleton draws a card and a loan with their figures as bars. */
export const Loading: Story = { args: { faults: [['accounts.listAccounts', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['accounts.listAccounts', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['accounts.listAccounts', { malformed: true }]] }, parameters: { invalidData: true } };
