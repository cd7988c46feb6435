// Writes the "Data rules" section of packages/core/README.md from the guards every
// provider answer goes through (packages/core/src/guards.ts): one table per data type,
// every field, the rule it must meet, and the widgets that show it. `--check` changes
// nothing and fails when the README differs (npm test runs it), so the rules a partner
// reads are the rules the code applies.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagesDir, root } from './workspace.mjs';

const check = process.argv.includes('--check');
const START = '<!-- data-rules:start: generated from src/guards.ts by `npm run data-rules`; edit the guards, not this -->';
const END = '<!-- data-rules:end -->';

const out = path.join(root, 'node_modules/.cache/tessera-data-rules/guards.mjs');
await build({ entryPoints: [path.join(packagesDir, 'core/src/guards.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const guards = await import(`${pathToFileURL(out).href}?${Date.now()}`);

/** The types a provider returns, the method that returns them, and who shows them. */
const TYPES = [
  ['Account (card)', 'isCardAccount', '`accounts.listAccounts`, `accounts.getAccount`', 'payment-form'],
  ['Account (vehicle loan)', 'isVehicleLoanAccount', '`accounts.listAccounts`, `accounts.getAccount`', 'payment-form'],
  ['FundingAccount', 'isFundingAccount', '`payments.listFundingAccounts`, `payments.addFundingAccount`', 'payment-form'],
  ['BankLookup', 'isBankLookup', '`payments.lookupRoutingNumber`', 'payment-form'],
  ['PaymentOptions', 'isPaymentOptions', '`payments.getPaymentOptions`', 'payment-form'],
  ['PaymentReceipt', 'isPaymentReceipt', '`payments.submitPayment`, `cancelPayment`', 'payment-form'],
  ['AutoPaySettings', 'isAutoPaySettings', '`payments.getAutoPay`, `setAutoPay`, `cancelAutoPay`', 'payment-form'],
  ['Card', 'isCard', '`cards.listCards`, `cards.getCard`, `cards.setCardLock`, `cards.setDeclineAlerts`', 'card-lock'],
  ['CardLockPolicy', 'isCardLockPolicy', '`cards.getLockPolicy`', 'card-lock'],
  ['CardCapabilities', 'isCardCapabilities', '`cards.getCapabilities`', 'card-lock'],
  ['CreditScore', 'isCreditScore', '`creditScore.getCreditScore`', 'fico-gauge'],
  ['TitleCase', 'isTitleCase', '`titles.listTitles`, `titles.setTitleEmailUpdates`', 'title-tracker'],
  ['Faq', 'isFaq', '`help.getFaq`', 'help-faq'],
  ['ContactChannel', 'isContactChannel', '`help.getContactChannels`', 'help-faq'],
  ['WaysToPay', 'isWaysToPay', '`help.getWaysToPay`', 'ways-to-pay'],
  ['RevealedAccountNumber', 'isRevealedAccountNumber', '`help.revealAccountNumber`', 'ways-to-pay'],
  ['PayoffQuote', 'isPayoffQuote', '`accounts.getPayoffQuote`', 'account-summary'],
  ['DocumentPage', 'isDocumentPage', '`documents.listDocuments`', 'documents'],
  ['DocumentSummary', 'isDocumentSummary', '`documents.listDocuments` (each of `documents[]`)', 'documents'],
  ['PaperlessSettings', 'isPaperlessSettings', '`documents.getPaperless`, `documents.setPaperless`', 'documents'],
  ['DisputeOptions', 'isDisputeOptions', '`disputes.getDisputeOptions`', 'dispute'],
  ['DisputeAttachment', 'isDisputeAttachment', '`disputes.uploadDisputeAttachment`', 'dispute'],
  ['Dispute', 'isDispute', '`disputes.startDispute`, `disputes.getDispute`', 'dispute'],
  ['DisputeList', 'isDisputeList', '`disputes.listDisputes`', 'dispute'],
  ['StatementPeriod', 'isStatementPeriod', '`activity.listStatementPeriods` (each item)', 'activity'],
  ['TransactionPage', 'isTransactionPage', '`activity.listTransactions`', 'activity'],
  ['Transaction', 'isTransaction', '`activity.listTransactions` (each of `transactions[]`)', 'activity'],
  ['LoanPaymentPage', 'isLoanPaymentPage', '`activity.listLoanPayments`', 'activity'],
  ['LoanPayment', 'isLoanPayment', '`activity.listLoanPayments` (each of `payments[]`)', 'activity'],
  ['AlertSettings', 'isAlertSettings', '`alerts.getAlerts`', 'alerts'],
  ['Alert', 'isAlert', '`alerts.getAlerts` (each of `alerts[]`), `alerts.setAlert`', 'alerts'],
  ['PayByText', 'isPayByText', '`alerts.getAlerts` (each of `payByText[]`), `alerts.setPayByText`', 'alerts'],
  ['TextConsent', 'isTextConsent', '`alerts.getAlerts` (`textConsent`), `alerts.acceptTextConsent`', 'alerts'],
  ['PhoneVerification', 'isPhoneVerification', '`alerts.startPhoneVerification`, `alerts.resendPhoneCode`', 'alerts'],
];

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** One row per field, nested objects and list items flattened into dotted paths. */
function rows(prefix, guard) {
  const result = [];
  for (const [key, field] of Object.entries(guard.shape ?? {})) {
    const at = prefix ? `${prefix}.${key}` : key;
    result.push([at, field.rule ?? 'valid']);
    // Objects with a rule of their own (money) are one row; other objects list their fields.
    if (field.shape && field.rule?.endsWith('an object')) result.push(...rows(at, field));
    else if (field.item?.shape && field.item.rule === 'an object') result.push(...rows(`${at}[]`, field.item));
  }
  return result;
}

function section() {
  const parts = [
    START,
    '',
    '## Data rules',
    '',
    'Every answer from a provider is checked before a widget shows it. A value that breaks a',
    'rule is reported once to the console, naming the method, the field and the rule, with a',
    'safe excerpt of the value (long digit runs are cut to their last four, long strings to',
    'their length), for example `cards.getCard → card.last4: expected 4 digits (got "19")`.',
    'The widget then says the information cannot be shown, without a retry. In lists marked',
    '"bad items are left out" a bad item is left out (and reported) and the others are shown,',
    'with a note saying how many could not be. Fields not listed are ignored.',
    '',
  ];
  for (const [name, guardName, methods, widgets] of TYPES) {
    const guard = guards[guardName];
    if (!guard?.shape) throw new Error(`${guardName} is not an obj() guard in guards.ts`);
    parts.push(`### ${name}`, '', `From ${methods}; shown by \`<tessera-${widgets}>\`.`, '', '| field | rule |', '|---|---|');
    for (const [field, rule] of rows('', guard)) parts.push(`| \`${field}\` | ${cell(rule)} |`);
    parts.push('');
  }
  parts.push(END);
  return parts.join('\n');
}

const file = path.join(packagesDir, 'core/README.md');
const readme = readFileSync(file, 'utf8');
const start = readme.indexOf('<!-- data-rules:start');
const end = readme.indexOf(END);
if (start < 0 || end < 0) {
  console.error('packages/core/README.md has no <!-- data-rules:start --> … <!-- data-rules:end --> section');
  process.exit(1);
}
const next = readme.slice(0, start) + section() + readme.slice(end + END.length);
if (next === readme) {
  console.log('The data rules in packages/core/README.md match the guards');
} else if (check) {
  console.error('packages/core/README.md: the data rules differ from src/guards.ts (run npm run data-rules)');
  process.exit(1);
} else {
  writeFileSync(file, next);
  console.log('packages/core/README.md: data rules written');
}
