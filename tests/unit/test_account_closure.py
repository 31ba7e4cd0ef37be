"""Closing an account is searched for as deleting it (graph/reasoning/account_closure.py). Messages written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.account_closure import CLOSURE_SEARCH, asks_to_close_account, with_account_closure


@pytest.mark.parametrize(("text", "closes"), [
    ("I'd like to close my account", True),  # got the locked-or-hacked article
    ("please deactivate my account", True), ("how do I close my account?", True),
    ("can you cancel my northbound account", True),
    # a closure done to the customer, a lock or break-in, or something else closed
    ("why was my account closed?", False), ("someone closed my account", False),
    ("my account got locked, can you close it", False), ("close my order", False),
])
def test_an_account_to_close_is_searched_for_as_the_deletion_it_is(text, closes):
    assert asks_to_close_account(text) is closes
    assert with_account_closure(text) == (f"{text} {CLOSURE_SEARCH}" if closes else text)
