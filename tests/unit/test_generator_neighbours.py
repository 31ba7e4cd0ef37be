"""The later phrases (data/generator/phrasing.py NEIGHBOURS): they come into the history as often as if they
were in the pools, change only the messages they are drawn into, and a retired phrase is never written."""

from __future__ import annotations

import pytest

from data.generator import generate
from data.generator import phrasing as W


@pytest.fixture(scope="module")
def histories():
    with_later = generate(7)
    kept = {k: dict(v) for k, v in W.NEIGHBOURS.items()}, W.RETIRED
    W.NEIGHBOURS.clear()
    W.RETIRED = frozenset()
    try:
        without = generate(7)
    finally:
        W.NEIGHBOURS.update(kept[0])
        W.RETIRED = kept[1]
    return with_later, without


def _first(ticket: dict) -> str:
    return ticket["messages"][0]["text"]


def test_later_phrases_change_only_their_own_messages(histories):
    with_later, without = histories
    label = lambda t: (t["id"], t["intent"], t["split"], t["order_id"], t["customer_id"])  # noqa: E731
    assert [label(t) for t in with_later.tickets] == [label(t) for t in without.tickets]
    changed = [(a, b) for a, b in zip(with_later.tickets, without.tickets, strict=True) if _first(a) != _first(b)]
    assert 100 < len(changed) < len(with_later.tickets) // 5
    assert {a["intent"] for a, _ in changed} <= set(W.NEIGHBOURS) | {"order_status"}  # order_status: retired phrase
    # every other field of a changed ticket is as it was
    for a, b in changed:
        assert a["messages"][1:] == b["messages"][1:] and a["tier"] == b["tier"]


def test_each_group_of_later_phrases_is_drawn_and_retired_phrases_are_not(histories):
    with_later, _ = histories
    texts = " ".join(_first(t).lower() for t in with_later.tickets)
    assert "range right now" in texts or "what features" in texts or "styles of" in texts  # product range
    assert "even been dispatched" in texts  # a delay before dispatch
    for phrase in W.RETIRED:
        for ticket in with_later.tickets:
            if phrase.lower() in _first(ticket).lower():
                assert ticket["intent"] == "shipping_delay", _first(ticket)
