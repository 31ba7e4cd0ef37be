"""Sign-offs of several sentences and accounts at risk (graph/reasoning/signals.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.signals import account_at_risk, is_closing


@pytest.mark.parametrize("text", [
    "Thank you so much! That's all I needed.",
    "Great, appreciate it! That’s all I needed.",
    "Thank you for your help. That will be all for now. Take care.",
    "no worries", "Perfect, thank you!", "ok thanks bye",
])
def test_sign_offs_close_the_conversation(text):
    assert is_closing(text)


@pytest.mark.parametrize("text", [
    "thanks, but where is my order", "Thanks! Can you also check my refund?", "thank you, my order never arrived",
    "Great, thanks! I'd like to go with the bigger one", "thank you for nothing",
])
def test_a_thank_you_with_something_still_asked_is_not_a_sign_off(text):
    assert not is_closing(text)


@pytest.mark.parametrize("text", [
    "my account was hacked", "Someone changed the password on my account", "my account is locked",
    "still waiting on my account to be unlocked", "I can't confirm my identity to get back in",
    "mi cuenta está bloqueada",
])
def test_accounts_at_risk_go_to_a_person(text):
    assert account_at_risk(text)


@pytest.mark.parametrize("text", ["I forgot my password", "how do I update my account email", "log in problems"])
def test_ordinary_account_questions_are_not_at_risk(text):
    assert not account_at_risk(text)
