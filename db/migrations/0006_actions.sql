-- Order actions taken through the demo OMS (cancel, address change, return, exchange, refund).
-- Each action is keyed by the caller's Idempotency-Key: a repeated key returns the stored response
-- instead of acting twice (a retried run, a replayed message, a double click, a crash after the call).

CREATE TABLE order_actions (
    idempotency_key  text PRIMARY KEY,
    customer_id      text NOT NULL REFERENCES customers(id),
    order_id         text NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    action           text NOT NULL,              -- cancel|change_address|return|exchange|refund
    request_hash     text NOT NULL,              -- sha256 of the canonical request: same key + other request = 409
    response         jsonb NOT NULL,             -- what the first call answered, replayed verbatim
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_actions_order ON order_actions (order_id, created_at);
