/** Every provider method, as `slice.method`: the names faults and call logs use. */
export const ROUTES = [
  'accounts.listAccounts',
  'accounts.getAccount',
  'accounts.getPayoffQuote',
  'accounts.listScheduledPayments',
  'payments.getPaymentOptions',
  'payments.listFundingAccounts',
  'payments.addFundingAccount',
  'payments.lookupRoutingNumber',
  'payments.submitPayment',
  'payments.cancelPayment',
  'payments.getAutoPay',
  'payments.setAutoPay',
  'payments.cancelAutoPay',
  'cards.listCards',
  'cards.getCard',
  'cards.setCardLock',
  'cards.getLockPolicy',
  'cards.getCapabilities',
  'cards.setDeclineAlerts',
  'creditScore.getCreditScore',
  'titles.listTitles',
  'titles.setTitleEmailUpdates',
  'help.getFaq',
  'help.getContactChannels',
  'help.sendFeedback',
  'help.getWaysToPay',
  'help.revealAccountNumber',
  'documents.listDocuments',
  'documents.openDocument',
  'documents.getPaperless',
  'documents.setPaperless',
  'alerts.getAlerts',
  'alerts.setAlert',
  'alerts.startPhoneVerification',
  'alerts.resendPhoneCode',
  'alerts.confirmPhone',
  'alerts.acceptTextConsent',
  'alerts.setPayByText',
] as const;

export type Route = (typeof ROUTES)[number];

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}
