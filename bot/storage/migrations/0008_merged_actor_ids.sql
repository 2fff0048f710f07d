-- Two groups were listed twice: the Chadian rebels of FACT ("fact-chad" now "fact") and
-- Ukraine's security service ("sbu" now "military-forces-ua-sbu"). What was stored under the
-- old ids follows the kept ones (a chat that followed both keeps one subscription).
UPDATE OR IGNORE subscriptions SET target_id = 'fact'
    WHERE kind = 'actor' AND target_id = 'fact-chad';
DELETE FROM subscriptions WHERE kind = 'actor' AND target_id = 'fact-chad';
UPDATE incidents SET actors = replace(actors, '"fact-chad"', '"fact"')
    WHERE actors LIKE '%"fact-chad"%';
UPDATE incidents SET claimed_by = 'fact' WHERE claimed_by = 'fact-chad';
UPDATE OR IGNORE subscriptions SET target_id = 'military-forces-ua-sbu'
    WHERE kind = 'actor' AND target_id = 'sbu';
DELETE FROM subscriptions WHERE kind = 'actor' AND target_id = 'sbu';
UPDATE incidents SET actors = replace(actors, '"sbu"', '"military-forces-ua-sbu"')
    WHERE actors LIKE '%"sbu"%';
UPDATE incidents SET claimed_by = 'military-forces-ua-sbu' WHERE claimed_by = 'sbu';
