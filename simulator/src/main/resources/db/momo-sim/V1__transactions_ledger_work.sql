-- momo-sim shared state, part 1: transactions, the ledger, the clock and scheduled work.
-- Domain records are kept whole as jsonb (the state document's encoding); the columns beside them
-- are what the database must index or enforce.

-- One row per payment-like transaction. The primary key is the reference-id rule: a reference id
-- is taken once per product, whichever instance inserts it.
CREATE TABLE sim_transactions (
  product       text        NOT NULL,
  reference_id  text COLLATE "C" NOT NULL,
  -- listing order, newest first: created_at desc, product_order asc, reference_id desc
  created_at    timestamptz NOT NULL,
  product_order smallint    NOT NULL,
  status        text        NOT NULL,
  party_id      text,
  refund_of     text,
  final         boolean     NOT NULL,
  doc           jsonb       NOT NULL,
  PRIMARY KEY (product, reference_id)
);
CREATE INDEX sim_transactions_newest ON sim_transactions (created_at DESC, product_order, reference_id DESC);
CREATE INDEX sim_transactions_refund_of ON sim_transactions (refund_of) WHERE refund_of IS NOT NULL;
CREATE INDEX sim_transactions_unfinished ON sim_transactions (product) WHERE NOT final;
CREATE INDEX sim_transactions_party ON sim_transactions (party_id, created_at DESC);

-- Balances. An account without a row holds its configured opening balance; a row is written the
-- first time money moves. opening: what it opened with, moved by every balance set by hand, so
-- the sum of balances minus the sum of openings is always zero. No balance goes below zero: the check is the overdraft rule's last line.
CREATE TABLE sim_accounts (
  account text COLLATE "C" PRIMARY KEY,
  opening numeric NOT NULL,
  balance numeric NOT NULL CHECK (balance >= 0)
);

-- Single values shared by every instance: the clock ('clock'), the approval mode.
CREATE TABLE sim_settings (
  name  text PRIMARY KEY,
  value jsonb NOT NULL
);

-- Scheduled work (payment ends, expiries, callbacks). An instance takes due rows with
-- FOR UPDATE SKIP LOCKED and holds them under a lease it renews; a row whose lease ran out (its
-- taker died) is taken again by a survivor.
CREATE TABLE sim_work (
  id          bigserial   PRIMARY KEY,
  due_at      timestamptz NOT NULL,
  kind        text        NOT NULL,
  key         text        NOT NULL,
  attempts    integer     NOT NULL DEFAULT 0,
  taken_by    text,
  lease_until timestamptz
);
CREATE INDEX sim_work_due ON sim_work (due_at, id);
