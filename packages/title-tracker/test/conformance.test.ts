import { addDays } from '@tessera/core';
import { DEFAULT_TODAY, MOCK_IDS, type MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/title-tracker/define';
import type { TesseraTitleTracker } from '@tessera/title-tracker';

const SWITCH = '[part~="switch"]';
const SECOND_SUMMARY = '[part~="vehicle"]:nth-child(2) [part~="summary"]';

/** Changes the seeded title in progress (the paid-off Camry). */
const camry = (change: (title: MockStore['titles'][number], today: string) => void) => (store: MockStore) => {
  change(store.titles.find((t) => t.id === MOCK_IDS.title)!, store.today);
};

runWidgetConformance<TesseraTitleTracker>({
  tag: 'tessera-title-tracker',
  packageDir: 'title-tracker',
  eventPrefix: 'tessera-title-tracker',
  // The seeded title in progress, alone: what the skeleton reserves (one vehicle, expanded).
  attributes: { 'account-id': MOCK_IDS.paidOffLoan },
  // The mock lender lives on its seeded day, its title in progress with estimates a few days
  // after it: every mount sees that day, or from a few days on the steps would turn delayed.
  set: { now: new Date(`${DEFAULT_TODAY}T12:00:00`) },
  requires: ['titles.listTitles', 'titles.setTitleEmailUpdates'],
  loads: ['titles.listTitles'],
  ready: '[part~="steps"]',
  states: [
    { name: 'several vehicles, the title on its way expanded', attributes: { 'account-id': null }, shows: '[part~="list"] [part~="vehicle"] + [part~="vehicle"]' },
    {
      name: 'the delivered vehicle expanded too, with its tracking link',
      attributes: { 'account-id': null },
      reach: (el) => pressOn(el, SECOND_SUMMARY),
      shows: '[part~="tracking-link"]',
    },
    {
      name: 'a step past its estimate, without a lender note: the default next step',
      store: camry((title, today) => {
        title.steps[2] = { key: 'lien-released', status: 'current', estimate: { from: addDays(today, -30), to: addDays(today, -28) } };
      }),
      shows: '[part~="step-delayed"] [part~="next-step"]',
    },
    {
      name: 'email updates on, right to left',
      attributes: { dir: 'rtl' },
      store: camry((title) => (title.emailUpdates = { enabled: true, maskedEmail: 'j•••••@example.com' })),
      shows: `${SWITCH}[aria-checked="true"]`,
    },
    {
      name: 'a vehicle with invalid data left out, with a notice',
      attributes: { 'account-id': null },
      store: (store) => (store.titles[1]!.vehicle.vinLast6 = 'VIN?'),
      shows: '[part~="notice"]',
    },
    {
      name: 'no paid-off vehicle yet, with the payoff link',
      attributes: { 'payoff-href': '/loans/payoff' },
      store: (store) => void (store.titles = []),
      shows: '[part~="payoff-link"]',
    },
  ],
  actions: [
    {
      action: 'email-updates',
      route: 'titles.setTitleEmailUpdates',
      perform: (el) => pressOn(el, SWITCH),
      succeeded: 'tessera-title-tracker-email-updates-changed',
      failedDetail: { titleId: MOCK_IDS.title },
    },
  ],
  text: {
    fill: (store, value) => {
      for (const title of store.titles) {
        title.vehicle.make = value;
        title.vehicle.model = value;
        title.emailUpdates.maskedEmail = value;
        title.guidance = [value];
        title.tracking = { carrier: value, number: value };
        for (const step of title.steps) step.note = value;
      }
    },
  },
  properties: { accountId: 'auto-acct-3', payoffHref: '/payoff', now: new Date('2026-12-24T12:00:00') },
  loadEvents: ['tessera-title-tracker-viewed'],
});
