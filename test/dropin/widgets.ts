// The five widgets as the test pages place them (test/pages/*.html), what each shows once
// its data has arrived from the mock API, and the pieces of it a customer must see.
import { waitUntil } from '@open-wc/testing';
import { createMockStore, DISPUTE_IDS, MOCK_IDS, textIn } from '@tessera/mocks';
import type { TestPage } from './page-frame.js';

/** The seeded data the pages' mock API serves (a fresh store, same seed). */
const store = createMockStore();

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export interface WidgetCase {
  tag: string;
  /** What the ready state shows, read from the widget's shadow root; '' until it has data. */
  data(root: ShadowRoot): string;
  /** What `data` must contain: a value from the seeded store. */
  expected: string;
  /** Parts of the ready state a customer must be able to see. */
  visible: string[];
}

const payable = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount)!;
const card = store.cards.find((c) => c.id === MOCK_IDS.card)!;
const paidOff = store.accounts.find((a) => a.id === MOCK_IDS.paidOffLoan);
if (paidOff?.kind !== 'vehicle-loan') throw new Error('The seeded paid-off loan is missing');
const { vehicle } = paidOff;
const newestCardDocument = store.documents
  .filter((d) => d.accountId === MOCK_IDS.cardAccount)
  .reduce((newest, d) => (d.date > newest.date ? d : newest));

export const WIDGETS: Record<string, WidgetCase> = {
  'tessera-payment-form': {
    tag: 'tessera-payment-form',
    data: (root) => (root.querySelector('[part="actions"]') ? text(root.querySelector('[part="account"]')) : ''),
    expected: textIn(payable.name, 'en'),
    visible: ['[part="heading"]', '[part="account"]', '[part="actions"]'],
  },
  'tessera-card-lock': {
    tag: 'tessera-card-lock',
    data: (root) => (root.querySelector('[part~="lock-switch"]') ? text(root.querySelector('[part="card-name"]')) : ''),
    expected: card.nickname!,
    visible: ['[part="card-name"]', '[part~="lock-switch"]', '[part="state"]'],
  },
  'tessera-fico-gauge': {
    tag: 'tessera-fico-gauge',
    data: (root) => root.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? '',
    expected: String(store.creditScore!.score),
    visible: ['[part="gauge"]', '[part="score"]', '[part="band"]'],
  },
  'tessera-title-tracker': {
    tag: 'tessera-title-tracker',
    data: (root) => (root.querySelector('[part="steps"]') ? text(root.querySelector('[part="summary"]')) : ''),
    expected: `${vehicle.year} ${vehicle.make} ${vehicle.model}`,
    visible: ['[part="summary"]', '[part="steps"]'],
  },
  'tessera-help-faq': {
    tag: 'tessera-help-faq',
    // The first view shows a few questions and "Show all N questions", N from the whole FAQ.
    data: (root) =>
      root.querySelector('[part="channel"]') && !root.querySelector('[part="skeleton"]')
        ? `${/\d+/.exec(text(root.querySelector('[part="show-all"]')))?.[0] ?? 0} questions`
        : '',
    expected: `${store.faq.en.entries.length} questions`,
    visible: ['[part="search-input"]', '[part="question"]', '[part="contact-toggle"]'],
  },
  'tessera-ways-to-pay': {
    tag: 'tessera-ways-to-pay',
    data: (root) => (root.querySelector('[part="list"]') ? text(root.querySelector('[part="summary"] .name')) : ''),
    expected: store.waysToPay.en[0]!.name,
    visible: ['[part="heading"]', '[part="summary"]', '[part="cost"]'],
  },
  'tessera-account-summary': {
    tag: 'tessera-account-summary',
    data: (root) => (root.querySelector('[part="list"] [part="meter"]') ? text(root.querySelector('[part="list"] .heading')) : ''),
    expected: `${textIn(payable.name, 'en')} ••••${payable.last4}`,
    visible: ['[part="list"] [part="facts"]', '[part="list"] [part="meter"]', '[part="list"] [part="make-payment"]'],
  },
  'tessera-documents': {
    tag: 'tessera-documents',
    data: (root) => (root.querySelector('[part~="switch"]') ? text(root.querySelector('[part="name"]')) : ''),
    expected: textIn(newestCardDocument.name, 'en'),
    // Not the filter: Firefox keeps a <select> on one line whatever the page says.
    visible: ['[part="count"]', '[part="open"]', '[part~="switch"]'],
  },
  'tessera-dispute': {
    tag: 'tessera-dispute',
    data: (root) => (root.querySelector('[part~="reasons"]') ? text(root.querySelector('[part="charge"] .merchant')) : ''),
    expected: store.disputes.transactions.find((t) => t.id === DISPUTE_IDS.recent)!.merchant,
    visible: ['[part="charge"]', '[part="clock"]', '[part~="reasons"]'],
  },
  'tessera-activity': {
    tag: 'tessera-activity',
    data: (root) => (root.querySelector('[part~="row"]') ? text(root.querySelector('[part~="row"] .desc')) : ''),
    // The newest transaction: the first row of the current period's pending table.
    expected: store.transactions[0]!.description,
    visible: ['[part="count"]', '[part="table"]', '[part~="export"]'],
  },
  'tessera-alerts': {
    tag: 'tessera-alerts',
    data: (root) => (root.querySelector('[part~="switch"]') ? text(root.querySelector('[part="account"] .heading')) : ''),
    expected: `${textIn(payable.name, 'en')} ••••${payable.last4}`,
    visible: ['[part="contacts"]', '[part="alert"]', '[part~="switch"]'],
  },
};

export const ALL_WIDGETS = Object.values(WIDGETS);

/** The first element named `tag` in the page (light DOM), with its open shadow root. */
export function widgetIn(page: TestPage, tag: string): HTMLElement & { shadowRoot: ShadowRoot } {
  const el = page.document.querySelector<HTMLElement>(tag);
  if (!el) throw new Error(`${tag} is not on the page`);
  if (!el.shadowRoot) throw new Error(`${tag} has no shadow root: was its tag registered?`);
  return el as HTMLElement & { shadowRoot: ShadowRoot };
}

/**
 * Waits until every element (`tag` or `tag` under another name, see `as`) shows its data.
 * On timeout, says which did not and what the page reported.
 */
export async function waitForData(page: TestPage, cases: WidgetCase[], as: Record<string, string> = {}): Promise<void> {
  const pending = () =>
    cases.filter((c) => {
      const el = page.document.querySelector(as[c.tag] ?? c.tag);
      return !el?.shadowRoot || !c.data(el.shadowRoot).includes(c.expected);
    });
  try {
    await waitUntil(() => pending().length === 0, undefined, { timeout: 15_000 });
  } catch {
    const missing = pending().map((c) => {
      const el = page.document.querySelector(as[c.tag] ?? c.tag);
      const seen = el?.shadowRoot ? `showed "${c.data(el.shadowRoot)}"` : 'not upgraded';
      return `  ${as[c.tag] ?? c.tag}: expected "${c.expected}", ${seen}`;
    });
    throw new Error(`Widgets never showed their data:\n${missing.join('\n')}\nThe page reported:\n${page.summary()}`);
  }
}
