import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/ways-to-pay/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
  accountKind: '' | 'card' | 'vehicle-loan';
  openId?: string;
  compact: boolean;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: the provider without `help.revealAccountNumber`. */
  noReveal: boolean;
}

function build(args: Args): TesseraProvider {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  const provider = createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
  if (!args.noReveal) return provider;
  return { ...provider, help: { ...provider.help, revealAccountNumber: undefined } };
}

/**
 * Every way to pay the mock lender (Harborview Bank): cards and vehicle loans, with fees charged
 * by third parties, addresses and 555 phone numbers. The online ways fire
 * `tessera-ways-to-pay-chosen`, which the demo page wires to the payment form.
 */
const meta = {
  title: 'Widgets/Ways to pay',
  component: 'tessera-ways-to-pay',
  args: {
    accountId: MOCK_IDS.activeLoan,
    accountKind: '',
    openId: undefined,
    compact: false,
    headingLevel: 2,
    scenario: () => undefined,
    faults: [],
    noReveal: false,
  },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.activeLoan, MOCK_IDS.cardAccount],
      description: 'The account being paid: its masked number beside bill pay and checks; its kind filters the ways.',
    },
    accountKind: { control: 'select', options: ['', 'card', 'vehicle-loan'], description: 'Only the ways for this kind of account.' },
    openId: { control: 'select', options: [undefined, 'online', 'bill-pay-loan', 'mail-loan', 'phone-loan', 'debit-card', 'cash', 'mail-card'] },
    compact: { control: 'boolean', description: 'Names and fees only.' },
    headingLevel: { control: { type: 'range', min: 1, max: 6 } },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    noReveal: { control: 'boolean', description: 'A provider without `help.revealAccountNumber`.' },
  },
  render: (args) => html`<tessera-ways-to-pay
    account-id=${ifDefined(args.accountId)}
    account-kind=${args.accountKind}
    open-id=${ifDefined(args.openId)}
    ?compact=${args.compact}
    heading-level=${args.headingLevel}
    .now=${new Date('2026-11-23T16:00:00Z')}
    .provider=${build(args)}
  ></tessera-ways-to-pay>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A vehicle loan's eight ways, collapsed: name and cost. Expand one for its details. */
export const VehicleLoan: Story = {};

/** A credit card's ways. */
export const Card: Story = { args: { accountId: MOCK_IDS.cardAccount } };

/** Every account kind, with the filter. */
export const AllAccounts: Story = { args: { accountId: undefined } };

/** Filtered to credit cards by the attribute. */
export const FilteredToCards: Story = { args: { accountId: undefined, accountKind: 'card' } };

/** Names and fees only. */
export const Compact: Story = { args: { compact: true } };

/** The online way, open: "Make a payment" fires `tessera-ways-to-pay-chosen`. */
export const OnlineOpen: Story = { args: { openId: 'online' } };

/** Mail, open: the payment address, the account number for the check, and the correspondence address kept apart. */
export const MailOpen: Story = { args: { openId: 'mail-loan' } };

/** Bill pay, open: the payee, its address, and the masked number with "Show full number". */
export const BillPayOpen: Story = { args: { openId: 'bill-pay-loan' } };

/** By phone through a third party that charges a fee: the number (a `tel:` link) and hours. */
export const PhoneOpen: Story = { args: { openId: 'phone-loan' } };

/** Cash at third-party locations whose fees vary, with a link to find one. */
export const CashOpen: Story = { args: { openId: 'cash' } };

/** A provider that cannot reveal numbers: masked only, no button. */
export const NoReveal: Story = { args: { openId: 'bill-pay-loan', noReveal: true } };

/** Revealing fails (press "Show full number"): a message, a retry, focus kept. */
export const RevealFailing: Story = { args: { openId: 'bill-pay-loan', faults: [['help.revealAccountNumber', { error: 'unavailable' }]] } };

/** A way that broke a data rule is left out, with a notice. */
export const InvalidWayLeftOut: Story = {
  args: { scenario: (store) => Object.values(store.waysToPay).forEach((ways) => (ways[1]!.name = ' ')) },
  parameters: { invalidData: true },
};

/** No way to pay for this account. */
export const Empty: Story = { args: { scenario: (store) => void (store.waysToPay = { en: [], es: [] }) } };

/** Loading: the skeleton reserves the collapsed list. */
export const Loading: Story = { args: { faults: [['help.getWaysToPay', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['help.getWaysToPay', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['help.getWaysToPay', { malformed: true }]] }, parameters: { invalidData: true } };
