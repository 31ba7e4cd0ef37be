"""Which one order a question is about (tools/oms/order_choice.py): the rules a person would follow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tools.oms.order_choice import (
    asks_about_several_orders,
    carrier_has_it,
    choose_order,
    is_late,
    match_orders_by_items,
    none_unshipped_as_said,
    other_moving_orders,
    refund_needs_an_order,
    still_awaited,
    tracking_stalled,
)
from tools.oms.pending_refund import refund_awaited

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def _order(number: str, status: str, days_ago: int, *, shipment: str | None = None, promised_in: int = 3,
           delivered_days_ago: int | None = None, items=("Trail Runner Shoe",)) -> dict:
    placed = NOW - timedelta(days=days_ago)
    shipments = []
    if shipment:
        shipments.append({
            "status": shipment,
            "promised_date": (NOW + timedelta(days=promised_in)).date().isoformat(),
            "delivered_at": (NOW - timedelta(days=delivered_days_ago)).isoformat() if delivered_days_ago is not None else None,
            "carrier": "UPS", "tracking_url": "https://t/x",
        })
    return {"id": number, "status": status, "placed_at": placed.isoformat(), "shipments": shipments,
            "items": [{"product_name": name} for name in items], "payments": []}


def test_status_question_picks_the_parcel_on_its_way_not_the_newest_order():
    orders = [_order("NEW", "pending", 1), _order("MOVING", "in_transit", 6, shipment="in_transit"),
              _order("OLD", "delivered", 40, shipment="delivered", delivered_days_ago=30)]
    assert choose_order(orders, {"order_status"}, "where is my order?", NOW)["id"] == "MOVING"


def test_delay_question_picks_the_late_parcel():
    orders = [_order("ONTIME", "in_transit", 3, shipment="in_transit", promised_in=2),
              _order("LATE", "in_transit", 12, shipment="in_transit", promised_in=-3)]
    assert choose_order(orders, {"shipping_delay"}, "it's late!!", NOW)["id"] == "LATE"
    assert is_late(orders[1], NOW.date()) and not is_late(orders[0], NOW.date())


def test_a_parcel_the_carrier_lost_is_not_late_and_counts_only_while_recent():
    old_lost = _order("OLDLOST", "lost", 300, shipment="lost", promised_in=-290)
    delivered = _order("D", "delivered", 80, shipment="delivered", delivered_days_ago=70)
    assert not is_late(old_lost, NOW.date())
    # ten months lost (and refunded) is not what "it's late" is about: nothing fits, the newest order is answered
    assert choose_order([delivered, old_lost], {"shipping_delay"}, "it's late!!", NOW)["id"] == "D"
    new_lost = _order("NEWLOST", "lost", 12, shipment="lost", promised_in=-7)
    assert not is_late(new_lost, NOW.date())
    assert choose_order([delivered, new_lost], {"order_status"}, "where is my order?", NOW)["id"] == "NEWLOST"
    assert choose_order([delivered, new_lost], {"shipping_delay"}, "still no sign of it", NOW)["id"] == "NEWLOST"


def test_without_moving_orders_a_status_question_falls_back_to_one_waiting_then_recently_delivered():
    waiting = [_order("W", "processing", 2), _order("D", "delivered", 9, shipment="delivered", delivered_days_ago=3)]
    assert choose_order(waiting, {"order_status"}, "", NOW)["id"] == "W"
    delivered = [_order("D", "delivered", 9, shipment="delivered", delivered_days_ago=3)]
    assert choose_order(delivered, {"order_status"}, "", NOW)["id"] == "D"


def test_cancellation_picks_the_order_not_yet_shipped_and_returns_the_delivered_one():
    orders = [_order("SHIPPED", "in_transit", 2, shipment="in_transit"), _order("WAITING", "pending", 3),
              _order("DONE", "delivered", 20, shipment="delivered", delivered_days_ago=10)]
    assert choose_order(orders, {"cancel_order"}, "cancel it", NOW)["id"] == "WAITING"
    assert choose_order(orders, {"return_request"}, "send it back", NOW)["id"] == "DONE"


def test_a_return_without_goods_named_is_about_an_order_with_goods_still_held():
    sent_back = _order("SENT", "delivered", 5, shipment="delivered", delivered_days_ago=2)
    sent_back["items"] = [{"product_name": "Flannel Shirt", "status": "refunded"}]
    held = _order("HELD", "delivered", 20, shipment="delivered", delivered_days_ago=15)
    held["items"] = [{"product_name": "Flow Jogger", "status": "delivered"}]
    assert choose_order([sent_back, held], {"return_request"}, "I want to return something", NOW)["id"] == "HELD"
    # a problem reported with goods is about the newest delivery, whatever was refunded since
    assert choose_order([sent_back, held], {"damaged_item"}, "it arrived damaged", NOW)["id"] == "SENT"
    # with nothing still held, the newest delivered one (the reply says its goods are on their way back)
    held["items"][0]["status"] = "returned"
    assert choose_order([sent_back, held], {"return_request"}, "I want to return something", NOW)["id"] == "SENT"


def test_the_order_whose_items_are_named_wins():
    orders = [_order("TEE", "in_transit", 2, shipment="in_transit", items=("Everyday Tee",)),
              _order("JEANS", "delivered", 20, shipment="delivered", delivered_days_ago=10, items=("Slim Jeans",))]
    assert choose_order(orders, {"order_status"}, "where are my jeans", NOW)["id"] == "JEANS"
    assert [o["id"] for o in match_orders_by_items("where is my order?", orders)] == []


def test_other_moving_orders_exclude_the_chosen_one_and_finished_ones():
    chosen = _order("A", "in_transit", 2, shipment="in_transit")
    other = _order("B", "shipped", 3, shipment="in_transit")
    done = _order("C", "delivered", 9, shipment="delivered", delivered_days_ago=2)
    assert [o["id"] for o in other_moving_orders([chosen, other, done], chosen)] == ["B"]


def test_no_orders_means_no_choice():
    assert choose_order([], {"order_status"}, "where is it", NOW) is None


def test_what_the_customer_says_of_the_parcel_rules_out_orders_it_cannot_be():
    orders = [_order("NEW", "pending", 0), _order("D", "delivered", 9, shipment="delivered", delivered_days_ago=3)]
    # a delivery attempt or a carrier's notice: the parcel has shipped, so not the order still in the warehouse
    attempted = "They say a first attempt was made but nobody came to the door"
    assert carrier_has_it(attempted) and choose_order(orders, {"order_status"}, attempted, NOW)["id"] == "D"
    # still awaited: not the order that was delivered three days ago
    awaited = [_order("D", "delivered", 9, shipment="delivered", delivered_days_ago=3), _order("W", "processing", 20)]
    waiting = "still no shipping information on my pre-order"
    assert still_awaited(waiting) and choose_order(awaited, {"order_status"}, waiting, NOW)["id"] == "W"
    assert not still_awaited("my parcel hasn't arrived") and not carrier_has_it("where is my order?")


def test_a_stalled_tracking_means_an_order_that_shipped_never_a_cancelled_one():
    cancelled = _order("CANCELLED", "cancelled", 5)
    delivered = _order("D", "delivered", 60, shipment="delivered", delivered_days_ago=50)
    stalled = "tracking hasn't moved in 5 days"
    assert tracking_stalled(stalled) and tracking_stalled("my parcel is stuck in transit")
    assert choose_order([cancelled, delivered], {"shipping_delay"}, stalled, NOW)["id"] == "D"
    # ...and the parcel on its way when there is one
    moving = _order("MOVING", "in_transit", 8, shipment="in_transit")
    assert choose_order([cancelled, moving, delivered], {"shipping_delay"}, stalled, NOW)["id"] == "MOVING"
    assert not tracking_stalled("I haven't moved house") and not tracking_stalled("where is my order?")


def test_a_refund_without_an_order_number_is_not_guessed_among_recent_orders():
    older = _order("NB1", "delivered", 40, shipment="delivered", delivered_days_ago=35, items=("Wool Beanie",))
    newer = _order("NB2", "delivered", 10, shipment="delivered", delivered_days_ago=5, items=("Trail Runner Shoe",))
    long_ago = _order("NB0", "delivered", 200, shipment="delivered", delivered_days_ago=190)
    assert refund_needs_an_order([newer, older], "Can I get a refund?", now=NOW)  # two candidates: ask which
    assert not refund_needs_an_order([newer, older], "refund the beanie please", now=NOW)  # the goods pick one
    assert not refund_needs_an_order([newer, long_ago], "Can I get a refund?", now=NOW)  # one recent order
    assert not refund_needs_an_order([newer], "Can I get a refund?", now=NOW)
    # the same goods bought again long ago: the recent order with them is the one
    shoes_again = _order("NB0", "delivered", 200, shipment="delivered", delivered_days_ago=190, items=("Trail Runner Shoe",))
    assert not refund_needs_an_order([newer, older, shoes_again], "the trail runner shoe came late, refund it", now=NOW)
    assert refund_needs_an_order([newer, older, shoes_again], "Can I get a refund?", now=NOW)
    mine = "I'd like a refund on my most recent order"  # the customer pointed at one: the newest
    assert not refund_needs_an_order([newer, older], mine, now=NOW)
    assert choose_order([older, newer], {"refund_request"}, mine, NOW)["id"] == "NB2"
    # the order holding the most of what is named is the one: "chino shorts" is the Chino Short, not a Running
    # Short or a Chino that each share one word; two orders sharing as much are asked about
    chinos = _order("NB4", "delivered", 12, shipment="delivered", delivered_days_ago=6, items=("Shoreline Chino Short",))
    shorts = _order("NB5", "delivered", 8, shipment="delivered", delivered_days_ago=4, items=("Tempo Running Short",))
    chino = _order("NB6", "delivered", 15, shipment="delivered", delivered_days_ago=9, items=("Mile Marker Chino",))
    assert not refund_needs_an_order([shorts, chinos, chino], "I want a refund for the chino shorts", now=NOW)
    assert choose_order([shorts, chinos, chino], {"refund_request"}, "I want a refund for the chino shorts", NOW)["id"] == "NB4"
    assert refund_needs_an_order([shorts, chinos, chino], "I want a refund for the shorts", now=NOW)
    on_its_way = _order("NB3", "in_transit", 2, shipment="in_transit")
    assert choose_order([on_its_way, newer], {"return_request"}, "return something from my last order", NOW)["id"] == "NB2"
    assert choose_order([on_its_way, newer], {"order_status"}, "where is my last order?", NOW)["id"] == "NB3"


def test_a_refund_question_is_about_the_refund_still_owed_before_the_one_issued_last():
    issued = _order("NEWER", "returned", 5, shipment="delivered", delivered_days_ago=20)
    issued["payments"] = [{"kind": "payment", "amount": 50}, {"kind": "refund", "amount": 50}]
    owed = _order("OLDER", "delivered", 30, shipment="delivered", delivered_days_ago=25)
    owed["items"] = [{"product_name": "Trail Runner Shoe", "status": "returned"}]
    assert refund_awaited(owed) and not refund_awaited(issued)
    assert choose_order([issued, owed], {"refund_status"}, "where is my refund?", NOW)["id"] == "OLDER"
    assert choose_order([issued], {"refund_status"}, "where is my refund?", NOW)["id"] == "NEWER"
    cancelled = _order("CANCELLED", "cancelled", 2)
    cancelled["payments"] = [{"kind": "payment", "amount": 40}]
    assert refund_awaited(cancelled)


def test_a_refund_question_with_no_refund_in_sight_is_about_goods_delivered_never_an_order_still_to_ship():
    unshipped = _order("UNSHIPPED", "processing", 1)
    delivered = _order("DELIVERED", "delivered", 30, shipment="delivered", delivered_days_ago=25)
    assert choose_order([unshipped, delivered], {"refund_status"}, "returned stuff 2 weeks ago, no refund", NOW)[
        "id"] == "DELIVERED"


@pytest.mark.parametrize("text", ["can you list the items in my last two orders?", "what's in each of my orders?",
                                  "Could you check the details of each order?", "list all of my orders",
                                  "both orders, what was in them?", "hi, what are my recent orders?",
                                  "can you show me my orders", "my order history please",
                                  "Can you check the orders on my account?",
                                  "I'm not sure which one, can you list them?"])
def test_asks_about_several_orders(text):
    assert asks_about_several_orders(text)


@pytest.mark.parametrize("text", ["where is my order?", "what was in my last order?", "cancel all my pending orders",
                                  "each order number is different", "I placed two orders", "where are my orders?"])
def test_does_not_ask_about_several_orders(text):
    assert not asks_about_several_orders(text)


def test_a_cancellation_of_an_order_said_not_to_have_shipped_when_none_is_waiting_asks_which():
    delivered = _order("OLD", "delivered", 40, shipment="delivered", delivered_days_ago=30)
    text = "can i change the size on an order i placed 20 min ago? it hasnt shipped"
    assert none_unshipped_as_said([delivered], {"cancel_order"}, text)
    assert not none_unshipped_as_said([delivered, _order("NEW", "pending", 0)], {"cancel_order"}, text)
    assert not none_unshipped_as_said([delivered], {"cancel_order"}, "please cancel my last order")
    assert not none_unshipped_as_said([delivered], {"order_status"}, text)  # a status question is answered
    # "all my pending orders" when none is pending: said so, not the delivered one's address refused
    assert none_unshipped_as_said([delivered], {"change_address"}, "I'd like to change the address for all my pending orders.")


def test_goods_in_several_orders_choose_the_one_the_request_can_be_about():
    moving = _order("MOVING", "in_transit", 3, shipment="in_transit", items=("Switchback Rain Shell",))
    delivered = _order("DONE", "delivered", 20, shipment="delivered", delivered_days_ago=15,
                       items=("Switchback Rain Shell",))
    text = "can I exchange the rain shell for a medium?"
    assert choose_order([moving, delivered], {"exchange"}, text, NOW)["id"] == "DONE"
    assert choose_order([moving, delivered], {"order_status"}, "where is the rain shell?", NOW)["id"] == "MOVING"


def test_an_order_pointed_at_as_the_newest_is_the_one_meant_for_a_status_question():
    moving = _order("MOVING", "shipped", 9, shipment="in_transit")
    newest = _order("NEWEST", "delivered", 3, shipment="delivered", delivered_days_ago=1)
    assert choose_order([moving, newest], {"order_status"}, "the status of my most recent order?", NOW)["id"] == "NEWEST"
    assert choose_order([moving, newest], {"order_status"}, "where is my order?", NOW)["id"] == "MOVING"


def test_a_part_of_an_address_is_no_product_word():
    """"I typed the wrong zip code" once chose the order with a Half-Zip Pullover for the change of address."""
    half_zip = {"id": "NB1", "status": "delivered", "items": [{"product_name": "Ascent Half-Zip Pullover"}]}
    assert match_orders_by_items("I typed the wrong zip code, order hasn't shipped yet", [half_zip]) == []
    assert match_orders_by_items("my postcode is wrong", [half_zip]) == []
    assert match_orders_by_items("the half-zip one", [half_zip]) == [half_zip]


def test_an_order_said_by_the_month_it_was_placed_is_that_one():
    """"It's the order from November" during an exchange picked the newest order, placed in December."""
    from tools.oms.order_choice import placed_when_said

    december = _order("NB3", "delivered", 0, delivered_days_ago=0)  # placed 2026-11-26 (NOW)
    october = _order("NB2", "delivered", 40, delivered_days_ago=35)  # placed 2026-10-17
    orders = [december, october]
    assert [o["id"] for o in placed_when_said(orders, "it's the order from October")] == ["NB2"]
    assert [o["id"] for o in placed_when_said(orders, "my october order")] == ["NB2"]
    assert placed_when_said(orders, "will it arrive by December?") == []  # a date it is due by names no order
    assert choose_order(orders, {"exchange"}, "it's the order from October", now=NOW)["id"] == "NB2"
    assert placed_when_said(orders, "the one I placed in May") == []  # no order then: the usual choice
    # a part of the month said: "I think it was placed at the start of November" was asked which order again
    assert [o["id"] for o in placed_when_said(orders, "I think it was placed at the start of October.")] == ["NB2"]
    assert placed_when_said(orders, "it arrived at the end of october") == []  # delivered then, not placed
    # the one order placed then is as good as named; of two placed then, neither is
    from tools.oms.order_choice import alone_placed_when_said

    assert alone_placed_when_said(orders, "I think it was placed at the start of October.", october)
    assert not alone_placed_when_said(orders, "I think it was placed at the start of October.", december)
    also_october = _order("NB4", "delivered", 45, delivered_days_ago=40)  # placed 2026-10-12
    assert not alone_placed_when_said([*orders, also_october], "the order from October", october)


def test_an_order_said_by_the_day_it_was_placed_is_that_one_and_counts_as_named():
    """"The one from october 19", in answer to "which one is it?", got "I still need to know which order"."""
    from tools.oms.order_choice import placed_on_day_said, placed_when_said

    first = _order("NB1", "delivered", 43, delivered_days_ago=38)  # placed 2026-10-14
    second = _order("NB2", "delivered", 40, delivered_days_ago=35)  # placed 2026-10-17
    orders = [second, first]
    for said in ("the one from october 17", "the order I placed on October 17th, where is it?",
                 "I ordered it on the 17th of October", "my Oct 17 order"):
        assert [o["id"] for o in placed_on_day_said(orders, said)] == ["NB2"], said
        assert choose_order(orders, {"order_status"}, said, now=NOW)["id"] == "NB2"
    assert placed_on_day_said(orders, "it's the order from October") == []  # a month names no day
    assert [o["id"] for o in placed_on_day_said(orders, "the one from october 18")] == ["NB2"]  # a day either side
    assert placed_when_said(orders, "the one from october 20") == []  # no order that day: the usual choice


@pytest.mark.parametrize(("text", "before"), [
    ("and the one before?", True), ("what about my previous order?", True), ("and the one before that?", True),
    ("actually the order I placed before it", True),
    ("the one before christmas", False), ("I ordered one before and it was fine", False), ("my last order", False),
])
def test_the_order_before_the_one_in_hand_is_pointed_at(text, before):
    from tools.oms.order_choice import points_at_the_order_before

    assert points_at_the_order_before(text) is before


def test_the_order_before_is_the_one_placed_just_before():
    from tools.oms.order_choice import order_before

    orders = [{"id": "A", "placed_at": "2026-11-01T10:00:00+00:00"}, {"id": "C", "placed_at": "2026-09-01T10:00:00+00:00"},
              {"id": "B", "placed_at": "2026-10-01T10:00:00+00:00"}]
    assert order_before(orders, "A")["id"] == "B" and order_before(orders, "B")["id"] == "C"
    assert order_before(orders, "C") is None and order_before(orders, "Z") is None


def test_an_order_the_tracking_says_was_delivered_is_a_delivered_one():
    moving = _order("NB-MOVING", "shipped", 1, shipment="in_transit")
    came = _order("NB-CAME", "delivered", 6, shipment="delivered", delivered_days_ago=1)
    orders = [moving, came]
    asked = "order says delivered but I'm at work, will it be safe?"
    assert choose_order(orders, {"order_status"}, asked, now=NOW)["id"] == "NB-CAME"
    assert choose_order(orders, {"order_status"}, "where is my order?", now=NOW)["id"] == "NB-MOVING"


@pytest.mark.parametrize(("text", "several"), [
    ("Can you tell me how many orders I have placed and their statuses?", True),
    ("what is the status of all my orders?", True), ("how many orders are on the way?", True),
    ("where is my order?", False), ("how many items are in my order?", False),
])
def test_a_question_about_all_the_customers_orders(text, several):
    assert asks_about_several_orders(text) is several


def test_an_order_named_by_the_day_it_was_placed_relative_to_today():
    """"placed it yesterday" picks the order placed yesterday (a day either side), not the newest one; a day no order
    was placed on picks none."""
    from core import clock
    from tools.oms.order_choice import placed_when_said, says_when_placed

    yesterdays = _order("NB2", "processing", 1)
    newer = _order("NB3", "pending", 0)
    older = _order("NB1", "delivered", 9, shipment="delivered", delivered_days_ago=4)
    with clock.replaying_at(NOW):
        assert says_when_placed("hey, just checking when my order will ship, placed it 3 days ago")
        assert [o["id"] for o in placed_when_said([newer, yesterdays, older], "placed it 9 days ago")] == ["NB1"]
        assert choose_order([newer, older], {"order_status"}, "the one I ordered 9 days ago", NOW)["id"] == "NB1"
        assert placed_when_said([newer, older], "the one I placed 5 days ago") == []
        assert not says_when_placed("it was due yesterday")
    from tools.oms.order_choice import says_placed_just_now
    with clock.replaying_at(NOW):  # a day the customer is sure of: the last few, not weeks back
        assert says_placed_just_now("the one I placed yesterday") and says_placed_just_now("ordered 3 days ago")
        assert not says_placed_just_now("ordered 9 days ago") and not says_placed_just_now("the order from November")


def test_a_recent_day_said_rules_out_orders_placed_long_before_it_even_with_the_goods_named():
    """"ordered a coat 10 days ago and it's still processing" was answered with a coat delivered long before."""
    from core import clock
    from tools.oms.order_choice import none_placed_near_said_day

    old_coat = _order("NB1", "delivered", 500, shipment="delivered", delivered_days_ago=495, items=("Wool Coat",))
    recent = _order("NB2", "pending", 12, items=("Trail Tee",))
    with clock.replaying_at(NOW):
        assert none_placed_near_said_day([old_coat, recent], "ordered a coat 10 days ago and it's still processing")
        assert not none_placed_near_said_day([old_coat, recent], "ordered something 10 days ago, where is it?")
        assert not none_placed_near_said_day([old_coat], "where is the coat I ordered?")  # no day said
        assert not none_placed_near_said_day([old_coat], "I ordered a coat 60 days ago")  # far back: may be misremembered


def test_an_address_change_with_nothing_left_to_ship_is_about_the_parcel_on_its_way_never_a_cancelled_order():
    """"i moved house, can the parcel be redirected?" got the newest order, a cancelled one ("its shipping address can
    no longer be changed")."""
    cancelled = _order("CANCELLED", "cancelled", 2)
    moving = _order("MOVING", "in_transit", 6, shipment="in_transit")
    delivered = _order("D", "delivered", 30, shipment="delivered", delivered_days_ago=25)
    text = "i moved house, can the parcel be redirected?"
    assert choose_order([cancelled, moving, delivered], {"change_address"}, text, NOW)["id"] == "MOVING"
    assert choose_order([cancelled, delivered], {"change_address"}, text, NOW)["id"] == "D"
    assert choose_order([cancelled, delivered], {"cancel_order"}, "cancel my order", NOW)["id"] == "CANCELLED"


def test_orders_asked_to_be_seen_are_not_an_act_on_several():
    from tools.oms.order_choice import asks_to_see_orders
    for text in ("I'm not sure which one, can you list them?", "show me all my orders please", "my order history",
                 "I can't remember my order number. Can you find my recent orders?"):
        assert asks_to_see_orders(text), text
    for text in ("please go ahead and cancel both orders", "refund each order to the other one's card", "find my order"):
        assert not asks_to_see_orders(text), text



def test_an_order_said_to_be_processing_is_said_not_to_have_shipped():
    from tools.oms.order_choice import says_not_shipped_yet
    for text in ("I want to cancel but the order says processing", "the order is still processing, can I change "
                 "the address", "it says processing"):
        assert says_not_shipped_yet(text), text
    assert not says_not_shipped_yet("my refund is processing")
