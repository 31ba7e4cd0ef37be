"""A later message is read in its conversation (graph/dialogue/continuation.py): details, answers and short
follow-ups continue the open topic with the conversation's confidence; new requests and reported problems
do not. Every message here is written for the test."""

from __future__ import annotations

from graph.dialogue.continuation import (
    CONFIDENT,
    is_detail_reply,
    next_dialogue,
    order_in_focus,
    read_in_context,
    reason_subject,
)
from graph.dialogue.slots import read_slots
from graph.reasoning.base import Classification

CANCEL = {"topic": "cancel_order", "topic_confidence": 0.93, "awaiting": [], "order_id": "NB100200"}


def _reading(intent: str, confidence: float, text: str = "x", distribution: dict | None = None) -> Classification:
    return Classification(intent=intent, confidence=confidence, questions=[{"text": text, "intent": intent,
                          "confidence": confidence}], entities={}, frustrated=False, wants_human=False,
                          distribution=distribution or {})


def _read(text: str, intent: str, confidence: float, dialogue: dict = CANCEL, distribution: dict | None = None):
    return read_in_context(_reading(intent, confidence, text, distribution), dialogue, text)


def test_identity_details_keep_the_topic_with_the_conversations_confidence():
    for text in ("Sure, my name is Ana Lopez and my zip code is 80273.", "Of course! I'm Tom Berg from Austin, 73301.",
                 "my email is tom.berg77@example.org", "Priya Natarajan"):
        reading, how = _read(text, "out_of_scope", 0.97)
        assert (reading.intent, how) == ("cancel_order", "detail"), text
        assert CONFIDENT <= reading.confidence <= 0.93
        assert reading.questions == [{"text": text, "intent": "cancel_order", "confidence": reading.confidence}]


def test_an_order_number_or_a_correction_answers_the_agent_even_when_the_fragment_reads_as_a_problem():
    for text in ("The order number is 4417730.", "it's #W5566778", "oops, I forgot the letter at the start",
                 "My mistake, the correct order id is 4417731."):
        reading, how = _read(text, "wrong_item", 0.88)
        assert reading.intent == "cancel_order" and how == "detail", text


def test_not_having_what_was_asked_for_is_an_answer_too_whatever_the_apostrophe():
    for text in ("I don’t have the order number with me right now.", "Sorry, I can't remember the order ID."):
        assert is_detail_reply(text), text
        assert _read(text, "order_status", 0.64)[0].intent == "cancel_order"
    # ...even asked to look it up: during an exchange it was read as a new status question and the exchange was lost
    text = "Oh, I don't know the order id. Can you find it with my email?"
    assert is_detail_reply(text) and _read(text, "order_status", 1.0)[0].intent == "cancel_order"
    assert not is_detail_reply("I don't know what size to get")
    # ...said with a hedge: "can't seem to find the order ID" was read alone as the newest order's status (0.98)
    for text in ("Hmm, I can't seem to find the order ID in my emails.", "I'm not sure about the order number, sorry.",
                 "not sure I have that on me right now"):
        assert is_detail_reply(text), text
        assert _read(text, "order_status", 0.98)[0].intent == "cancel_order", text
    assert not is_detail_reply("I'm not sure about the sizing")


def test_a_slip_of_the_customers_own_put_right_is_no_problem_reported():
    from graph.dialogue.slots import reports_problem

    # "sorry wrong order, I meant the one before" was read as goods sent in error and handed over
    for text in ("sorry wrong order, I meant the one before", "oops wrong number, it's NB109036",
                 "oh wrong one, I meant the jeans"):
        assert not reports_problem(text), text
        assert _read(text, "wrong_item", 0.6)[0].intent == "cancel_order", text
    for text in ("sorry the wrong item arrived", "no, the wrong one came", "sorry, I meant to say it arrived damaged"):
        assert reports_problem(text), text


def test_a_yes_answers_the_agent_whatever_the_model_reads_in_it():
    text = "Yes, that is correct. Please go ahead and make the updates."
    assert _read(text, "wrong_item", 0.9)[0].intent == "cancel_order"


def test_a_yes_that_asks_something_new_is_its_own_request_but_a_yes_that_elaborates_is_not():
    reading, how = _read("Yes. And could I also get the jacket in another colour?", "exchange", 0.86)
    assert (reading.intent, how) == ("exchange", None)
    text = "Yes, that's right, I'd like the money back on the card I paid with once it is done."
    assert _read(text, "refund_request", 0.8)[0].intent == "cancel_order"
    text = "No, I'd rather send the whole thing back for a refund instead of waiting"
    assert _read(text, "return_request", 0.9)[0].intent == "return_request"


def test_an_ok_that_opens_a_question_without_its_mark_is_its_own_request():
    """"ok how do I reset my password then" after an order answer got the order listing: the "ok" took it for a yes."""
    reading, how = _read("ok how do I reset my password then", "account_help", 0.97)
    assert (reading.intent, how) == ("account_help", None)
    assert _read("ok thanks that's great", "out_of_scope", 0.9)[0].intent == "cancel_order"
    # a question about what was said ("it") asks of the topic
    assert _read("ok and what if it doesn't come", "return_request", 0.9)[0].intent == "cancel_order"


def test_a_short_fragment_mid_conversation_is_not_chit_chat():
    status = {"topic": "refund_status", "topic_confidence": 0.9}
    reading, how = _read("sam_k_1990", "out_of_scope", 0.8, status, {"out_of_scope": 0.8, "refund_status": 0.1})
    assert reading.intent == "refund_status" and how == "follow_up"


def test_a_choice_answers_which_one_when_the_agent_asked():
    asked = {**CANCEL, "awaiting": ["choice"]}
    for text in ("the navy one please", "I'll take the larger one in grey"):
        reading, how = _read(text, "product_info", 0.55, asked)
        assert reading.intent == "cancel_order" and how == "detail", text


def test_how_the_money_comes_back_is_part_of_a_return_not_a_new_refund_request():
    dialogue = {"topic": "return_request", "topic_confidence": 0.88}
    for text in ("Please refund it to my original payment method.", "Can the money go back to the same card I paid with?",
                 "refund that onto store credit instead", "Put the refund on a different payment method please."):
        reading, how = _read(text, "refund_request", 0.95, dialogue)
        assert (reading.intent, how) == ("return_request", "refund_route"), text
    cancelling = {"topic": "cancel_order", "topic_confidence": 0.95}
    reading, how = _read("why do I only get a refund to my card and not paypal?", "refund_status", 0.74, cancelling)
    assert (reading.intent, how) == ("cancel_order", "refund_route")


def test_a_few_words_that_ask_nothing_during_an_order_action_say_which_goods_or_why():
    returning = {"topic": "return_request", "topic_confidence": 1.0}
    # ...and a longer reason that asks nothing
    # ...and goods named as the answer ("It was the hiking boots and a fleece" was answered with a care guide)
    for text in ("the jeans", "they're too big", "in XL", "the sole is fine I just don't like them",
                 "honestly they just don't fit me well at all", "It was the hiking boots and a fleece",
                 "Navy would be great, same size."):
        reading, how = _read(text, "sizing", 0.9, returning)
        assert (reading.intent, how) == ("return_request", "detail"), text
    # a question about the goods is still one of its own, and outside an order action a goods word is its own ask
    assert _read("what sizes do the jeans come in?", "sizing", 0.95, returning)[0].intent == "sizing"
    assert _read("they don't fit, what size should I get instead?", "sizing", 0.95, returning)[0].intent == "sizing"
    assert _read("it was the hiking boots, are they waterproof", "product_info", 0.95, returning)[0].intent == "product_info"
    status = {"topic": "order_status", "topic_confidence": 0.95}
    assert _read("the jeans", "sizing", 0.9, status)[1] != "detail"


def test_the_colour_or_size_wanted_said_as_a_wish_in_a_sentence_or_two_is_a_detail_of_the_exchange():
    exchanging = {"topic": "exchange", "topic_confidence": 1.0}
    # "the slide sandals. I'd like them in black rather than tan" was told the help center had nothing on it
    for text in ("the trail runners. I'd like them in black rather than grey",
                 "The jacket I have is navy, size small. I would like a medium instead.",
                 "I'll go with the olive one in a large, same style as before please."):
        assert _read(text, "product_info", 0.91, exchanging)[0].intent == "exchange", text
    # ...but a question about them is its own, and so is a long message naming a colour by the way
    assert _read("is the navy one warmer than the black one for winter hiking?", "product_info", 0.91,
                 exchanging)[0].intent == "product_info"
    # ...and the goods had, described, and the price difference's payment said beside the size wanted
    assert _read("They're brown leather, size 9, I got them maybe two weeks ago", "sizing", 0.96,
                 exchanging)[0].intent == "exchange"
    text = "I'd like the same one but in a large, and if there's a price difference please put it on my original card."
    assert _read(text, "payment_methods", 0.76, exchanging)[0].intent == "exchange"
    assert _read(text, "payment_methods", 0.76, {"topic": "return_request", "topic_confidence": 1.0})[0].intent == (
        "payment_methods")  # only an exchange has a price difference
    long_text = ("I'd like to know more about how the black version is made, the fabric, where it is sewn, and whether "
                 "it is treated with anything before it ships")
    assert _read(long_text, "product_info", 0.91, exchanging)[0].intent == "product_info"


def test_a_short_follow_up_continues_the_topic_but_a_confident_new_question_is_its_own():
    status = {"topic": "order_status", "topic_confidence": 0.95}
    reading, how = _read("and when will it get here?", "shipping_info", 0.45, status,
                         {"shipping_info": 0.45, "order_status": 0.3, "shipping_delay": 0.1, "sizing": 0.15})
    assert (reading.intent, how) == ("order_status", "follow_up") and reading.confidence >= CONFIDENT
    assert _read("Also, do you ship to Canada?", "shipping_info", 0.95, status)[0].intent == "shipping_info"


def test_a_fragment_naming_no_subject_asks_of_the_topic_however_surely_it_reads_alone_as_another():
    shipping = {"topic": "shipping_info", "topic_confidence": 0.99}
    reading = _reading("product_info", 0.99, "and how much?", {"product_info": 0.99, "shipping_info": 0.01})
    reading.questions[0]["subject_before"] = "do you ship to australia? how long does it take?"
    reading, how = read_in_context(reading, shipping, "and how much?")
    assert (reading.intent, how) == ("shipping_info", "follow_up")
    assert reading.questions[0]["text"] == "do you ship to australia? how long does it take? and how much?"
    # a fragment that names a subject of its own is a new question
    assert _read("and do you sell gift cards?", "product_info", 0.95, shipping)[0].intent == "product_info"


def test_a_long_unrelated_message_is_not_pulled_into_the_topic():
    status = {"topic": "order_status", "topic_confidence": 0.95}
    text = "I was wondering whether your winter jackets run small, because last year I had to size up twice"
    reading, how = _read(text, "sizing", 0.6, status, {"sizing": 0.6, "product_info": 0.3, "order_status": 0.1})
    assert (reading.intent, how) == ("sizing", None)


def _over_21_intents(named: dict[str, float]) -> dict[str, float]:
    """The named probabilities, the rest of the mass spread over other intents up to the model's 21."""
    others = [f"other_{i}" for i in range(21 - len(named))]
    return {**named, **dict.fromkeys(others, (1 - sum(named.values())) / len(others))}


def test_a_longer_request_the_model_reads_as_the_topic_is_as_sure_as_the_conversation_makes_it():
    text = "Sorry, I can't find that number anywhere, but please stop the whole thing, I really don't want it now"
    distribution = _over_21_intents({"cancel_order": 0.46, "order_status": 0.25, "refund_request": 0.2})
    reading, how = _read(text, "cancel_order", 0.46, CANCEL, distribution)
    assert (reading.intent, how) == ("cancel_order", "follow_up") and CONFIDENT <= reading.confidence <= 0.93


def test_a_longer_request_the_model_reads_as_something_else_is_not_pulled_into_the_topic():
    text = "Separately, I was also wondering whether the wool jumper I saw online runs true to size or small"
    distribution = _over_21_intents({"sizing": 0.6, "product_info": 0.3, "cancel_order": 0.005})
    reading, how = _read(text, "sizing", 0.6, CANCEL, distribution)
    assert (reading.intent, how) == ("sizing", None)


def test_a_reported_problem_is_news_not_a_continuation():
    status = {"topic": "order_status", "topic_confidence": 0.95}
    # ...and so is a hole in the goods ("the shirt has a hole in it" was taken as which order, after "which one?")
    for text in ("it arrived broken", "yes but the box was empty, the item is missing", "the shirt has a hole in it"):
        reading, how = _read(text, "damaged_item", 0.6, status)
        assert how is None and reading.intent == "damaged_item", text


def test_nothing_to_continue_without_a_confident_topic():
    text = "my zip is 80273"
    assert _read(text, "sizing", 0.3, {})[0].intent == "sizing"
    assert _read(text, "sizing", 0.3, {"topic": "order_status", "topic_confidence": 0.5})[0].intent == "sizing"


def test_the_topic_moves_only_with_a_confident_reading_of_the_message_itself():
    kept = next_dialogue(CANCEL, _reading("cancel_order", 0.84), "detail")
    assert kept["topic_confidence"] == 0.93 and kept["order_id"] == "NB100200"
    moved = next_dialogue(CANCEL, _reading("sizing", 0.91), None)
    assert (moved["topic"], moved["order_id"]) == ("sizing", None)
    unsure = next_dialogue(CANCEL, _reading("sizing", 0.4), None)
    assert unsure["topic"] == "cancel_order"
    greeting = next_dialogue(CANCEL, _reading("out_of_scope", 0.99), None)
    assert greeting["topic"] is None  # chit-chat is no subject to continue: the next message stands alone


def test_a_message_answered_as_two_order_actions_opens_the_likelier_as_the_topic():
    # "I ordered a sweater but want a different colour, is that possible?": an exchange or a cancellation, each unsure
    # alone (two_readings.py); the goods said next ("It's the merino crew neck...") got the crew socks
    text = "I ordered a sweater but want a different colour, is that possible?"
    pair = _reading("exchange", 0.68, text)
    pair.questions = [{"text": text, "intent": "exchange", "confidence": 0.97, "one_of": True},
                      {"text": text, "intent": "cancel_order", "confidence": 0.97, "one_of": True}]
    opened = next_dialogue({}, pair, None, text)
    assert (opened["topic"], opened["topic_confidence"]) == ("exchange", 0.97)
    # ...or an action and the order's status ("I placed an order yesterday and want to add something to it")
    pair.questions[1] = {"text": text, "intent": "order_status", "confidence": 0.97, "one_of": True}
    assert next_dialogue({}, pair, None, text)["topic"] == "exchange"
    # ...never a pair whose other reading is about no order, nor one led by a question
    pair.questions[1] = {"text": text, "intent": "product_info", "confidence": 0.97, "one_of": True}
    assert next_dialogue({}, pair, None, text).get("topic") is None
    status = _reading("order_status", 0.68, text)
    status.questions = [{"text": text, "intent": "order_status", "confidence": 0.97, "one_of": True},
                        {"text": text, "intent": "cancel_order", "confidence": 0.97, "one_of": True}]
    assert next_dialogue({}, status, None, text).get("topic") is None


def test_a_question_about_the_goods_leaves_an_exchange_open_and_a_size_by_its_number_continues_it():
    exchange = {"topic": "exchange", "topic_confidence": 0.99, "awaiting": ["confirmation"], "order_id": "NB100300"}
    asked = next_dialogue(exchange, _reading("sizing", 0.93), None, "what sizes do you have?")
    assert (asked["topic"], asked["order_id"]) == ("exchange", "NB100300")  # answered, and the exchange goes on
    reading, how = _read("the 32 then", "sizing", 0.94, {**asked, "awaiting": []})
    assert (reading.intent, how) == ("exchange", "detail")
    assert next_dialogue(CANCEL, _reading("sizing", 0.91), None)["topic"] == "sizing"  # other flows: a new subject
    assert "choice" in read_slots("the 32 then").kinds and "choice" not in read_slots("I need it by the 12th").kinds
    assert "choice" not in read_slots("is it still within the 30 day window?").kinds


def test_a_continuation_that_acts_on_an_order_moves_the_topic_to_that_member_of_its_family():
    # "ok, and how do I start one?" after the return policy: the next detail ("the anorak") is about the return
    policy = {"topic": "return_policy", "topic_confidence": 0.99, "awaiting": [], "order_id": None}
    started = next_dialogue(policy, _reading("return_request", 0.98), "agreement")
    assert started["topic"] == "return_request" and started["topic_confidence"] == 0.99
    # never the other way: a question about the policy in a return keeps the return
    asked = next_dialogue({**policy, "topic": "return_request"}, _reading("return_policy", 0.98), "follow_up")
    assert asked["topic"] == "return_request"


def test_a_continuation_naming_no_order_is_about_the_order_in_focus_unless_the_agent_asked_which():
    assert order_in_focus(CANCEL, {"context": "follow_up"}) == "NB100200"
    assert order_in_focus(CANCEL, {"context": None}) is None
    assert order_in_focus({**CANCEL, "awaiting": ["order_number"]}, {"context": "detail"}) is None
    # all of them asked for: not the one the last answer was about
    assert order_in_focus(CANCEL, {"context": "follow_up", "text": "show me all my orders please"}) is None


def test_a_new_request_pointing_back_at_the_order_discussed_is_about_it_unless_it_names_goods():
    assert order_in_focus(CANCEL, {"context": None, "text": "can I just cancel it then"}) == "NB100200"
    assert order_in_focus(CANCEL, {"context": None, "text": "can I return the boots in it instead?"}) is None
    assert order_in_focus(CANCEL, {"context": None, "text": "where is my other order?"}) is None
    kept = next_dialogue(CANCEL, _reading("cancel_order", 0.99), None, "can I just cancel it then")
    assert kept["order_id"] == "NB100200"
    assert next_dialogue(CANCEL, _reading("cancel_order", 0.99), None, "cancel my other order")["order_id"] is None


def test_a_policy_question_pointing_at_the_goods_of_an_order_action_is_a_request_for_them():
    exchanging = {"topic": "exchange", "topic_confidence": 1.0, "order_id": "NB100200"}
    reading, how = _read("actually can I just return it instead?", "return_policy", 0.99, exchanging)
    assert (reading.intent, how) == ("return_request", "follow_up")
    # naming nothing of the goods in hand, it stays a question about the policy
    assert _read("what is your return policy for sale items?", "return_policy", 0.99, exchanging)[0].intent == (
        "return_policy")
    # what sending it back costs is the policy's: "and is it free?" during a return proposed none of its own
    returning = {"topic": "return_request", "topic_confidence": 1.0, "order_id": "NB100200"}
    for text in ("and is it free?", "does it cost anything to send them back?"):
        assert _read(text, "return_policy", 0.99, returning)[0].intent == "return_policy"


def test_a_short_question_naming_nothing_else_is_still_about_the_order_discussed():
    for text in ("will I get an email?", "how long will the money take?", "what's the tracking number?"):
        assert order_in_focus(CANCEL, {"context": None, "text": text}) == "NB100200", text
        assert next_dialogue(CANCEL, _reading("order_status", 0.99), None, text)["order_id"] == "NB100200", text
    for text in ("where is my order?", "can I return something?", "what about NB100300?", "I'd like an email",
                 "can you also tell me when my other parcel will arrive, it was due on monday?"):
        assert order_in_focus(CANCEL, {"context": None, "text": text}) is None, text


def test_a_bare_address_answers_the_agents_question_where_the_order_should_go():
    moving = {"topic": "change_address", "topic_confidence": 0.95}
    for text in ("6906 Sunset Blvd, Brisbane, QLD 4076", "6 Meadow Road, Leeds, LS1 4RU",
                 "742 Evergreen Terrace, Springfield, IL 62704"):
        assert _read(text, "out_of_scope", 0.9, moving)[0].intent == "change_address", text
    text = "Brisbane is lovely this time of year"
    assert _read(text, "out_of_scope", 0.9, moving)[0].intent == "out_of_scope"


def test_the_family_is_the_conversations_but_the_member_is_what_the_message_asks():
    policy = {"topic": "return_policy", "topic_confidence": 0.99}
    reading, how = _read("ok and how do I start one", "return_request", 0.88, policy)
    assert (reading.intent, how) == ("return_request", "agreement")
    assert reading.questions[0]["intent"] == "return_request"
    # a plain yes goes on with what was proposed, whatever member the model reads in it
    exchange = {"topic": "exchange", "topic_confidence": 0.95}
    assert _read("Yes, please go ahead.", "return_request", 0.9, exchange)[0].intent == "exchange"


def test_a_follow_up_naming_an_order_asks_the_member_that_acts_on_orders():
    policy = {"topic": "return_policy", "topic_confidence": 0.99}
    reading, how = _read("the boots from my last order", "return_policy", 0.55, policy,
                         {"return_policy": 0.55, "return_request": 0.1, "order_status": 0.25, "wrong_item": 0.1})
    assert (reading.intent, how) == ("return_request", "follow_up")
    # without an order named, a follow-up about the policy stays a policy question
    reading, _ = _read("and what about sale items?", "return_policy", 0.6, policy)
    assert reading.intent == "return_policy"


def test_a_message_that_opens_as_a_question_is_not_an_answer_to_the_agent_even_without_a_question_mark():
    status = {"topic": "order_status", "topic_confidence": 0.99, "awaiting": ["anything_else"]}
    reading, how = _read("can I change where the driver leaves it", "shipping_info", 0.97, status)
    assert (reading.intent, how) == ("shipping_info", None)
    cancel = {**CANCEL, "awaiting": ["confirmation"]}
    assert _read("actually can I just change it to a medium instead", "cancel_order", 0.6, cancel)[1] != "detail"
    reading, how = _read("the one with the boots", "wrong_item", 0.6, status)
    assert (reading.intent, how) == ("order_status", "detail")


def test_an_exchange_already_acts_on_an_order_so_naming_one_keeps_it_an_exchange():
    exchange = {"topic": "exchange", "topic_confidence": 0.95, "awaiting": ["order_number"]}
    reading, how = _read("I don't remember the order ID right now", "return_request", 0.5, exchange)
    assert reading.intent == "exchange" and how is not None


def test_a_statement_that_asks_for_something_new_answers_no_question_of_the_agents():
    asked_which = {"topic": "order_status", "topic_confidence": 0.99, "awaiting": ["order_number"]}
    reading, how = _read("I'd like to exchange the one from my last order for a bigger size", "exchange", 1.0,
                         asked_which)
    assert (reading.intent, how) == ("exchange", None)  # its own request, read as the model reads it
    reading, how = _read("it's the one from my last order", "order_status", 0.6, asked_which)
    assert (reading.intent, how) == ("order_status", "detail")  # a plain answer still answers the agent


def test_another_order_said_by_its_goods_after_an_order_answer_is_that_order_not_a_product_question():
    """"What about the one with the boots?" after an order's status got "not in our help center"."""
    status = {"topic": "order_status", "topic_confidence": 0.95}
    reading, how = _read("What about the one with the boots?", "product_info", 0.75, status)
    assert (reading.intent, how) == ("order_status", "follow_up")
    assert _read("what boots do you sell?", "product_info", 0.95, status)[0].intent == "product_info"


def test_an_order_said_by_when_it_was_placed_answers_the_agent_and_a_part_of_the_order_points_back_at_it():
    """"It's the order from November" during an exchange turned into a status question; "could you tell me the tracking
    number?" after an order's contents was answered about no order in particular."""
    from graph.dialogue.continuation import points_back_at_the_order

    exchanging = {"topic": "exchange", "topic_confidence": 1.0, "order_id": "NB1"}
    assert is_detail_reply("It's the order from November") and is_detail_reply("the order I placed on monday")
    assert _read("It's the order from November", "order_status", 0.96, exchanging)[0].intent == "exchange"
    assert not is_detail_reply("where is my order from last week?")
    assert points_back_at_the_order("Great, thanks. Also could you tell me the tracking number?")
    assert not points_back_at_the_order("what is the tracking number for my other order?")


def test_an_order_said_by_its_month_is_not_the_order_the_last_answer_was_about():
    turn = {"text": "It's the order from November", "context": "detail"}
    assert order_in_focus({"topic": "exchange", "order_id": "NB109419", "awaiting": []}, turn) is None
    assert order_in_focus({"topic": "exchange", "order_id": "NB109419", "awaiting": []},
                          {"text": "the jeans", "context": "detail"}) == "NB109419"


def test_a_code_said_after_its_question_names_no_one():
    """"it's WELCOME10", after a reply about codes that fail, was read as a name and answered "you're signed in, so I
    already know your account": a name's words are letters."""
    assert "name" not in read_slots("it's WELCOME10").kinds and "name" not in read_slots("it's R2D2").kinds
    for named in ("it's Ana", "my name is Ana García-López", "it's O'Brien", "I'm Jean-Luc Picard"):
        assert "name" in read_slots(named).kinds, named


def test_a_zip_code_given_about_an_address_is_the_address_s_not_who_the_customer_is():
    """"83702" after "I typed the wrong zip code on my order" got "you're signed in, so I already know your account"."""
    from graph.dialogue.follow_up import acknowledgement

    assert acknowledgement("83702", "", signed_in=True, language="en", about_address=True) is None
    assert "already know your account" in acknowledgement("my zip is 83702", "", signed_in=True, language="en")


def test_lets_do_another_action_is_a_request_of_its_own():
    """"Let's cancel the entire order, then I'll place a new one." after "which size would you like instead?" (an
    exchange) was read as a detail of the exchange and got "I think I've told you all I can"."""
    exchange = {"topic": "exchange", "topic_confidence": 0.95, "awaiting": ["choice"]}
    reading, how = _read("Let's cancel the entire order, then I'll place a new one.", "cancel_order", 0.99, exchange)
    assert (reading.intent, how) == ("cancel_order", None)


def test_a_few_words_about_it_leave_the_topic_only_when_they_read_surely_as_another_request():
    """"is it too late?" after a return proposed was read as a late parcel (0.71) and got the order's tracking."""
    returning = {"topic": "return_request", "topic_confidence": 0.99, "awaiting": ["confirmation"]}
    reading, how = _read("is it too late?", "shipping_delay", 0.71, returning)
    assert reading.intent == "return_request" and how == "follow_up"
    reading, how = _read("is the parcel lost?", "lost_package", 0.95, returning)  # read surely alone: its own request
    assert (reading.intent, how) == ("lost_package", None)


def test_a_question_after_a_word_of_assent_is_a_new_request_not_an_answer():
    """"fine, how do I return it then" after a delivered order's status (which asked a question of its own) was read
    as an answer to it and got the status again."""
    status = {"topic": "order_status", "topic_confidence": 0.99, "awaiting": ["answer"], "order_id": "NB100200"}
    for text in ("fine, how do I return it then", "alright, can I return it instead", "no, how do I send it back"):
        reading, how = _read(text, "return_request", 0.99, status)
        assert (reading.intent, how) == ("return_request", None), text
    reading, how = _read("fine, it arrived yesterday", "order_status", 0.6, status)  # a statement answers
    assert (reading.intent, how) == ("order_status", "detail")


def test_a_colour_said_alone_in_an_exchange_stays_with_the_order_it_was_about():
    """"navy" after "I'd like to exchange my sweater for a different colour" (told it is outside the window) read alone
    as an exchange, and the newest order's jeans were offered instead."""
    exchange = {"topic": "exchange", "topic_confidence": 0.99, "awaiting": [], "order_id": "NB100200"}
    reading = _reading("exchange", 0.99, "navy")
    assert next_dialogue(exchange, reading, None, "navy")["order_id"] == "NB100200"
    assert order_in_focus(exchange, {"text": "navy", "context": None}) == "NB100200"
    # a new request, or a colour asked of another topic, leaves it
    assert next_dialogue(exchange, _reading("order_status", 0.99), None, "where is my parcel?")["order_id"] is None
    status = {**exchange, "topic": "order_status"}
    assert order_in_focus(status, {"text": "navy", "context": None}) is None


def test_a_question_about_the_goods_after_another_about_them_is_its_own_whatever_its_few_words():
    # "ok how much is it" after the chino's sizes asks its price: it got "I've told you all I can" about the size chart
    sizing = {"topic": "sizing", "topic_confidence": 1.0, "awaiting": []}
    for text in ("ok how much is it", "how much is it?"):
        assert _read(text, "product_info", 0.99, sizing)[0].intent == "product_info"
    # ...and a size question after the product's stock is the size chart's
    stock = {"topic": "product_info", "topic_confidence": 1.0, "awaiting": []}
    assert _read("what sizes?", "sizing", 0.95, stock)[0].intent == "sizing"


def test_an_order_named_by_where_it_stands_among_them_answers_the_agent_and_keeps_the_topic():
    # "it's for my newest order" after an address change was refused got that order's delivery status
    address = {"topic": "change_address", "topic_confidence": 0.99, "awaiting": [], "order_id": "NB100200"}
    reading, how = _read("it's for my newest order", "order_status", 0.99, address)
    assert (reading.intent, how) == ("change_address", "detail")
    assert read_slots("my latest one please").is_detail_reply
    assert not read_slots("where is my newest order").is_detail_reply  # a question of its own
    assert not read_slots("the boots from my last order").kinds  # goods named: what to act on, not only which order


def test_which_order_said_by_its_place_among_the_customers_during_an_action_keeps_the_action_and_chooses_anew():
    """"from my last order" after "I want to exchange an item" was read alone as that order's status, and the
    exchange stayed on the order the last answer was about."""
    exchanging = {"topic": "exchange", "topic_confidence": 1.0, "awaiting": [], "order_id": "NB100200"}
    reading, how = _read("from my last order", "order_status", 0.92, exchanging)
    assert reading.intent == "exchange" and how == "detail"
    # ...said with a hedge ("I believe they were in my last order" got the last order's status during a return)
    hedged, how = _read("I believe they were in my last order.", "order_status", 0.98, exchanging)
    assert hedged.intent == "exchange" and how == "detail"
    assert order_in_focus(exchanging, {"context": "detail", "text": "from my last order"}) is None
    # a question of its own is no detail
    asked, _ = _read("from my last order, can you check where it is?", "order_status", 0.95, exchanging)
    assert asked.intent == "order_status"


def test_why_the_goods_go_back_said_after_the_return_policy_asks_for_a_return_of_them():
    """"they just don't fit me right" after "can I return my jeans?" (answered from the policy) got the jeans' size chart,
    and "the colour looks nothing like the photos" went to a person as goods sent in error."""
    policy = {"topic": "return_policy", "topic_confidence": 1.0, "awaiting": []}
    for text, read_as in (("they just don't fit me right", "sizing"), ("ok the sweater just isn't for me", "return_policy"),
                          ("The colour looks nothing like the photos", "wrong_item"), ("I ordered the wrong size", "sizing")):
        reading, how = _read(text, read_as, 0.99, policy)
        assert (reading.intent, how) == ("return_request", "detail"), text
    # a question of its own, or a problem reported, is not a reason
    assert _read("do they run small?", "sizing", 0.99, policy)[0].intent == "sizing"
    assert _read("they arrived torn", "damaged_item", 0.99, policy)[0].intent == "damaged_item"


def test_a_reason_said_during_a_return_stays_with_its_order():
    """"I ordered the wrong size" after a return of the dress was refused read alone as a new return, and the newest
    order's goods were proposed instead; "I got the wrong size" stays goods sent in error."""
    returning = {"topic": "return_request", "topic_confidence": 1.0, "awaiting": [], "order_id": "NB100200"}
    reading, how = _read("I ordered the wrong size", "return_request", 0.99, returning)
    assert how == "detail"
    assert order_in_focus(returning, {"text": "I ordered the wrong size", "context": how}) == "NB100200"
    assert read_slots("I ordered the wrong size").problem is False
    assert read_slots("I got the wrong size").problem is True


def test_the_goods_a_reason_is_told_of_are_its_subject_never_a_property_of_them():
    assert reason_subject("ok the sweater just isn't for me") == "the sweater"
    assert reason_subject("the linen shirt I got is too big") == "the linen shirt"
    assert reason_subject("honestly the jacket doesn't suit me") == "the jacket"
    assert reason_subject("The colour looks nothing like the photos") is None  # a property, no goods
    assert reason_subject("they just don't fit me right") is None  # the goods were named before
    assert reason_subject("is the sweater too small for me?") is None  # a question, no reason


def test_why_an_order_is_cancelled_is_a_detail_of_the_cancellation():
    """"I found it cheaper somewhere else" after "I want to cancel my order" was read as a product question ("I couldn't
    find any somewhere in our catalogue")."""
    for text in ("I found it cheaper somewhere else", "ordered it by mistake"):
        reading, how = _read(text, "product_info", 0.88)
        assert (reading.intent, how) == ("cancel_order", "detail"), text
