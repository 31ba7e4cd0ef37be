"""Which sentences of a message ask something (graph/reasoning/offline/engine.reads_as_ask): only those are
read as questions of their own, so a story told in several sentences gets one answer, not one per sentence."""

import pytest

from graph.reasoning.offline.engine import reads_as_ask


@pytest.mark.parametrize("sentence", [
    "where is my parcel", "Can you check order NB100001", "hi, could you send a new label",
    "and how long does a refund take", "btw do you ship to Canada", "any update on this",
    "I'd like to return the jacket", "please cancel it", "it arrived today?", "let me know when it ships",
])
def test_asks(sentence):
    assert reads_as_ask(sentence)


@pytest.mark.parametrize("sentence", [
    "I can't pick up a parcel if nobody rings the bell to let me know they're here", "It is three days late.",
    "They said it was delivered but it wasn't", "Don't worry about the other one.",
    "The tracking has not moved since Monday", "I could not find the label in the box",
])
def test_tells(sentence):
    assert not reads_as_ask(sentence)
