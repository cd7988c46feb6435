import { expect, waitUntil } from '@open-wc/testing';
import { MOCK_IDS } from '@tessera/mocks';
import { atStep, click, continueTo, fill, mount, text, toFrom } from './helpers.js';

const live = (el: Element): string => text(el, '[part="live"]');

describe('<tessera-payment-form> the status region says how things stand now', () => {
  it('a one-time payment: the problems go once fixed and on the next step, each step says only its own news', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.cardAccount });
    expect(live(el), 'amount').to.equal('');
    await toFrom(el);
    expect(live(el), 'bank account').to.equal('');
    await click(el, '#funding-2');
    await click(el, '[part~="continue"]');
    expect(el.step).to.equal('from');
    expect(live(el)).to.match(/^There are 4 problems to fix\. Enter the account holder’s name\./);

    await fill(el, '#holderName', 'Jordan Rivera');
    expect(live(el), 'once the customer fixes a problem, the list announced is out of date').to.equal('');
    await fill(el, '#routingNumber', '021000021');
    await fill(el, '#accountNumber', '13572468');
    await fill(el, '#confirmAccountNumber', '13572468');
    await continueTo(el, 'review');
    expect(live(el), 'review').to.equal('');

    await click(el, '[part~="continue"]');
    expect(live(el)).to.equal('There is 1 problem to fix. Check the box to authorize this payment.');
    await click(el, '#authorize');
    expect(live(el), 'the box is checked').to.equal('');
    await continueTo(el, 'result');
    expect(live(el)).to.match(/^Payment confirmed\. Confirmation number \w+/);

    await click(el, '[part="another"]');
    await atStep(el, 'amount');
    expect(live(el), 'another payment').to.equal('');
  });

  it('going back after an error clears it', async () => {
    const { el } = await mount({ accountId: MOCK_IDS.activeLoan });
    await click(el, '#amount-2');
    await fill(el, '#other', '');
    await click(el, '[part~="continue"]');
    expect(live(el)).to.equal('There is 1 problem to fix. Enter an amount.');
    await click(el, '#amount');
    await continueTo(el, 'review');
    expect(live(el), 'review').to.equal('');
  });

  it('Auto Pay: "Auto Pay is off" is said on the Auto Pay screen, and not on "Set up Auto Pay"', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.activeLoan });
    await atStep(el, 'autopay');
    expect(live(el)).to.equal('');
    await click(el, '[part="turn-off"]');
    await atStep(el, 'autopay-cancel');
    expect(live(el)).to.equal('');
    await click(el, '[part="confirm-turn-off"]');
    await atStep(el, 'autopay');
    await waitUntil(() => live(el) !== '', 'nothing announced');
    expect(live(el)).to.equal('Auto Pay is off. No more automatic payments will be made.');

    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    expect(text(el, '#heading')).to.equal('Set up Auto Pay');
    expect(live(el), 'set up').to.equal('');
    await click(el, '[part="cancel"]');
    await atStep(el, 'autopay');
    expect(live(el), 'back on Auto Pay').to.equal('');
  });

  it('Auto Pay set up: the confirmation is said once, and not on the next screen (es)', async () => {
    const { el } = await mount({ mode: 'autopay', accountId: MOCK_IDS.cardAccount, lang: 'es' });
    await atStep(el, 'autopay');
    await click(el, '[part="set-up"]');
    await atStep(el, 'autopay-edit');
    await continueTo(el, 'autopay-review');
    expect(live(el)).to.equal('');
    await click(el, '#authorize');
    await continueTo(el, 'autopay');
    expect(live(el)).to.match(/^El pago automático está activado a partir del/);
    await click(el, '[part="change"]');
    await atStep(el, 'autopay-edit');
    expect(live(el), 'change').to.equal('');
  });
});
