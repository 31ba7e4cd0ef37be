"""How the replayed customer answers the agent (evals/target.simulated_answer): yes only to what the
ticket asked for, the historical address or the ticket's order when asked for one, nothing once the
conversation is over."""

from __future__ import annotations

from types import SimpleNamespace

from evals.target import simulated_answer


def transcript(route: str = "answer", pending: dict | None = None, proposal: dict | None = None, said=(),
               awaiting=()):
    state = {"pending_action": pending, "turn": {"proposal": proposal}, "dialogue": {"awaiting": list(awaiting)}}
    last = SimpleNamespace(route=route, state=state)
    return SimpleNamespace(last=last, simulated=list(said))


CANCEL = {"action": "cancel_order", "order_id": "NB1"}


def test_yes_only_to_a_proposal_the_ticket_asked_for():
    assert simulated_answer(transcript(pending=CANCEL), {"accepts": ["cancel_order"]}) == "yes"
    assert simulated_answer(transcript(pending=CANCEL), {"accepts": ["refund"]}) is None
    assert simulated_answer(transcript(pending=CANCEL), {}) is None


def test_the_address_once_when_the_agent_asks_for_it_and_nothing_after_a_handoff():
    asked = {"kind": "refusal", "code": "address_needed"}
    replay = {"new_address": "12 Oak St, Austin, TX 78701"}
    assert simulated_answer(transcript(proposal=asked), replay) == "12 Oak St, Austin, TX 78701"
    assert simulated_answer(transcript(proposal=asked, said=[replay["new_address"]]), replay) is None
    assert simulated_answer(transcript(route="escalate", pending=CANCEL), {"accepts": ["cancel_order"]}) is None
    assert simulated_answer(SimpleNamespace(last=None, simulated=[]), replay) is None


def test_the_tickets_order_once_when_the_agent_asks_which_order():
    replay = {"order_id": "NB108204"}
    assert simulated_answer(transcript(awaiting=["order_number"]), replay) == "It's order NB108204."
    assert simulated_answer(transcript(awaiting=["order_number"], said=["It's order NB108204."]), replay) is None
    assert simulated_answer(transcript(awaiting=["order_number"]), {}) is None  # a ticket about no order
    assert simulated_answer(transcript(awaiting=[]), replay) is None  # nothing asked
