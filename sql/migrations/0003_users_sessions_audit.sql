-- Accounts, server-side sessions and the tamper-evident audit log (issue #4 "Staff publishing").
-- Role codes mirror server/src/users/roles.ts and the USCC pattern server/src/users/uscc-format.ts;
-- tests/server/users/users-schema.test.ts keeps them equal.

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Stored lower-case; people's names go to display_name.
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
  role text NOT NULL CHECK (role IN ('admin', 'publisher', 'reviewer', 'agent', 'enterprise', 'evaluator')),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  -- 统一社会信用代码 (GB 32100-2015), format only; it identifies enterprise accounts and no others.
  uscc text CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  password_hash text NOT NULL,
  -- Lockout after repeated failures (等保 2.0 level 3; security.md "Access").
  failed_logins int NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'enterprise') = (uscc IS NOT NULL))
);
CREATE INDEX users_uscc_idx ON users (uscc) WHERE uscc IS NOT NULL;

-- Only a SHA-256 hash of the session id is stored: a copy of this table does not let anyone sign in.
-- Times come from the application's clock (tests inject one), hence no defaults.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  -- The absolute end of the session; the idle timeout is measured from last_seen_at.
  expires_at timestamptz NOT NULL,
  csrf_token text NOT NULL,
  user_agent text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Append-only, hash-chained audit log (security.md "Data integrity"; 等保 2.0 安全审计).
-- The application computes `hash` = SM3 of the row's canonical JSON, which includes prev_hash;
-- the database guarantees that rows only ever extend the chain and are never changed or removed.
CREATE TABLE audit_log (
  id bigint PRIMARY KEY CHECK (id > 0),
  at timestamptz NOT NULL,
  actor text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
  actor_role text,
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  entity_type text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- The chain's end. Appends lock this row (SELECT … FOR UPDATE), so concurrent appends take turns
-- and the chain never forks; removing rows from the end shows as a head that points past them.
CREATE TABLE audit_head (
  id int PRIMARY KEY CHECK (id = 1),
  last_id bigint NOT NULL,
  last_hash text NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_log_extend_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head audit_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
  IF NEW.id <> head.last_id + 1 OR NEW.prev_hash <> head.last_hash THEN
    RAISE EXCEPTION 'audit_log row % does not extend the chain at row %', NEW.id, head.last_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_extend_head BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_extend_head();

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The head moves only through audit_log_extend_head (trigger depth 2), never by a direct UPDATE.
CREATE FUNCTION audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_head changes only by appending to audit_log: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_head_guard BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_guard();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
