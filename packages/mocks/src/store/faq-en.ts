import type { Faq } from '@tessera/core';
import { CONTACT, em, link, ol, p, strong, ul } from './rich.js';

const { servicePhone, serviceTel, fraudPhone, fraudTel, messagesUrl, supportEmail } = CONTACT;

export function seedFaqEn(): Faq {
  return {
    locale: 'en',
    topics: [
      { id: 'payments', label: 'Payments' },
      { id: 'autopay', label: 'Auto Pay' },
      { id: 'card-lock', label: 'Card lock' },
      { id: 'credit-score', label: 'Credit score' },
      { id: 'title', label: 'Vehicle title' },
      { id: 'disputes', label: 'Disputes' },
      { id: 'contact', label: 'Contact us' },
    ],
    entries: [
      {
        id: 'payment-cutoff',
        topic: 'payments',
        question: 'What is the cutoff time for a same-day payment?',
        keywords: ['deadline', 'cut-off', 'same day', 'on time'],
        answer: [
          p('Payments made by ', strong('5:00 p.m. Central time'), ' on a business day are credited that day.'),
          p('Payments made after the cutoff, on a weekend or on a bank holiday are credited the next business day.'),
        ],
      },
      {
        id: 'payment-methods',
        topic: 'payments',
        question: 'What are the ways I can pay?',
        keywords: ['pay by phone', 'pay by mail', 'options'],
        answer: [
          p('You can pay any of these ways:'),
          ul(
            'Online or in the app, from a checking or savings account you have saved',
            ['By phone at ', link(serviceTel, servicePhone), ' (a representative can take a payment for free)'],
            ['By mail: send a check with your statement stub to ', strong(CONTACT.mailLines.join(', '))],
          ),
          p('Mailed checks can take ', em('7 to 10 business days'), ' to arrive, so pay online if your due date is close.'),
        ],
      },
      {
        id: 'payment-posting',
        topic: 'payments',
        question: 'When will my payment show on my account?',
        keywords: ['posted', 'pending', 'processing'],
        answer: [
          p('Your payment is credited on the payment date you choose. It can take ', strong('1 to 2 business days'), ' to appear in your balance and available credit.'),
        ],
      },
      {
        id: 'payment-cancel',
        topic: 'payments',
        question: 'Can I change or cancel a scheduled payment?',
        keywords: ['edit', 'delete', 'stop payment'],
        answer: [
          p('Yes. You can change or cancel a scheduled payment until ', strong('5:00 p.m. Central time on the business day before'), ' the payment date.'),
          p('After that, the payment is already on its way to your bank. Call us at ', link(serviceTel, servicePhone), ' if you need help.'),
        ],
      },
      {
        id: 'payment-add-bank',
        topic: 'payments',
        question: 'How do I add a bank account to pay from?',
        keywords: ['checking', 'savings', 'routing number', 'bank account'],
        answer: [
          ol(
            'Choose Make a payment, then Add a bank account.',
            ['Enter the ', strong('9-digit routing number'), ' and your account number. Both are printed at the bottom of your checks.'],
            'Choose checking or savings and save.',
          ),
          p('We only ever show the last four digits of your account number.'),
        ],
      },
      {
        id: 'payment-late-fee',
        topic: 'payments',
        question: 'What happens if my payment is late?',
        keywords: ['late fee', 'late charge', 'penalty', 'missed payment', 'past due', 'overdue'],
        answer: [
          p('If we do not receive at least your minimum payment due by ', strong('5:00 p.m. Central time on your due date'), ', we charge a late fee of up to ', strong('$41'), '.'),
          p('Call us at ', link(serviceTel, servicePhone), ' as soon as you can: we can often help you avoid the next one.'),
        ],
      },
      {
        id: 'autopay-enroll',
        topic: 'autopay',
        question: 'How do I set up Auto Pay?',
        keywords: ['autopay', 'automatic payment', 'recurring payment', 'enroll', 'sign up', 'autopago'],
        answer: [
          ol('Open your account and choose Auto Pay.', 'Pick the amount and the bank account to pay from.', 'Choose the first payment date and confirm.'),
          p('Your first automatic payment can take up to ', em('one billing cycle'), ' to start. Keep paying until you see it scheduled.'),
        ],
      },
      {
        id: 'autopay-amounts',
        topic: 'autopay',
        question: 'Which amount will Auto Pay pay?',
        keywords: ['autopay', 'minimum', 'statement balance', 'fixed amount'],
        answer: [
          p('You choose one of these each month:'),
          ul(
            [strong('Minimum payment due'), ' (credit cards)'],
            [strong('Statement balance'), ' (credit cards), which avoids interest on purchases'],
            [strong('Amount due'), ' (vehicle loans), your regular installment'],
            [strong('A fixed amount'), ' that you set'],
          ),
        ],
      },
      {
        id: 'autopay-extra',
        topic: 'autopay',
        question: 'What happens to extra money I add to Auto Pay on my loan?',
        keywords: ['autopay', 'principal', 'extra payment'],
        answer: [
          p('Extra money goes to your ', strong('principal balance'), ' after your regular installment is paid. It does not move your next due date, and it can shorten your loan.'),
        ],
      },
      {
        id: 'autopay-stop',
        topic: 'autopay',
        question: 'How do I stop Auto Pay?',
        keywords: ['autopay', 'turn off', 'cancel', 'unenroll'],
        answer: [
          p('Open Auto Pay on your account and choose Turn off Auto Pay. Changes made by ', strong('5:00 p.m. Central time'), ' at least 3 business days before a payment apply to that payment.'),
          p('Remember to make your payments another way after you turn it off.'),
        ],
      },
      {
        id: 'lock-what',
        topic: 'card-lock',
        question: 'What happens when I lock my card?',
        keywords: ['lock card', 'freeze', 'block', 'pause', 'unlock'],
        answer: [
          p('While your card is locked, these are ', strong('blocked'), ':'),
          ul('New purchases in stores, online and by phone', 'Cash advances and ATM withdrawals', 'Balance transfers'),
          p('These ', strong('still go through'), ':'),
          ul('Recurring bills and subscriptions you set up before locking', 'Payments, credits and refunds to your account'),
        ],
      },
      {
        id: 'lock-vs-report',
        topic: 'card-lock',
        question: 'Should I lock my card or report it lost or stolen?',
        keywords: ['freeze', 'lost card', 'stolen card', 'fraud'],
        answer: [
          p('Lock your card if you ', em('misplaced'), ' it and think you will find it. You can unlock it any time.'),
          p('If it was lost or stolen, or you see charges you did not make, call us right away at ', link(fraudTel, fraudPhone), '. We will close the card and send you a new one.'),
        ],
      },
      {
        id: 'lock-authorized-user',
        topic: 'card-lock',
        question: 'Can I lock an authorized user’s card?',
        keywords: ['freeze', 'additional card', 'secondary card'],
        answer: [
          p('Yes. As the primary cardholder you can lock and unlock every card on your account. Locking one card does not lock the others.'),
        ],
      },
      {
        id: 'lock-relock',
        topic: 'card-lock',
        question: 'Can my card lock itself again after I unlock it?',
        keywords: ['freeze', 'unlock', 'automatic lock', 'timer'],
        answer: [
          p('Yes. When you unlock a card you can choose to lock it again automatically after ', strong('15 minutes, 1 hour or 24 hours'), ', which is handy for a single purchase.'),
        ],
      },
      {
        id: 'score-which',
        topic: 'credit-score',
        question: 'Which credit score do you show?',
        keywords: ['FICO', 'credit report', 'bureau', 'TransUnion'],
        answer: [
          p('We show your ', strong('FICO® Score 8'), ' based on data from ', strong('TransUnion'), '. Lenders may use other scores, so yours can differ from what another lender sees.'),
        ],
      },
      {
        id: 'score-update',
        topic: 'credit-score',
        question: 'How often is my score updated?',
        answer: [p('Once a month, around the 15th. The date of the latest update is shown next to your score.')],
      },
      {
        id: 'score-impact',
        topic: 'credit-score',
        question: 'Will checking my score lower it?',
        keywords: ['hard inquiry', 'soft pull', 'hurt my score'],
        answer: [p('No. Checking your own score here is a ', em('soft inquiry'), ' and never affects your credit.')],
      },
      {
        id: 'score-factors',
        topic: 'credit-score',
        question: 'What are key factors?',
        answer: [
          p('Key factors are the main things helping or hurting your score right now, such as:'),
          ul('Your payment history', 'How much of your credit limits you use', 'How long you have had credit', 'Recent applications for credit'),
          p('Learn more at ', link('https://www.example.com/credit-education', 'our credit education center'), '.'),
        ],
      },
      {
        id: 'title-timeline',
        topic: 'title',
        question: 'When will I get my title after paying off my loan?',
        keywords: ['lien release', 'payoff', 'pink slip'],
        answer: [
          p('Most titles are released within ', strong('10 business days'), ' after your final payment clears. Mailed titles take about 7 to 10 more days to arrive.'),
          p('Payments by check can take up to 10 more days to clear.'),
        ],
      },
      {
        id: 'title-electronic',
        topic: 'title',
        question: 'What is an electronic title state?',
        answer: [
          p('Some states keep titles electronically. In those states we ', strong('release the lien electronically'), ' and the state records you as the owner with no lender listed.'),
          p('If you want a paper title, ask your state’s motor vehicle agency after the release is recorded.'),
        ],
      },
      {
        id: 'title-moved',
        topic: 'title',
        question: 'I moved to another state. What happens to my title?',
        answer: [
          p('We release the lien with the state where the vehicle is titled today. If you have not registered the vehicle in your new state yet, contact that state’s motor vehicle agency.'),
          p('Tell us your new address through a ', link(messagesUrl, 'secure message'), ' so a paper title reaches you.'),
        ],
      },
      {
        id: 'title-missing',
        topic: 'title',
        question: 'My title has not arrived. What should I do?',
        answer: [
          ol(
            'Check the tracking number on your title status, if there is one.',
            'Make sure we have your current mailing address.',
            ['If it has been more than 30 days since the title was sent, call us at ', link(serviceTel, servicePhone), '.'],
          ),
        ],
      },
      {
        id: 'dispute-charge',
        topic: 'disputes',
        question: 'How do I dispute a charge on my card?',
        keywords: ['chargeback', 'fraud', 'wrong charge', 'merchant'],
        answer: [
          p('First, contact the merchant: many problems are solved fastest that way. If that does not work, dispute the charge within ', strong('60 days'), ' of the statement date.'),
          ul(['Send us a ', link(messagesUrl, 'secure message'), ' with the date, amount and merchant'], ['Or call ', link(serviceTel, servicePhone)]),
          p('You do not pay the disputed amount while we look into it.'),
        ],
      },
      {
        id: 'dispute-report',
        topic: 'disputes',
        question: 'How do I dispute something on my credit report?',
        answer: [
          p('Contact the credit bureau that shows the information, or send us a ', link(messagesUrl, 'secure message'), ' if it is about an account with us. Include a copy of any ', em('supporting documents'), '.'),
        ],
      },
      {
        id: 'contact-hours',
        topic: 'contact',
        question: 'When can I call you?',
        keywords: ['phone number', 'customer service', 'open', 'closed'],
        answer: [
          ul(
            ['Customer service, ', link(serviceTel, servicePhone), ': Monday to Friday 7 a.m. to 9 p.m., Saturday 8 a.m. to 5 p.m. Central time'],
            ['Lost or stolen cards and fraud, ', link(fraudTel, fraudPhone), ': ', strong('24 hours a day, 7 days a week')],
          ),
        ],
      },
      {
        id: 'contact-message',
        topic: 'contact',
        question: 'How do I send a secure message?',
        answer: [
          p('Sign in and go to ', link(messagesUrl, 'Messages'), '. We answer within ', strong('1 business day'), '.'),
          p('If you cannot sign in, email ', link(`mailto:${supportEmail}`, supportEmail), '. ', strong('Never'), ' send account numbers by email.'),
        ],
      },
    ],
  };
}
