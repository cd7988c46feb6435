import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, DISPUTE_IDS, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/dispute/define';
import type { TesseraDispute } from '@tessera/dispute';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
  transactionId?: string;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
}

/** The seeded lender's today, so the clock reads as the stories say. */
const NOW = new Date('2026-11-21T18:00:00Z');

function build(args: Args): TesseraProvider {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  return createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
}

/** Clicks through the flow as a customer would, once the widget has loaded. */
async function walk(canvas: HTMLElement, steps: Array<(root: ShadowRoot) => void>): Promise<void> {
  const el = canvas.querySelector<TesseraDispute>('tessera-dispute')!;
  const root = el.shadowRoot!;
  for (let i = 0; i < 100 && !root.querySelector('[part~="reasons"]'); i++) await new Promise((r) => setTimeout(r, 50));
  for (const step of steps) {
    step(root);
    await el.updateComplete;
  }
}
const pick = (selector: string) => (root: ShadowRoot) => root.querySelector<HTMLInputElement>(selector)?.click();
const fill = (selector: string, value: string) => (root: ShadowRoot) => {
  const field = root.querySelector<HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
};
const toReview = [pick('input[value="other"]'), pick('[part~="continue"]'), pick('input[name="q-merchantContacted"][value="no"]'), fill('#q-details', 'Charged after I canceled the order.'), pick('[part~="continue"]')];

/**
 * Disputes a card charge with the Fair Credit Billing Act's clock, and tracks disputes. Every
 * story runs against the in-memory mock lender, whose today is November 21, 2026.
 */
const meta = {
  title: 'Widgets/Dispute',
  component: 'tessera-dispute',
  args: { accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.recent, headingLevel: 2, scenario: () => undefined, faults: [] },
  argTypes: {
    accountId: { control: 'select', options: [undefined, MOCK_IDS.cardAccount, MOCK_IDS.activeLoan], description: 'The charge’s account.' },
    transactionId: {
      control: 'select',
      options: [undefined, ...Object.values(DISPUTE_IDS)],
      description: 'The charge to dispute; none lists the customer’s disputes.',
    },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of the widget’s heading.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
  render: (args) =>
    html`<tessera-dispute
      account-id=${ifDefined(args.accountId)}
      transaction-id=${ifDefined(args.transactionId)}
      heading-level=${args.headingLevel}
      .now=${NOW}
      .provider=${build(args)}
    ></tessera-dispute>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A charge on the last statement, 40 days left: the reason comes first. */
export const Reason: Story = {};

/** Fraud: the customer is not liable, the card can be locked now (an event the host wires to card-lock). */
export const Fraud: Story = { play: ({ canvasElement }) => walk(canvasElement, [pick('input[value="fraud"]'), pick('[part~="continue"]')]) };

/** The lender’s questions for a double charge, with files (type and size checked before they are sent). */
export const Questions: Story = { play: ({ canvasElement }) => walk(canvasElement, [pick('input[value="duplicate"]'), pick('[part~="continue"]')]) };

/** Questions left unanswered: each error is tied to its field. */
export const QuestionErrors: Story = {
  play: ({ canvasElement }) => walk(canvasElement, [pick('input[value="duplicate"]'), pick('[part~="continue"]'), pick('[part~="continue"]')]),
};

/** The review, with what happens next in the lender’s words. */
export const Review: Story = { play: ({ canvasElement }) => walk(canvasElement, toReview) };

/** Submitted: the case number. */
export const Submitted: Story = { play: ({ canvasElement }) => walk(canvasElement, [...toReview, pick('[part~="submit"]')]) };

/** Submitting fails: a message and a retry that keeps the same idempotency key. */
export const SubmitFailing: Story = {
  args: { faults: [['disputes.startDispute', { error: 'unavailable' }]] },
  play: ({ canvasElement }) => walk(canvasElement, [...toReview, pick('[part~="submit"]')]),
};

/** Past the 60-day window: the customer may still submit, and is told the protections may be reduced. */
export const PastTheWindow: Story = { args: { transactionId: DISPUTE_IDS.late } };

/** A charge on no statement yet: the window starts with the statement that shows it. */
export const NotOnAStatement: Story = { args: { transactionId: DISPUTE_IDS.pending } };

/** A vehicle loan’s charge: not open-end credit, so the lender says how to question it. */
export const VehicleLoan: Story = { args: { accountId: MOCK_IDS.activeLoan, transactionId: DISPUTE_IDS.loan } };

/** A charge already disputed. */
export const AlreadyDisputed: Story = { args: { transactionId: DISPUTE_IDS.disputed } };

/** Tracking: disputes in every status with their steps, and how to escalate. */
export const Tracking: Story = { args: { transactionId: undefined, accountId: undefined } };

/** No disputes. */
export const TrackingEmpty: Story = { args: { transactionId: undefined, accountId: undefined, scenario: (store) => void (store.disputes.cases = []) } };

/** A long and a right-to-left merchant name. */
export const LongAndRightToLeft: Story = {
  args: {
    transactionId: undefined,
    scenario: (store) => {
      store.disputes.cases[0]!.merchant = 'International Outdoor Equipment and Apparel Marketplace Online Store Number 4471';
      store.disputes.cases[1]!.merchant = 'متجر الإلكترونيات الحديثة';
    },
  },
};

/** Loading: the skeleton reserves the ready size. */
export const Loading: Story = { args: { faults: [['disputes.getDisputeOptions', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['disputes.getDisputeOptions', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['disputes.getDisputeOptions', { malformed: true }]] }, parameters: { invalidData: true } };
