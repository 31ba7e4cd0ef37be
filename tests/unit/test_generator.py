"""The demo store generator: deterministic, big enough, internally consistent."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from data.generator import GENERATOR_VERSION, DemoStore, fingerprint, generate
from data.generator import policy as P
from data.generator.split import assign_splits, split_cutoff
from graph.intents import INTENTS

CATEGORIES = {"shipping", "returns", "refunds", "exchanges", "sizing", "care", "payments", "promotions", "account",
              "orders"}


@pytest.fixture(scope="module")
def store() -> DemoStore:
    return generate(7)


def _dump(store: DemoStore) -> str:
    return json.dumps(store.tables(), default=str, sort_keys=True)


def test_same_seed_is_byte_identical(store: DemoStore) -> None:
    assert _dump(generate(7)) == _dump(store)


def test_different_seed_differs(store: DemoStore) -> None:
    other = generate(8)
    assert _dump(other) != _dump(store)
    assert fingerprint(8) != fingerprint(7) and GENERATOR_VERSION in fingerprint(7)


def test_minimum_sizes(store: DemoStore) -> None:
    counts = store.counts()
    assert counts["products"] >= 60 and counts["help_articles"] >= 40
    assert counts["customers"] >= 500 and counts["orders"] >= 3000 and counts["tickets"] >= 5000
    lines = {p["product_line"] for p in store.products}
    assert {"tops", "denim", "outerwear", "dresses", "footwear", "activewear", "accessories"} <= lines


def test_every_product_line_has_a_size_guide_article(store: DemoStore) -> None:
    ids = {a["id"] for a in store.help_articles}
    for line in {p["product_line"] for p in store.products}:
        assert f"size-guide-{line}" in ids
    for article in store.help_articles:
        assert article["category"] in CATEGORIES and "## " in article["body"]


def test_order_totals_add_up(store: DemoStore) -> None:
    items: dict[str, Decimal] = Counter()
    for item in store.order_items:
        items[item["order_id"]] += item["unit_price"] * item["quantity"]
    for order in store.orders:
        assert order["subtotal"] + order["shipping_cost"] - order["discount"] == order["total"]
        assert items[order["id"]] == order["subtotal"]
        assert order["id"].startswith("NB") and len(order["id"]) == 8 and order["id"][2:].isdigit()


def test_refunds_never_exceed_what_was_paid(store: DemoStore) -> None:
    paid: dict[str, Decimal] = Counter()
    refunded: dict[str, Decimal] = Counter()
    for p in store.payments:
        (paid if p["kind"] == "payment" else refunded)[p["order_id"]] += p["amount"]
    assert refunded and all(refunded[o] <= paid[o] for o in refunded)


def test_order_items_reference_real_variants(store: DemoStore) -> None:
    variants = {v["id"]: v for v in store.variants}
    for item in store.order_items:
        assert variants[item["variant_id"]]["product_id"] == item["product_id"]


def test_status_mix_is_realistic(store: DemoStore) -> None:
    statuses = Counter(o["status"] for o in store.orders)
    assert statuses["delivered"] / len(store.orders) > 0.6
    for status in ("in_transit", "lost", "returned", "cancelled", "processing"):
        assert statuses[status] > 0, status
    assert any(s["status"] == "delayed" for s in store.shipments)


def test_tickets_reference_their_own_customers_orders(store: DemoStore) -> None:
    customers = {c["id"]: c for c in store.customers}
    orders = {o["id"]: o for o in store.orders}
    for t in store.tickets:
        assert t["customer_id"] in customers
        assert t["customer_email"] == customers[t["customer_id"]]["email"]
        assert t["intent"] in INTENTS and all(s in INTENTS for s in t["secondary_intents"])
        if INTENTS[t["intent"]].needs_order:
            assert t["order_id"] is not None, t["id"]
        if t["order_id"]:
            assert orders[t["order_id"]]["customer_id"] == t["customer_id"]
            assert t["facts"]["order_id"] == t["order_id"]
            assert t["created_at"] >= orders[t["order_id"]]["placed_at"]


def test_order_state_fits_the_intent(store: DemoStore) -> None:
    orders = {o["id"]: o for o in store.orders}
    shipments = {s["order_id"]: s for s in store.shipments}
    refunds = {p["order_id"] for p in store.payments if p["kind"] == "refund"}
    for t in store.tickets:
        order_id = t["order_id"]
        if t["intent"] == "shipping_delay":
            s = shipments[order_id]
            assert t["created_at"].date() > s["promised_date"]
            assert s["delivered_at"] is None or s["delivered_at"] > t["created_at"]
        elif t["intent"] == "order_status" and order_id in shipments:
            s = shipments[order_id]
            assert s["delivered_at"] is None or s["delivered_at"] > t["created_at"]
        elif t["intent"] == "refund_status":
            assert order_id in refunds
        elif t["intent"] == "lost_package":
            assert orders[order_id]["status"] == "lost" or shipments[order_id]["status"] == "delivered"


def test_tier_mix_and_escalation(store: DemoStore) -> None:
    tiers = Counter(t["tier"] for t in store.tickets)
    share_tier2 = tiers[2] / len(store.tickets)
    assert 0.25 <= share_tier2 <= 0.35
    for t in store.tickets:
        assert t["escalated"] == (t["tier"] == 2)
        if t["intent"] != "refund_request":
            assert t["tier"] == INTENTS[t["intent"]].tier


def test_refund_rule_is_consistent(store: DemoStore) -> None:
    refund_requests = [t for t in store.tickets if t["intent"] == "refund_request"]
    assert {t["tier"] for t in refund_requests} == {1, 2}
    for t in refund_requests:
        assert t["refund_amount"] is not None
        assert t["tier"] == (1 if t["refund_amount"] <= P.REFUND_LIMIT else 2)
        assert Decimal(t["facts"]["refund_amount"]) == t["refund_amount"]


def test_intent_volume_is_skewed(store: DemoStore) -> None:
    volume = Counter(t["intent"] for t in store.tickets).most_common()
    assert {volume[0][0], volume[1][0]} == {"order_status", "shipping_delay"}
    assert set(INTENTS) == {name for name, _ in volume}


def test_non_english_share(store: DemoStore) -> None:
    languages = Counter(t["language"] for t in store.tickets)
    share = 1 - languages["en"] / len(store.tickets)
    assert 0.03 <= share <= 0.05
    assert {"es", "fr", "de"} <= set(languages)


def test_split_by_date(store: DemoStore) -> None:
    learn = [t["created_at"] for t in store.tickets if t["split"] == "learn"]
    test = [t["created_at"] for t in store.tickets if t["split"] == "test"]
    assert min(test) > max(learn)
    assert abs(len(test) / len(store.tickets) - 0.2) < 0.01


def test_split_rule_function() -> None:
    from datetime import datetime, timedelta

    base = datetime(2025, 1, 1)
    rows = [{"created_at": base + timedelta(hours=h)} for h in range(10)]
    assign_splits(rows)
    assert [r["split"] for r in rows] == ["learn"] * 8 + ["test"] * 2
    assert split_cutoff([r["created_at"] for r in rows]) == base + timedelta(hours=8)


def test_human_replies_quote_the_real_tracking(store: DemoStore) -> None:
    shipments = {s["order_id"]: s for s in store.shipments}
    checked = 0
    for t in store.tickets:
        if "tracking_number" not in t["facts"]:
            continue
        s = shipments[t["order_id"]]
        assert t["facts"]["tracking_number"] == s["tracking_number"]
        assert t["facts"]["tracking_url"] == s["tracking_url"] and t["facts"]["carrier"] == s["carrier"]
        reply = next(m["text"] for m in t["messages"] if m["role"] == "agent")
        assert s["tracking_number"] in reply
        checked += 1
    assert checked > 1000


def test_help_article_facts_point_to_real_articles(store: DemoStore) -> None:
    ids = {a["id"] for a in store.help_articles}
    with_article = [t for t in store.tickets if "help_article_id" in t["facts"]]
    assert len(with_article) > 0.9 * len(store.tickets)
    assert all(t["facts"]["help_article_id"] in ids for t in with_article)


def test_messages_are_varied(store: DemoStore) -> None:
    first = [t["messages"][0]["text"] for t in store.tickets]
    assert len(set(first)) > 0.85 * len(first)
    assert any(len(t["messages"]) >= 4 for t in store.tickets)
    assert any(t["secondary_intents"] for t in store.tickets)
