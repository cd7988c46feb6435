-- The reference server's schema. Plain SQL, run once each in file-name order; the same
-- files on PGlite and on PostgreSQL.

-- A customer, and the servicing state the lender's rules read and change (the seeded
-- store of @tessera/mocks as one JSON document, read FOR UPDATE in every change).
CREATE TABLE customers (
  id text PRIMARY KEY,
  name text NOT NULL,
  state jsonb NOT NULL,
  -- Goes up by one with every change of state: a server keeps the parsed state of a
  -- version it has read, and reads the document again only when the version moved on.
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens: each maps to exactly one customer. Only a hash of the token is stored.
CREATE TABLE access_tokens (
  token_sha256 text PRIMARY KEY,
  customer_id text NOT NULL REFERENCES customers (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every payment made through the API, one row each, written in the same transaction as
-- its idempotency key; a change or a cancellation updates its row.
CREATE TABLE payments (
  customer_id text NOT NULL REFERENCES customers (id),
  payment_id text NOT NULL,
  account_id text NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  currency char(3) NOT NULL,
  pay_date date NOT NULL,
  status text NOT NULL,
  idempotency_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, payment_id),
  UNIQUE (customer_id, idempotency_key)
);

-- Every dispute opened, one row each.
CREATE TABLE disputes (
  customer_id text NOT NULL REFERENCES customers (id),
  dispute_id text NOT NULL,
  account_id text NOT NULL,
  transaction_id text NOT NULL,
  idempotency_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, dispute_id),
  UNIQUE (customer_id, idempotency_key)
);

-- Idempotency keys of every call that moves money or opens a case: what was asked (a hash
-- of the operation's path and body) and the answer given, replayed for the same request.
CREATE TABLE idempotency_keys (
  customer_id text NOT NULL REFERENCES customers (id),
  operation text NOT NULL,
  idempotency_key text NOT NULL,
  request_sha256 text NOT NULL,
  response_status integer NOT NULL,
  response_body jsonb NOT NULL,
  content_language text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (customer_id, operation, idempotency_key)
);
