-- Delivery at scale: the queue read in sending order, and a chat's alerts found without a scan.
CREATE INDEX alerts_pending_order ON alerts (priority DESC, incident_id DESC, id)
    WHERE state = 'pending';
CREATE INDEX alerts_chat ON alerts (chat_id, state);
