import { expect } from '@open-wc/testing';
import { englishIn, untranslated } from '../../../test/support/catalog.js';
import { byGroup } from '../src/alert-groups.js';
import { messages } from '../src/messages.js';
import { clock, toE164 } from '../src/phone-number.js';

describe('alerts messages', () => {
  it('has every Spanish message in Spanish, none read as the English one', () => {
    expect(untranslated(messages.en, messages.es, [])).to.deep.equal([]);
  });

  it('leaves no English words inside the Spanish messages', () => {
    expect(englishIn(messages.es)).to.deep.equal([]);
  });
});

describe('alerts: US mobile numbers', () => {
  it('reads a US number however it is written, in E.164', () => {
    for (const typed of ['5555550123', '(555) 555-0123', '555.555.0123', '+1 555 555 0123', '1-555-555-0123']) {
      expect(toE164(typed), typed).to.equal('+15555550123');
    }
  });

  it('refuses what is not a US mobile number', () => {
    for (const typed of ['', '555', '555555012', '55555501234', '0555550123', '5551550123', '+44 20 7946 0958', '555-555-O123']) {
      expect(toE164(typed), typed).to.equal(null);
    }
  });

  it('shows the countdown as m:ss', () => {
    expect([clock(30), clock(5), clock(75)]).to.deep.equal(['0:30', '0:05', '1:15']);
  });

  it('groups alerts in the shown order, leaving out empty groups', () => {
    const alert = (kind: string) => ({ id: kind, accountId: 'a', kind, channels: { email: true } }) as never;
    expect(byGroup([alert('title-update'), alert('declined'), alert('payment-due')]).map(([g, list]) => [g, list.length])).to.deep.equal([
      ['payments', 1],
      ['card', 1],
      ['title', 1],
    ]);
  });
});
