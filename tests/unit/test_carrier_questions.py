"""Which carrier the store ships with is the shipping question, answered by the list of carriers
(graph/reasoning/carrier_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.carrier_questions import asks_which_carrier, read_carrier_question
from graph.reasoning.offline.drafting import compose
from tests.unit.test_drafting import _request, article_passage


@pytest.mark.parametrize("text", ["what carrier do you use?", "which courier do you ship with?", "do you ship with UPS?",
                                  "who delivers your parcels?", "do you use fedex for express?"])
def test_which_carrier_the_store_uses(text):
    assert asks_which_carrier(text)


@pytest.mark.parametrize("text", ["which carrier is my order with?", "what carrier does my tracking number belong to?",
                                  "the carrier says they need a signature", "just ordered NB105763. Which carrier has it?",
                                  "and which carrier is it with?"])  # after its status: the parcel's carrier
def test_the_customers_own_parcel_or_a_carriers_message_is_not(text):
    assert not asks_which_carrier(text)


def test_its_reading_moves_to_the_shipping_question_and_a_persons_reading_keeps_its_mass():
    """"what carrier do you use?" read 0.38 and went to a person."""
    read = read_carrier_question({"shipping_info": 0.38, "order_status": 0.32, "complaint": 0.3}, "what carrier do you use?")
    assert read["shipping_info"] == pytest.approx(0.7) and read["complaint"] == pytest.approx(0.3)


def test_the_reply_is_the_list_of_carriers():
    passages = [article_passage("delivery-instructions"), article_passage("shipping-overview"),
                article_passage("track-your-order")]
    reply = compose(_request("what carrier do you use?", "shipping_info", passages=passages)).text
    assert "Carriers we use" in reply and "USPS" in reply, reply
