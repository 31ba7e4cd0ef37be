-- Webhooks out on every new handoff: an outbox of deliveries (one per event and endpoint) and the log of
-- every attempt. A delivery row is written in the same transaction as its handoff, so no case is ever
-- announced twice or never; workers on any replica take due rows with FOR UPDATE SKIP LOCKED, so one
-- delivery is attempted by one worker at a time, and a delivered row is never sent again.

CREATE TABLE webhook_deliveries (
    id                bigserial PRIMARY KEY,
    event_id          uuid NOT NULL,                 -- sent as X-Support-Event-Id: receivers dedupe on it
    event             text NOT NULL,                 -- 'handoff.created'
    handoff_id        bigint REFERENCES handoffs(id) ON DELETE CASCADE,
    url               text NOT NULL,
    format            text NOT NULL CHECK (format IN ('generic', 'zendesk', 'intercom')),
    payload           jsonb NOT NULL,
    status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts          integer NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL DEFAULT now(),
    last_status_code  integer,
    last_error        text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    delivered_at      timestamptz,
    UNIQUE (event_id, url)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_handoff ON webhook_deliveries (handoff_id);

CREATE TABLE webhook_attempts (
    id            bigserial PRIMARY KEY,
    delivery_id   bigint NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    attempted_at  timestamptz NOT NULL DEFAULT now(),
    status_code   integer,                           -- null: no HTTP answer (timeout, refused connection)
    error         text,
    duration_ms   integer NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at);
