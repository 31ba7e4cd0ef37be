"""A reply that would say again what the last one said (graph/nodes/answer.py): what is said instead."""

from __future__ import annotations

from graph.nodes.answer import not_repeated

REFUSAL = "Hi Ana,\n\nOrder NB1 has already shipped, so its shipping address can no longer be changed."


def test_thanks_alone_gets_you_are_welcome_but_thanks_before_more_does_not():
    thanked = {"text": "Amazing, thanks for the quick reply", "draft": REFUSAL, "language": "en"}
    assert not_repeated(thanked, REFUSAL).startswith("You're welcome")
    more = {"text": "Thank you! It's the order with the desk lamp that I need to modify.", "draft": REFUSAL,
            "language": "en", "oms": {"orders": [{"id": "NB1"}]}}
    said = not_repeated(more, REFUSAL)
    assert not said.startswith("You're welcome") and "NB1" in said, said


ASK_ADDRESS = ("Hi Ana,\n\nOrder NB1 hasn't shipped yet, so I can change its address. Please send me the complete new "
               "address in one message.")


def test_an_address_without_its_zip_code_gets_the_address_asked_for_again_in_so_many_words():
    partial = {"text": "45 Elm Road Portland", "draft": ASK_ADDRESS, "language": "en",
               "oms": {"orders": [{"id": "NB1"}]}}
    said = not_repeated(partial, ASK_ADDRESS, awaiting=["address"])
    assert said.startswith("I couldn't read a complete address") and "ZIP code" in said, said
    assert "offer_person" in partial["actions_needed"]
    spanish = {"text": "Calle Mayor 5", "draft": ASK_ADDRESS, "language": "es", "oms": {"orders": [{"id": "NB1"}]}}
    assert not_repeated(spanish, ASK_ADDRESS, awaiting=["address"]).startswith("No he podido leer")


def test_thanks_beside_a_request_is_no_goodbye():
    """"ok thanks, please go ahead with the removal" once got "You're welcome!" while the agent still asked which order."""
    asked = "Hi Ana,\n\nYour most recent orders are NB1 (...). Which one is it?"
    turn = {"text": "ok thanks, please go ahead with the removal", "draft": asked, "language": "en"}
    said = not_repeated(turn, asked, ["order_number"])
    assert not said.startswith("You're welcome") and "which order" in said, said


def test_a_question_about_the_goods_mid_exchange_leaves_the_question_which_order_open():
    """"white please" after "what colours come in a 10?" once proposed an exchange of the latest order's sweater."""
    from graph.nodes.answer import after_reply

    exchanging = {"topic": "exchange", "topic_confidence": 1.0, "awaiting": ["order_number"]}
    product = {"intent": "product_info", "draft": "Here's what we have in sneakers right now: ...", "language": "en"}
    assert after_reply(exchanging, product)["awaiting"] == ["order_number"]
    status = {"topic": "order_status", "topic_confidence": 1.0, "awaiting": ["order_number"]}
    assert after_reply(status, product)["awaiting"] == []  # outside an order action the question is its own


ASK_ITEM = ("Hi Ana,\n\nWhich item of order NB1 would you like to exchange: 1 × Trail Tee (size S, white), $42.00; "
            "1 × Puffer Vest (size M, rust), $98.00?")


def test_goods_the_order_does_not_hold_get_the_choice_asked_for_again_not_told_all_i_can():
    """"it's the jacket, I want it one size bigger" when the order holds a tee and a vest drafted the same question
    again, and the guard against repeating answered "I think I've told you all I can"."""
    turn = {"draft": ASK_ITEM, "text": "it's the jacket, one size bigger", "language": "en",
            "oms": {"orders": [{"id": "NB1"}]}}
    said = not_repeated(turn, ASK_ITEM, awaiting=["choice"])
    assert said.startswith("I couldn't tell from that which one you mean") and "told you all" not in said


def test_a_reply_that_names_nothing_while_a_choice_is_open_is_told_what_was_said():
    turn = {"draft": ASK_ITEM, "text": "it's been 2 more days", "language": "en", "oms": {"orders": [{"id": "NB1"}]}}
    said = not_repeated(turn, ASK_ITEM, awaiting=["choice"])
    assert said.startswith("I think I've told you all I can about order NB1"), said


def test_a_cancellation_answered_as_an_exchange_goes_on_as_one():
    """"I ordered the wrong size, can I swap it before it ships?" about a delivered order got "Which size would you like
    instead?"; "I need M instead of XS" was then read in a cancellation and refused ("already delivered")."""
    from graph.nodes.answer import after_reply

    asked = {"draft": "Which size or colour of the Portside Oxford Shirt would you like instead of size XS?",
             "proposal": {"kind": "refusal", "action": "exchange_item", "code": "variant_needed", "order_id": "NB1"},
             "oms": {"orders": [{"id": "NB1"}]}, "intent": "cancel_order"}
    assert after_reply({"topic": "cancel_order", "awaiting": []}, asked)["topic"] == "exchange"
    refused = {**asked, "proposal": {"kind": "refusal", "action": "cancel_order", "code": "already_shipped"}}
    assert after_reply({"topic": "cancel_order", "awaiting": []}, refused)["topic"] == "cancel_order"
