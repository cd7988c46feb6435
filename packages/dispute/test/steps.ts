import { shadow } from '@tessera/mocks/conformance';
import type { TesseraDispute } from '@tessera/dispute';

/** The clock of the seeded store: 2026-11-21 in the lender's time zone. */
export const NOW = new Date('2026-11-21T18:00:00Z');

/** Clicks a control inside the widget (the conformance suite's quick way through the flow; keyboard flows are in dispute.test.ts). */
export async function clickOn(el: TesseraDispute, selector: string): Promise<void> {
  await el.updateComplete;
  const control = shadow<HTMLElement>(el, selector);
  if (!control) throw new Error(`<tessera-dispute> has no ${selector}`);
  control.focus();
  control.click();
  await el.updateComplete;
}

/** Chooses a reason and continues to its questions. */
export async function chooseReason(el: TesseraDispute, reason: string): Promise<void> {
  await clickOn(el, `input[name="reason"][value="${reason}"]`);
  await clickOn(el, '[part~="continue"]');
}

/** "Something else": says the merchant was not contacted, tells what happened, continues to the review. */
export async function reachReview(el: TesseraDispute): Promise<void> {
  await chooseReason(el, 'other');
  await clickOn(el, 'input[name="q-merchantContacted"][value="no"]');
  const details = shadow<HTMLTextAreaElement>(el, '#q-details')!;
  details.value = 'Lakeside Outfitters #4471';
  details.dispatchEvent(new Event('input'));
  await clickOn(el, '[part~="continue"]');
}

/** Picks files in the file input, as the browser's dialog would. */
export async function pickFiles(el: TesseraDispute, files: File[]): Promise<void> {
  await el.updateComplete;
  const input = shadow<HTMLInputElement>(el, '#files')!;
  // The customer opened the dialog from the input, so it has focus.
  input.focus();
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export const pdf = (name = 'receipt.pdf', size = 2048): File => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
