import { pressOn, shadow, typeInto } from '@tessera/mocks/conformance';
import type { TesseraDispute } from '@tessera/dispute';

/** The clock of the seeded store: 2026-11-21 in the lender's time zone. */
export const NOW = new Date('2026-11-21T18:00:00Z');

/** Chooses a reason with the keyboard and continues to its questions. */
export async function chooseReason(el: TesseraDispute, reason: string): Promise<void> {
  await pressOn(el, `input[name="reason"][value="${reason}"]`, 'Space');
  await pressOn(el, '[part~="continue"]');
}

/** "Something else": says the merchant was not contacted, tells what happened, continues to the review. */
export async function reachReview(el: TesseraDispute): Promise<void> {
  await chooseReason(el, 'other');
  await pressOn(el, 'input[name="q-merchantContacted"][value="no"]', 'Space');
  await typeInto(el, '#q-details', 'Charged after I canceled.');
  await pressOn(el, '[part~="continue"]');
}

/** Picks files in the file input, as the browser's dialog would. */
export async function pickFiles(el: TesseraDispute, files: File[]): Promise<void> {
  await el.updateComplete;
  const input = shadow<HTMLInputElement>(el, '#files')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export const pdf = (name = 'receipt.pdf', size = 2048): File => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
