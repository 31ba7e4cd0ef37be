"""How a reply to a follow-up opens and what replaces a repeat (graph/dialogue/follow_up.py), and whether the
help center covers the condition a policy question hinges on (graph/reasoning/offline/coverage.py)."""

from __future__ import annotations

from graph.dialogue.follow_up import acknowledgement, only_identity, repeats, with_opening
from graph.reasoning.offline.coverage import conditions, uncovered_condition

REPLY = "Hi Robin,\n\nYour order NB1 is on its way.\n\nIs there anything else I can help you with?"
RETURNS = [{"title": "Our return policy", "text": "Return unworn items by mail within 30 days of delivery. "
                                                  "Print the prepaid label and drop the parcel at any post office."}]


def test_identity_details_from_a_signed_in_customer_are_acknowledged_not_echoed():
    note = acknowledgement("Sure, I'm Dana Whitfield, zip code 60614.", REPLY, signed_in=True, language="en")
    assert note and "signed in" in note and "60614" not in note and "Dana" not in note
    assert acknowledgement("Sure, I'm Dana Whitfield, zip code 60614.", REPLY, signed_in=False, language="en") is None
    assert only_identity("it's dana.w@example.com") and not only_identity("it's dana.w@example.com, where is my order?")
    # the digits of an address are part of it, not an order number or a ZIP code beside it
    assert only_identity("dana.71123961@example.com") and only_identity("t-act-eb126443-a@example.test")
    # a new address the agent asked for is not an identity detail, ZIP code and all
    assert acknowledgement("42 Elm Street, Springfield, IL 62704", REPLY, signed_in=True, language="en") is None


def test_not_having_the_order_number_is_acknowledged_only_when_that_is_what_is_missing():
    assert "don't need the order number" in acknowledgement("I don't have the order ID with me", REPLY, True, "en")
    assert acknowledgement("I can't remember which card I used for my last order", REPLY, True, "en") is None


def test_the_note_goes_after_the_greeting():
    assert with_opening(REPLY, "No problem.").startswith("Hi Robin,\n\nNo problem.\n\nYour order NB1")
    assert with_opening("Thanks!", "No problem.") == "No problem.\n\nThanks!"


def test_a_reply_that_says_nothing_new_is_a_repeat():
    assert repeats(REPLY, REPLY)
    assert repeats(REPLY.replace("Hi Robin", "Hi there"), REPLY)  # another greeting says nothing new
    assert not repeats("Hi Robin,\n\nNo problem.\n\nYour order NB1 is on its way.", REPLY)
    assert not repeats(REPLY, None)
    # the same proposal without the article's link under it says nothing new either
    proposal = "Hi Robin,\n\nI can start a return for order NB1.\nMore in our help center: “How to return” — https://x"
    assert repeats("Hi Robin,\n\nI can start a return for order NB1.", proposal)


def test_a_condition_no_passage_mentions_is_not_covered():
    assert ["gbp"] in conditions("I redeemed a code but need it to be in GBP, how?")
    assert conditions("how do I get to know when codes expire?") == []  # "to" before a verb is no condition
    assert conditions("hi there, how do returns work for online orders?") == []  # every order of an online shop
    assert conditions("I'm usually a medium in most brands, what should I get in your tees?") == [["tee"]]
    assert conditions("can I collect my order from somewhere instead of home delivery?") == []  # a place left open
    assert conditions("is there a way to order over the phone?") == [["phone"]]  # a channel, as "on the phone" is
    assert conditions("is shipping free over 100 dollars?") == []
    assert uncovered_condition("Can I return things bought online at a garden centre?", RETURNS) == ["garden", "centre"]
    assert uncovered_condition("Can I return things I bought online by mail at a post office?", RETURNS) is None
    # US and UK spellings are the same word
    klarna = [{"doc_id": "klarna-instalments", "title": "Pay in instalments with Klarna", "heading": "",
               "text": "Split orders into 4 interest-free instalments."}]
    assert uncovered_condition("can I pay in installments?", klarna) is None
    # a place to go: named by a part of a set, by any word for it, never by "store credit"
    no_store = [{"doc_id": "shipping", "title": "Shipping", "heading": "", "text": "We sell online only: there is no store."}]
    credit = [{"doc_id": "refunds", "title": "Refunds", "heading": "", "text": "Store credit never expires."}]
    assert conditions("can I return clothes I bought online to one of your stores?") == [["store"]]
    assert uncovered_condition("can I take my return to a shop?", no_store) is None
    assert uncovered_condition("can I return clothes to one of your stores?", credit) == ["store"]
    # "there is no store" answers a place wherever it is and whatever is done there
    assert uncovered_condition("do you have a physical shop in london?", no_store) is None
    assert uncovered_condition("can I drop my return at a store in Leeds?", credit) == ["store"]


def test_shoes_and_boots_are_the_articles_footwear():
    condition = [{"doc_id": "return-policy", "title": "Our return policy", "heading": "Condition",
                  "text": "Items must be: footwear tried on indoors only, in the original box."}]
    assert conditions("what's the return policy on boots?") in ([["boot"]], [["boots"]])
    assert uncovered_condition("what's the return policy on boots?", condition) is None
    assert uncovered_condition("what's the return policy for sneakers?", condition) is None
    assert uncovered_condition("can I return boots bought at a garden centre?", condition) == ["garden", "centre"]


def test_a_warranty_question_hinges_on_the_warranty_not_on_the_goods_it_is_asked_for():
    repairs = [{"doc_id": "materials", "title": "Our materials", "heading": "Repairs",
                "text": "Broken zip or a loose seam within 1 year of purchase? Contact us: we repair or replace it."}]
    assert uncovered_condition("what's the warranty on the rain shell?", repairs) is None
    assert uncovered_condition("is there a guarantee for the trail shoes?", repairs) is None
    assert uncovered_condition("does the warranty work on a saturday?", repairs) == ["saturday"]
    assert uncovered_condition("can I return things bought online at a garden centre?", repairs) == ["garden", "centre"]


def test_a_sale_event_is_a_sale_not_a_weekday():
    returns = [{"doc_id": "return-policy", "title": "Our return policy", "heading": "",
                "text": "You can return items within 30 days of delivery. Final Sale items cannot be returned."}]
    assert conditions("how long do I have to return something bought on black friday?") == [["sale"]]
    assert uncovered_condition("how long do I have to return something bought on Black Friday?", returns) is None
    assert uncovered_condition("can I return something on a friday?", returns) == ["friday"]


def test_a_thing_an_existence_question_asks_about_must_be_named_by_the_passages():
    from graph.reasoning.offline.coverage import asked_thing

    promotions = [{"title": "Promo codes and discounts", "heading": "",
                   "text": "Enter one promo code per order at checkout. Gift cards cannot be bought with a discount."}]
    assert asked_thing("is there a student discount?") == ["student", "discount"]
    assert uncovered_condition("is there a student discount?", promotions) == ["student", "discount"]
    assert uncovered_condition("Hi, can I add a gift note?", promotions) == ["gift", "note"]
    assert uncovered_condition("do you have gift wrapping?", promotions) == ["gift", "wrapping"]
    assert uncovered_condition("do you have any promo codes right now?", promotions) is None
    assert uncovered_condition("do you do student discount?", promotions) == ["student", "discount"]  # no article
    # one word is left to the closeness of the sentence: "free ... from $75" answers a minimum it never names
    shipping = [{"title": "Shipping", "heading": "", "text": "Free standard shipping from $75."}]
    assert uncovered_condition("is there a minimum order for free shipping?", shipping) is None
    # a bound after the thing is no part of it
    assert asked_thing("do you offer free shipping over a certain amount") == ["free", "shipping"]
    assert uncovered_condition("do you offer free shipping over a certain amount", shipping) is None
    # no thing asked for: a way, my money, a question without an article
    assert asked_thing("is there a way to use two codes?") == []
    assert asked_thing("can I get my money back?") == []
    assert asked_thing("can I use two codes?") == []


def test_a_doing_a_question_asks_about_must_be_named_by_the_passages():
    from graph.reasoning.offline.coverage import asked_doing

    shipping = [{"title": "Where we ship", "heading": "Fastest delivery",
                 "text": "Orders placed before 12:00 PM Eastern on a business day usually leave the same day."}]
    assert asked_doing("Hi, is it possible to combine two orders to save on shipping?") == "combine"
    assert uncovered_condition("Hi, is it possible to combine two orders to save on shipping?", shipping) == ["combine"]
    combined = [{"title": "Orders", "heading": "", "text": "We can't combine orders once they are placed."}]
    assert uncovered_condition("can you combine my orders?", combined) is None
    # a verb any request uses is no condition: the subject's article answers it
    for text in ("can you check my order?", "can I return it?", "do you ship to Canada?", "could you swap it?",
                 "can my husband return it for me?", "is there any way to track it?", "can my order be shipped today?",
                 "could you double-check if anything can be done?"):
        assert asked_doing(text) is None, text
    # asked of someone else, or as "is there a way to": the doing is what it hinges on all the same
    assert asked_doing("is there a way to combine two orders so I only pay shipping once") == "combine"
    assert asked_doing("can my sister pick up my order for me?") == "pick"
    assert asked_doing("can someone else collect it?") == "collect"
    # a tweet asks after its @handles, written without its question mark too
    refunds = [{"title": "Our return policy", "heading": "Refunds",
                "text": "We refund to your original payment method within 3 business days."}]
    assert uncovered_condition("@northbound hi can you resend my receipt", refunds) == ["resend"]
    from graph.reasoning.offline.coverage import asking_part

    assert asking_part("@northbound what a joke. it's cheaper now, can i get the difference") == ""  # exclaims


def test_thanks_in_two_clauses_is_a_sign_off():
    from graph.reasoning.signals import is_closing

    assert is_closing("Thank you, that's all I needed.") and is_closing("Amazing, thanks for the quick reply")
    assert not is_closing("Thanks, but where is my order?") and not is_closing("Ok, cancel it")


def test_details_given_with_nothing_to_look_up_get_a_question_not_not_in_the_help_center():
    from graph.dialogue.follow_up import answers_nothing
    from graph.nodes.draft import follow_up_reply
    from graph.reasoning import phrases

    not_covered = f"Hi there,\n\n{phrases.say('not_in_help_center', 'en')}\n\nIs there anything else I can help you with?"
    assert answers_nothing(not_covered) and not answers_nothing(REPLY)
    state = {"identity_source": "signed_token", "dialogue": {"awaiting": []}}
    turn = {"context": "follow_up", "language": "en", "text": "I can't remember the order number, can you manage?"}
    reply = follow_up_reply(state, turn, not_covered)
    assert "don't need the order number" in reply and reply.endswith("What would you like me to help with?")
    assert "help center" not in reply
    # An answer with something in it keeps it, after the acknowledgement.
    assert "Your order NB1 is on its way." in follow_up_reply(state, dict(turn), REPLY)
    # A question of its own beside the missing number keeps its honest "not in our help center".
    asking = dict(turn, text="I don't have the order number. Do you price match other shops?")
    assert "help center" in follow_up_reply(state, asking, not_covered)


STATUS = ("Hi Amelia,\n\nYour order NB109419 is on its way with USPS. The last scan from USPS was “Accepted by carrier” "
          "in Columbus, OH on December 3, 2026. It should arrive by December 9, 2026. The tracking number is "
          "9400111820053807825969; you can follow it here: https://tools.usps.com/go/TrackConfirmAction\n\n"
          "Is there anything else I can help you with?")


def test_a_question_asked_again_gets_the_sentence_of_the_last_reply_that_answers_it():
    from graph.dialogue.follow_up import answering_sentence

    assert answering_sentence("when will it arrive?", STATUS, "en") == "It should arrive by December 9, 2026."
    assert answering_sentence("ok and what's the tracking number", STATUS, "en").startswith("The tracking number is")
    assert answering_sentence("thanks, that's all", STATUS, "en") is None  # asks nothing
    assert answering_sentence("do you sell gift cards?", STATUS, "en") is None  # nothing in it answers that
    # which carrier: the sentence naming it (the encoder does not know "USPS" for a carrier: "I've told you all I can")
    assert answering_sentence("and which carrier is it with?", STATUS, "en") == (
        "Your order NB109419 is on its way with USPS.")
    assert answering_sentence("who's delivering it?", STATUS, "en") == "Your order NB109419 is on its way with USPS."
    # which card, or how much: the sentence saying what was paid ("which card did I use?" was told "all I can")
    paid = f"Hi Omar,\n\nOrder NB108347 came to $88.00, paid with your Visa card ending 5879. {STATUS.split(chr(10))[2]}"
    assert answering_sentence("which card did I use?", paid, "en") == (
        "Order NB108347 came to $88.00, paid with your Visa card ending 5879.")
    assert answering_sentence("how much did I pay for it?", paid, "en").startswith("Order NB108347 came to $88.00")
    # never a row of a table: "ok and is it true to size?" after a size chart was told "As I said above: | Size | Chest |"
    chart = ("Hi there,\n\nHere is the size chart for the Summit Henley (measurements in inches):\n\n"
             "| Size | Chest (in) | Length (in) | Sleeve (in) |\n|---|---|---|---|\n| S | 35-37 | 28 | 33 |\n\n"
             "If you're between sizes, measure a similar item that fits you well and compare.\n\n"
             "Is there anything else I can help you with?")
    said = answering_sentence("ok and is it true to size?", chart, "en")
    assert said is None or "|" not in said


RESET = ("Hi there,\n\nClick 'Forgot password' on the sign-in page. The reset link is valid for 60 minutes; request a new "
         "one if it expired.\nMore in our help center: “Reset your password” — https://help.example.com/password-reset"
         "\n\nIs there anything else I can help you with?")


def test_a_step_the_customer_tried_gets_the_sentence_of_the_last_reply_about_it():
    """"I tried resetting but the link says expired" after the reset instructions got "I think I've told you all I can":
    the reply's own sentence on an expired link answers it."""
    from graph.dialogue.follow_up import answering_sentence

    said = answering_sentence("I tried resetting but the link says expired", RESET, "en")
    assert said == "The reset link is valid for 60 minutes; request a new one if it expired."
    assert answering_sentence("ok, my name is Ana", RESET, "en") is None  # no step, no question
    spam = ("Hi there,\n\nCheck spam and promotions folders and make sure you use the email you signed up with.\n\n"
            "Is there anything else I can help you with?")
    assert answering_sentence("I checked spam already", spam, "en") is None  # never told to do it again


def test_a_lead_in_to_a_table_is_never_the_sentence_said_again():
    """"do they run wide?" after a size chart got "As I said above: Here is the size chart for the boot (...):"."""
    from graph.dialogue.follow_up import answering_sentence

    chart = ("Hi there,\n\nHere is the size chart for the Wayfarer Chelsea Boot (measurements in inches):\n\n"
             "| Size | Foot Length (in) |\n|---|---|\n| 9 | 10.25 |\n\nIs there anything else I can help you with?")
    said = answering_sentence("what is the size chart for the chelsea boot?", chart, "en")
    assert said is None or not said.endswith(":"), said


def test_the_weekend_is_its_days_and_never_a_sales_weekend():
    days = [{"doc_id": "tracking", "title": "Tracking", "heading": "", "text": "Carriers deliver Monday to Saturday."}]
    sale = [{"doc_id": "promo", "title": "Codes", "heading": "", "text": "BFCM25: 25% off, Black Friday weekend."}]
    assert uncovered_condition("do you deliver on weekends?", days) is None
    assert uncovered_condition("do you deliver on weekends?", sale) is not None


def test_a_question_about_it_is_read_with_the_sentence_that_names_it():
    """"how long does it take?" after "how much is shipping to the UK?" asks about shipping to the UK: measured
    alone, no help sentence was near it and the reply said the help center had nothing on it."""
    from graph.reasoning.offline.coverage import asking_part

    assert asking_part("how much is shipping to the UK? and how long does it take?") == (
        "how much is shipping to the UK? and how long does it take?")
    assert asking_part("I love the jacket. How long does shipping to Canada take?") == (
        "How long does shipping to Canada take?")  # a question naming its own subject stands alone
