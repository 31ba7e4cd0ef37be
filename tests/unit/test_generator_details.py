"""The history's "which order?" exchanges (data/generator/details.py): varied answers by form, and a
random stream of their own, so the first messages the intent model learns from do not move."""

from __future__ import annotations

import re

import pytest

from data.generator import details, generate

CUSTOMER = {"email": "kim.ode@example.net", "first_name": "Kim", "last_name": "Ode", "address": {"zip": "60614"}}


def test_an_answer_gives_the_order_the_identity_or_an_item_and_is_the_same_for_the_same_ticket():
    seen = set()
    for n in range(200):
        asked = details.detail_exchange(f"k{n}", CUSTOMER, "NB104321", "parka")
        if asked is None:
            continue
        ask, answer = asked
        assert ask.endswith("?") and asked == details.detail_exchange(f"k{n}", CUSTOMER, "NB104321", "parka")
        assert re.search(r"104321|kim\.ode@example\.net|Kim Ode|60614|parka|don.t have|can.t", answer, re.I), answer
        seen.add(answer)
    assert len(seen) > 15  # many forms, not one template


@pytest.fixture(scope="module")
def histories():
    with_asks = generate(7)
    share, details.ASK_SHARE = details.ASK_SHARE, 0.0
    try:
        without = generate(7)
    finally:
        details.ASK_SHARE = share
    return with_asks, without


def test_the_exchanges_leave_every_first_message_and_label_as_it_was(histories):
    with_asks, without = histories
    first = lambda store: [(t["id"], t["intent"], t["messages"][0]["text"]) for t in store.tickets]  # noqa: E731
    assert first(with_asks) == first(without)
    asked = [t for t in with_asks.tickets if len(t["messages"]) > len(next(
        u for u in without.tickets if u["id"] == t["id"])["messages"])]
    assert len(asked) > 100 and {t["split"] for t in asked} == {"learn", "test"}
    assert all(not t["resolved_first_reply"] for t in asked)
