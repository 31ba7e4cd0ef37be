"""verify: a visitor who is not signed in proves an order is theirs with its e-mail address and number.

The OMS checks the pair (POST /verifications) and answers the same "no match" whichever half is wrong.
On a match the customer id is kept in the thread state (identity_source verified_in_conversation) and
the message is answered as from a signed-in customer; nothing about any order is read before that.
Three failed attempts lock the thread: it is handed to a person (reason identity_locked).
"""

from __future__ import annotations

import logging

from graph.messages import customer_texts_before
from graph.policy import IDENTITY_LOCKED, MAX_VERIFICATION_FAILURES, OMS_UNAVAILABLE
from graph.reasoning import signals
from graph.state import SupportState
from tools.oms import OmsError, oms_client

log = logging.getLogger(__name__)
PAIR_LOOKBACK = 3  # the visitor's earlier messages the other half of the pair may be in

NO_MATCH = ("I couldn't match that e-mail address and order number. Please check both (the e-mail you ordered "
            "with and the number from your confirmation, e.g. NB104233) and send them again — "
            "{left} attempt{s} left before I pass this conversation to our team.")


def identity_pair(state: SupportState) -> tuple[list[str], list[str]]:
    """(e-mail addresses, order numbers) a visitor gave to prove an order is theirs. This message must give at
    least one of them; the other may be in their last few messages ("colin@example.com", then "it's NB109418"):
    people answer "send me your e-mail and order number" in two messages. A message giving neither tries nothing
    again (a failed pair is not retried by "hello?"), and after a miss both halves come again in one message, as
    the miss asks (a number named again in a later message would try the failed pair until the thread locks)."""
    entities = (state.get("turn") or {}).get("entities") or {}
    emails, numbers = list(entities.get("emails") or []), list(entities.get("order_numbers") or [])
    if (not emails and not numbers) or state.get("verification_failures"):
        return emails, numbers
    for text in customer_texts_before(state.get("messages") or [])[:PAIR_LOOKBACK]:
        if emails and numbers:
            break
        earlier = signals.extract_entities(text)
        emails = emails or list(earlier.get("emails") or [])
        numbers = numbers or list(earlier.get("order_numbers") or [])
    return emails, numbers


def wants_verification(state: SupportState) -> bool:
    """An unverified visitor gave an e-mail address and an order number: try them."""
    emails, numbers = identity_pair(state)
    return not state.get("customer_id") and bool(emails) and bool(numbers)


async def verify(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    emails, numbers = identity_pair(state)
    email = emails[0]
    client = oms_client()  # the loop's pooled client: never closed here
    customer_id = None
    try:
        for number in numbers[:2]:
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
