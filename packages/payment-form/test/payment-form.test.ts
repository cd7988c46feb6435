import { expect } from '@open-wc/testing';
import { $, atStep, focused, mount, press, tabTo, text } from './helpers.js';

describe('<tessera-payment-form> one-time', () => {
  it('pays with a saved bank account, by keyboard only', async () => {
    const { el, store } = await mount();
    expect(el.step).to.equal('account');
    await tabTo(el, '#account');
    await press('Space');
    await tabTo(el, '[part~="continue"]');
    await press('Enter');
    await atStep(el, 'amount');
    expect(focused(el)?.id).to.equal('heading');
    await tabTo(el, '#amount');
    await press('Space');
    await press('Enter');
    await atStep(el, 'date');
    console.log(text(el, 'form'));
  });
});
