"""verify: a visitor who is not signed in proves an order is theirs with its e-mail address and number.

The OMS checks the pair (POST /verifications) and answers the same "no match" whichever half is wrong.
On a match the customer id is kept in the thread state (identity_source verified_in_conversation) and
the message is answered as from a signed-in customer; nothing about any order is read before that.
Three failed attempts lock the thread: it is handed to a person (reason identity_locked).
"""

from __future__ import annotations

import logging

from graph.policy import IDENTITY_LOCKED, MAX_VERIFICATION_FAILURES, OMS_UNAVAILABLE
from graph.state import SupportState
from tools.oms import OmsError, oms_client

log = logging.getLogger(__name__)

NO_MATCH = ("I couldn't match that e-mail address and order number. Please check both (the e-mail you ordered "
            "with and the number from your confirmation, e.g. NB104233) and send them again — "
            "{left} attempt{s} left before I pass this conversation to our team.")


def wants_verification(state: SupportState) -> bool:
    """An unverified visitor sent an e-mail address and an order number: try them."""
    entities = (state.get("turn") or {}).get("entities") or {}
    return not state.get("customer_id") and bool(entities.get("emails")) and bool(entities.get("order_numbers"))


async def verify(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    entities = turn.get("entities") or {}
    email = entities["emails"][0]
    client = oms_client()  # the loop's pooled client: never closed here
    customer_id = None
    try:
        for number in entities["order_numbers"][:2]:
            customer_id = await client.verify_customer(email, number)
            if customer_id:
                break
    except OmsError as exc:
        log.warning("identity check unavailable: %s", exc)
        turn.update(verification="unavailable", route="escalate", reasons=[OMS_UNAVAILABLE], confidence=0.0)
        return {"turn": turn}
    if customer_id:
        turn["verification"] = "verified"
        return {"customer_id": customer_id, "identity_source": "verified_in_conversation",
                "verification_failures": 0, "turn": turn}
    failures = state.get("verification_failures", 0) + 1
    if failures >= MAX_VERIFICATION_FAILURES:
        turn.update(verification="locked", route="escalate", reasons=[IDENTITY_LOCKED], confidence=0.0)
        return {"verification_failures": failures, "turn": turn}
    left = MAX_VERIFICATION_FAILURES - failures
    turn.update(verification="failed", route="answer", reasons=[], confidence=1.0,
                draft=NO_MATCH.format(left=left, s="" if left == 1 else "s"))
    return {"verification_failures": failures, "turn": turn}
