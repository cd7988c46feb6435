import type { ContactChannel, Faq, FaqEntry } from '@tessera/core';

/** A small FAQ whose wording the tests rely on. */
export function testFaq(): Faq {
  return {
    locale: 'en',
    topics: [
      { id: 'payments', label: 'Payments' },
      { id: 'autopay', label: 'Auto Pay' },
      { id: 'cards', label: 'Cards' },
    ],
    entries: [
      {
        id: 'payment-cutoff',
        topic: 'payments',
        question: 'What is the cutoff time for a payment?',
        answer: [{ type: 'paragraph', content: ['Pay by ', { type: 'strong', text: '5:00 p.m. Central' }, ' on a business day.'] }],
      },
      {
        id: 'payment-mail',
        topic: 'payments',
        question: 'Can I mail a check?',
        answer: [
          { type: 'paragraph', content: ['Yes. Mailed payments take longer than paying online.'] },
          { type: 'list', ordered: true, items: [['Write your account number on the check.'], ['Mail it to the address below.']] },
        ],
      },
      {
        id: 'autopay-enroll',
        topic: 'autopay',
        question: 'How do I set up Auto Pay?',
        answer: [{ type: 'paragraph', content: ['Choose ', { type: 'em', text: 'Auto Pay' }, ' and pick a bank account for each payment.'] }],
      },
      {
        id: 'card-fraud',
        topic: 'cards',
        question: 'What should I do about fraud on my card?',
        answer: [
          {
            type: 'paragraph',
            content: ['Call ', { type: 'link', href: 'tel:+18005550199', text: '1-800-555-0199' }, ' right away, or ', { type: 'link', href: 'https://bank.example.com/fraud', text: 'report it online' }, '.'],
          },
        ],
      },
      {
        id: 'card-replace',
        topic: 'cards',
        question: 'How do I get a replacement card?',
        answer: [{ type: 'paragraph', content: ['Ask for one by ', { type: 'link', href: 'mailto:help@example.com', text: 'email' }, '.'] }],
      },
    ],
  };
}

export function testFaqEs(): Faq {
  return {
    locale: 'es',
    topics: [
      { id: 'payments', label: 'Pagos' },
      { id: 'cards', label: 'Tarjetas' },
    ],
    entries: [
      {
        id: 'payment-cutoff',
        topic: 'payments',
        question: '¿Cuál es la hora límite para un pago?',
        answer: [{ type: 'paragraph', content: ['Pague antes de las 5:00 p. m., hora del centro.'] }],
      },
      {
        id: 'card-fraud',
        topic: 'cards',
        question: '¿Qué hago si hay fraude en mi tarjeta de crédito?',
        answer: [{ type: 'paragraph', content: ['Llámenos de inmediato. Bloquearemos la tarjeta y enviaremos una nueva.'] }],
      },
    ],
  };
}

/** Provider text that tries to inject markup and script. */
export function hostileFaq(): Faq {
  return {
    locale: 'en',
    topics: [{ id: 'x', label: '<b>Topic</b>' }],
    entries: [
      {
        id: 'hostile',
        topic: 'x',
        question: '<img src=x onerror="window.__pwned=1">Question',
        answer: [
          { type: 'paragraph', content: ['<script>window.__pwned=2</script>', { type: 'strong', text: '<img src=y onerror="window.__pwned=3">' }] },
          {
            type: 'list',
            items: [
              [{ type: 'link', href: 'javascript:window.__pwned=4', text: 'click me' }],
              [{ type: 'link', href: ' JavaScript:alert(1)', text: 'or me' }],
              [{ type: 'link', href: 'data:text/html,<script>alert(1)</script>', text: 'data link' }],
              [{ type: 'link', href: '/relative/path', text: 'relative link' }],
              [{ type: 'link', href: 'https://bank.example.com/ok', text: 'safe link' }],
            ],
          },
        ],
      },
    ],
  };
}

export function testChannels(): ContactChannel[] {
  return [
    {
      id: 'service',
      kind: 'phone',
      label: 'Customer service',
      value: '1-800-555-0142',
      hours: [
        { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
        { days: [6], opens: '09:00', closes: '13:00' },
      ],
      timeZone: 'America/Chicago',
      bestFor: ['Payments', 'Billing questions'],
    },
    {
      id: 'fraud',
      kind: 'phone',
      label: 'Fraud line',
      value: '1-800-555-0199',
      hours: [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '00:00' }],
      timeZone: 'America/New_York',
      bestFor: ['Fraud: call now'],
    },
    {
      id: 'secure',
      kind: 'secure-message',
      label: 'Secure message',
      value: 'https://bank.example.com/messages',
      bestFor: ['Billing questions that can wait'],
    },
    {
      id: 'mail',
      kind: 'mail',
      label: 'Mail',
      value: ['Harborview Bank', 'PO Box 5550', 'Springfield, IL 62705-5550'],
      bestFor: ['Checks'],
    },
  ];
}

const WORDS = [
  'payment', 'balance', 'statement', 'interest', 'account', 'transfer', 'deposit', 'credit', 'limit', 'dispute',
  'charge', 'refund', 'title', 'vehicle', 'lien', 'release', 'schedule', 'autopay', 'routing', 'checking',
  'savings', 'fraud', 'replacement', 'travel', 'notice', 'score', 'bureau', 'report', 'mailing', 'address',
];

/** `count` entries of generated text across ten topics (deterministic), for scale tests and the bench. */
export function generateEntries(count: number): FaqEntry[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `entry-${i}`,
    topic: `topic-${i % 10}`,
    question: `Question ${i}: ${words(8)}?`,
    answer: [
      { type: 'paragraph', content: [words(30), { type: 'strong', text: words(3) }, words(20)] },
      { type: 'list', items: [[words(10)], [words(10)], [{ type: 'link', href: 'https://bank.example.com/help', text: words(2) }]] },
    ],
  }));
}
