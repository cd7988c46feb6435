// The seed: the same fictional lender as @tessera/mocks (createMockStore is the one source
// of its data and rules), for two customers whose ids never meet, each with a token.
import { createHash } from 'node:crypto';
import { createMockStore } from '@tessera/mocks';

/** The seeded customers and their bearer tokens (fictional, for local use only). */
export const CUSTOMERS = {
  jordan: { id: 'cust-1', name: 'Jordan Rivera', token: 'reference-token-jordan' },
  avery: { id: 'cust-2', name: 'Avery Quinn', token: 'reference-token-avery' },
};

/** Added to the number at the end of each of the second customer's ids. */
const ID_OFFSET = 500_000;

/** Lists whose entries are the lender's, not the customer's: their ids stay as they are. */
const SHARED = new Set(['faq', 'contactChannels', 'waysToPay', 'reasons', 'questions', 'banks', 'lockPolicy', 'capabilities']);

/** @param {string} token */
export const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

/** Every id of a customer's own records in a store (values of `id` and `…Id` fields). */
function customerIds(value, found = new Set(), key = '') {
  if (SHARED.has(key)) return found;
  if (Array.isArray(value)) value.forEach((item) => customerIds(item, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) customerIds(v, found, k);
  else if (typeof value === 'string' && (key === 'id' || /Id$/.test(key)) && /-/.test(value)) found.add(value);
  return found;
}

/** `pmt-1` → `pmt-500001`; an id without a number gets `-2`. */
const renamed = (id) => (/\d+$/.test(id) ? id.replace(/\d+$/, (n) => String(Number(n) + ID_OFFSET)) : `${id}-2`);

/**
 * The seeded store with every id of the customer's own records renamed (in values and in
 * record keys alike), so that no id of one customer is an id of the other's.
 * @param {import('@tessera/mocks').MockStore} store
 */
export function withOtherIds(store) {
  const ids = [...customerIds(store)].sort((a, b) => b.length - a.length);
  let text = JSON.stringify(store);
  for (const id of ids) text = text.replaceAll(`"${id}"`, `"${renamed(id)}"`);
  // Alert ids are built from account ids (`card-acct-1-payment-received`).
  for (const id of ids) text = text.replaceAll(`"${id}-`, `"${renamed(id)}-`);
  return JSON.parse(text);
}

/**
 * Seeds both customers and their tokens unless the database has customers already.
 * @param {import('./db.mjs').Database} db
 * @param {{ today?: string }} [options]
 * @returns {Promise<boolean>} whether it seeded
 */
export async function seed(db, options = {}) {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM customers');
  if (count > 0) return false;
  const store = createMockStore(options.today ? { today: options.today } : {});
  const states = { jordan: store, avery: withOtherIds(store) };
  await db.transaction(async (tx) => {
    for (const [name, customer] of Object.entries(CUSTOMERS)) {
      await tx.query('INSERT INTO customers (id, name, state) VALUES ($1, $2, $3::jsonb)', [customer.id, customer.name, JSON.stringify(states[name])]);
      await tx.query('INSERT INTO access_tokens (token_sha256, customer_id) VALUES ($1, $2)', [tokenHash(customer.token), customer.id]);
    }
  });
  return true;
}
