"""Something that did not come, and the help center's headings for when it does not (offline/troubleshooting.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.offline.troubleshooting import for_when_it_did_not_come, says_it_did_not_come


@pytest.mark.parametrize("text", [
    "I tried resetting my password but never got the email", "I still haven't received my refund",
    "the return label didn't come through", "no sign of the confirmation", "still nothing from you",
    "my refund has not been received", "refund still hasn't hit my account",
])
def test_a_thing_that_did_not_come_is_read_as_such(text):
    assert says_it_did_not_come(text)


@pytest.mark.parametrize("text", [
    "how do I reset my password?", "I got the email but the link expired", "when will my refund arrive?",
    "I received the wrong size",
])
def test_a_question_about_the_usual_way_is_not(text):
    assert not says_it_did_not_come(text)


def test_only_a_heading_that_asks_whether_it_has_not_come_is_that_section():
    assert all(map(for_when_it_did_not_come, ["No email?", "Still not there?", "Still missing?"]))
    assert not any(map(for_when_it_did_not_come, ["Already shipped?", "Between sizes?", "Reset link", "No returns"]))
