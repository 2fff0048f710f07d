-- Chats, subscriptions, sources, seen items, incidents, reports and the alert outbox.
CREATE TABLE chats (
    id           INTEGER PRIMARY KEY,
    type         TEXT    NOT NULL DEFAULT 'private',
    language     TEXT    NOT NULL DEFAULT 'en',
    timezone     TEXT    NOT NULL DEFAULT 'UTC',
    active       INTEGER NOT NULL DEFAULT 1,
    muted_until  TEXT,
    settings     TEXT    NOT NULL DEFAULT '{}',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id     INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('place', 'actor', 'radius')),
    target_id   TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    km          REAL,
    lat         REAL,
    lon         REAL,
    created_at  TEXT    NOT NULL
);
-- NULLs are distinct in a UNIQUE constraint, so the radius is folded to 0 for the others.
CREATE UNIQUE INDEX subscriptions_unique ON subscriptions (chat_id, kind, target_id, IFNULL(km, 0));
CREATE INDEX subscriptions_target ON subscriptions (kind, target_id);

CREATE TABLE sources (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    url            TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    language       TEXT,
    etag           TEXT,
    last_modified  TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,
    error_count    INTEGER NOT NULL DEFAULT 0,
    next_poll_at   TEXT,
    last_success   TEXT,
    last_error     TEXT,
    first_polled_at TEXT
);

CREATE TABLE seen_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id    INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    guid         TEXT    NOT NULL,
    link         TEXT,
    fingerprint  TEXT,
    seen_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX seen_items_guid ON seen_items (guid);
CREATE INDEX seen_items_link ON seen_items (link);
CREATE INDEX seen_items_fingerprint ON seen_items (fingerprint);
CREATE INDEX seen_items_seen_at ON seen_items (seen_at);

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    key             TEXT    NOT NULL UNIQUE,
    event_type      TEXT    NOT NULL,
    sub_event_type  TEXT,
    place_id        TEXT,
    place           TEXT,
    admin1          TEXT,
    country         TEXT,
    lat             REAL,
    lon             REAL,
    actors          TEXT    NOT NULL DEFAULT '[]',
    claimed_by      TEXT,
    status          TEXT    NOT NULL,
    fatalities      INTEGER,
    injured         INTEGER,
    incident_date   TEXT    NOT NULL,
    first_seen      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    matched         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incidents_date_country ON incidents (incident_date, country);
CREATE INDEX incidents_first_seen ON incidents (first_seen);

CREATE TABLE reports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id   TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    url          TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    published    TEXT    NOT NULL,
    fatalities   INTEGER,
    injured      INTEGER,
    status       TEXT,
    UNIQUE (incident_id, url)
);
CREATE INDEX reports_incident ON reports (incident_id);

-- The outbox: one row per (incident, chat), ever.
CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id      INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    chat_id          INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    state            TEXT    NOT NULL DEFAULT 'pending',
    message_id       INTEGER,
    priority         INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    next_attempt_at  TEXT    NOT NULL,
    sent_at          TEXT,
    last_error       TEXT,
    needs_update     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (incident_id, chat_id)
);
CREATE INDEX alerts_queue ON alerts (state, next_attempt_at, priority);
CREATE INDEX alerts_update ON alerts (needs_update) WHERE needs_update = 1;
