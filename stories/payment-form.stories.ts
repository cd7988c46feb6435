import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { createFaults, createMemoryProvider, createMockStore, MOCK_IDS, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/payment-form/define';
import type { TesseraPaymentForm } from '@tessera/payment-form';

/** A customer action the story replays after rendering, so every step can be shown. */
type Action = ['click', string] | ['fill', string, string] | ['leave', string] | ['step', string];

interface Args {
  accountId?: string;
  mode: 'one-time' | 'autopay';
  minDate?: string;
  maxDate?: string;
  /** Story-only: the width of the column the form sits in. */
  width: string;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: what the customer does before the story is shown. */
  walk: Action[];
}

/**
 * Where a story stops: its step and what it shows there. The stories test waits for it
 * before checking the story (with axe), and fails when the story never gets there.
 */
interface Reaches {
  step: string;
  selector: string;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a replay waits for each step or element: a busy machine loads the mock lender's data slowly. */
const PATIENCE_MS = 10_000;

async function until<T>(find: () => T | null | undefined | false): Promise<T | undefined> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) return undefined;
    await wait(10);
  }
}

/** Replays the customer's actions; says in the console where it stopped if something is not there. */
async function replay(el: TesseraPaymentForm, actions: Action[]): Promise<void> {
  const find = (selector: string): HTMLInputElement | null | undefined => el.shadowRoot?.querySelector<HTMLInputElement>(selector);
  const stuck = (what: string): void => console.warn(`[story] the replay stopped on "${el.step}": ${what} never appeared`);
  for (const action of actions) {
    if (action[0] === 'step') {
      const step = action[1];
      if (!(await until(() => el.step === step && find('[part="actions"]')))) return stuck(`the step "${step}"`);
      continue;
    }
    const target = await until(() => find(action[1]));
    if (!target) return stuck(action[1]);
    if (action[0] === 'click') target.click();
    // The customer leaving a field (what a focus change fires), without taking the page's focus.
    else if (action[0] === 'leave') target.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    else {
      target.value = action[2];
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
  }
}

/** The story's `parameters`: where it stops (see `Reaches`). */
const reaches = (step: string, selector: string): { reaches: Reaches } => ({ reaches: { step, selector } });

const CONTINUE = '[part~="continue"]';
// The minimum due, then review: the earliest date and the preferred bank account need no step.
const toReview: Action[] = [['step', 'amount'], ['click', '#amount'], ['click', CONTINUE], ['step', 'review']];
const toDate: Action[] = [...toReview, ['click', '#edit-date'], ['step', 'date']];
const toFrom: Action[] = [...toReview, ['click', '#edit-from'], ['step', 'from']];
const submit: Action[] = [...toReview, ['click', '#authorize'], ['click', CONTINUE]];
const newBank: Action[] = [...toFrom, ['click', '#funding-2']];
const toCancelPayment: Action[] = [...submit, ['step', 'result'], ['click', '[part~="cancel-payment"]'], ['step', 'cancel-payment']];
const toAutopayReview: Action[] = [['step', 'autopay'], ['click', '[part="set-up"]'], ['step', 'autopay-edit'], ['click', CONTINUE], ['step', 'autopay-review']];
const authorizeAutopay: Action[] = [...toAutopayReview, ['click', '#authorize'], ['click', CONTINUE], ['step', 'autopay']];
/** The loan's Auto Pay drafts on the 23rd: the next draft (November 23) is past its cutoff. */
const draftTooLate = (store: MockStore): void => {
  const loan = store.autoPay[MOCK_IDS.activeLoan];
  if (loan) loan.startDate = '2025-06-23';
};

/**
 * One-time and scheduled payments from a bank account, and Auto Pay. Every story runs
 * against the in-memory mock lender; stories past the first step replay the customer's
 * clicks after rendering.
 */
const meta = {
  title: 'Widgets/Payment form',
  component: 'tessera-payment-form',
  args: {
    accountId: MOCK_IDS.cardAccount,
    mode: 'one-time',
    minDate: undefined,
    maxDate: undefined,
    width: '40rem',
    scenario: () => undefined,
    faults: [],
    walk: [],
  },
  argTypes: {
    accountId: {
      control: 'select',
      options: [undefined, MOCK_IDS.cardAccount, MOCK_IDS.activeLoan, MOCK_IDS.paidOffLoan],
      description: 'Pay this account; none lets the customer choose.',
    },
    mode: { control: 'inline-radio', options: ['one-time', 'autopay'], description: 'One-time payment or Auto Pay.' },
    minDate: { control: 'text', description: 'Earliest date the host allows (YYYY-MM-DD).' },
    maxDate: { control: 'text', description: 'Latest date the host allows (YYYY-MM-DD).' },
    width: { control: 'inline-radio', options: ['20rem', '40rem', '60rem'], description: 'Story only: the column width.' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    walk: { table: { disable: true } },
  },
  render: (args) => {
    const store = createMockStore();
    args.scenario(store);
    const faults = createFaults();
    for (const [route, fault] of args.faults) faults.set(route, fault);
    const provider = createMemoryProvider(store, { faults });
    let replayed = false;
    return html`<div style=${styleMap({ maxWidth: args.width })}>
      <tessera-payment-form
        account-id=${ifDefined(args.accountId)}
        mode=${args.mode}
        min-date=${ifDefined(args.minDate)}
        max-date=${ifDefined(args.maxDate)}
        .provider=${provider}
        ${ref((el) => {
          if (!el || replayed) return;
          replayed = true;
          void replay(el as TesseraPaymentForm, args.walk);
        })}
      ></tessera-payment-form>
    </div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const ChooseAccount: Story = { parameters: reaches('account', '#account'), args: { accountId: undefined } };

export const Amount: Story = { parameters: reaches('amount', '#amount') };

export const AmountErrors: Story = {
  parameters: reaches('amount', '#other-error'),
  args: { walk: [['step', 'amount'], ['click', '#amount-3'], ['fill', '#other', '10.5555'], ['click', CONTINUE]] },
};

/** A period before three digits: $1,234.00 or $1.23? The form asks, naming both, and keeps what was typed. */
export const AmbiguousAmount: Story = {
  parameters: reaches('amount', '#other-error'),
  args: { walk: [['step', 'amount'], ['click', '#amount-3'], ['fill', '#other', '1.234'], ['click', CONTINUE]] },
};

export const BelowMinimumDue: Story = {
  parameters: reaches('amount', '#other-note'),
  args: { walk: [['step', 'amount'], ['click', '#amount-3'], ['fill', '#other', '20']] },
};

/** A field typed in and left: its problem shows under it at once, without the list at the top. */
export const FieldLeftWithAProblem: Story = {
  parameters: reaches('amount', '#other-error'),
  args: { walk: [['step', 'amount'], ['click', '#amount-3'], ['fill', '#other', '12a'], ['leave', '#other']] },
};

/** The loan has Auto Pay on: a one-time payment says the next automatic payment still runs. */
export const VehicleLoan: Story = {
  parameters: reaches('amount', '[part="autopay-note"]'),
  args: { accountId: MOCK_IDS.activeLoan },
};

export const PastDue: Story = {
  parameters: reaches('account', '[part="past-due"]'),
  args: {
    accountId: undefined,
    scenario: (store) => {
      const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount);
      if (card) card.pastDueAmount = { amount: 3500, currency: 'USD' };
    },
  },
};

/** One account breaks a data rule: it is left out, with a note, and the others can be paid. */
export const AccountLeftOut: Story = {
  parameters: { invalidData: true, ...reaches('account', '[part="notice"]') },
  args: {
    accountId: undefined,
    scenario: (store) => {
      const loan = store.accounts.find((a) => a.id === MOCK_IDS.activeLoan);
      if (loan) loan.last4 = '7';
    },
  },
};

export const PaymentDate: Story = { parameters: reaches('date', '#date'), args: { walk: toDate } };

export const LateFeeWarning: Story = {
  parameters: reaches('date', '#date-note.warning'),
  args: { walk: [...toDate, ['fill', '#date', '2026-11-27']] },
};

export const ClosedDay: Story = {
  parameters: reaches('date', '#date-error'),
  args: { walk: [...toDate, ['fill', '#date', '2026-11-26'], ['click', CONTINUE]] },
};

export const SavedBankAccounts: Story = { parameters: reaches('from', '#funding'), args: { walk: toFrom } };

export const AddBankAccount: Story = {
  parameters: reaches('from', '#confirmAccountNumber-error'),
  args: {
    walk: [
      ...newBank,
      ['fill', '#holderName', 'Jordan Rivera'],
      ['fill', '#routingNumber', '021000021'],
      ['fill', '#accountNumber', '12345678'],
      ['fill', '#confirmAccountNumber', '12345670'],
      ['click', CONTINUE],
    ],
  },
};

export const NoSavedBankAccounts: Story = {
  parameters: reaches('from', '#holderName'),
  args: {
    scenario: (store) => {
      store.fundingAccounts = [];
    },
    walk: [['step', 'amount'], ['click', '#amount'], ['click', CONTINUE], ['step', 'from']],
  },
};

export const Review: Story = { parameters: reaches('review', '#authorize'), args: { walk: toReview } };

/** Less than the minimum due: "Will this post on time? No", whatever the date. */
export const ReviewBelowMinimumDue: Story = {
  parameters: reaches('review', '[part="on-time"].warning'),
  args: { walk: [['step', 'amount'], ['click', '#amount-3'], ['fill', '#other', '20'], ['click', CONTINUE], ['step', 'review']] },
};

export const Submitting: Story = {
  parameters: reaches('review', '[part~="continue"][aria-disabled="true"]'),
  args: { faults: [['payments.submitPayment', { hang: true }]], walk: submit },
};

/** The confirmation: the amount due after the payment, one date, and a way to cancel it before the cutoff. */
export const Success: Story = {
  parameters: reaches('result', '[part="cancel-payment"]'),
  args: { walk: [...submit, ['step', 'result']] },
};

export const CancelPayment: Story = {
  parameters: reaches('cancel-payment', '[part="confirm-cancel-payment"]'),
  args: { walk: toCancelPayment },
};

export const PaymentCancelled: Story = {
  parameters: reaches('result', '[part="receipt"][data-status="cancelled"]'),
  args: { walk: [...toCancelPayment, ['click', '[part~="confirm-cancel-payment"]'], ['step', 'result']] },
};

export const CouldNotConfirm: Story = {
  parameters: reaches('review', '[part~="unconfirmed"] [part="contact"] a'),
  name: 'Couldn’t confirm',
  args: { faults: [['payments.submitPayment', { dropResponse: true, times: 1 }]], walk: submit },
};

export const PaymentRefused: Story = {
  parameters: reaches('review', '[part="error"]'),
  args: { faults: [['payments.submitPayment', { error: 'unavailable' }]], walk: submit },
};

/** Loading with `account-id`: the skeleton is the amount step of a card, the size of the ready step. */
export const Loading: Story = {
  parameters: reaches('amount', '[part="skeleton"]'),
  args: { faults: [['accounts.getAccount', { hang: true }]] },
};

/** Loading without `account-id`: the skeleton is the account chooser, with room for three accounts. */
export const LoadingAccounts: Story = {
  parameters: reaches('account', '[part="skeleton"]'),
  args: { accountId: undefined, faults: [['accounts.listAccounts', { hang: true }]] },
};

/** The account is known, its amounts are loading: heading and account stay, the rest is reserved. */
export const LoadingAmounts: Story = {
  parameters: reaches('amount', '[part="account"] ~ [part="skeleton"]'),
  args: { faults: [['payments.getPaymentOptions', { hang: true }]] },
};

/** Loading Auto Pay: the skeleton is the enrollment summary. */
export const LoadingAutoPay: Story = {
  parameters: reaches('autopay', '[part="skeleton"]'),
  args: { accountId: MOCK_IDS.activeLoan, mode: 'autopay', faults: [['accounts.getAccount', { hang: true }]] },
};

export const LoadError: Story = {
  parameters: reaches('account', '[part="error"]'),
  args: { accountId: undefined, faults: [['accounts.listAccounts', { error: 'unavailable' }]] },
};

export const NothingToPay: Story = { parameters: reaches('amount', '[part="empty"]'), args: { accountId: MOCK_IDS.paidOffLoan } };

export const NoAccounts: Story = {
  parameters: reaches('account', '[part="empty"]'),
  args: {
    accountId: undefined,
    scenario: (store) => {
      store.accounts = [];
    },
  },
};

export const Narrow: Story = { parameters: reaches('review', '#authorize'), args: { width: '20rem', walk: toReview } };

export const AutoPayNotEnrolled: Story = { parameters: reaches('autopay', '[part="set-up"]'), args: { mode: 'autopay' } };

export const AutoPayEnrolled: Story = {
  parameters: reaches('autopay', '[part="turn-off"]'),
  args: { mode: 'autopay', accountId: MOCK_IDS.activeLoan },
};

export const AutoPayEdit: Story = {
  parameters: reaches('autopay-edit', '#rule'),
  args: { mode: 'autopay', accountId: MOCK_IDS.activeLoan, walk: [['step', 'autopay'], ['click', '[part="change"]']] },
};

export const AutoPayTurnOff: Story = {
  parameters: reaches('autopay-cancel', '[part="confirm-turn-off"]'),
  args: { mode: 'autopay', accountId: MOCK_IDS.activeLoan, walk: [['step', 'autopay'], ['click', '[part="turn-off"]']] },
};

/** The authorization on enrolling: amount, dates, bank account, how and by when to stop it, the lender's words, consent. */
export const AutoPayAuthorization: Story = {
  parameters: reaches('autopay-review', '[part="authorization"]'),
  args: { mode: 'autopay', walk: toAutopayReview },
};

/** Set up: where the lender sent the copy of the authorization. */
export const AutoPaySetUp: Story = {
  parameters: reaches('autopay', '[part="autopay-confirmation"]'),
  args: { mode: 'autopay', walk: authorizeAutopay },
};

/** Set up with a lender that does not say where a copy goes: the copy is shown to keep. */
export const AutoPaySetUpCopyShown: Story = {
  parameters: reaches('autopay', '[part="autopay-confirmation"] .copy'),
  args: {
    mode: 'autopay',
    scenario: (store) => {
      store.authorizationCopy = null;
    },
    walk: authorizeAutopay,
  },
};

/** A fixed amount below the card's minimum due: allowed, with a warning. */
export const AutoPayBelowMinimumDue: Story = {
  parameters: reaches('autopay-edit', '#fixed-note'),
  args: {
    mode: 'autopay',
    walk: [['step', 'autopay'], ['click', '[part="set-up"]'], ['step', 'autopay-edit'], ['click', '#rule-2'], ['fill', '#fixed', '10']],
  },
};

/** A fixed amount below the loan's installment: the lender refuses it. */
export const AutoPayBelowInstallment: Story = {
  parameters: reaches('autopay-edit', '#fixed-error'),
  args: {
    mode: 'autopay',
    accountId: MOCK_IDS.activeLoan,
    walk: [
      ['step', 'autopay'],
      ['click', '[part="change"]'],
      ['step', 'autopay-edit'],
      ['click', '#rule-1'],
      ['fill', '#fixed', '10'],
      ['click', CONTINUE],
    ],
  },
};

/** Turning Auto Pay off after the next draft's cutoff: that draft is still made, and the form says so. */
export const AutoPayTurnOffTooLate: Story = {
  parameters: reaches('autopay-cancel', '.note.warning'),
  args: { mode: 'autopay', accountId: MOCK_IDS.activeLoan, scenario: draftTooLate, walk: [['step', 'autopay'], ['click', '[part="turn-off"]']] },
};

export const AutoPayTurnedOffDraftStillMade: Story = {
  parameters: reaches('autopay', '[part="autopay-confirmation"]'),
  args: {
    mode: 'autopay',
    accountId: MOCK_IDS.activeLoan,
    scenario: draftTooLate,
    walk: [['step', 'autopay'], ['click', '[part="turn-off"]'], ['step', 'autopay-cancel'], ['click', '[part="confirm-turn-off"]'], ['step', 'autopay']],
  },
};
