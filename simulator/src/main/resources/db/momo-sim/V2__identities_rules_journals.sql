-- momo-sim shared state, part 2: API users, tokens, consents, the behaviour rules and the two
-- journals. Records are kept whole as jsonb (the state document's encoding); the columns beside
-- them are what is looked up, ordered or enforced. Where a store keeps "the newest N", a bigserial
-- column gives the order of insertion across every instance.

-- Sandbox API users. The primary key is the "one user per id" rule.
CREATE TABLE sim_api_users (
  id  text COLLATE "C" PRIMARY KEY,
  doc jsonb NOT NULL
);

-- Issued access tokens, by the digest of the token (never the token). Each owner (API user and
-- product) keeps its newest tokens only: seq orders an owner's tokens.
CREATE TABLE sim_tokens (
  token_digest text COLLATE "C" PRIMARY KEY,
  owner        text COLLATE "C" NOT NULL,
  seq          bigserial NOT NULL,
  doc          jsonb NOT NULL
);
CREATE INDEX sim_tokens_owner ON sim_tokens (owner, seq);

-- Consent requests (bc-authorize) by auth_req_id, oldest first by seq; a request is changed only
-- from the document the changer read (compare-and-set on doc).
CREATE TABLE sim_consent_requests (
  auth_req_id text COLLATE "C" PRIMARY KEY,
  seq         bigserial NOT NULL UNIQUE,
  doc         jsonb NOT NULL
);

-- The oauth2 tokens consents were redeemed for, looked up by the digests of their tokens.
CREATE TABLE sim_consent_grants (
  auth_req_id    text COLLATE "C" PRIMARY KEY,
  seq            bigserial NOT NULL UNIQUE,
  access_digest  text COLLATE "C" NOT NULL,
  refresh_digest text COLLATE "C",
  doc            jsonb NOT NULL
);
CREATE INDEX sim_consent_grants_access ON sim_consent_grants (access_digest);
CREATE INDEX sim_consent_grants_refresh ON sim_consent_grants (refresh_digest)
  WHERE refresh_digest IS NOT NULL;

-- The rule book in force: one row. version names the list of rules (a use is taken against a
-- version); written changes on every write, so an instance knows when its parsed copy is stale.
-- rules is the array of rules in the rule-file format.
CREATE SEQUENCE sim_rule_book_writes;
CREATE TABLE sim_rule_book (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  version  bigint NOT NULL,
  written  bigint NOT NULL,
  rules    jsonb  NOT NULL
);

-- The remaining uses of the limited rules of a version (a rule without a limit has no row). A use
-- is taken in one statement: remaining = remaining - 1 where remaining > 0.
CREATE TABLE sim_rule_uses (
  version   bigint  NOT NULL,
  position  integer NOT NULL,
  remaining integer NOT NULL CHECK (remaining >= 0),
  PRIMARY KEY (version, position)
);

-- Each journal of each instance takes a slot number, part of the ids it gives (so the ids that
-- instances give without asking the database are unique across them).
CREATE SEQUENCE sim_journal_slots;

-- The request journal, bounded (trimmed now and then). id is the entry's id (time-ordered across
-- instances); seq breaks ties and orders the rows of one id.
CREATE TABLE sim_requests (
  seq bigserial PRIMARY KEY,
  id  bigint NOT NULL,
  doc jsonb  NOT NULL
);
CREATE INDEX sim_requests_newest ON sim_requests (id, seq);

-- The callback journal, bounded (trimmed now and then), listed newest first in the order of
-- insertion (seq); number is the N of an id cb-N.
CREATE TABLE sim_callbacks (
  seq    bigserial PRIMARY KEY,
  id     text COLLATE "C" NOT NULL UNIQUE,
  number bigint,
  doc    jsonb NOT NULL
);
