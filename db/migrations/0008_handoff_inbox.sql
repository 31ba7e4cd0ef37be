-- The staff inbox works handoffs to the end: who claimed a case and when, and how it was resolved.
-- A resolved case is also written to `tickets` (source 'handoff'), the history the engine learns from.

ALTER TABLE handoffs
    ADD COLUMN claimed_at   timestamptz,
    ADD COLUMN outcome      text CHECK (outcome IN ('resolved', 'refunded', 'replaced', 'no_action', 'other')),
    ADD COLUMN resolution   text,
    ADD COLUMN resolved_by  text,
    ADD COLUMN resolved_at  timestamptz;

CREATE INDEX handoffs_customer ON handoffs (customer_id, created_at DESC);
