"""A delivered order the customer says they do not have is a parcel delivered but not received
(graph/reasoning/delivered_missing.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core import clock
from graph.nodes.score import _reported
from graph.reasoning.delivered_missing import says_delivered_order_missing
from graph.reasoning.problem_reports import DELIVERED_NOT_RECEIVED

DELIVERED = {"id": "NB1", "status": "delivered", "shipments": [{"delivered_at": "2026-11-29T12:00:00+00:00"}]}
ON_ITS_WAY = {"id": "NB2", "status": "in_transit", "shipments": [{"delivered_at": None}]}


@pytest.mark.parametrize("text", ["it's that one, I can't find it anywhere", "that one never arrived",
                                  "yes, I never got it", "it's not here", "the one that says delivered, I can't find it"])
def test_a_delivered_order_said_not_to_be_with_the_customer(text):
    assert says_delivered_order_missing(text, [DELIVERED])
    assert DELIVERED_NOT_RECEIVED in _reported(text, [DELIVERED], "en")


@pytest.mark.parametrize(("text", "language"), [
    ("je n'ai toujours pas reçu mon colis, commandé il y a 2 semaines", "fr"),  # got "check with your neighbours"
    ("no he recibido mi pedido", "es"),
    ("ich habe mein Paket nicht bekommen", "de"),
    ("il mio ordine non è ancora arrivato", "it"),
])
def test_a_delivered_order_said_missing_in_another_language_is_read_in_its_english_gloss(text, language):
    assert DELIVERED_NOT_RECEIVED in _reported(text, [DELIVERED], language)
    assert DELIVERED_NOT_RECEIVED not in _reported(text, [ON_ITS_WAY], language)


@pytest.mark.parametrize("text", [
    "I can't find my order number",  # a number, not the parcel
    "it says delivered but I haven't checked the mailbox yet",  # not looked yet
    "yes that one",
])
def test_nothing_said_missing_reports_nothing(text):
    assert not says_delivered_order_missing(text, [DELIVERED])
    assert not says_delivered_order_missing("I have not received my order confirmation", [DELIVERED])


def test_an_order_on_its_way_is_no_delivered_parcel_missing():
    assert not says_delivered_order_missing("I can't find it anywhere", [ON_ITS_WAY])
    assert not says_delivered_order_missing("I can't find it anywhere", [])


@pytest.mark.parametrize("text", ["I didn't get a shipping email. Is it possible to give me a time window?",
                                  "I signed up for the newsletter but never got a code"])
def test_an_email_or_a_code_not_received_is_no_parcel_missing(text):
    assert not says_delivered_order_missing(text, [DELIVERED])


def test_an_unnamed_order_delivered_weeks_ago_is_not_reported_missing_but_a_named_or_recent_one_is():
    # "my package hasn't arrived" from a customer whose last order came a month ago: the reply asks which order, so
    # handing that old order over as lost contradicted it; named, or delivered lately, it is the report it reads as
    with clock.replaying_at(datetime(2026, 12, 29, 12, tzinfo=UTC)):
        assert not says_delivered_order_missing("my package hasn't arrived", [DELIVERED], named=False)
        assert DELIVERED_NOT_RECEIVED not in _reported("my package hasn't arrived", [DELIVERED], "en", named=False)
        assert says_delivered_order_missing("my package hasn't arrived", [DELIVERED], named=True)
    with clock.replaying_at(datetime(2026, 12, 1, 12, tzinfo=UTC)):
        assert says_delivered_order_missing("my package hasn't arrived", [DELIVERED], named=False)
