// Numbered migrations; `PRAGMA user_version` holds the last one applied. Append, never edit a
// migration that has shipped: databases in the field already ran it.

export const MIGRATIONS: string[] = [
  // 1: the trace store
  `
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('done','running','interrupted')),
    options TEXT NOT NULL,
    pid INTEGER
  );
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    source TEXT NOT NULL,
    message_id TEXT,
    subject TEXT NOT NULL,
    date TEXT,
    from_address TEXT NOT NULL,
    from_name TEXT NOT NULL,
    recipients TEXT NOT NULL,
    findings TEXT NOT NULL,
    errors TEXT NOT NULL,
    extra TEXT
  );
  CREATE INDEX messages_job ON messages(job_id, ord);
  CREATE TABLE links (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    message_id TEXT REFERENCES messages(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    url TEXT NOT NULL,
    wrapped_url TEXT,
    text TEXT,
    kind TEXT NOT NULL,
    visitable INTEGER NOT NULL,
    refused TEXT,
    recipients TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX links_job ON links(job_id, ord);
  CREATE INDEX links_message ON links(message_id);
  CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    link_id TEXT REFERENCES links(id) ON DELETE SET NULL,
    ord INTEGER NOT NULL,
    url TEXT NOT NULL,
    persona TEXT NOT NULL,
    engine TEXT NOT NULL,
    replay_of TEXT REFERENCES visits(id) ON DELETE SET NULL,
    decoy INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    final TEXT,
    downloads TEXT NOT NULL DEFAULT '[]',
    branch_finals TEXT NOT NULL DEFAULT '[]',
    substitutions TEXT NOT NULL DEFAULT '[]',
    decoy_unexplained TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX visits_job ON visits(job_id, ord);
  CREATE INDEX visits_link ON visits(link_id, persona);
  CREATE INDEX visits_replay ON visits(replay_of);
  CREATE TABLE hops (
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    branch INTEGER NOT NULL,
    url TEXT NOT NULL,
    method TEXT NOT NULL,
    status INTEGER,
    cause TEXT NOT NULL,
    server_ip TEXT,
    content_type TEXT,
    body_sha256 TEXT,
    blocked TEXT,
    started_at TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    set_cookies TEXT NOT NULL,
    note TEXT,
    tls TEXT,
    PRIMARY KEY (visit_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE responses (
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body_sha256 TEXT,
    resource_type TEXT NOT NULL,
    truncated INTEGER NOT NULL,
    PRIMARY KEY (visit_id, ord)
  ) WITHOUT ROWID;
  CREATE TABLE tokens (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    link_id TEXT NOT NULL,
    component TEXT NOT NULL,
    url TEXT NOT NULL,
    value TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    recipient TEXT,
    derivation TEXT,
    seen_on_hosts TEXT NOT NULL,
    entropy REAL,
    PRIMARY KEY (job_id, link_id, component)
  );
  CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime TEXT,
    compression TEXT NOT NULL,
    data BLOB NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE cloaking (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    link_id TEXT NOT NULL,
    finding TEXT NOT NULL,
    PRIMARY KEY (job_id, link_id)
  );
  `,
  // 2: registration records (RDAP answers and imported WHOIS/RDAP), cached with their fetch time
  `
  CREATE TABLE registrations (
    domain TEXT PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    source TEXT NOT NULL,
    raw TEXT NOT NULL,
    parsed TEXT NOT NULL
  );
  `,
  // 3: why each visit was made and whether it can be trusted; where in the mail a link was found
  `
  ALTER TABLE visits ADD COLUMN purpose TEXT NOT NULL DEFAULT 'primary';
  ALTER TABLE visits ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE visits ADD COLUMN retry_of TEXT;
  ALTER TABLE visits ADD COLUMN incomplete TEXT;
  UPDATE visits SET purpose = 'replay' WHERE replay_of IS NOT NULL;
  UPDATE visits SET purpose = 'cloak-check' WHERE warnings LIKE '%"cloak-check%';
  ALTER TABLE links ADD COLUMN where_found TEXT NOT NULL DEFAULT 'body';
  `,
  // 4 (watch, issue 29): watches, their rounds (each a crawl job), the events they raised and every webhook delivery
  `
  CREATE TABLE watches (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active','paused','expired','ended')),
    spec TEXT NOT NULL,
    next_due TEXT,
    state TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE watch_rounds (
    id TEXT PRIMARY KEY,
    watch_id TEXT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    job_id TEXT REFERENCES jobs(id) ON DELETE SET NULL,
    due_at TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running','done')),
    pid INTEGER,
    verdict TEXT,
    UNIQUE (watch_id, seq)
  );
  CREATE TABLE watch_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    watch_id TEXT NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    round_id TEXT NOT NULL,
    body TEXT NOT NULL,
    printed INTEGER NOT NULL DEFAULT 0,
    delivered_at TEXT,
    next_attempt_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX watch_events_watch ON watch_events(watch_id, id);
  CREATE TABLE watch_deliveries (
    event_id INTEGER NOT NULL REFERENCES watch_events(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER,
    error TEXT,
    duration_ms INTEGER NOT NULL,
    PRIMARY KEY (event_id, attempt)
  );
  `,
  // 5 (ingest/spamtrap, issue 30): each raw message that arrived by itself, once by sha256 (its bytes
  // in blobs), with where it came from; and each IMAP mailbox's place (UIDVALIDITY, last UID).
  `
  CREATE TABLE IF NOT EXISTS mail_intake (
    sha256 TEXT PRIMARY KEY,
    message_id TEXT REFERENCES messages(id) ON DELETE SET NULL,
    job_id TEXT REFERENCES jobs(id) ON DELETE SET NULL,
    received_at TEXT NOT NULL,
    origin TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS mail_intake_message ON mail_intake(message_id);
  CREATE TABLE IF NOT EXISTS imap_cursors (
    mailbox TEXT PRIMARY KEY,
    uidvalidity TEXT NOT NULL,
    last_uid INTEGER NOT NULL
  );
  `,
  // 6 (interop, issue 28): the file an imported visit was rebuilt from (`hoptrace import`)
  `
  CREATE TABLE visit_sources (
    visit_id TEXT PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 7 (fingerprints, issue 27): each page's fingerprint values and LSH bands, for
  // exact and near lookups across jobs
  `
  CREATE TABLE IF NOT EXISTS fingerprints (
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    branch INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (visit_id, branch, kind, value)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS fingerprints_value ON fingerprints(kind, value, visit_id);
  `,
];
