"""Product questions that ask what something costs (generator 2026.8): answered from the catalogue's own prices,
in every language the history writes, and added without moving any other ticket (test_generator_later_variants.py)."""

from __future__ import annotations

from decimal import Decimal

from data.generator import policy as P


def _price_tickets(store) -> list[dict]:
    return [t for t in store.tickets if "price_from" in t["facts"]]


def test_a_price_question_is_answered_with_the_catalogues_prices(demo_history):
    prices: dict[str, list[Decimal]] = {}
    for variant in demo_history.variants:
        prices.setdefault(variant["product_id"], []).append(Decimal(variant["price"]))
    tickets = _price_tickets(demo_history)
    assert tickets
    for ticket in tickets:
        product = ticket["facts"]["product_id"]
        low, high = min(prices[product]), max(prices[product])
        assert (Decimal(ticket["facts"]["price_from"]), Decimal(ticket["facts"]["price_to"])) == (low, high)
        reply = next(m["text"] for m in ticket["messages"] if m["role"] == "agent")
        assert P.money(low) in reply and P.money(high) in reply, reply



def test_a_range_question_is_answered_with_every_product_of_its_kind_cheapest_first(demo_history):
    # "do you sell jackets?" (generator 2026.15): the catalogue's products of that kind, by their lowest price
    lowest: dict[str, Decimal] = {}
    for variant in demo_history.variants:
        price = Decimal(variant["price"])
        lowest[variant["product_id"]] = min(price, lowest.get(variant["product_id"], price))
    tickets = [t for t in demo_history.tickets if "category" in t["facts"]]
    assert tickets
    for ticket in tickets:
        kind = [p for p in demo_history.products if p["category"] == ticket["facts"]["category"]]
        reply = next(m["text"] for m in ticket["messages"] if m["role"] == "agent")
        places = [reply.index(p["name"]) for p in sorted(kind, key=lambda p: (lowest[p["id"]], p["name"]))]
        assert places == sorted(places), reply
        assert all(P.money(lowest[p["id"]]) in reply for p in kind), reply
