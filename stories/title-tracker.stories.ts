import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { addDays, type TesseraProvider } from '@tessera/core';
import {
  createFaults,
  createMemoryProvider,
  createMockStore,
  MOCK_IDS,
  type Fault,
  type FaultRoute,
  type MockStore,
  type StoredTitleCase,
} from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/title-tracker/define';
import { storyLender } from './support/lender.js';

interface Args {
  accountId?: string;
  payoffHref?: string;
  headingLevel: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: days after the mock lender's today that the viewer sees the page (delays). */
  daysLater: number;
}

interface Built {
  provider: TesseraProvider;
  now: Date;
}

function build(args: Args): Built {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  return {
    provider: createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs }),
    // Local noon on the store's date, so the stepper reads the same in every time zone.
    now: new Date(`${addDays(store.today, args.daysLater)}T12:00:00`),
  };
}

/** Keeps only the paid-off Camry (title-1), changed by `change`. */
const camry =
  (change: (title: StoredTitleCase, today: string) => void = () => undefined) =>
  (store: MockStore): void => {
    const title = store.titles.find((t) => t.id === MOCK_IDS.title);
    if (!title) return;
    change(title, store.today);
    store.titles = [title];
  };

/**
 * Follows the title or lien release of each paid-off vehicle. Every story runs against
 * the in-memory mock lender; its "today" is fixed through the `now` property so dates and
 * delays read the same whenever the story is opened.
 */
const meta = {
  title: 'Widgets/Title tracker',
  component: 'tessera-title-tracker',
  args: {
    accountId: undefined,
    payoffHref: '#payoff',
    headingLevel: 2,
    scenario: () => undefined,
    faults: [],
    daysLater: 0,
  },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.paidOffLoan, 'auto-acct-3', MOCK_IDS.activeLoan],
      description: 'Show only this loan’s title; none lists every paid-off vehicle.',
    },
    payoffHref: { control: 'text', description: 'The payoff page linked from the empty state (http(s) or relative).' },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'The level of each vehicle’s heading; “What to expect” is one below.' },
    daysLater: { control: { type: 'range', min: 0, max: 40 }, description: 'View the page this many days later.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
  },
  render: (args) => {
    const { provider, now } = build(args);
    return html`<tessera-title-tracker
      account-id=${ifDefined(args.accountId)}
      payoff-href=${ifDefined(args.payoffHref)}
      heading-level=${args.headingLevel}
      .now=${now}
      .provider=${provider}
    ></tessera-title-tracker>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * Two paid-off vehicles: the title still on its way is listed first, expanded; the other is a
 * collapsed summary (vehicle, current step, estimate); click it to expand.
 */
export const SeveralVehicles: Story = {};

/**
 * One vehicle, shown expanded: an electronic-title state, lien release in progress.
 * Done steps show dates, the current step is marked, upcoming steps show estimates.
 */
export const SingleVehicle: Story = { args: { accountId: MOCK_IDS.paidOffLoan } };

/** Electronic lien release without lender guidance: the widget's defaults for electronic states. */
export const Electronic: Story = { args: { scenario: camry((t) => delete t.guidance) } };

/** A paper title mailed to the owner, with the default paper guidance and a tracking link. */
export const Paper: Story = {
  args: {
    scenario: camry((t, today) => {
      delete t.guidance;
      t.delivery = { method: 'paper', recipient: 'owner' };
      t.steps = [
        { key: 'payoff-received', status: 'done', completedOn: t.payoffDate },
        { key: 'payment-cleared', status: 'done', completedOn: addDays(today, -6) },
        { key: 'lien-released', status: 'done', completedOn: addDays(today, -3) },
        { key: 'title-sent', status: 'current', estimate: { from: addDays(today, -1), to: addDays(today, 1) } },
        { key: 'title-delivered', status: 'upcoming', estimate: { from: addDays(today, 3), to: addDays(today, 6) } },
      ];
      t.tracking = { carrier: 'USPS', number: '9400 1118 9922 3344 5566 77', url: 'https://tracking.example.com/usps/9400111899223344556677' };
    }),
  },
};

/** A paper title that the state has sent to its DMV instead of the owner. */
export const PaperToDmv: Story = {
  args: { scenario: camry((t) => (t.delivery = { method: 'paper', recipient: 'dmv' })) },
};

/** The customer moved to another state: what changes, with default guidance. */
export const MovedState: Story = {
  args: {
    scenario: camry((t) => {
      delete t.guidance;
      t.titlingState = 'TX';
      t.previousState = 'FL';
    }),
  },
};

/** Viewed a week later: the lien release is past its estimate, flagged with what to do next. */
export const Delayed: Story = { args: { accountId: MOCK_IDS.paidOffLoan, daysLater: 7 } };

/** A delayed step without a lender note: the default next step. */
export const DelayedWithoutNote: Story = {
  args: {
    daysLater: 7,
    scenario: camry((t) => {
      const step = t.steps[2];
      if (step) delete step.note;
    }),
  },
};

/** Every step done: the title was delivered. */
export const Delivered: Story = { args: { accountId: 'auto-acct-3' } };

/** A tracking URL that is not http(s) (`javascript:`): carrier and number show as text, no link. */
export const UnsafeTrackingLink: Story = {
  args: {
    scenario: camry((t) => {
      t.tracking = { carrier: 'Parcel Express', number: 'PX-20931', url: 'javascript:alert(document.domain)' };
    }),
  },
};

/** Email updates turned on, with the masked address they go to. */
export const EmailUpdatesOn: Story = {
  args: { scenario: camry((t) => (t.emailUpdates = { enabled: true, maskedEmail: 'j•••••@example.com' })) },
};

/**
 * Saving email updates fails (toggle the switch): the switch reverts with a message and a
 * retry, and `tessera-title-tracker-failed` reports `{ action: 'email-updates', code, titleId }`.
 */
export const EmailUpdatesFailing: Story = {
  args: { accountId: MOCK_IDS.paidOffLoan, faults: [['titles.setTitleEmailUpdates', { error: 'unavailable' }]] },
};

/** No paid-off vehicle yet: the title is held until payoff, with a link to the payoff page. */
export const Empty: Story = { args: { scenario: (store) => void (store.titles = []) } };

/** Loading: the skeleton reserves one vehicle, expanded (several vehicles add summary rows below it). */
export const Loading: Story = { args: { faults: [['titles.listTitles', { hang: true }]] } };

/** The provider is unavailable: a message and a retry (which works). */
export const ErrorWithRetry: Story = { args: { faults: [['titles.listTitles', { error: 'unavailable', times: 1 }]] } };

/** The provider answered with malformed data. */
export const Malformed: Story = { args: { faults: [['titles.listTitles', { malformed: true }]] }, parameters: { invalidData: true } };
