import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/alerts/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
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

const consented = (store: MockStore): void => void (store.alerts.consent.acceptedAt = '2026-11-01T12:00:00.000Z');

/**
 * Alerts and reminders by e-mail, text and push, the mobile number verified with a one-time
 * code (the mock lender's code is always 246810), the text consent and pay by text. Every
 * story runs against the in-memory mock lender.
 */
const meta = {
  title: 'Widgets/Alerts',
  component: 'tessera-alerts',
  args: { accountId: MOCK_IDS.cardAccount, headingLevel: 2, scenario: () => undefined, faults: [] },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan],
      description: 'Show only this account’s alerts; none shows every account’s.',
    },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of each account’s heading.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
  render: (args) =>
    html`<tessera-alerts account-id=${ifDefined(args.accountId)} heading-level=${args.headingLevel} .provider=${build(args)}></tessera-alerts>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The card: every card alert on e-mail, text and push, a verified mobile number, pay by text offered. */
export const Card: Story = {};

/** A vehicle loan: payment alerts by e-mail and text. */
export const VehicleLoan: Story = { args: { accountId: MOCK_IDS.activeLoan } };

/** Every account, each under its own heading. */
export const AllAccounts: Story = { args: { accountId: undefined } };

/** A customer with no mobile number: turning on a text alert asks for one, then a code (246810). */
export const NoMobileNumber: Story = { args: { scenario: (store) => void (store.alerts.mobile = null) } };

/** Codes expire at once: typing the code says it expired, and a new one can be sent straight away. */
export const CodeExpires: Story = { args: { scenario: (store) => Object.assign(store.alerts, { codeLifetimeSeconds: 0, resendSeconds: 0 }) } };

/** The text consent accepted already: pay by text can be turned on (it turns text reminders on in the same step). */
export const PayByText: Story = { args: { scenario: consented } };

/** Enrolled in pay by text: how it works, and turning it off is one press. */
export const PayByTextOn: Story = {
  args: {
    scenario: (store) => {
      consented(store);
      store.alerts.alerts[0]!.channels.text = true;
      Object.assign(store.alerts.payByText[MOCK_IDS.cardAccount]!, { enrolled: true, fundingAccountId: MOCK_IDS.checking });
    },
  },
};

/** The paid-off loan: not eligible for pay by text, so it is not offered. */
export const NotEligible: Story = { args: { accountId: MOCK_IDS.paidOffLoan } };

/** No alerts offered. */
export const Empty: Story = { args: { scenario: (store) => void (store.alerts.alerts = []) } };

/** A very long and a right-to-left account name. */
export const LongAndRightToLeft: Story = {
  args: {
    accountId: undefined,
    scenario: (store) => {
      store.accounts[0]!.name = 'Harborview Everyday Rewards Visa Signature with an unusually long product name for testing';
      store.accounts[1]!.name = 'قرض السيارة – سوبارو';
    },
  },
};

/** Saving fails (toggle any switch): that switch goes back with the reason and a retry; nothing else moves. */
export const SaveFailing: Story = { args: { faults: [['alerts.setAlert', { error: 'unavailable' }]] } };

/** Loading: the skeleton reserves the ready size. */
export const Loading: Story = { args: { faults: [['alerts.getAlerts', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['alerts.getAlerts', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['alerts.getAlerts', { malformed: true }]] }, parameters: { invalidData: true } };
