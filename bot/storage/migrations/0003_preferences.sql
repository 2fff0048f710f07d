-- A chat's own settings (filters, quiet hours, digest), per-subscription filters and mutes,
-- and the incidents held back for a quiet-hours summary or a digest.
CREATE TABLE chat_prefs (
    chat_id         INTEGER PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
    categories      TEXT    NOT NULL DEFAULT '[]',
    min_fatalities  INTEGER NOT NULL DEFAULT 0,
    quiet_start     TEXT,
    quiet_end       TEXT,
    digest          TEXT    NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'only', 'both')),
    digest_at       TEXT,
    last_digest_at  TEXT,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE subscription_prefs (
    subscription_id INTEGER PRIMARY KEY REFERENCES subscriptions(id) ON DELETE CASCADE,
    categories      TEXT    NOT NULL DEFAULT '[]',
    min_fatalities  INTEGER NOT NULL DEFAULT 0,
    muted_until     TEXT
);

CREATE TABLE held_incidents (
    chat_id      INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    incident_id  INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    reason       TEXT    NOT NULL CHECK (reason IN ('quiet', 'digest')),
    held_at      TEXT    NOT NULL,
    PRIMARY KEY (chat_id, reason, incident_id)
);
