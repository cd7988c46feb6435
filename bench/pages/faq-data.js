// Generated FAQ entries for the bench: deterministic (seeded), lender vocabulary, rich answers.

const TOPICS = ['payments', 'autopay', 'card-lock', 'credit-score', 'title', 'disputes', 'contact'];

const SUBJECTS = [
  'payment', 'autopay enrollment', 'card lock', 'credit score', 'vehicle title', 'dispute', 'statement',
  'routing number', 'bank account', 'due date', 'late fee', 'payoff quote', 'lien release', 'authorized user',
  'minimum payment', 'balance transfer', 'cash advance', 'interest charge', 'billing cycle', 'secure message',
];
const VERBS = ['change', 'cancel', 'schedule', 'update', 'find', 'confirm', 'report', 'track', 'review', 'set up'];
const QUESTIONS = [
  (v, s) => `How do I ${v} my ${s}?`,
  (v, s) => `Can I ${v} a ${s} online?`,
  (v, s) => `When will my ${s} post?`,
  (v, s) => `What happens if I ${v} my ${s} after the cutoff?`,
  (v, s) => `Why can't I ${v} the ${s} on a weekend?`,
  (v, s) => `Where do I ${v} the ${s} for a paid-off loan?`,
];
const SENTENCES = [
  (s) => `Your ${s} is processed on the next business day after we receive it.`,
  (s) => `You can review every ${s} from the account overview at any time.`,
  (s) => `Changes to a ${s} made before 5:00 p.m. Central time take effect the same day.`,
  (s) => `If a ${s} is returned by your bank, a returned payment fee may apply.`,
  (s) => `We send a confirmation by email when the ${s} is complete.`,
  (s) => `Call us at 555-0100 if the ${s} does not appear within three business days.`,
  (s) => `A ${s} can be changed until the day before it is scheduled.`,
];

/** mulberry32: a tiny seeded generator, so every run searches the same entries. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` FAQ entries (English) with paragraphs, a list, emphasis and a link. */
export function generateFaq(count, seed = 42) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const entries = Array.from({ length: count }, (_, i) => {
    const subject = pick(SUBJECTS);
    const sentences = Array.from({ length: 3 }, () => pick(SENTENCES)(pick(SUBJECTS)));
    return {
      id: `entry-${i + 1}`,
      topic: TOPICS[i % TOPICS.length],
      question: pick(QUESTIONS)(pick(VERBS), subject),
      answer: [
        { type: 'paragraph', content: [sentences[0], ' ', { type: 'strong', text: sentences[1] }] },
        { type: 'list', items: [[sentences[2]], [{ type: 'link', href: 'https://www.example.com/help', text: `More about ${subject}` }]] },
      ],
    };
  });
  return {
    locale: 'en',
    topics: TOPICS.map((id) => ({ id, label: id.replace('-', ' ') })),
    entries,
  };
}

/** What a customer types, one keystroke at a time: words, prefixes and typos. */
export const TYPED_QUERIES = [
  'how do I cancel my autopay',
  'routing numbr',
  'lien release vehicle title',
  'late fee weekend',
  'secure mesage',
  'payoff quote',
  'authorized user card lock',
  'balance transfer interest',
];
