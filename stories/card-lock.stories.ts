import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/card-lock/define';
import { storyLender } from './support/lender.js';

interface Args {
  cardId?: string;
  confirmUnlock: boolean;
  relockAfter?: number;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: leave the provider out (configuration error). */
  noProvider: boolean;
  /** Story-only: drop optional provider methods. */
  withoutOptional: boolean;
}

function buildProvider(args: Args): TesseraProvider {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  const provider = createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
  if (!args.withoutOptional) return provider;
  const { listCards, getCard, setCardLock } = provider.cards;
  return { cards: { listCards, getCard, setCardLock } };
}

const lockCard = (id: string) => (store: MockStore) => {
  const card = store.cards.find((c) => c.id === id);
  if (card) card.lock = { locked: true, changedAt: '2026-11-20T22:41:00Z' };
};

/**
 * Lets a customer lock a card in one action and unlock it when it turns up. Every story
 * runs against the in-memory mock lender; toggle the switch to see the pending and
 * confirmed states.
 */
const meta = {
  title: 'Widgets/Card lock',
  component: 'tessera-card-lock',
  args: {
    cardId: MOCK_IDS.card,
    confirmUnlock: false,
    relockAfter: undefined,
    scenario: () => undefined,
    faults: [],
    noProvider: false,
    withoutOptional: false,
  },
  argTypes: {
    cardId: {
      control: 'select',
      options: [undefined, MOCK_IDS.card, MOCK_IDS.authorizedUserCard, MOCK_IDS.replacedCard],
      description: 'The card to show; none lists every lockable card.',
    },
    confirmUnlock: { control: 'boolean', description: 'Ask before unlocking.' },
    relockAfter: { control: 'select', options: [undefined, 15, 60, 1440], description: 'Preselected re-lock minutes.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    noProvider: { table: { disable: true } },
    withoutOptional: { table: { disable: true } },
  },
  render: (args) => html`<tessera-card-lock
    card-id=${ifDefined(args.cardId)}
    ?confirm-unlock=${args.confirmUnlock}
    relock-after=${ifDefined(args.relockAfter)}
    .provider=${args.noProvider ? undefined : buildProvider(args)}
  ></tessera-card-lock>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** An unlocked card: one switch, no confirmation needed to lock. */
export const Unlocked: Story = {};

/** A locked card, with the lender's automatic re-lock choices for when it is unlocked. */
export const Locked: Story = { args: { scenario: lockCard(MOCK_IDS.card) } };

/** `confirm-unlock`: unlocking asks first (toggle the switch). */
export const ConfirmUnlock: Story = { args: { scenario: lockCard(MOCK_IDS.card), confirmUnlock: true } };

/** `relock-after="60"` preselects a re-lock one hour after unlocking. */
export const RelockPreselected: Story = { args: { scenario: lockCard(MOCK_IDS.card), relockAfter: 60 } };

/** Unlocked with an automatic re-lock already scheduled. */
export const RelockScheduled: Story = {
  args: {
    scenario: (store) => {
      const card = store.cards[0];
      if (card) card.lock = { locked: false, relockAt: new Date(Date.now() + 3_600_000).toISOString() };
    },
  },
};

/** Without `card-id`: every lockable card, including an authorized user's. */
export const AllCards: Story = { args: { cardId: undefined } };

/** An authorized user's card. */
export const AuthorizedUser: Story = { args: { cardId: MOCK_IDS.authorizedUserCard } };

/** A card that was reported lost and replaced: not lockable, with the lender's reason. */
export const NotLockable: Story = { args: { cardId: MOCK_IDS.replacedCard } };

/** No card can be locked. */
export const Empty: Story = {
  args: { cardId: undefined, scenario: (store) => void (store.cards = store.cards.filter((c) => !c.lockable)) },
};

/** A provider without the optional lock policy, capabilities and alerts: defaults, no extras. */
export const WithoutOptionalFeatures: Story = { args: { withoutOptional: true } };

/**
 * Loading: the skeleton reserves one unlocked card block for block (name, lock switch,
 * state line, alerts switch) and the policy summary.
 */
export const Loading: Story = { args: { faults: [['cards.getCard', { hang: true }]] } };

/** Loading every card: the skeleton reserves one card; each further card adds its height. */
export const LoadingAllCards: Story = { args: { cardId: undefined, faults: [['cards.listCards', { hang: true }]] } };

/** The skeleton above the ready card: both are the same size. */
export const LoadingThenReady: Story = {
  render: (args) => html`<div style=${styleMap({ display: 'grid', gap: '1rem' })}>
    ${meta.render({ ...args, faults: [['cards.getCard', { hang: true }]] })} ${meta.render(args)}
  </div>`,
};

/** The lock request never finishes: toggle to see the pending switch (`aria-busy`). */
export const Pending: Story = { args: { faults: [['cards.setCardLock', { hang: true }]] } };

/** The lock request fails: toggle to see the switch return and the reason, with a retry. */
export const ToggleFails: Story = { args: { faults: [['cards.setCardLock', { error: 'unavailable' }]] } };

/** Loading fails with a retryable error. */
export const LoadError: Story = { args: { faults: [['cards.getCard', { error: 'network' }]] } };

/** Loading fails: the session ended (no retry). */
export const Unauthorized: Story = { args: { faults: [['cards.getCard', { error: 'unauthorized' }]] } };

/** Loading times out. */
export const Timeout: Story = { args: { faults: [['cards.getCard', { timeout: true }]] } };

/** The lender answered with something that is not a card. */
export const MalformedData: Story = { args: { faults: [['cards.getCard', { malformed: true }]] }, parameters: { invalidData: true } };

/** No provider at all: a configuration error naming what is missing. */
export const MissingProvider: Story = { args: { noProvider: true } };

/** Spanish, whatever the toolbar says. */
export const Spanish: Story = {
  args: { scenario: lockCard(MOCK_IDS.card) },
  render: (args) => html`<div lang="es">${meta.render(args)}</div>`,
};
