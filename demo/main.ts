// The demo host page: starts the mock servicing API in a service worker, then loads
// every widget that exists in the workspace and wires the language/theme controls.
import { startMockApi } from '@tessera/mocks/browser';
import '@tessera/provider-rest/register';

const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang');
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme');

langSelect?.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});
themeSelect?.addEventListener('change', () => {
  document.documentElement.dataset['theme'] = themeSelect.value;
});

// Log what the widgets report, as a host's analytics would.
for (const type of [
  'tessera-payment-form-submitted',
  'tessera-payment-form-payment-cancelled',
  'tessera-payment-form-autopay-changed',
  'tessera-payment-form-failed',
  'tessera-card-lock-changed',
  'tessera-card-lock-failed',
  'tessera-fico-gauge-viewed',
  'tessera-fico-gauge-failed',
  'tessera-title-tracker-viewed',
  'tessera-title-tracker-email-updates-changed',
  'tessera-title-tracker-failed',
  'tessera-help-faq-searched',
  'tessera-help-faq-opened',
  'tessera-help-faq-feedback-sent',
  'tessera-help-faq-failed',
  'tessera-ways-to-pay-chosen',
  'tessera-ways-to-pay-revealed',
  'tessera-ways-to-pay-failed',
  'tessera-account-summary-payment-requested',
  'tessera-account-summary-autopay-requested',
  'tessera-account-summary-title-requested',
  'tessera-account-summary-payoff-quoted',
  'tessera-account-summary-payoff-requested',
  'tessera-account-summary-failed',
  'tessera-documents-opened',
  'tessera-documents-paperless-changed',
  'tessera-documents-failed',
  'tessera-dispute-submitted',
  'tessera-dispute-lock-requested',
  'tessera-dispute-failed',
  'tessera-activity-dispute-requested',
  'tessera-activity-payment-cancelled',
  'tessera-activity-payment-changed',
  'tessera-activity-failed',
  'tessera-alerts-changed',
  'tessera-alerts-mobile-verified',
  'tessera-alerts-consent-accepted',
  'tessera-alerts-pay-by-text-changed',
  'tessera-alerts-failed',
]) {
  document.addEventListener(type, (event) => console.info(`[host analytics] ${type}`, (event as CustomEvent).detail));
}

// The online ways to pay hand off to the payment forms: "Make a payment" opens the one-time
// form on that account, "Set up Auto Pay" the Auto Pay form; widgets never import each other.
document.addEventListener('tessera-ways-to-pay-chosen', (event) => {
  const { kind, accountId } = event.detail;
  const heading = kind === 'autopay' ? '#autopay-heading' : kind === 'online' ? '#pay-heading' : undefined;
  const section = heading ? document.querySelector(heading)?.closest('section') : undefined;
  const form = section?.querySelector('tessera-payment-form');
  if (!section || !form) return;
  if (accountId) form.setAttribute('account-id', accountId);
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  section.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
});
// The account summary hands off through events: the host opens the widget each action needs.
function showSection(headingId: string, widget: string, accountId: string): void {
  const section = document.getElementById(headingId);
  const element = section?.parentElement?.querySelector(widget);
  element?.setAttribute('account-id', accountId);
  section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  if (section) {
    section.tabIndex = -1;
    section.focus({ preventScroll: true });
  }
}
document.addEventListener('tessera-account-summary-payment-requested', (event) => showSection('pay-heading', 'tessera-payment-form', event.detail.accountId));
document.addEventListener('tessera-account-summary-payoff-requested', (event) => showSection('pay-heading', 'tessera-payment-form', event.detail.accountId));
document.addEventListener('tessera-account-summary-autopay-requested', (event) => showSection('autopay-heading', 'tessera-payment-form', event.detail.accountId));
document.addEventListener('tessera-account-summary-title-requested', (event) => showSection('title-heading', 'tessera-title-tracker', event.detail.accountId));

// A charge the customer disputes from the activity list opens the dispute widget on it
// (the activity widget's event carries { accountId, transactionId }); fraud in a dispute
// offers to lock the card, which the card lock does.
function openDispute({ accountId, transactionId }: { accountId: string; transactionId: string }): void {
  const dispute = document.querySelector('tessera-dispute');
  dispute?.setAttribute('transaction-id', transactionId);
  showSection('dispute-heading', 'tessera-dispute', accountId);
}
document.addEventListener('tessera-activity-dispute-requested', (event) => openDispute(event.detail));
document.addEventListener('tessera-dispute-lock-requested', (event) => {
  document.querySelector('tessera-card-lock')?.setAttribute('card-id', event.detail.cardId);
  showSection('lock-heading', 'tessera-card-lock', event.detail.accountId);
});
// A payment made, changed or cancelled in the payment form shows in the activity's scheduled
// payments once it reloads.
for (const type of ['tessera-payment-form-submitted', 'tessera-payment-form-payment-cancelled'] as const) {
  document.addEventListener(type, () => {
    const activity = document.querySelector('tessera-activity');
    activity?.replaceWith(activity.cloneNode());
  });
}

// `TESSERA_API=http://localhost:8787/api npm start`: the widgets call the reference server
// (`npm run serve:api`) as its first seeded customer, and the mock API does not start.
declare const __TESSERA_API__: string;
const referenceApi = typeof __TESSERA_API__ === 'string' ? __TESSERA_API__ : '';
const referenceProvider = referenceApi ? document.querySelector('tessera-provider') : null;
if (referenceProvider) {
  referenceProvider.setAttribute('endpoint', referenceApi);
  referenceProvider.getAuthToken = () => 'reference-token-jordan';
  const lede = document.querySelector('.lede');
  if (lede) lede.textContent = `Welcome back, Jordan. Everything below runs against the reference server at ${referenceApi}.`;
} else {
  await startMockApi({ baseUrl: '/api' });
}

// Register <tessera-provider> and every widget package present (each src/define.ts).
const defines = import.meta.glob('../packages/*/src/define.ts');
await Promise.all(Object.values(defines).map((load) => load()));
