import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import meta, * as stories from '../../../stories/payment-form.stories.js';

type StoryName = Exclude<keyof typeof stories, 'default'>;

/** Renders a story as Storybook would, from its args alone. */
async function render(name: StoryName): Promise<TesseraPaymentForm> {
  const story = stories[name] as { args?: Record<string, unknown> };
  const args = { ...meta.args, ...story.args } as Parameters<typeof meta.render>[0];
  const host = await fixture<HTMLElement>(html`<div>${meta.render(args)}</div>`);
  return host.querySelector<TesseraPaymentForm>('tessera-payment-form')!;
}

const has = (el: TesseraPaymentForm, selector: string): boolean => !!el.shadowRoot!.querySelector(selector);

// Each story must really show the state it is named after.
const expected: Partial<Record<StoryName, [step: string, selector: string]>> = {
  ChooseAccount: ['account', '#account'],
  Amount: ['amount', '#amount'],
  AmountErrors: ['amount', '#other-error'],
  BelowMinimumDue: ['amount', '#other-note'],
  PastDue: ['account', '[part="past-due"]'],
  PaymentDate: ['date', '#date'],
  LateFeeWarning: ['date', '#date-note.warning'],
  ClosedDay: ['date', '#date-error'],
  SavedBankAccounts: ['from', '#funding'],
  AddBankAccount: ['from', '#confirmAccountNumber-error'],
  NoSavedBankAccounts: ['from', '#holderName'],
  Review: ['review', '#authorize'],
  Submitting: ['review', '[part~="continue"][disabled]'],
  Success: ['result', '[part="confirmation-number"]'],
  CouldNotConfirm: ['review', '[part="unconfirmed"]'],
  PaymentRefused: ['review', '[part="error"]'],
  Loading: ['amount', '[part="loading"]'],
  LoadError: ['account', '[part="error"]'],
  NothingToPay: ['amount', '[part="empty"]'],
  NoAccounts: ['account', '[part="empty"]'],
  AutoPayNotEnrolled: ['autopay', '[part="set-up"]'],
  AutoPayEnrolled: ['autopay', '[part="turn-off"]'],
  AutoPayEdit: ['autopay-edit', '#rule'],
  AutoPayTurnOff: ['autopay-cancel', '[part="confirm-turn-off"]'],
};

describe('payment form stories', () => {
  for (const [name, [step, selector]] of Object.entries(expected) as Array<[StoryName, [string, string]]>) {
    it(`${name} shows ${selector} on ${step}`, async () => {
      const el = await render(name);
      await waitUntil(() => el.step === step && has(el, selector), `${name} never showed ${selector}`, { timeout: 400 });
    });
  }

  it('has a story for every state listed', () => {
    expect(Object.keys(stories).filter((k) => k !== 'default').length).to.be.at.least(Object.keys(expected).length);
  });
});
