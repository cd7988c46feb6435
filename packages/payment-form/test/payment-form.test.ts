import { expect, oneEvent } from '@open-wc/testing';
import { $, atStep, focused, mount, press, tabTo, text } from './helpers.js';

describe('<tessera-payment-form> one-time', () => {
  it('pays with a saved bank account, by keyboard only', async () => {
    const { el, store } = await mount();
    const steps: string[] = [];
    el.addEventListener('tessera-step-change', (e) => steps.push(e.detail.step));
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
    await tabTo(el, '#date');
    await press('Enter');
    await atStep(el, 'from');
    await tabTo(el, '#funding');
    await press('Space');
    await press('Enter');
    await atStep(el, 'review');
    console.log(text(el, 'form'));
    await tabTo(el, '#authorize');
    await press('Space');
    await tabTo(el, '[part~="continue"]');
    const submitted = oneEvent(el, 'tessera-payment-submitted');
    await press('Enter');
    const { detail } = await submitted;
    await atStep(el, 'result');
    console.log(text(el, '[part=base]'));
    expect(store.payments.at(-1)!.confirmationNumber).to.equal(detail.confirmationNumber);
    expect(steps).to.deep.equal(['amount', 'date', 'from', 'review', 'result']);
  });
});
