"""Where returns go is the store's address, not the customer's to change (graph/reasoning/returns_address.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.returns_address import asks_for_returns_address, read_returns_address


@pytest.mark.parametrize("text", [
    "what's your returns address? want to send it back myself",
    "what is your address for returns?",
    "where do I send my return to?",
    "what address do I send it back to",
    "whats ur return address",
    "what's the address i send returns to",
])
def test_a_question_for_the_stores_returns_address_is_read_as_such(text):
    assert asks_for_returns_address(text)


@pytest.mark.parametrize("text", [
    "can I change my address for the return pickup?",
    "my address is wrong on the return label",
    "what is your address?",  # no return named: left to the model
    "I need to update my delivery address",
    "where i send the parcel to is my office",  # no return named
])
def test_an_address_to_change_or_a_question_without_a_return_is_not(text):
    assert not asks_for_returns_address(text)


def test_the_address_change_reading_moves_to_the_return_policy():
    """How a return is sent answers it (the prepaid label carries the address): the return flow offered to return a
    delivered shirt nobody had asked to send back."""
    probs = {"change_address": 0.7, "return_request": 0.2, "shipping_info": 0.1}
    assert read_returns_address(probs, "what is your address for returns?") == pytest.approx(
        {"return_policy": 0.7, "return_request": 0.2, "shipping_info": 0.1})
    assert read_returns_address(probs, "please change my address") is probs
