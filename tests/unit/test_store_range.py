"""Questions about everything the store sells, naming no goods (tools/oms/store_range.py, the catalogue reply)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graph.reasoning.base import Classification, DraftRequest
from graph.reasoning.offline.drafting import compose
from tools.oms.models import Category, Product, Variant
from tools.oms.store_range import MAX_KINDS, asks_about_whole_range, whole_range


@pytest.mark.parametrize("text", [
    "What do you sell?", "what kind of products do you have", "What's the cheapest thing you sell?",
    "what's your most expensive item?", "what do you guys carry?", "what else do you sell?", "do you sell anything?",
])
def test_questions_about_the_whole_range_read_as_such(text):
    assert asks_about_whole_range(text)


@pytest.mark.parametrize("text", [
    "do you sell hats?",  # goods named: the catalogue looks those up
    "what's the cheapest item in my order?",  # about the customer's order
    "where is my order?", "how do I wash the sweater?", "do you have it in M?",
])
def test_questions_about_goods_named_or_about_an_order_are_not(text):
    assert not asks_about_whole_range(text)


def _product(pid: str, name: str, category: str, prices: list[str]) -> Product:
    variants = [Variant(id=f"{pid}-{i}", options={"size": "M"}, price=Decimal(p), available=True)
                for i, p in enumerate(prices)]
    return Product(id=pid, name=name, product_line="line", category=category, variants=variants)


class _Store:
    """The OMS's catalogue reads over a few products (the real endpoints are tested in tests/integration)."""

    def __init__(self, products: list[Product]):
        self.products = products

    async def categories(self) -> list[Category]:
        kinds: dict[str, list[Product]] = {}
        for product in self.products:
            kinds.setdefault(product.category, []).append(product)
        return [Category(name=name, products=len(group), min_price=min(v.price for p in group for v in p.variants),
                         max_price=max(v.price for p in group for v in p.variants))
                for name, group in sorted(kinds.items())]

    async def search_products(self, query, limit):
        return [p for p in self.products if query.lower() in f"{p.name} {p.category}".lower()][:limit]


STORE = [_product("P1", "Dune Crew Tee", "t-shirts", ["30", "34"]), _product("P2", "Pier Pocket Tee", "t-shirts", ["25"]),
         _product("P3", "Glacier Parka", "jackets", ["298", "308"]), _product("P4", "Rain Shell", "jackets", ["188"]),
         _product("P5", "Tee Shirt Dress", "dresses", ["58"]), _product("P6", "Bandana", "accessories", ["12"])]


def _request(text: str, catalogue: dict | None) -> DraftRequest:
    classification = Classification(intent="product_info", confidence=0.9,
                                     questions=[{"text": text, "intent": "product_info", "confidence": 0.9}],
                                     entities={}, frustrated=False, wants_human=False, language="en")
    return DraftRequest(text=text, classification=classification, passages=[], oms={"catalogue": catalogue})


async def test_what_the_store_sells_is_told_kind_by_kind_with_how_many_and_their_prices():
    found = await whole_range(_Store(STORE), None)
    assert [kind["name"] for kind in found["kinds"]] == ["jackets", "t-shirts", "accessories", "dresses"]  # most first
    assert found["count"] == 6 and found["products"] == []
    text = compose(_request("what do you sell?", found)).text
    assert "We sell jackets (2 to choose from, $188.00-$308.00); t-shirts (2 to choose from, $25.00-$34.00)" in text
    assert "accessories (1 to choose from, $12.00)" in text and "Tell me which you're after" in text


async def test_a_store_of_many_kinds_lists_the_first_and_counts_the_rest():
    many = [_product(f"K{i}", f"Thing {i}", f"kind {i:02d}", ["10"]) for i in range(MAX_KINDS + 3)]
    text = compose(_request("what do you sell?", await whole_range(_Store(many), None))).text
    assert "kind 00" in text and f"kind {MAX_KINDS:02d}" not in text and "and 3 more kinds" in text


async def test_the_cheapest_or_dearest_thing_sold_is_named_across_every_kind():
    cheapest = await whole_range(_Store(STORE), "cheapest")
    assert [p["name"] for p in cheapest["products"]] == ["Bandana"]
    text = compose(_request("what's the cheapest thing you sell?", cheapest)).text
    assert "The least expensive thing we sell is the Bandana, from $12.00." in text and "We sell" not in text
    dearest = await whole_range(_Store(STORE), "dearest")
    assert "The most expensive thing we sell is the Glacier Parka, up to $308.00." in compose(
        _request("what's your most expensive item?", dearest)).text


async def test_a_store_that_lists_no_kinds_leaves_the_question_to_the_help_center():
    assert await whole_range(_Store([]), None) is None
