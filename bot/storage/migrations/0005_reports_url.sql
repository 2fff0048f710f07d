-- Every report is first looked up by its URL (an article already read, an ACLED row already
-- imported); the (incident_id, url) constraint cannot serve that, so each lookup read the table.
CREATE INDEX reports_url ON reports (url);
