-- The escalation queue a human works from. One open handoff per conversation (thread).

CREATE TABLE handoffs (
    id                    bigserial PRIMARY KEY,
    thread_id             text NOT NULL,
    customer_id           text,
    order_ids             text[] NOT NULL DEFAULT '{}',
    intent                text,
    reasons               text[] NOT NULL,       -- e.g. {'refund_over_limit','tier2_intent'}
    summary               text NOT NULL,
    tried                 text NOT NULL DEFAULT '',
    suggested_resolution  text NOT NULL,
    transcript            jsonb NOT NULL DEFAULT '[]',
    priority              text NOT NULL DEFAULT 'normal', -- low|normal|high|urgent
    status                text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'resolved')),
    assignee              text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX handoffs_one_open_per_thread ON handoffs (thread_id) WHERE status <> 'resolved';
CREATE INDEX handoffs_queue ON handoffs (status, created_at);

-- Follow-up customer messages that arrive after the handoff, shown to the human in the inbox.
CREATE TABLE handoff_messages (
    id            bigserial PRIMARY KEY,
    handoff_id    bigint NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
    role          text NOT NULL,                 -- customer|agent|human
    text          text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Trained engine artefacts (intent model, playbook), shared by every replica.
CREATE TABLE engine_models (
    name          text NOT NULL,                 -- 'intent-classifier', 'playbook'
    version       integer NOT NULL,
    trained_at    timestamptz NOT NULL DEFAULT now(),
    training_split text NOT NULL DEFAULT 'learn',
    fingerprint   text NOT NULL,                 -- what it was trained on
    metrics       jsonb NOT NULL DEFAULT '{}',
    payload       bytea NOT NULL,
    PRIMARY KEY (name, version)
);
