"""An order rebuilt as it was at a past instant from its history (evals/as_of.py): pure, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from evals.as_of import OrderRows, order_as_of

PLACED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SHIPPED = PLACED + timedelta(days=1)
DELIVERED = PLACED + timedelta(days=4)
HOME = {"address1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02110", "country": "US"}


def delivered_order() -> OrderRows:
    """Delivered today, with a refund of one line a week after delivery."""
    def state(at, status, line):
        return {"at": at, "status": status, "item_statuses": {"1": line, "2": line if line != "refunded" else "delivered"},
                "shipping_address": HOME, "source": "demo"}

    return OrderRows(
        order={"id": "NB100001", "customer_id": "C1", "status": "delivered", "placed_at": PLACED,
               "shipping_address": HOME, "updated_at": DELIVERED},
        items=[{"order_id": "NB100001", "line_no": 1, "status": "refunded"},
               {"order_id": "NB100001", "line_no": 2, "status": "delivered"}],
        payments=[{"id": "P1", "kind": "payment", "amount": Decimal("80.00"), "created_at": PLACED},
                  {"id": "R1", "kind": "refund", "amount": Decimal("30.00"), "created_at": DELIVERED + timedelta(days=7)}],
        shipments=[{"id": "S1", "shipped_at": SHIPPED, "delivered_at": DELIVERED, "status": "delivered",
                    "events": [{"at": SHIPPED.isoformat(), "status": "label_created"},
                               {"at": (SHIPPED + timedelta(hours=6)).isoformat(), "status": "in_transit"},
                               {"at": DELIVERED.isoformat(), "status": "delivered"}]}],
        history=[state(PLACED, "pending", "ordered"), state(PLACED + timedelta(hours=3), "processing", "ordered"),
                 state(SHIPPED, "shipped", "shipped"), state(SHIPPED + timedelta(hours=6), "in_transit", "shipped"),
                 state(DELIVERED, "delivered", "delivered"),
                 state(DELIVERED + timedelta(days=7), "delivered", "refunded")],
    )


def test_an_order_delivered_now_was_pending_an_hour_after_it_was_placed():
    rows, known = order_as_of(delivered_order(), PLACED + timedelta(hours=1))
    assert known and rows.order["status"] == "pending"
    assert [i["status"] for i in rows.items] == ["ordered", "ordered"]
    assert rows.shipments == [] and [p["id"] for p in rows.payments] == ["P1"]
    assert [h["status"] for h in rows.history] == ["pending"]


def test_in_transit_the_parcel_has_left_but_not_arrived():
    rows, _ = order_as_of(delivered_order(), SHIPPED + timedelta(days=1))
    assert rows.order["status"] == "in_transit"
    (shipment,) = rows.shipments
    assert shipment["status"] == "in_transit" and shipment["delivered_at"] is None
    assert [e["status"] for e in shipment["events"]] == ["label_created", "in_transit"]


def test_a_refund_shows_only_from_the_day_it_was_made():
    before, _ = order_as_of(delivered_order(), DELIVERED + timedelta(days=1))
    after, _ = order_as_of(delivered_order(), DELIVERED + timedelta(days=8))
    assert [p["id"] for p in before.payments] == ["P1"] and before.items[0]["status"] == "delivered"
    assert [p["id"] for p in after.payments] == ["P1", "R1"] and after.items[0]["status"] == "refunded"


def test_an_order_placed_later_does_not_exist_yet():
    assert order_as_of(delivered_order(), PLACED - timedelta(minutes=1)) == (None, True)


def test_without_history_the_order_is_kept_as_it_is_now_and_says_so():
    now = delivered_order()
    now.history = []
    rows, known = order_as_of(now, PLACED + timedelta(hours=1))
    assert not known and rows.order["status"] == "delivered"
