import { expect } from '@open-wc/testing';
import { createMockStore, MOCK_IDS } from '@tessera/mocks';
import { $, $$, click, mount, toFrom } from './helpers.js';

/** Spaces folded, the invisible bidirectional isolates left out. */
const fold = (value: string | null | undefined): string => (value ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/**
 * What a screen reader reads for an element referenced by `aria-describedby` or a label:
 * its text nodes one after the other, as Chromium's accessibility tree joins them — no
 * space is added between inline elements that touch.
 */
const readAs = (el: Element): string => fold(el.textContent);

/** The same text as the eye sees it: each piece of text (an element holding only text) a word group of its own. */
const shownAs = (el: Element): string =>
  [...el.querySelectorAll('*')]
    .filter((piece) => piece.childElementCount === 0 && fold(piece.textContent))
    .map((piece) => fold(piece.textContent))
    .join(' ');

describe('<tessera-payment-form> names and descriptions read as displayed', () => {
  it('each account option’s facts, status and past-due notice are read with spaces between them', async () => {
    const store = createMockStore();
    const card = store.accounts.find((a) => a.id === MOCK_IDS.cardAccount)!;
    card.pastDueAmount = { amount: 3500, currency: 'USD' };
    const { el } = await mount({ store });
    const details = $$(el, '[part="option"] .detail');
    expect(details.length).to.equal(store.accounts.length);
    for (const detail of details) {
      expect(readAs(detail), detail.id).to.equal(shownAs(detail));
    }
    const first = readAs($(el, '#account-detail')!);
    expect(first).to.match(/^Statement balance \$[\d,.]+ Minimum due \$35\.00 Due date \w+ \d+, \d{4} Available credit \$[\d,.]+ Past due: \$35\.00\./);
    const loan = details.find((d) => readAs(d).includes('Vehicle'))!;
    expect(readAs(loan)).to.match(/Vehicle 2023 Subaru Outback Amount due \$/);
    const paidOff = details.find((d) => readAs(d).includes('Paid off'));
    expect(readAs(paidOff!)).to.match(/\$[\d,.]+ Paid off$/);
  });

  it('the radio’s name is the account name and its masked number, a space between them', async () => {
    const store = createMockStore();
    const { el } = await mount({ store });
    const radios = $$<HTMLInputElement>(el, 'input[name="account"]');
    expect(radios.length).to.equal(store.accounts.length);
    for (const [i, radio] of radios.entries()) {
      expect(readAs(radio.labels![0]!)).to.match(new RegExp(`^\\S.*\\S ••••${store.accounts[i]!.last4}$`));
    }
  });

  it('the chosen account above each step reads like the options', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.activeLoan });
    const account = $(el, '[part="account"]')!;
    expect(readAs(account)).to.equal(shownAs(account));
  });

  it('saved bank accounts read their bank, masked number and type with spaces', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    await toFrom(el);
    await click(el, '#funding');
    for (const radio of $$<HTMLInputElement>(el, 'input[name="funding"]')) {
      const label = readAs(radio.labels![0]!);
      if (label === 'Add a bank account') continue;
      expect(label).to.match(/^\S.* ••••\d{4} \((Checking|Savings)\)$/);
    }
  });
});
