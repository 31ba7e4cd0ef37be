"""Variants added to the history after it was first written (data/generator/phrasing.py LATER_VARIANTS) move no
other ticket: with each variant's share set to 0 the history is the one before it, ticket for ticket, except the
variant's own tickets (product questions that ask a price, 2026.8; questions about what an order holds, 2026.10)."""

from __future__ import annotations

import pytest

from data.generator import generate
from data.generator import tickets as T

VARIANTS = {
    # share attribute: (is one of the variant's tickets, its intent, bounds on how many there are at seed 7)
    "PRICE_SHARE": (lambda t: "price_from" in t["facts"], "product_info", (15, 80)),
    "CONTENTS_SHARE": (lambda t: "items" in t["facts"] and t["intent"] == "order_status", "order_status", (30, 200)),
}


@pytest.fixture(scope="module")
def with_all():
    return generate(7)


@pytest.mark.parametrize("share", sorted(VARIANTS))
def test_a_later_variant_changes_only_its_own_tickets(with_all, share):
    is_own, intent, (low, high) = VARIANTS[share]
    kept = getattr(T, share)
    setattr(T, share, 0.0)
    try:
        without = generate(7)
    finally:
        setattr(T, share, kept)
    label = lambda t: (t["id"], t["split"], t["customer_id"], t["created_at"])  # noqa: E731
    assert [label(t) for t in with_all.tickets] == [label(t) for t in without.tickets]
    changed = [(a, b) for a, b in zip(with_all.tickets, without.tickets, strict=True) if a != b]
    assert {a["id"] for a, _ in changed} == {t["id"] for t in with_all.tickets if is_own(t)}
    assert all(a["intent"] == b["intent"] == intent for a, b in changed)
    assert low < len(changed) < high
