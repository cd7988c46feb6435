import { waitUntil } from '@open-wc/testing';
import type { MockStore } from '@tessera/mocks';
import { pressOn, runWidgetConformance, shadow, typeInto, until } from '@tessera/mocks/conformance';
import '@tessera/core/define';
import '@tessera/help-faq/define';
import type { TesseraHelpFaq } from '@tessera/help-faq';

const QUESTION = '[part~="question"]';
const FEEDBACK_BUTTON = '[part~="feedback-button"]';

/** The page remembers answered questions for the session: every test starts without. */
beforeEach(() => sessionStorage.clear());

/** Opens the first question, as a keyboard user does, and waits for its answer. */
async function openFirstQuestion(el: TesseraHelpFaq): Promise<void> {
  await pressOn(el, QUESTION);
  await until(el, '[part~="answer"]:not([hidden])', 'the open answer');
}

const noQuestions = (store: MockStore): void => {
  for (const faq of Object.values(store.faq)) faq.entries = [];
};

/** Both loads done, showing questions or the notice that says why there are none. */
const SHOWS_TEXT = '[part~="base"]:not(:has([part~="skeleton"])):has([part~="answer"]:not([hidden]), [part~="notice"])';

runWidgetConformance<TesseraHelpFaq>({
  tag: 'tessera-help-faq',
  packageDir: 'help-faq',
  eventPrefix: 'tessera-help-faq',
  // A weekday morning in Chicago: "Open now" reads the same in every mount.
  set: { now: new Date('2026-11-23T16:00:00Z') },
  requires: ['help.getFaq', 'help.getContactChannels'],
  loads: ['help.getFaq', 'help.getContactChannels'],
  // Both loads done: the questions, and the contact channels' toggle.
  ready: '[part~="base"]:has([part~="question"]) [part~="contact-toggle"]',
  states: [
    {
      name: 'a search: matches highlighted, the count announced',
      reach: async (el) => {
        await typeInto(el, '[part~="search-input"]', 'auto');
        // The count is announced once typing pauses, with the searched event.
        await waitUntil(() => shadow(el, '[part~="status"]')?.textContent?.trim(), 'the result count was never announced', { timeout: 5000 });
      },
      shows: '[part~="highlight"]',
    },
    { name: 'a search without results', attributes: { query: 'zebra crossing' }, shows: '[part~="empty"] button' },
    {
      // "FICO" finds one or two questions in either language: the other one is offered.
      name: 'the other language’s results, after "Search in English" or "Buscar en español"',
      attributes: { query: 'fico' },
      reach: (el) => pressOn(el, '[part~="other-language"]'),
      shows: '#tf-other',
    },
    {
      name: 'a topic picked',
      reach: async (el) => {
        await pressOn(el, '[part~="topic"]:nth-child(3)');
      },
      shows: '[part~="topic"]:nth-child(3)[aria-pressed="true"]',
    },
    { name: 'an answer open (deep link), with a link and "Was this helpful?"', attributes: { 'open-id': 'payment-methods' }, shows: '[part~="link"]' },
    {
      name: 'a deep link past the first view: every question shown, that one open',
      attributes: { 'open-id': 'contact-message' },
      shows: '[id="contact-message"] [part~="answer"]:not([hidden])',
    },
    {
      name: 'every question, after "Show all"',
      reach: (el) => pressOn(el, '[part~="show-all"]'),
      shows: '[id="contact-message"]',
    },
    {
      name: 'the thanks after "Was this helpful?"',
      reach: async (el) => {
        await openFirstQuestion(el);
        await pressOn(el, FEEDBACK_BUTTON);
      },
      shows: '[part~="feedback"][tabindex]',
    },
    {
      name: 'the contact channels, open',
      reach: (el) => pressOn(el, '[part~="contact-toggle"]'),
      shows: '[part~="contact-toggle"][aria-expanded="true"] ~ div [part~="channel-status"]',
    },
    { name: 'without contact channels', attributes: { 'hide-contact': '' }, shows: QUESTION },
    {
      name: 'a question with invalid data left out, with a notice',
      store: (store) => Object.values(store.faq).forEach((faq) => (faq.entries[1]!.question = ' ')),
      shows: '[part~="notice"]',
    },
    {
      name: 'a contact channel with invalid data left out, with a notice',
      store: (store) => Object.values(store.contactChannels).forEach((channels) => (channels[0]!.label = '')),
      reach: (el) => pressOn(el, '[part~="contact-toggle"]'),
      shows: '[part~="contact-toggle"][aria-expanded="true"] ~ div [part~="notice"]',
    },
    { name: 'no questions yet', store: noQuestions, shows: '[part~="empty"]' },
  ],
  actions: [
    {
      action: 'feedback',
      route: 'help.sendFeedback',
      perform: async (el) => {
        await openFirstQuestion(el);
        await until(el, FEEDBACK_BUTTON);
        await pressOn(el, FEEDBACK_BUTTON);
      },
      succeeded: 'tessera-help-faq-feedback-sent',
      failedDetail: { entryId: 'payment-cutoff' },
    },
  ],
  text: {
    // One answer open, so its text is measured too.
    mount: { attributes: { 'open-id': 'payment-methods' } },
    shows: SHOWS_TEXT,
    fill: (store, value) => {
      for (const faq of Object.values(store.faq)) {
        for (const topic of faq.topics) topic.label = value;
        for (const entry of faq.entries) {
          entry.question = value;
          entry.answer = [
            { type: 'paragraph', content: [value, ' ', { type: 'strong', text: value }] },
            { type: 'list', items: [[value], [{ type: 'link', href: 'https://bank.example.com/help', text: value }]] },
          ];
        }
      }
      for (const channels of Object.values(store.contactChannels)) {
        for (const channel of channels) {
          channel.label = value;
          channel.bestFor = [value];
        }
      }
    },
  },
  properties: {
    topic: 'autopay',
    topics: ['payments', 'autopay'],
    query: 'pay',
    openId: 'payment-posting',
    syncHash: true,
    faqSchema: true,
    emitQuery: true,
    now: new Date('2026-11-22T16:00:00Z'),
  },
});
