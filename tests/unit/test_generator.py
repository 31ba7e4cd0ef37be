"""The demo store generator: deterministic, big enough, internally consistent."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from decimal import Decimal

import pytest

from data.generator import GENERATOR_VERSION, DemoStore, fingerprint, generate
from data.generator import policy as P
from data.generator.split import assign_splits, split_cutoff
from data.generator.translations import TRANSLATED
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
        if t["intent"] == "account_help" and t["tier"] == 2:  # locked or hacked: a person handles it
            assert t["facts"]["help_article_id"] == "account-security" and t["resolution_action"] == "human_review"
        elif t["intent"] != "refund_request":
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
    assert 0.04 <= share <= 0.08
    assert {"es", "fr", "de", "pt", "it"} <= set(languages)


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
        replies = [m["text"] for m in t["messages"] if m["role"] == "agent"]
        asked_first = "Which order is it about?" in replies[0] or replies[0].split("\n\n")[1].endswith("?")
        assert s["tracking_number"] in (replies[1] if asked_first else replies[0])
        checked += 1
    assert checked > 1000


def test_help_article_facts_point_to_real_articles(store: DemoStore) -> None:
    ids = {a["id"] for a in store.help_articles}
    with_article = [t for t in store.tickets if "help_article_id" in t["facts"]]
    assert len(with_article) > 0.9 * len(store.tickets)
    assert all(t["facts"]["help_article_id"] in ids for t in with_article)


def test_the_article_cited_for_a_declined_payment_says_what_the_agents_said(store: DemoStore) -> None:
    """The history's agents advise on a declined card citing payment-methods; the article must carry that advice,
    or the engine quotes the list of accepted methods to a customer whose card keeps failing."""
    declined = [t for t in store.tickets if t["intent"] == "payment_methods"
                and any("declined payment" in m["text"] for m in t["messages"] if m["role"] == "agent")]
    assert declined and {t["facts"]["help_article_id"] for t in declined} == {"payment-methods"}
    article = next(a for a in store.help_articles if a["id"] == "payment-methods")
    assert "Payment declined at checkout" in article["body"] and "billing address" in article["body"]


def test_messages_are_varied(store: DemoStore) -> None:
    first = [t["messages"][0]["text"] for t in store.tickets]
    assert len(set(first)) > 0.85 * len(first)
    assert any(len(t["messages"]) >= 4 for t in store.tickets)
    assert any(t["secondary_intents"] for t in store.tickets)


def _first(t: dict) -> str:
    return t["messages"][0]["text"]


def test_out_of_scope_tickets_are_answered_politely_never_escalated(store: DemoStore) -> None:
    rows = [t for t in store.tickets if t["intent"] == "out_of_scope"]
    assert 0.03 <= len(rows) / len(store.tickets) <= 0.06
    assert {t["facts"]["scope"] for t in rows} == {"other_company", "chit_chat", "praise", "gibberish", "business"}
    for t in rows:
        assert t["tier"] == 1 and not t["escalated"] and t["resolved"] and t["resolved_first_reply"]
        assert t["resolution_action"] == "explain_scope" and t["order_id"] is None and not t["secondary_intents"]
        assert all(m["role"] == "agent" or m is t["messages"][0] or m["text"] for m in t["messages"])
    social = sum(t["channel"] == "social" for t in rows) / len(rows)
    assert social > 0.35  # mostly public channels


def test_social_messages_carry_platform_noise(store: DemoStore) -> None:
    social = [_first(t) for t in store.tickets if t["channel"] == "social" and t["language"] == "en"]
    email = [_first(t) for t in store.tickets if t["channel"] == "email"]
    assert len(social) / len(store.tickets) > 0.2
    with_handle = sum(text.lstrip(".").startswith("@") for text in social) / len(social)
    assert with_handle > 0.6
    assert sum("t.co/" in text for text in social) / len(social) > 0.15
    assert sum("#" in text for text in social) / len(social) > 0.15
    assert any("&amp;" in text or "&gt;" in text for text in social)
    assert sum("t.co/" in text for text in email) / len(email) < 0.02  # platform marks stay on the platform
    assert statistics.fmean(map(len, email)) > 1.4 * statistics.fmean(map(len, social))


def test_register_noise_is_present_across_intents(store: DemoStore) -> None:
    english = [_first(t) for t in store.tickets if t["language"] == "en"]
    txt = sum(bool(re.search(r"\b(u|ur|pls|plz|thx)\b", text)) for text in english) / len(english)
    assert 0.05 < txt < 0.4
    assert any("needful" in text or "kindly" in text.lower() for text in english)
    assert any(text.isupper() and len(text) > 20 for text in english)  # shouting
    bare = [re.sub(r"@\w+|#\w+|https?://\S+|pic\.twitter\.com/\S+", "", text).strip() for text in english]
    assert sum(len(text) < 30 for text in bare) / len(bare) > 0.08  # context-free one-liners
    assert sum(len(text) > 300 for text in english) / len(english) > 0.03  # rambling narratives
    by_intent: dict[str, int] = Counter(t["intent"] for t in store.tickets if _first(t).lstrip(".").startswith("@"))
    assert set(by_intent) == set(INTENTS)  # the noise is no intent cue


def test_vague_order_openers_ask_which_order_then_answer(store: DemoStore) -> None:
    orders = {o["id"]: o for o in store.orders}
    shipments = {s["order_id"]: s for s in store.shipments}
    vague = [t for t in store.tickets if t["intent"] == "order_status" and "Which order is it about?" in
             t["messages"][1]["text"]]
    assert len(vague) > 50
    for t in vague:
        listed = set(re.findall(r"NB\d{6}", t["messages"][1]["text"]))
        assert t["order_id"] in listed
        assert all(orders[o]["customer_id"] == t["customer_id"] for o in listed)
        assert t["messages"][2]["role"] == "customer" and t["messages"][3]["role"] == "agent"
        assert shipments[t["order_id"]]["tracking_number"] in t["messages"][3]["text"]
        assert not t["resolved_first_reply"]
        assert not re.search(r"NB\d{6}", _first(t))  # the opener names no order


def test_pending_order_changes_are_cancel_order_with_true_facts(store: DemoStore) -> None:
    orders = {o["id"]: o for o in store.orders}
    changes = [t for t in store.tickets if t["intent"] == "cancel_order" and t["facts"]["help_article_id"] == "edit-order"]
    assert len(changes) > 20
    for t in changes:
        status = orders[t["order_id"]]["status"]
        if t["resolution_action"] == "cancel_order":
            assert status == "cancelled" and Decimal(t["facts"]["refund_amount"]) == orders[t["order_id"]]["total"]
        else:
            assert t["resolution_action"] == "explain_exchange" and status != "cancelled"


def test_stock_answers_match_variant_availability(store: DemoStore) -> None:
    variants = {v["id"]: v for v in store.variants}
    stock = [t for t in store.tickets if "variant_id" in t["facts"]]
    assert stock
    for t in stock:
        variant = variants[t["facts"]["variant_id"]]
        assert variant["available"] == t["facts"]["available"]
        reply = t["messages"][1]["text"]
        assert ("in stock right now" in reply) == variant["available"]
        assert variant["options"]["size"] in reply and variant["options"]["color"] in reply


def test_every_intent_speaks_spanish_french_and_german() -> None:
    for language in ("es", "fr", "de"):
        assert set(TRANSLATED[language]) == set(INTENTS), language
    for language in ("pt", "it"):
        assert len(TRANSLATED[language]) >= 15
    for language, pools in TRANSLATED.items():
        for intent, texts in pools.items():
            assert intent in INTENTS and texts, (language, intent)


def test_every_order_history_ends_in_the_orders_current_state(store: DemoStore) -> None:
    """The history the as-of replays read (order_history) is complete: time-ordered, starting pending at
    placement, and its latest row is exactly the order's status and line statuses now."""
    history: dict[str, list[dict]] = {}
    for row in store.order_history:
        history.setdefault(row["order_id"], []).append(row)
    lines: dict[str, dict[str, str]] = {}
    for item in store.order_items:
        lines.setdefault(item["order_id"], {})[str(item["line_no"])] = item["status"]
    for order in store.orders:
        rows = history[order["id"]]
        assert [r["at"] for r in rows] == sorted(r["at"] for r in rows), order["id"]
        assert rows[0]["status"] == "pending" and rows[0]["at"] == order["placed_at"]
        assert (rows[-1]["status"], rows[-1]["item_statuses"]) == (order["status"], lines[order["id"]]), order["id"]
        assert rows[-1]["at"] <= P.DEMO_NOW
    cancelled = next(o for o in store.orders if o["status"] == "cancelled")
    assert [r["status"] for r in history[cancelled["id"]]] == ["pending", "cancelled"]
    delivered = next(o for o in store.orders if o["status"] == "delivered")
    assert [r["status"] for r in history[delivered["id"]]][:1] == ["pending"]
    assert {"shipped", "delivered"} <= {r["status"] for r in history[delivered["id"]]}
