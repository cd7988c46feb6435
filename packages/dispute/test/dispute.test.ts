import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createFaults } from '@tessera/mocks';
import { createMemoryProvider, createMockStore, DISPUTE_IDS, MOCK_IDS, type MockStore } from '@tessera/mocks';
import { pressOn, typeInto } from '@tessera/mocks/conformance';
import type { TesseraDispute } from '@tessera/dispute';
import '@tessera/dispute/define';
import { NOW, pdf, pickFiles, reachReview } from './steps.js';

function setup(change?: (store: MockStore) => void) {
  const store = createMockStore({ today: '2026-11-21' });
  change?.(store);
  const faults = createFaults();
  return { store, faults, provider: createMemoryProvider(store, { faults }) };
}

async function render(provider: ReturnType<typeof createMemoryProvider>, transactionId: string | null = DISPUTE_IDS.recent): Promise<TesseraDispute> {
  const el = await fixture<TesseraDispute>(
    html`<tessera-dispute .provider=${provider} .now=${NOW} account-id=${MOCK_IDS.cardAccount} transaction-id=${ifDefined(transactionId ?? undefined)}></tessera-dispute>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="reasons"], [part~="cases"], [part~="empty"], [part~="error"]'), 'it did not load');
  return el;
}

/** The keyboard only: Space on the reason's radio, Enter on Continue. */
async function keyReason(el: TesseraDispute, reason: string): Promise<void> {
  await pressOn(el, `input[name="reason"][value="${reason}"]`, ' ');
  await pressOn(el, '[part~="continue"]');
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('<tessera-dispute>', () => {
  it('goes from reason to case number with the keyboard only: questions, limits, files checked before upload, one submission', async () => {
    const { provider, store } = setup();
    const el = await render(provider);
    expect(flat($(el, '[part~="clock"]').textContent)).to.equal('Dispute by December 31, 2026: 40 days left.');
    await pressOn(el, '[part~="continue"]');
    expect(el.shadowRoot!.activeElement?.id, 'no reason: focus on the reasons').to.equal('reasons');
    await keyReason(el, 'duplicate');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step');
    await pressOn(el, '[part~="continue"]');
    expect(el.shadowRoot!.activeElement?.id, 'the first unanswered question').to.equal('q-otherChargeDate');
    await typeInto(el, '#q-details', 'Twice');
    expect(flat($(el, '#q-details-count').textContent)).to.equal('5 of 500 characters');
    await pickFiles(el, [pdf('big.pdf', 6 * 1024 * 1024), new File(['<p>'], 'page.html', { type: 'text/html' }), pdf('receipt.pdf')]);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="file"]'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'focus back on the file input once the file is sent').to.equal('files');
    const uploads = provider.calls.filter((c) => c.route === 'disputes.uploadDisputeAttachment');
    expect(uploads, 'only the good file is sent').to.deep.equal([{ route: 'disputes.uploadDisputeAttachment', args: [{ size: 2048, type: 'application/pdf' }, 'receipt.pdf'] }]);
    expect([...el.shadowRoot!.querySelectorAll('.field-error')].map((e) => flat(e.textContent))).to.include.members(['big.pdf: larger than 5 MB.', 'page.html: this type of file is not accepted.']);
    $<HTMLInputElement>(el, '#q-otherChargeDate').value = '2026-10-25';
    $(el, '#q-otherChargeDate').dispatchEvent(new Event('input'));
    await pressOn(el, 'input[name="q-merchantContacted"][value="yes"]', ' ');
    await pressOn(el, '[part~="continue"]');
    expect(flat($(el, '[part~="review"]').textContent)).to.contain('receipt.pdf');
    expect(flat($(el, '[part~="next-steps"]').textContent)).to.contain('within 30 days');
    const submitted = oneEvent(el, 'tessera-dispute-submitted');
    await pressOn(el, '[part~="submit"]');
    const { detail } = await submitted;
    expect(detail).to.deep.equal({ disputeId: 'dsp-7', caseNumber: 'DC-260007', accountId: MOCK_IDS.cardAccount, transactionId: DISPUTE_IDS.recent, reason: 'duplicate' });
    await el.updateComplete;
    expect(flat($(el, '[part~="done"]').textContent)).to.equal('Dispute submitted. Your case number is DC-260007.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('done');
    const request = provider.calls.find((c) => c.route === 'disputes.startDispute')!.args[0] as Record<string, unknown>;
    expect(request).to.deep.include({ reason: 'duplicate', attachmentIds: ['att-1'], answers: { otherChargeDate: '2026-10-25', merchantContacted: true, details: 'Twice' } });
    expect(store.disputes.cases[0]!.attachments).to.deep.equal(['receipt.pdf']);
  });

  it('retries a lost answer with the same key and opens one case', async () => {
    const { provider, store, faults } = setup();
    const el = await render(provider);
    await reachReview(el);
    faults.set('disputes.startDispute', { dropResponse: true, times: 1 });
    await pressOn(el, '[part~="submit"]');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="submit-error"]'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('submit-retry');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="done"]'));
    const keys = provider.calls.filter((c) => c.route === 'disputes.startDispute').map((c) => (c.args[0] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(store.disputes.cases.filter((c) => c.transactionId === DISPUTE_IDS.recent)).to.have.length(1);
  });

  it('fraud: says the customer is not liable, asks only fraud’s questions, and asks the host to lock the card', async () => {
    const { provider } = setup();
    const el = await render(provider);
    await keyReason(el, 'fraud');
    expect(flat($(el, '[part~="fraud"]').textContent)).to.contain('You are not responsible for charges you did not make or allow.');
    expect(el.shadowRoot!.querySelector('#files'), 'no files for fraud').to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part~="field"]')].map((f) => f.querySelector('[id^="q-"]')?.id ?? f.id)).to.deep.equal(['q-cardInHand', 'q-details']);
    const asked = oneEvent(el, 'tessera-dispute-lock-requested');
    await pressOn(el, '[part~="lock"]');
    expect((await asked).detail).to.deep.equal({ accountId: MOCK_IDS.cardAccount, cardId: MOCK_IDS.card });
  });

  it('past the window: says so plainly and still lets the customer submit', async () => {
    const { provider } = setup();
    const el = await render(provider, DISPUTE_IDS.late);
    expect(flat($(el, '[part~="clock"]').textContent)).to.equal('The last day to dispute was October 12, 2026. You can still submit, but your protections may be reduced.');
    await reachReview(el);
    await pressOn(el, '[part~="submit"]');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="done"]'));
  });

  it('tracks each dispute with its steps and links escalation pages only over https', async () => {
    const { provider } = setup((s) => void (s.disputes.terms.regulatorUrl = 'http://regulator.example.com/complaint'));
    const el = await render(provider, null);
    const cases = [...el.shadowRoot!.querySelectorAll('[part~="case"]')];
    expect(cases).to.have.length(6);
    expect(flat(cases[3]!.querySelector('[part~="state"]')!.textContent)).to.equal('Provisional credit');
    expect(cases[3]!.querySelectorAll('[part~="step"]')).to.have.length(4);
    const links = [...el.shadowRoot!.querySelectorAll('[part~="escalate"] a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.example.com/harborview/complaints']);
  });
});
