import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { HelpApi, TesseraProvider } from '@tessera/core';
import { createFaults, createMemoryProvider, createMockStore, type Fault, type FaultRoute, type MockStore } from '@tessera/mocks';
import '@tessera/core/define';
import '@tessera/help-faq/define';
import { storyLender } from './support/lender.js';

interface Args {
  topic?: string;
  topics?: string;
  query?: string;
  openId?: string;
  hideContact: boolean;
  faqSchema: boolean;
  emitQuery: boolean;
  /** Story-only: the clock for "Open now" (ISO instant); empty for the real time. */
  now?: string;
  /** Story-only: how the mock lender is set up. */
  scenario: (store: MockStore) => void;
  faults: Array<[FaultRoute, Fault]>;
  /** Story-only: leave the provider out (configuration error). */
  noProvider: boolean;
  /** Story-only: a lender that takes no "Was this helpful?" answers (no `help.sendFeedback`). */
  noFeedback: boolean;
  /** Story-only: what the customer clicks (selectors in the shadow root) before the story is shown. */
  walk: string[];
  /** Story-only: width of the container around the widget. */
  width?: string;
}

function buildProvider(args: Args): TesseraProvider {
  const store = createMockStore();
  args.scenario(store);
  const faults = createFaults();
  for (const [route, fault] of args.faults) faults.set(route, fault);
  const provider = createMemoryProvider(store, { faults, latencyMs: storyLender.latencyMs });
  if (!args.noFeedback) return provider;
  const help: HelpApi = { getFaq: provider.help.getFaq, getContactChannels: provider.help.getContactChannels };
  return { ...provider, help };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Replays the customer's clicks, each once it shows; stops quietly if one never does. */
async function replay(el: HTMLElement, walk: readonly string[]): Promise<void> {
  for (const selector of walk) {
    let target: HTMLElement | null | undefined;
    for (let i = 0; i < 200 && !target; i++) {
      target = el.shadowRoot?.querySelector<HTMLElement>(selector);
      if (!target) await wait(10);
    }
    if (!target) return;
    target.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** Monday 23 November 2026, 10:00 in Chicago: customer service is open. */
const WEEKDAY_MORNING = '2026-11-23T16:00:00Z';
/** Sunday 22 November 2026, 10:00 in Chicago: customer service is closed, the fraud line is open. */
const SUNDAY_MORNING = '2026-11-22T16:00:00Z';

const hostile = (store: MockStore): void => {
  for (const faq of Object.values(store.faq)) {
    faq.entries.unshift({
      id: 'hostile',
      topic: faq.topics[0]?.id ?? 'payments',
      question: '<img src=x onerror="alert(1)"> Is markup from the provider shown as text?',
      answer: [
        { type: 'paragraph', content: ['<script>alert(2)</script> ', { type: 'strong', text: '<b>still text</b>' }] },
        {
          type: 'list',
          items: [
            [{ type: 'link', href: 'javascript:alert(3)', text: 'A javascript: link (shown as text)' }],
            [{ type: 'link', href: 'https://bank.example.com/help', text: 'An https link' }],
            [{ type: 'link', href: 'tel:+18005550142', text: 'A tel: link' }],
          ],
        },
      ],
    });
  }
};

/**
 * Searchable help questions and answers with the lender's contact channels. Every story
 * runs against the in-memory mock lender: type in the search box (typos and missing
 * accents are fine), pick a topic, open answers, and answer "Was this helpful?".
 */
const meta = {
  title: 'Widgets/Help FAQ',
  component: 'tessera-help-faq',
  args: {
    topic: undefined,
    topics: undefined,
    query: undefined,
    openId: undefined,
    hideContact: false,
    faqSchema: false,
    emitQuery: false,
    now: WEEKDAY_MORNING,
    scenario: () => undefined,
    faults: [],
    noProvider: false,
    noFeedback: false,
    walk: [],
    width: undefined,
  },
  argTypes: {
    topic: {
      control: 'select',
      options: [undefined, 'payments', 'autopay', 'card-lock', 'credit-score', 'title', 'disputes', 'contact'],
      description: 'The topic selected in the filter.',
    },
    topics: { control: 'text', description: 'Limit to these topic ids (space- or comma-separated).' },
    query: { control: 'text', description: 'The search text.' },
    openId: { control: 'text', description: 'Entry to expand and scroll to.' },
    hideContact: { control: 'boolean', description: 'Hide the contact channels.' },
    faqSchema: { control: 'boolean', description: 'Write schema.org FAQPage JSON-LD into the light DOM.' },
    emitQuery: { control: 'boolean', description: 'Include the query text in tessera-help-faq-searched.' },
    now: { control: 'text', description: 'Clock for "Open now" (story-only; the `now` property).' },
    width: { control: 'select', options: [undefined, '320px', '480px', '960px'], description: 'Container width (story-only).' },
    scenario: { table: { disable: true } },
    faults: { table: { disable: true } },
    noProvider: { table: { disable: true } },
    noFeedback: { table: { disable: true } },
    walk: { table: { disable: true } },
  },
  render: (args) => {
    let replayed = false;
    return html`<div style=${styleMap({ maxWidth: args.width ?? 'none' })}>
    <tessera-help-faq
      topic=${ifDefined(args.topic)}
      topics=${ifDefined(args.topics)}
      query=${ifDefined(args.query)}
      open-id=${ifDefined(args.openId)}
      ?hide-contact=${args.hideContact}
      ?faq-schema=${args.faqSchema}
      ?emit-query=${args.emitQuery}
      .now=${args.now ? new Date(args.now) : undefined}
      .provider=${args.noProvider ? undefined : buildProvider(args)}
      ${ref((el) => {
        if (!el || replayed) return;
        replayed = true;
        void replay(el as HTMLElement, args.walk);
      })}
    ></tessera-help-faq>
  </div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The first view: the first five questions and "Show all", with the contact channels' toggle below. */
export const AllTopics: Story = {};

/** After "Show all 26 questions": every topic, grouped, expanded in place. */
export const AllQuestions: Story = { args: { walk: ['[part~="show-all"]'] } };

/** `topic="autopay"` preselects a topic in the filter. */
export const TopicSelected: Story = { args: { topic: 'autopay' } };

/** `topics="payments autopay"` limits the FAQ to a few topics. */
export const LimitedTopics: Story = { args: { topics: 'payments autopay', hideContact: true } };

/** A search with matches highlighted and the count announced. */
export const Search: Story = { args: { query: 'auto pay' } };

/** Typos are forgiven: "disptue" finds the dispute questions. */
export const SearchWithTypo: Story = { args: { query: 'disptue' } };

/** "lok card": a short word missing a letter, and the lender's keywords ("freeze", "late fee"). */
export const SearchShortWordTypo: Story = { args: { query: 'lok card' } };

/**
 * A search that finds little offers the other language ("Buscar en español" here); pressed,
 * the Spanish matches, marked `lang="es"`.
 */
export const SearchOtherLanguage: Story = { args: { query: 'fico', walk: ['[part~="other-language"]'], hideContact: true } };

/** Nothing matches: what to try next, and a way to clear the search. */
export const NoResults: Story = { args: { query: 'zebra crossing' } };

/** `open-id` expands an answer (with "Was this helpful?") and scrolls to it. */
export const AnswerOpen: Story = { args: { openId: 'payment-methods' } };

/** A deep link past the first view: every question is shown, that one open. */
export const DeepLinkPastFirstView: Story = { args: { openId: 'dispute-report', hideContact: true } };

/** "Was this helpful?" answered: the lender accepted it, and the customer is thanked. */
export const FeedbackSent: Story = { args: { openId: 'payment-posting', walk: ['[part~="feedback-button"]'], hideContact: true } };

/** The lender did not take the answer: an inline error with a retry, focus kept on it. */
export const FeedbackFailed: Story = {
  args: {
    openId: 'payment-cancel',
    faults: [['help.sendFeedback', { error: 'unavailable' }]],
    walk: ['[part~="feedback-button"]'],
    hideContact: true,
  },
};

/** A lender without `help.sendFeedback`: no "Was this helpful?" at all. */
export const FeedbackNotOffered: Story = { args: { openId: 'payment-add-bank', noFeedback: true, hideContact: true } };

/** "Ways to contact us" opened: each channel, with "Open now" in the lender's time zone. */
export const ContactOpen: Story = { args: { walk: ['[part~="contact-toggle"]'] } };

/** Sunday: customer service is closed, the fraud line is open around the clock. */
export const ContactClosed: Story = { args: { now: SUNDAY_MORNING, topics: 'contact', walk: ['[part~="contact-toggle"]'] } };

/** `hide-contact`: questions only. */
export const WithoutContact: Story = { args: { hideContact: true } };

/** `faq-schema`: also writes schema.org FAQPage JSON-LD for search engines (see the light DOM). */
export const WithFaqSchema: Story = { args: { faqSchema: true, topics: 'payments' } };

/** Markup and `javascript:` links from the provider render as inert text. */
export const HostileContent: Story = { args: { scenario: hostile, openId: 'hostile', hideContact: true } };

/** At 320 px. */
export const Narrow: Story = { args: { width: '320px', openId: 'contact-hours' } };

/** The lender has no questions yet. */
export const Empty: Story = {
  args: {
    scenario: (store) => {
      for (const faq of Object.values(store.faq)) faq.entries = [];
    },
  },
};

/** Loading: skeletons that reserve the first view and the contact toggle. */
export const Loading: Story = {
  args: {
    faults: [
      ['help.getFaq', { hang: true }],
      ['help.getContactChannels', { hang: true }],
    ],
  },
};

/** The help service is down: a message and a retry (which works). */
export const Unavailable: Story = { args: { faults: [['help.getFaq', { error: 'unavailable', times: 1 }]], hideContact: true } };

/** The request timed out. */
export const Timeout: Story = { args: { faults: [['help.getFaq', { timeout: true, times: 1 }]], hideContact: true } };

/** The provider answered with data of the wrong shape. */
export const MalformedData: Story = { args: { faults: [['help.getFaq', { malformed: true, times: 1 }]], hideContact: true }, parameters: { invalidData: true } };

/** Only the contact channels failed: the questions still work. */
export const ContactError: Story = { args: { faults: [['help.getContactChannels', { error: 'network', times: 1 }]] } };

/** No provider: a configuration error that names what is missing. */
export const NoProvider: Story = { args: { noProvider: true } };
