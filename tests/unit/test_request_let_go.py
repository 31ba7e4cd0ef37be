"""A proposal let go in words rather than a no ("Actually, I changed my mind, I'll keep them") is declined: the
action is dropped and said not done (graph/nodes/confirm.py), never left waiting for a yes."""

from __future__ import annotations

from graph.nodes.confirm import confirm
from graph.reasoning.signals import is_closing, takes_back

PENDING = {"action": "create_return", "order_id": "NB100200", "customer_id": "C1", "key": "k1", "language": "en",
           "params": {}}


async def test_a_change_of_mind_drops_the_proposal():
    text = "Actually, I changed my mind, I'll keep them."
    assert is_closing(text) and takes_back(text)
    out = await confirm({"pending_action": PENDING, "customer_id": "C1",
                         "turn": {"text": text, "small_talk": "closing", "draft": "You're welcome!"}})
    assert out["pending_action"] is None
    assert "I haven't changed anything on order NB100200" in out["turn"]["draft"]


async def test_a_plain_goodbye_leaves_the_proposal_waiting():
    out = await confirm({"pending_action": PENDING, "customer_id": "C1",
                         "turn": {"text": "thanks", "small_talk": "closing", "draft": "You're welcome!"}})
    assert "pending_action" not in out


async def test_a_moment_asked_for_leaves_the_proposal_waiting():
    """"Hold on, let me check" while a return waited for a yes dropped it, and the yes after found nothing waiting."""
    from graph.reasoning.pause import asks_for_a_moment
    assert asks_for_a_moment("hold on, let me check my emails")
    out = await confirm({"pending_action": PENDING, "customer_id": "C1",
                         "turn": {"text": "hold on, let me check my emails", "small_talk": "pause",
                                  "draft": "Of course, take your time."}})
    assert "pending_action" not in out and out["turn"]["draft"] == "Of course, take your time."
