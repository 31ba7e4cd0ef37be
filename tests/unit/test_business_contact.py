"""Jobs, wholesale, press and partnerships are out of scope, and the contact article says where they go
(graph/reasoning/business_contact.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.business_contact import asks_about_business, read_business_question
from graph.reasoning.offline.drafting import compose
from tests.unit.test_drafting import _request, article_passage


@pytest.mark.parametrize("text", [
    "are you hiring? I'd love to work for you",
    "is this where I apply for a job?",
    "hi! I run a boutique and want to stock your brand",
    "wholesale enquiry",
    "I'm a journalist writing about sustainable outdoor brands, who do I contact?",
    "interested in an influencer collab, 40k followers on IG",
    "hi, I run a small instagram account and would love to collab",  # was thanked as praise ("love")
    "do you sponsor events? we're a local trail running club",
    "do you have an affiliate program?",
    "¿tienen venta al por mayor?",
])
def test_doing_business_with_the_store_is_read_as_such(text):
    assert asks_about_business(text)


@pytest.mark.parametrize("text", [
    "is the collab hoodie back in stock?",  # goods of a collaboration
    "does the code work for you guys?",
    "I work for a boutique, where is my order?",  # a customer's own request beside it
    "my influencer friend recommended you, can I return the jacket?",
])
def test_goods_and_a_customers_own_request_are_not(text):
    assert not asks_about_business(text)


def test_its_reading_moves_to_out_of_scope_and_another_message_keeps_its_own():
    read = read_business_question({"promo_code": 0.6, "out_of_scope": 0.4}, "is this where I apply for a job?")
    assert read["out_of_scope"] == pytest.approx(1.0)
    unchanged = {"promo_code": 0.6, "out_of_scope": 0.4}
    assert read_business_question(unchanged, "my code doesn't work") is unchanged


def test_the_reply_says_where_to_write_from_the_contact_article_not_only_that_we_cant_help():
    """"are you hiring?" got "I'm Northbound's support assistant, so I can't help with that one" while the contact
    article says "For jobs, wholesale, press and partnerships write to ..."."""
    passages = [article_passage("contact-us")]
    reply = compose(_request("are you hiring? I'd love to work for you", "out_of_scope", passages=passages)).text
    assert "For jobs, wholesale, press and partnerships write to" in reply
    other = compose(_request("can you recommend a good pizza place?", "out_of_scope", passages=passages)).text
    assert "write to" not in other and "can't help with that" in other
