-- Source documents the agent learns from: help-center articles and historical tickets.
-- (Chunk embeddings live in the vector store tables created by tools/knowledge.)

CREATE TABLE help_articles (
    id            text PRIMARY KEY,              -- stable slug, e.g. 'shipping-times-us'
    title         text NOT NULL,
    category      text NOT NULL,                 -- shipping|returns|refunds|exchanges|sizing|care|payments|promotions|account|orders
    body          text NOT NULL,                 -- Markdown with ## headings
    url           text,
    source        text NOT NULL DEFAULT 'demo',  -- demo|markdown|html|zendesk|tau-retail ...
    content_hash  text NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id                    text PRIMARY KEY,
    created_at            timestamptz NOT NULL,
    channel               text NOT NULL DEFAULT 'email',  -- email|chat|social|contact_form
    language              text NOT NULL DEFAULT 'en',
    customer_id           text,                  -- may reference a customer; null for guests
    customer_email        text,
    order_id              text,                  -- order the ticket is about, if any
    subject               text,
    messages              jsonb NOT NULL,        -- [{"role": "customer"|"agent", "text": str, "at": iso}]
    intent                text NOT NULL,         -- see graph/intents.py
    secondary_intents     text[] NOT NULL DEFAULT '{}',
    tier                  smallint NOT NULL CHECK (tier IN (1, 2)),
    resolution_action     text NOT NULL,         -- the action that resolved it, e.g. 'share_tracking'
    resolved              boolean NOT NULL DEFAULT true,
    resolved_first_reply  boolean NOT NULL,
    escalated             boolean NOT NULL,      -- handed to a tier-2 / specialist human
    refund_amount         numeric(10,2),
    csat                  smallint CHECK (csat BETWEEN 1 AND 5),
    facts                 jsonb NOT NULL DEFAULT '{}', -- facts the resolving reply relied on, e.g. tracking number
    source                text NOT NULL DEFAULT 'demo',
    split                 text NOT NULL CHECK (split IN ('learn', 'test'))
);
CREATE INDEX tickets_split_created ON tickets (split, created_at);
CREATE INDEX tickets_intent ON tickets (intent);

-- Record of seeds/imports so that `run` on a seeded database skips the work.
CREATE TABLE seed_runs (
    name          text PRIMARY KEY,              -- 'demo-store', 'tau-retail', ...
    fingerprint   text NOT NULL,                 -- generator version + seed + sizes
    counts        jsonb NOT NULL DEFAULT '{}',
    finished_at   timestamptz NOT NULL DEFAULT now()
);
