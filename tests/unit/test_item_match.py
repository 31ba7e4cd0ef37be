"""Goods a customer names, read by sentence form and matched against what the OMS says each line is
(tools/oms/item_match.py), and the choices built on it (order choice, the action tools' refusals)."""

from __future__ import annotations

import pytest

from tools.oms.actions import propose
from tools.oms.actions.base import ActionPolicy
from tools.oms.catalogue import goods_words
from tools.oms.item_match import excluded_items, goods_named, is_line, lines_named, missing_items, named_items
from tools.oms.order_choice import match_orders_by_items, orders_lacking_named_items


def _line(line_no: int, name: str, category: str, status: str = "ordered", **options) -> dict:
    return {"line_no": line_no, "product_name": name, "category": category, "product_line": "", "options": options,
            "status": status, "quantity": 1, "unit_price": "30.00", "variant_id": f"V{line_no}",
            "product_id": f"P{line_no}"}


LAMP_ORDER = {"id": "NB1", "status": "processing", "items": [_line(1, "Cedar Desk Lamp", "lamps"),
                                                             _line(2, "Harbor Pocket Tee", "tees")],
              "payments": [{"kind": "payment", "method": "card:visa:4242", "amount": "60", "status": "succeeded"}],
              "shipments": []}
BOOT_ORDER = {"id": "NB2", "status": "delivered", "items": [_line(1, "Ridgewalk Hiker", "boots", "delivered")],
              "payments": [], "shipments": []}


def test_the_object_of_the_request_is_the_item_named():
    assert [i.phrase for i in named_items("Hi, I'd like to change a Desk Lamp from my order.")] == ["Desk Lamp"]
    assert [i.phrase for i in named_items("I'd like to change the size of some boots I have on order")] == ["boots"]
    assert [i.phrase for i in named_items("exchange one of the robotic vacuums from my recent order")] == [
        "robotic vacuums"]
    one_with = named_items("I want to cancel an order I made, the one with the grill")
    assert [(i.phrase, i.acted_on) for i in one_with] == [("grill", False)]  # it says which order, not what to cancel


def test_goods_end_where_a_typed_clause_begins_and_may_come_before_their_verb():
    assert [i.phrase for i in named_items("Bought some boots during the sale and havent heard anything since")] == [
        "boots"]
    assert [i.phrase for i in named_items("The shoes I got are too tight. Id like to send them back")] == ["shoes"]
    assert [i.phrase for i in named_items("I think the lamp that we ordered is broken")] == ["lamp"]
    assert [i.phrase for i in named_items("I returned my parka 10 days ago and still no refund")] == ["parka"]
    assert named_items("the parcel was returned to sender") == []
    assert named_items("the email I got says it was refunded") == []
    assert named_items("cancel the order I placed") == []
    assert named_items("ordered Monday, still says label created. normal?") == []
    # a second request joined by "and" is goods of its own, not part of the first's
    assert [i.phrase for i in named_items("I want to return the jeans and exchange the tee for a medium")] == [
        "jeans", "tee"]
    # goods one after another, each with its determiner, are two items ("black and white tee" is one)
    assert [i.phrase for i in named_items("return the jeans and the tee")] == ["jeans", "tee"]
    assert [i.phrase for i in named_items("return the black and white tee")] == ["black and white tee"]
    assert named_items("is it too late to change address Kindly") == []  # a letter's courtesy, no goods
    # how long it has been: "None of the orders on your account contains “been”" was the reply
    assert named_items("still no refund and it's been 3 weeks") == []
    # which order, by when: not goods called "most" or "newest"
    assert named_items("I need to cancel my most recent order") == []
    assert named_items("please cancel my newest order") == []
    assert [i.phrase for i in named_items("return the most comfortable boots")] == ["comfortable boots"]
    assert [i.phrase for i in named_items("I ordered boots on Friday")] == ["boots"]
    # the page a return is made on: no goods called "portal keeps saying"
    assert named_items("ur return portal keeps saying my order number is invalid") == []


def test_goods_that_do_not_fit_are_named_whatever_the_request_says():
    assert [i.phrase for i in named_items("can you email me a return label? the jeans don't fit")] == ["jeans"]
    assert [i.phrase for i in named_items("my boots are way too tight, can I swap them?")] == ["boots"]
    assert [i.phrase for i in named_items("the slim jean runs too small")] == ["slim jean"]
    assert named_items("the item doesn't fit") == [] and named_items("it doesn't fit") == []
    assert named_items("the house number on the label is wrong") == []  # fit alone is said of goods
    assert [o["id"] for o in match_orders_by_items("the boots don't fit", [LAMP_ORDER, BOOT_ORDER])] == ["NB2"]


def test_goods_called_by_their_everyday_kind_match_when_nothing_matches_more_closely():
    sneaker = _line(1, "Everyday Canvas Sneaker", "sneakers", "delivered")
    peacoat, shell = _line(2, "Harbour Wool Peacoat", "coats", "delivered"), _line(3, "Rain Shell", "jackets")
    assert lines_named(named_items("The shoes I got are too tight"), [sneaker, shell]) == [sneaker]
    assert lines_named(named_items("I want to return the coat"), [sneaker, shell]) == [shell]
    assert lines_named(named_items("I want to return the coat"), [peacoat, shell]) == [peacoat]
    assert missing_items(named_items("return the shoes"), [sneaker]) == []
    assert missing_items(named_items("return the trainers"), [sneaker]) == []  # "les baskets", glossed
    assert missing_items(named_items("i ordered 2 of the same shirt by accident, can u cancel one"),
                         [_line(4, "Stride Performance Tee", "tees")]) == []
    outerwear = {**peacoat, "product_line": "outerwear"}  # a jacket by its kind's everyday word, but no fleece
    assert missing_items(named_items("I mistakenly ordered a fleece jacket"), [outerwear]) != []
    assert missing_items(named_items("I want to return the jacket"), [outerwear]) == []


def test_how_soon_is_not_goods():
    for text in ("ordered the wrong colour by mistake, can I cancel quick before it ships", "please cancel asap",
                 "I want to return quickly, the size is off", "Can I still cancel? ordered about an hour ago",
                 "bought around two weeks back and want to return"):
        assert named_items(text) == [], text
    assert [i.phrase for i in named_items("cancel the desk lamp asap")] == ["desk lamp"]
    assert [i.phrase for i in named_items("can I return asap the linen shirt")] == ["linen shirt"]
    # how much of the order and another verb of the request name no goods either
    assert named_items("I want to return most of items in my last order") == []
    assert named_items("received it, wanna cancel and send back") == []
    # nor an order number (it names the order)
    assert named_items("RETURN NB108978, LOVING THE RADIO SILENCE") == []
    assert named_items("I want to return part of ord NB108574") == []
    assert [i.phrase for i in named_items("return the NB108978 jacket")] == ["jacket"]
    # nor what a page says of the refund
    assert named_items("refund says processed but nothing in my bank") == []
    # nor what customers call themselves
    assert named_items("ordered the wrong size like an idiot 🙈 can i swap it") == []
    assert [i.phrase for i in named_items("I want to return half of the shirts")] == ["shirts"]


def test_a_size_is_not_goods():
    assert named_items("ordered the medium but it swims on me. can I exchange for a small") == []
    # a size letter, and what is wanted instead, are not goods either
    assert named_items("can I change the size on my order before it ships? ordered a M need a L") == []
    assert named_items("ordered an XL want an M") == []
    assert [i.phrase for i in named_items("I ordered the jeans need a bigger size")] == ["jeans"]
    assert [i.phrase for i in named_items("I want to return the large jacket")] == ["jacket"]


def test_the_order_its_parts_and_deliveries_are_not_goods():
    for text in ("I want to cancel my order", "Let's cancel the entire order", "please update the delivery address",
                 "I ordered something a week ago", "been waiting for my express delivery all day",
                 "hello i need to cancel my order and return another one",
                 "return it please", "I want to exchange it for a size M",
                 "please cancel all my unshipped orders", "can you cancel my processing order?",
                 "got the email saying refund done but nothing in my account yet",
                 "it says refund processed but not received",
                 "I'd like to change my default address to my daughter's", "can I change my password",
                 "change my phone number on the order", "cancel my subscription", "can I change its address?",
                 "hey where are my things, ordered ages ago", "I bought it yonks ago",
                 "refund the third one", "return the middle one", "can you refund my money or replace the item"):  # a place in the agent's list of orders
        assert named_items(text) == [], text
    assert [i.phrase for i in named_items("I'd like to return the delivered boots")] == ["boots"]


def test_goods_match_lines_by_name_category_and_plural():
    boots = named_items("I want to return the boots")
    assert lines_named(boots, BOOT_ORDER["items"]) == BOOT_ORDER["items"]  # "boots" is the Hiker's category
    lamp = named_items("cancel the desk lamps")
    assert [line["line_no"] for line in lines_named(lamp, LAMP_ORDER["items"])] == [1]
    assert missing_items(named_items("return the air purifier"), LAMP_ORDER["items"] + BOOT_ORDER["items"])


def test_order_choice_follows_the_goods_and_never_guesses_for_missing_ones():
    orders = [LAMP_ORDER, BOOT_ORDER]
    assert match_orders_by_items("where are my boots?", orders) == [BOOT_ORDER]
    assert orders_lacking_named_items("I'd like to cancel the order with the grill", orders)
    assert not orders_lacking_named_items("where is my order?", orders)


def test_actions_refuse_an_order_without_the_goods_and_a_single_line_cancel():
    policy = ActionPolicy()
    missing = propose("cancel_order", LAMP_ORDER, "please cancel the coffee grinder", policy)
    assert missing.code == "item_not_in_order" and "coffee grinder" in missing.message
    one_line = propose("cancel_order", LAMP_ORDER, "I want to cancel the desk lamp", policy)
    assert one_line.code == "single_item" and "only be cancelled as a whole" in one_line.message
    whole = propose("cancel_order", LAMP_ORDER, "cancel the order with the desk lamp", policy)
    assert whole.action == "cancel_order" and "Harbor Pocket Tee" in whole.summary  # the whole order, as asked


def test_a_change_to_a_placed_order_is_proposed_as_the_cancellation_it_takes_said_as_such():
    """The OMS cancels whole orders only; the brand's agents cancel and let the customer reorder. The proposal says
    so, so the customer's "yes" agrees to a cancellation knowingly."""
    policy = ActionPolicy()
    for text in ("actually can I just change it to a medium instead", "please switch all items to their cheapest options",
                 "I'd like to add a second lamp to that order"):
        proposal = propose("cancel_order", LAMP_ORDER, text, policy)
        assert proposal.action == "cancel_order" and proposal.wording["to_change"], text
        assert proposal.summary.startswith("I can't change the items on an order once it's placed"), text
    # naming one item of several gets the choice for that item (single_item)
    assert propose("cancel_order", LAMP_ORDER, "can I swap the colour of the tee?", policy).code == "single_item"
    for text in ("please cancel my order, I want to change the size", "cancel it, I've changed my mind",
                 "I'd like to cancel, the address is wrong"):
        proposal = propose("cancel_order", LAMP_ORDER, text, policy)
        assert proposal.action == "cancel_order" and not proposal.wording["to_change"], text


DELIVERED_ORDER = {"id": "NB3", "status": "delivered", "delivered_at": None,
                   "items": [_line(1, "Timber Leather Belt", "belts", "delivered"),
                             _line(2, "Driftwood Slide Sandal", "sandals", "delivered"),
                             _line(3, "Harbor Pocket Tee", "tees", "delivered")],
                   "payments": [], "shipments": []}


def test_goods_kept_out_of_a_request_are_read_as_such_never_as_the_goods_acted_on():
    for text, kept in (("I'd like to return all the items except for the belt", ["belt"]),
                       ("return everything but not the sandals", ["sandals"]),
                       ("return the items other than the pet bed", ["pet bed"]),
                       ("cancel it all apart from the tee", ["tee"]),
                       ("return everything but the boots, they fit great", ["boots"])):
        assert named_items(text) == [], text  # "except" ends the phrase: no item called "except"
        assert [i.phrase for i in excluded_items(text)] == kept, text
    assert excluded_items("it says refund processed but not received") == []


def test_a_return_of_everything_but_one_item_proposes_the_rest():
    from tools.oms.actions.base import named_lines

    lines = named_lines("I want to return everything except the belt", DELIVERED_ORDER["items"])
    assert [line["line_no"] for line in lines] == [2, 3]  # never the belt, though the message names it
    assert [line["line_no"] for line in named_lines("return the sandal and the tee but not the belt",
                                                    DELIVERED_ORDER["items"])] == [2, 3]


def test_goods_named_alone_in_answer_to_which_item_match_by_name_or_kind():
    from tools.oms.actions.base import named_lines

    lines = [_line(1, "Ridgewalk Hiker", "boots", "delivered"), _line(2, "Trail Wool Sock", "socks", "delivered")]
    assert [line["line_no"] for line in named_lines("the boots", lines)] == [1]  # by its category
    assert [line["line_no"] for line in named_lines("the hiker", lines)] == [1]  # by its name
    assert named_lines("yes please", lines) == []


def test_keeping_out_goods_the_order_lacks_or_all_it_has_asks_which_order():
    policy = ActionPolicy()
    absent = propose("return_request", DELIVERED_ORDER,
                     "return all the items except the pet bed", policy)
    assert absent.code == "item_not_in_order" and "pet bed" in absent.message
    boots_only = propose("cancel_order", {**LAMP_ORDER, "items": LAMP_ORDER["items"][:1]},
                         "cancel everything except the desk lamp", policy)
    assert boots_only.code == "nothing_left"  # never the whole order, which is all the customer keeps
    rest = propose("cancel_order", LAMP_ORDER, "cancel everything except the lamp", policy)
    assert rest.code == "single_item" and "Harbor Pocket Tee" in rest.message  # whole orders only


def test_goods_kept_out_say_which_order_it_is():
    assert match_orders_by_items("return everything except the boots", [LAMP_ORDER, BOOT_ORDER]) == [BOOT_ORDER]


def test_an_order_lacking_goods_kept_out_names_them_in_the_question_which_order():
    from graph.nodes.call_oms import not_found_facts

    text = "I'd like to return all the items except for the pet bed"
    assert orders_lacking_named_items(text, [LAMP_ORDER, BOOT_ORDER])
    assert not_found_facts(text, [LAMP_ORDER, BOOT_ORDER], 2)["items"] == "“pet bed”"


def test_goods_a_request_is_narrowed_to_without_a_verb_are_acted_on():
    assert [(i.phrase, i.acted_on) for i in named_items("no, just the tank top")] == [("tank top", True)]
    assert [(i.phrase, i.acted_on) for i in named_items("only my jacket, please")] == [("jacket", True)]
    assert named_items("just a quick question: where is my order?") == []  # "just a ..." names no goods
    assert [i.phrase for i in named_items("can I cancel just the speaker without affecting the order?")] == ["speaker"]


def test_a_parcel_or_delivery_with_goods_names_them_to_say_which_order():
    assert [(i.phrase, i.acted_on) for i in named_items("where's the package with my camping stove?")] == [
        ("camping stove", False)]
    assert [i.phrase for i in named_items("where is the parcel containing the boots")] == ["boots"]


def test_a_gift_is_how_goods_came_not_goods():
    """"how do I return a gift?" once got "None of the orders on your account contains 'gift'"."""
    assert named_items("how do I return a gift?") == [] and named_items("can I return my present") == []
    assert [item.phrase for item in named_items("return the jacket I got as a gift")] == ["jacket"]


def test_goods_sent_again_are_not_goods_called_replacement():
    """"still waiting on my replacement" was told none of the orders contained "replacement"."""
    assert named_items("still waiting on my replacement, it's been 3 weeks") == []
    assert [item.phrase for item in named_items("where is my replacement jacket")] == ["jacket"]


def test_a_question_word_after_the_verb_is_not_goods():
    """"can i change where it gets delivered?" was told none of the orders contained "where"."""
    assert named_items("thanks. and can i change where it gets delivered?") == []
    assert [item.phrase for item in named_items("where is the jacket i ordered")] == ["jacket"]


def test_how_often_is_not_goods():
    """"why is everything always out of stock in my size" was told "I couldn't find any always in our catalogue"."""
    assert goods_words("@NorthboundHelp why is everything always out of stock in my size") == []


def test_when_goods_were_bought_is_not_goods():
    """"is it too late to cancel? I ordered 20 minutes ago" once looked for goods called "minutes"."""
    assert named_items("is it too late to cancel? I ordered 20 minutes ago") == []
    assert named_items("return what I bought last week") == []
    assert [item.phrase for item in named_items("return the wrap dress I bought yesterday")] == ["wrap dress"]


def test_goods_taken_off_an_order():
    """"can you take the socks off my order?" once cancelled the whole latest order, goods unread."""
    assert [i.phrase for i in named_items("can you take the socks off my order?")] == ["socks"]
    assert [i.phrase for i in named_items("I'd like to drop the scarf from my pending order")] == ["scarf"]
    assert [i.phrase for i in named_items("get rid of the belt please")] == ["belt"]
    assert named_items("where do I drop off the parcel?") == [] and named_items("the cancellation of my order") == []
    assert named_items("will I lose my basket if I delete the cache?") == []  # what is deleted is rarely goods
    assert named_items("love waiting on hold for nothing") == []  # a phone line's hold, not goods


def test_goods_given_as_the_answer_to_which_item():
    assert [i.phrase for i in named_items("it's the legging")] == ["legging"]
    assert [i.phrase for i in named_items("oh that was the wool coat")] == ["wool coat"]
    assert named_items("it's the order from last week") == [] and named_items("that's the wrong address") == []


def test_what_was_paid_for_is_goods_but_a_delivery_speed_or_a_difference_is_not():
    assert [i.phrase for i in named_items("How much did I pay for the jeans?")] == ["jeans"]
    assert [i.phrase for i in named_items("I was charged for the tee but want a refund")] == ["tee"]
    for text in ("I paid for express and it's late", "paid for next day delivery, 4 days later nothing",
                 "will I be charged for the failed attempts?", "can you refund the difference?"):
        assert named_items(text) == [], text


def test_an_order_said_by_the_goods_it_holds_is_that_order():
    from tools.oms.item_match import holds_goods_named, picks_order_by_goods

    assert picks_order_by_goods("what about the one with the boots?")
    assert not picks_order_by_goods("return the boots")
    assert holds_goods_named(BOOT_ORDER, "and the one with the boots?")
    assert not holds_goods_named(LAMP_ORDER, "and the one with the boots?")


def test_goods_named_alone_during_a_goods_request_are_said_as_that_request():
    from tools.oms.item_match import said_as_request

    assert said_as_request("the jacket", "return_request") == "return the jacket"
    assert said_as_request("the boots", "exchange") == "exchange the boots"
    # anything else said during the flow stays as it is
    assert said_as_request("The shirt and the shorts.", "return_request") == "return The shirt and the shorts."
    for text in ("ok cool", "nothing yet 🙄", "Ruby Thompson", "the other one", "the link", "been waiting",
                 "my name is Sam", "the tee and the other one"):
        assert said_as_request(text, "return_request") == text
    assert said_as_request("the jacket", "order_status") == "the jacket"  # no goods request in hand


@pytest.mark.parametrize("said, product", [
    ("change the t-shirt to a bigger size", "Harbor Organic Crew Tee"),
    ("exchange my tshirt please", "Harbor Organic Crew Tee"),
    ("return the half-zip", "Ascent Half-Zip Pullover"),
    ("the one with the quarter-zip", "Trailhead Fleece Quarter-Zip"),
])
def test_a_hyphenated_word_names_goods_by_its_parts_as_a_product_name_is_read(said, product):
    """"t-shirt" and "half-zip" were whole words no product name has: "None of the orders contains “t-shirt”"."""
    line = {"product_name": product, "category": "tops", "options": {"size": "M", "color": "navy"}}
    other = {"product_name": "Northbound Straight Jean", "category": "bottoms", "options": {"size": "32"}}
    items = goods_named(said)
    assert items and all(is_line(item, line) for item in items)
    assert not any(is_line(item, other) for item in items)


def test_goods_between_send_and_back_are_the_request_s_object():
    """"I'd like to send the shoes back" named no goods, and the return was proposed on another order's shirt."""
    assert [item.phrase for item in goods_named("i would like to send the shoes back")] == ["shoes"]
    assert [item.phrase for item in goods_named("can I take the jacket back to a store?")] == ["jacket"]
    assert [item.phrase for item in goods_named("hi i sent my jacket back 2 weeks ago, no refund yet")] == ["jacket"]
    assert goods_named("I want to send my order back") == []


@pytest.mark.parametrize(("text", "goods"), [
    ("I received my sneakers but they're too small. Can I exchange them for a size bigger?", ["sneakers"]),
    ("I got the jacket and it is too big", ["jacket"]),
    ("my sneakers are a bit too small", ["sneakers"]),  # two words before "too"
    ("my order came but it is too late now", []),  # late is no fit: no goods named
])
def test_goods_said_not_to_fit_after_a_clause_break_are_named(text, goods):
    """"I received my sneakers but they're too small" named no goods, so an exchange was proposed on the customer's
    newest order (a sweater) instead of saying no order of theirs has sneakers."""
    assert [item.phrase for item in goods_named(text)] == goods


def test_an_order_placed_twice_names_no_goods():
    """"I ordered twice by accident, can you cancel the duplicate?" got "None of the orders on your account contains
    'duplicate'"."""
    assert goods_named("I ordered twice by accident, can you cancel the duplicate?") == []
    assert [item.phrase for item in goods_named("cancel the linen shirt, it was a duplicate")] == ["linen shirt"]


def test_goods_a_refund_is_asked_for_are_named_after_for():
    """"can I get a refund for the jacket, it's too small" named no goods, and a return of the customer's whole latest
    order (which had no jacket) was proposed."""
    assert [i.phrase for i in named_items("can I get a refund for the jacket, it's too small")] == ["jacket"]
    assert [i.phrase for i in named_items("money back for the chino short")] == ["chino short"]
    for text in ("a refund for the delay would be nice", "can you send me proof of the refund for my bank Appreciate it",
                 "refund for my order please", "how long does a refund on the card take",
                 # what became of the order is no goods: "None of the orders on your account contains “cancelled”"
                 "when will i get my refund for the cancelled order?", "where is the refund for my returned items"):
        assert named_items(text) == [], text
    assert [i.phrase for i in named_items("a refund for the cancelled jacket")] == ["jacket"]


def test_how_goods_were_priced_is_not_goods():
    """"can I exchange a sale item for a different size?" got "None of the orders on your account contains 'sale'"."""
    assert goods_named("can I exchange a sale item for a different size?") == []
    assert [item.phrase for item in goods_named("can I return the clearance linen shirt")] == ["linen shirt"]


def test_where_the_money_goes_is_not_goods():
    """"ok then just the original card, go ahead" was told none of the orders contained "original"."""
    assert named_items("ok then just the original card, go ahead") == []
    assert named_items("refund it to my paypal balance please") == []
    assert [item.phrase for item in named_items("return the original jacket please")] == ["jacket"]
