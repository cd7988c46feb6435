import { expect } from '@open-wc/testing';
import { coreMessages } from '@tessera/core';
import { MOCK_IDS, type Fault, type FaultRoute } from '@tessera/mocks';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import { $, atStep, click, continueTo, mount, shown, text, type MountOptions } from './helpers.js';

/** Less than this is not a visible jump (the hydration test and the bench use the same). */
const TOLERANCE_PX = 4;
const HANG: Fault = { hang: true };
const LOADING = '[part="skeleton"]';

interface Case {
  name: string;
  options: MountOptions;
  /** Where the form opens once loaded. */
  step: string;
  /** The load that never answers while the skeleton is measured. */
  hang: FaultRoute;
}

const CASES: Case[] = [
  { name: 'one-time without account-id: the account chooser', options: {}, step: 'account', hang: 'accounts.listAccounts' },
  {
    name: 'one-time with account-id: the amounts of a card',
    options: { accountId: MOCK_IDS.cardAccount },
    step: 'amount',
    hang: 'accounts.getAccount',
  },
  {
    name: 'autopay: the enrollment summary',
    options: { accountId: MOCK_IDS.activeLoan, mode: 'autopay' },
    step: 'autopay',
    hang: 'accounts.getAccount',
  },
];

async function sized(el: TesseraPaymentForm, width: number): Promise<DOMRect> {
  el.style.width = `${width}px`;
  await el.updateComplete;
  return el.getBoundingClientRect();
}

function expectSameBox(skeleton: DOMRect, ready: DOMRect, what: string): void {
  const measured = `${what}: skeleton ${skeleton.width}×${skeleton.height}, ready ${ready.width}×${ready.height}`;
  expect(Math.abs(skeleton.height - ready.height), measured).to.be.at.most(TOLERANCE_PX);
  expect(Math.abs(skeleton.width - ready.width), measured).to.be.at.most(TOLERANCE_PX);
}

describe('<tessera-payment-form> loading skeleton', () => {
  for (const { name, options, step, hang } of CASES) {
    describe(name, () => {
      for (const width of [320, 640, 960]) {
        it(`reserves the ready step's box at ${width} px`, async () => {
          const loading = await mount({ ...options, faults: [[hang, HANG]], ready: LOADING });
          const ready = await mount(options);
          await atStep(ready.el, step);
          expectSameBox(await sized(loading.el, width), await sized(ready.el, width), `${step} at ${width} px`);
        });
      }

      it('says it is loading, shows no text and takes no focus, and is accessible', async () => {
        const { el } = await mount({ ...options, faults: [[hang, HANG]], ready: LOADING });
        const skeleton = $(el, LOADING)!;
        expect(skeleton.getAttribute('aria-busy')).to.equal('true');
        expect(text(el, LOADING)).to.equal(coreMessages.en.loading);
        // Nothing the ready step is recognized by: its heading, its fields, its buttons.
        expect(skeleton.querySelector('[id], [part], input, button, [tabindex]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('keeps the heading and account in place while the amounts load', async () => {
    const loading = await mount({ accountId: MOCK_IDS.cardAccount, faults: [['payments.getPaymentOptions', HANG]], ready: LOADING });
    await shown(loading.el, '[part="account"]');
    const ready = await mount({ accountId: MOCK_IDS.cardAccount });
    await atStep(ready.el, 'amount');
    for (const width of [320, 640]) {
      expectSameBox(await sized(loading.el, width), await sized(ready.el, width), `amount details at ${width} px`);
    }
    await expect(loading.el).to.be.accessible();
  });

  it('reserves the next step after the customer chose an account, back button included', async () => {
    const loading = await mount();
    const ready = await mount();
    // Choosing an account starts loading its details.
    loading.faults.set('payments.getPaymentOptions', HANG);
    for (const { el } of [loading, ready]) {
      await atStep(el, 'account');
      await click(el, '#account');
    }
    await click(loading.el, '[part~="continue"]');
    await shown(loading.el, LOADING);
    await continueTo(ready.el, 'amount');
    for (const width of [320, 640]) {
      expectSameBox(await sized(loading.el, width), await sized(ready.el, width), `amount after choosing at ${width} px`);
    }
  });
});
