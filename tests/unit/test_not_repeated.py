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
