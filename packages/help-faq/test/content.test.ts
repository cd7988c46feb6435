import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { OpeningHours, RichBlock } from '@tessera/core';
import { formatHours, isOpenAt, telHref, timeZoneName } from '../src/contact.js';
import { faqPageJson, plainText } from '../src/faq-schema.js';
import { highlight, renderRich, safeHref } from '../src/rich-text.js';

const WEEKDAYS_9_TO_5: OpeningHours[] = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];

describe('isOpenAt', () => {
  // Wednesday 25 November 2026, 15:30 UTC.
  const now = new Date('2026-11-25T15:30:00Z');

  it('reads the clock in the channel’s own time zone', () => {
    const cases: Array<[string, boolean]> = [
      ['America/Chicago', true], // 09:30
      ['America/New_York', true], // 10:30
      ['America/Los_Angeles', false], // 07:30
      ['Europe/Madrid', true], // 16:30
      ['Asia/Tokyo', false], // 00:30 Thursday
      ['Pacific/Honolulu', false], // 05:30
      ['UTC', true], // 15:30
    ];
    for (const [zone, open] of cases) expect(isOpenAt(WEEKDAYS_9_TO_5, zone, now), zone).to.equal(open);
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(isOpenAt(WEEKDAYS_9_TO_5, 'UTC', new Date('2026-11-25T09:00:00Z'))).to.equal(true);
    expect(isOpenAt(WEEKDAYS_9_TO_5, 'UTC', new Date('2026-11-25T08:59:00Z'))).to.equal(false);
    expect(isOpenAt(WEEKDAYS_9_TO_5, 'UTC', new Date('2026-11-25T17:00:00Z'))).to.equal(false);
  });

  it('uses the weekday in the time zone, not the viewer’s', () => {
    // Saturday 28 November 2026 01:00 UTC is still Friday 19:00 in Chicago.
    const fridayEvening = new Date('2026-11-28T01:00:00Z');
    const late: OpeningHours[] = [{ days: [5], opens: '18:00', closes: '22:00' }];
    expect(isOpenAt(late, 'America/Chicago', fridayEvening)).to.equal(true);
    expect(isOpenAt(late, 'UTC', fridayEvening)).to.equal(false);
  });

  it('handles hours past midnight and all-day hours', () => {
    const overnight: OpeningHours[] = [{ days: [5], opens: '22:00', closes: '02:00' }];
    expect(isOpenAt(overnight, 'UTC', new Date('2026-11-27T23:00:00Z'))).to.equal(true); // Friday 23:00
    expect(isOpenAt(overnight, 'UTC', new Date('2026-11-28T01:00:00Z'))).to.equal(true); // Saturday 01:00
    expect(isOpenAt(overnight, 'UTC', new Date('2026-11-28T03:00:00Z'))).to.equal(false);
    expect(isOpenAt(overnight, 'UTC', new Date('2026-11-27T01:00:00Z'))).to.equal(false); // Friday 01:00
    const allDay: OpeningHours[] = [{ days: [0, 1, 2, 3, 4, 5, 6], opens: '00:00', closes: '00:00' }];
    expect(isOpenAt(allDay, 'Asia/Tokyo', now)).to.equal(true);
  });

  it('follows daylight saving time', () => {
    // 13:30 UTC is 09:30 in New York in July (EDT) but 08:30 in January (EST).
    expect(isOpenAt(WEEKDAYS_9_TO_5, 'America/New_York', new Date('2026-07-15T13:30:00Z'))).to.equal(true);
    expect(isOpenAt(WEEKDAYS_9_TO_5, 'America/New_York', new Date('2026-01-14T13:30:00Z'))).to.equal(false);
  });

  it('throws for an unknown time zone', () => {
    expect(() => isOpenAt(WEEKDAYS_9_TO_5, 'Nowhere/Town', now)).to.throw(RangeError);
  });
});

describe('formatHours and friends', () => {
  it('joins consecutive days and formats times per locale', () => {
    expect(formatHours({ days: [5, 1, 2, 3, 4], opens: '08:00', closes: '20:30' }, 'en', 'Open 24 hours')).to.equal(
      'Monday–Friday, 8:00 AM – 8:30 PM',
    );
    expect(formatHours({ days: [0, 2, 3, 6], opens: '09:00', closes: '13:00' }, 'en', 'Open 24 hours')).to.equal(
      'Sunday, Tuesday–Wednesday, Saturday, 9:00 AM – 1:00 PM',
    );
    // Spanish as US customers read it (formattingTag): a 12-hour clock, whatever tag is passed.
    expect(formatHours({ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' }, 'es', 'Abierto las 24 horas')).to.match(/^lunes–viernes, 8:00\sa\.\s?m\. – 8:00\sp\.\s?m\.$/);
  });

  it('says "Open 24 hours" for around-the-clock hours, never "12:00 AM – 12:00 AM"', () => {
    const everyDay = [0, 1, 2, 3, 4, 5, 6];
    expect(formatHours({ days: everyDay, opens: '00:00', closes: '00:00' }, 'en', 'Open 24 hours')).to.equal('Open 24 hours');
    expect(formatHours({ days: everyDay, opens: '00:00', closes: '00:00' }, 'es', 'Abierto las 24 horas')).to.equal('Abierto las 24 horas');
    expect(formatHours({ days: [1, 2, 3, 4, 5], opens: '00:00', closes: '00:00' }, 'en', 'Open 24 hours')).to.equal(
      'Monday–Friday, open 24 hours',
    );
  });

  it('names the time zone and builds tel: links', () => {
    expect(timeZoneName('America/Chicago', 'en-US', new Date('2026-01-14T12:00:00Z'))).to.equal('CST');
    expect(timeZoneName('America/Chicago', 'en-US', new Date('2026-07-14T12:00:00Z'))).to.equal('CDT');
    expect(telHref('1-800-555-0142')).to.equal('tel:18005550142');
    expect(telHref('+1 (800) 555-0142')).to.equal('tel:+18005550142');
  });
});

describe('safeHref', () => {
  it('keeps http, https, tel and mailto only', () => {
    expect(safeHref('https://bank.example.com/a?b=c')).to.equal('https://bank.example.com/a?b=c');
    expect(safeHref('http://bank.example.com')).to.equal('http://bank.example.com/');
    expect(safeHref('tel:+15555550100')).to.equal('tel:+15555550100');
    expect(safeHref('mailto:help@example.com')).to.equal('mailto:help@example.com');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '//bank.example.com', 'file:///etc/passwd', '']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });

  it('narrows to the protocols asked for', () => {
    expect(safeHref('http://bank.example.com', ['https:'])).to.equal(undefined);
    expect(safeHref('https://bank.example.com', ['https:'])).to.equal('https://bank.example.com/');
  });
});

describe('renderRich', () => {
  const blocks: RichBlock[] = [
    { type: 'paragraph', content: ['Plain ', { type: 'em', text: 'em' }, ' and ', { type: 'strong', text: '<strong>' }] },
    { type: 'list', items: [['one'], [{ type: 'link', href: 'https://bank.example.com', text: 'two' }]] },
    { type: 'list', ordered: true, items: [[{ type: 'link', href: 'javascript:alert(1)', text: 'three' }]] },
  ];

  it('renders blocks as elements and strings as text', () => {
    const host = document.createElement('div');
    render(renderRich(blocks), host);
    expect(host.querySelector('p')!.textContent).to.equal('Plain em and <strong>');
    expect(host.querySelector('p em')!.textContent).to.equal('em');
    expect(host.querySelector('p strong')!.textContent).to.equal('<strong>');
    expect(host.querySelectorAll('strong strong')).to.have.length(0);
    expect([...host.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
    expect(host.querySelector('ul a')!.getAttribute('href')).to.equal('https://bank.example.com/');
    expect(host.querySelector('ol li')!.textContent).to.equal('three');
    expect(host.querySelector('ol a')).to.equal(null);
  });

  it('wraps highlight ranges of each text segment in <mark>', () => {
    const marks = [[], [{ start: 0, end: 1 }], [], [{ start: 1, end: 7 }], [{ start: 0, end: 3 }], [{ start: 0, end: 2 }]];
    const host = document.createElement('div');
    render(renderRich(blocks, marks), host);
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['e', 'strong', 'one', 'tw']);
    expect(host.querySelector('em')!.textContent).to.equal('em');
    expect(host.querySelector('a mark')).to.exist;
  });

  it('highlight returns the text untouched without ranges', () => {
    expect(highlight('abc')).to.equal('abc');
    expect(highlight('abc', [])).to.equal('abc');
  });
});

describe('faq schema', () => {
  it('turns answers into plain text and escapes <', () => {
    const blocks: RichBlock[] = [
      { type: 'paragraph', content: ['Call ', { type: 'link', href: 'tel:1', text: 'us' }, '.'] },
      { type: 'list', items: [['a'], ['b']] },
    ];
    expect(plainText(blocks)).to.equal('Call us.\na\nb');
    const json = faqPageJson([{ id: 'x', topic: 't', question: '</script>', answer: blocks }], 'en-US');
    expect(json).not.to.contain('<');
    expect(JSON.parse(json)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'en-US',
      mainEntity: [{ '@type': 'Question', name: '</script>', acceptedAnswer: { '@type': 'Answer', text: 'Call us.\na\nb' } }],
    });
  });
});
