import type * as stories from '../../../stories/payment-form.stories.js';

export type StoryName = Exclude<keyof typeof stories, 'default'>;

// Each story must really show the state it is named after.
export const EXPECTED_STATES: Partial<Record<StoryName, [step: string, selector: string]>> = {
  ChooseAccount: ['account', '#account'],
  Amount: ['amount', '#amount'],
  AmountErrors: ['amount', '#other-error'],
  BelowMinimumDue: ['amount', '#other-note'],
  PastDue: ['account', '[part="past-due"]'],
  AccountLeftOut: ['account', '[part="notice"]'],
  PaymentDate: ['date', '#date'],
  LateFeeWarning: ['date', '#date-note.warning'],
  ClosedDay: ['date', '#date-error'],
  SavedBankAccounts: ['from', '#funding'],
  AddBankAccount: ['from', '#confirmAccountNumber-error'],
  NoSavedBankAccounts: ['from', '#holderName'],
  Review: ['review', '#authorize'],
  Submitting: ['review', '[part~="continue"][disabled]'],
  Success: ['result', '[part="confirmation-number"]'],
  CouldNotConfirm: ['review', '[part~="unconfirmed"]'],
  PaymentRefused: ['review', '[part="error"]'],
  Loading: ['amount', '[part="skeleton"]'],
  LoadingAccounts: ['account', '[part="skeleton"]'],
  LoadingAmounts: ['amount', '[part="account"] ~ [part="skeleton"]'],
  LoadingAutoPay: ['autopay', '[part="skeleton"]'],
  LoadError: ['account', '[part="error"]'],
  NothingToPay: ['amount', '[part="empty"]'],
  NoAccounts: ['account', '[part="empty"]'],
  AutoPayNotEnrolled: ['autopay', '[part="set-up"]'],
  AutoPayEnrolled: ['autopay', '[part="turn-off"]'],
  AutoPayEdit: ['autopay-edit', '#rule'],
  AutoPayTurnOff: ['autopay-cancel', '[part="confirm-turn-off"]'],
};

