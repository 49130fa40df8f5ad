-- The tenants beside the default one (docs/tenants.md). Each keeps its state in its own schema
-- (named in schema_name), made and migrated when the tenant is made; this table is read in the
-- default schema only (a tenant's schema has an empty copy).
CREATE TABLE sim_tenants (
  id text PRIMARY KEY,
  schema_name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);
