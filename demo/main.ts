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
  'tessera-documents-opened',
  'tessera-documents-paperless-changed',
  'tessera-documents-failed',
]) {
  document.addEventListener(type, (event) => console.info(`[host analytics] ${type}`, (event as CustomEvent).detail));
}

await startMockApi({ baseUrl: '/api' });

// Register <tessera-provider> and every widget package present (each src/define.ts).
const defines = import.meta.glob('../packages/*/src/define.ts');
await Promise.all(Object.values(defines).map((load) => load()));
