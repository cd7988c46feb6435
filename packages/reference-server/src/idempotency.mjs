// Calls that move money or open a case: each carries an Idempotency-Key, stored with a
// UNIQUE constraint in the same transaction as what the call did.
import { createHash } from 'node:crypto';

/** Route → the table its new rows go to (`null`: the key and its answer only). */
export const KEYED_ROUTES = {
  'payments.submitPayment': 'payments',
  'payments.changeScheduledPayment': null,
  'payments.setAutoPay': null,
  'disputes.startDispute': 'disputes',
};

/** JSON with its object keys sorted, so the same request always hashes the same. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What identifies a request for its key: the path (which holds the ids) and the body.
 * @param {string} path
 * @param {string} body
 */
export function requestHash(path, body) {
  let normal = body;
  try {
    normal = canonical(JSON.parse(body));
  } catch {
    // Not JSON: the rules refuse it, and the text itself is what was asked.
  }
  return createHash('sha256').update(`${path}\n${normal}`).digest('hex');
}

/**
 * Writes the rows of a call that succeeded: its key and answer, and the payment or the
 * dispute it made. A second row for one key breaks a UNIQUE constraint and rolls back.
 * @param {import('./db.mjs').Queryable} tx
 * @param {{ customerId: string, route: string, key: string, hash: string, status: number, body: unknown, language: string | null }} call
 */
export async function recordKeyedCall(tx, { customerId, route, key, hash, status, body, language }) {
  await tx.query(
    `INSERT INTO idempotency_keys (customer_id, operation, idempotency_key, request_sha256, response_status, response_body, content_language)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [customerId, route, key, hash, status, JSON.stringify(body), language],
  );
  const record = /** @type {Record<string, any>} */ (body);
  if (KEYED_ROUTES[route] === 'payments') {
    await tx.query(
      `INSERT INTO payments (customer_id, payment_id, account_id, amount_minor, currency, pay_date, status, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [customerId, record.id, record.accountId, record.amount.amount, record.amount.currency, record.date, record.status, key],
    );
  } else if (KEYED_ROUTES[route] === 'disputes') {
    await tx.query(
      'INSERT INTO disputes (customer_id, dispute_id, account_id, transaction_id, idempotency_key) VALUES ($1, $2, $3, $4, $5)',
      [customerId, record.id, record.accountId, record.transactionId, key],
    );
  }
}

/**
 * Keeps a payment's row true to the rules after a change or a cancellation.
 * @param {import('./db.mjs').Queryable} tx
 * @param {string} customerId
 * @param {Record<string, any>} receipt
 */
export async function updatePaymentRow(tx, customerId, receipt) {
  await tx.query('UPDATE payments SET amount_minor = $3, pay_date = $4, status = $5 WHERE customer_id = $1 AND payment_id = $2', [
    customerId,
    receipt.id,
    receipt.amount.amount,
    receipt.date,
    receipt.status,
  ]);
}
