-- Every state an order went through, with when: the generator writes the demo store's history (placed,
-- processing, shipped, in transit, delivered, cancelled, returned, lost, lines refunded), and the OMS adds a
-- row whenever an order action changes an order. An eval replays a historical ticket against the order as it
-- was at the ticket's date (evals/as_of.py): the latest row at or before that date.

CREATE TABLE order_history (
    id                bigserial PRIMARY KEY,       -- breaks ties between rows of one instant (insertion order)
    order_id          text NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    at                timestamptz NOT NULL,
    status            text NOT NULL,               -- orders.status from this instant on
    item_statuses     jsonb NOT NULL,              -- {"1": "delivered", "2": "refunded"}: order_items.status by line_no
    shipping_address  jsonb NOT NULL,
    source            text NOT NULL                -- demo | cancel | change_address | return | exchange | refund
);
CREATE INDEX order_history_order ON order_history (order_id, at, id);
