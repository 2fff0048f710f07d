-- needs_update: 0 none, 1 facts changed (edit or reply), 2 only new sources (edit if recent).
DROP INDEX IF EXISTS alerts_update;
CREATE INDEX alerts_update ON alerts (needs_update) WHERE needs_update > 0;
