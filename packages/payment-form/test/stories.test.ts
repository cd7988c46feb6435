import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TesseraPaymentForm } from '@tessera/payment-form';
import meta, * as stories from '../../../stories/payment-form.stories.js';
import { EXPECTED_STATES as expected, type StoryName } from './story-states.js';


/** Renders a story as Storybook would, from its args alone. */
async function render(name: StoryName): Promise<TesseraPaymentForm> {
  const story = stories[name] as { args?: Record<string, unknown> };
  const args = { ...meta.args, ...story.args } as Parameters<typeof meta.render>[0];
  const host = await fixture<HTMLElement>(html`<div>${meta.render(args)}</div>`);
  return host.querySelector<TesseraPaymentForm>('tessera-payment-form')!;
}

const has = (el: TesseraPaymentForm, selector: string): boolean => !!el.shadowRoot!.querySelector(selector);

describe('payment form stories', () => {
  for (const [name, [step, selector]] of Object.entries(expected) as Array<[StoryName, [string, string]]>) {
    it(`${name} shows ${selector} on ${step}`, async () => {
      const el = await render(name);
      await waitUntil(() => el.step === step && has(el, selector), `${name} never showed ${selector}`, { timeout: 3000 });
    });
  }

  it('every story says where it stops', () => {
    expect(Object.keys(expected).sort()).to.deep.equal(Object.keys(stories).filter((k) => k !== 'default').sort());
  });
});
