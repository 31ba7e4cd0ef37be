"""A price the customer sets on what they look for (tools/oms/price_limit.py), and the catalogue's goods kept to it
(tools/oms/catalogue.range_of, the drafting's catalogue section)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graph.reasoning.offline.drafting import compose
from tests.unit.test_catalogue import _Catalogue, _product, _request
from tools.oms.catalogue import range_of
from tools.oms.price_limit import PriceLimit, price_limit


@pytest.mark.parametrize(("text", "ceiling", "floor"), [
    ("any jackets under $100?", "100", None), ("a sweater for less than 80 dollars", "80", None),
    ("jeans $100 or less", "100", None), ("my budget is $150", "150", None), ("tees over $40", None, "40"),
    ("anything from £50 and up?", None, "50"), ("boots over $100 but under $200", "200", "100"),
])
def test_the_limit_said(text, ceiling, floor):
    limit = price_limit(text)
    assert limit == PriceLimit(Decimal(ceiling) if ceiling else None, Decimal(floor) if floor else None)


@pytest.mark.parametrize("text", ["size 10 or under", "under 5 ft tall", "I paid $100 for it", "any jackets?",
                                  "over 2 weeks late"])
def test_no_money_limit_said(text):
    assert price_limit(text) is None


def test_a_product_is_within_a_ceiling_by_its_least_option_and_a_floor_by_its_dearest():
    assert PriceLimit(ceiling=Decimal("100")).admits(Decimal("98"), Decimal("108"))
    assert not PriceLimit(ceiling=Decimal("90")).admits(Decimal("98"), Decimal("108"))
    assert PriceLimit(floor=Decimal("40")).admits(Decimal("32"), Decimal("42"))


async def test_the_goods_listed_are_those_inside_the_limit():
    """"jackets under $100" was answered with every jacket, the $298 parka first."""
    jackets = [_product("Glacier Down Parka Jacket", ["M"], ["black"], ["298"], [True]),
               _product("Archive Softshell Jacket", ["M", "L"], ["grey", "grey"], ["64", "74"], [True, True])]
    found = await range_of(_Catalogue(jackets), "I'd like to know if you have any jackets under $100.")
    assert [p["name"] for p in found["products"]] == ["Archive Softshell Jacket"] and found["count"] == 1
    text = compose(_request("I'd like to know if you have any jackets under $100.", found)).text
    assert "Here's what we have in jackets under $100.00 right now: Archive Softshell Jacket" in text
    assert "Parka" not in text


async def test_none_inside_the_limit_is_said_with_the_nearest():
    jackets = [_product("Glacier Down Parka Jacket", ["M"], ["black"], ["298"], [True]),
               _product("Archive Softshell Jacket", ["M"], ["grey"], ["64"], [True])]
    found = await range_of(_Catalogue(jackets), "any jackets under $20?")
    text = compose(_request("any jackets under $20?", found)).text
    assert "None of our jackets is under $20.00. The nearest is Archive Softshell Jacket ($64.00" in text
    assert "couldn't find" not in text


def test_goods_asked_within_a_price_are_looked_up_in_the_catalogue():
    """"any sweaters under $20?" asked of no range in its other words: the help center said it had nothing."""
    from graph.nodes.call_oms import catalogue_query
    assert catalogue_query("any sweaters under $20?", [], False) == ("any sweaters under $20?", "")
    assert catalogue_query("I paid $100 for my order", [], False) is None
