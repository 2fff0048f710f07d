-- The Rwandan army was listed twice; its one entry is now "military-forces-rw". What was stored
-- under the old id follows it (a chat that followed both keeps one subscription).
UPDATE OR IGNORE subscriptions SET target_id = 'military-forces-rw'
    WHERE kind = 'actor' AND target_id = 'rwanda-defence-force';
DELETE FROM subscriptions WHERE kind = 'actor' AND target_id = 'rwanda-defence-force';
UPDATE incidents SET actors = replace(actors, '"rwanda-defence-force"', '"military-forces-rw"')
    WHERE actors LIKE '%"rwanda-defence-force"%';
UPDATE incidents SET claimed_by = 'military-forces-rw' WHERE claimed_by = 'rwanda-defence-force';
