"""What the conversation's state keeps of a similar past ticket: which one, how close, how it was
resolved. Never its text or subject: the state is returned to the customer through the API, and past
tickets are other customers' conversations (first names, order and tracking numbers were visible)."""

from __future__ import annotations

from graph.state import PassageRef

KEPT_METADATA = ("intent", "resolution_action", "similarity", "dense_rank", "sparse_rank")


def ticket_evidence(ref: PassageRef) -> PassageRef:
    metadata = {k: v for k, v in (ref.get("metadata") or {}).items() if k in KEPT_METADATA}
    return PassageRef(
        doc_id=str(ref.get("doc_id", "")),
        heading=ref.get("heading") or "",
        source="past_ticket",
        score=float(ref.get("score") or 0.0),
        metadata=metadata,
    )
