"""When the customer's own order arrives is that order's status (graph/reasoning/own_order_arrival.py). Every
message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.own_order_arrival import (
    asks_when_own_order_arrives,
    read_own_order_arrival,
    says_promised_day_passed,
)

SPREAD = {"shipping_info": 0.4, "order_status": 0.35, "shipping_delay": 0.25}


@pytest.mark.parametrize("text", [
    "is my order going to arrive before christmas?",
    "will my parcel get here before my birthday on the 12th?",
    "when is NB104422 coming?",
])
def test_when_an_order_of_ones_own_arrives_is_its_status(text):
    assert asks_when_own_order_arrives(text)
    read = read_own_order_arrival(SPREAD, text)
    assert read["order_status"] == pytest.approx(0.75) and not read.get("shipping_info")


@pytest.mark.parametrize("text", [
    "if I order today will it arrive by friday?",  # a new order: shipping in general
    "how long does delivery to Canada take?",
    "if I upgrade my order to express will it arrive tomorrow?",
    "can I get my order delivered to a different country than my billing address?",  # where, not when
    "can my order be delivered by DHL instead?",
])
def test_shipping_for_a_new_order_or_in_general_keeps_its_reading(text):
    assert read_own_order_arrival(SPREAD, text) is SPREAD


@pytest.mark.parametrize("text", ["ok so when will it come then?", "when will they get here", "when is it coming??",
                                  # in time for a day (it got the carriers' delivery days)
                                  "I need it by saturday for a wedding, will it make it?", "will they get here in time?",
                                  # the other order, shipped (the missing-items article answered it)
                                  "When will the other one ship?"])
def test_when_it_comes_is_the_parcels_status_not_the_goods(text):
    from graph.reasoning.own_order_arrival import asks_when_it_arrives

    assert asks_when_it_arrives(text)
    read = read_own_order_arrival({"product_info": 0.9, "order_status": 0.1}, text)
    assert max(read, key=read.get) == "order_status" and not read.get("product_info")


@pytest.mark.parametrize("text", ["when will it come back in stock?", "when does it come out?",
                                  "when does it come in size M?", "if I order today when will it arrive?"])
def test_goods_coming_back_or_out_keep_their_reading(text):
    probs = {"product_info": 0.9, "order_status": 0.1}
    assert read_own_order_arrival(probs, text) == probs


def test_slang_around_an_own_orders_arrival_is_no_chatter():
    chatter = {"order_status": 0.51, "out_of_scope": 0.28, "shipping_delay": 0.09, "shipping_info": 0.12}
    read = read_own_order_arrival(chatter, "@NorthboundCo so... is my stuff ever gonna show up or nah")
    assert not read.get("out_of_scope") and read["order_status"] == pytest.approx(0.91)


@pytest.mark.parametrize("text", ["@NorthboundCo promised by friday. it's monday. cool cool cool",
                                  "my order was supposed to arrive on Sep 29 and it still hasn't",
                                  "it was due yesterday"])
def test_a_promised_day_passed_is_a_late_order_however_it_is_said(text):
    assert says_promised_day_passed(text)
    read = read_own_order_arrival({"out_of_scope": 0.75, "shipping_delay": 0.1, "order_status": 0.15}, text)
    assert max(read, key=read.get) == "shipping_delay" and not read.get("out_of_scope")


def test_a_day_for_a_new_order_is_no_promise_passed():
    assert not says_promised_day_passed("if I order today is it guaranteed by friday?")


@pytest.mark.parametrize(("text", "only_where"), [
    ("where is my parcel", True), ("@NorthboundHelp where is my order??", True), ("hi where's my package please", True),
    ("where is my parcel, it says delivered", False),  # more than where it is
    ("where is my refund", False), ("where do you ship from?", False),
    ("where's my stuff lol it's been 2 weeks", True), ("wheres my package been waiting for 10 days", True),  # how long
    ("where is my return parcel", False),  # a return's progress
    # ...or nothing come in that time ("Where is my parcel? Nothing for a week" read 0.49 beside a lost parcel)
    ("Where is my parcel? Nothing for a week", True), ("where's my order? still nothing", True),
    ("where is my order? nothing in the box", False),  # goods missing, not where it is
])
def test_only_where_ones_own_order_is_reads_as_its_status(text, only_where):
    from graph.reasoning.own_order_arrival import asks_only_where_own_order_is, read_where_own_order_is

    assert asks_only_where_own_order_is(text) is only_where
    # without its question mark it read 0.65 (a lost parcel 0.19, shipping in general 0.13) and went to a person
    read = read_where_own_order_is({"order_status": 0.45, "lost_package": 0.19, "shipping_info": 0.13,
                                    "refund_status": 0.2, "change_address": 0.03}, text)
    assert (read["order_status"] == pytest.approx(0.97)) is only_where
