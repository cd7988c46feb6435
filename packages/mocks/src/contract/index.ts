import { accountSummaryContract } from './account-summary.js';
import { accountsContract } from './accounts.js';
import { cardsContract } from './cards.js';
import { faultsContract } from './faults.js';
import { createHarness, type ContractSetup } from './harness.js';
import { idempotencyContract } from './idempotency.js';
import { languageContract } from './language.js';
import { paymentsContract } from './payments.js';
import { creditScoreContract, helpContract, titlesContract } from './reads.js';
import { waysToPayContract } from './ways-to-pay.js';
import { documentsContract } from './documents.js';
import { disputesContract } from './disputes.js';
import { activityContract } from './activity.js';
import { alertsContract } from './alerts.js';

export type { ContractSetup, ContractSubject } from './harness.js';

/**
 * The provider contract: mocha `describe`/`it` with chai's `expect`. `setup` runs before
 * every test and returns a provider backed by a fresh `store`, with `faults` wired in.
 * Besides each slice's rules, every method whose answer holds customer text answers in
 * the call's `locale` (Spanish when asked), and so do refusals and injected failures.
 */
export function runProviderContract(name: string, setup: ContractSetup): void {
  describe(`${name} provider contract`, () => {
    const harness = createHarness(setup);
    accountsContract(harness);
    accountSummaryContract(harness);
    paymentsContract(harness);
    idempotencyContract(harness);
    cardsContract(harness);
    creditScoreContract(harness);
    titlesContract(harness);
    helpContract(harness);
    waysToPayContract(harness);
    documentsContract(harness);
    disputesContract(harness);
    activityContract(harness);
    alertsContract(harness);
    languageContract(harness);
    faultsContract(harness);
  });
}
