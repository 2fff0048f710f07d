-- The channel a person manages from their private chat with the bot (/channel @name), kept
-- across restarts. The rights are checked again with Telegram before every use.
CREATE TABLE IF NOT EXISTS managed_channels (
    private_chat_id INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    since           TEXT    NOT NULL
);
