"""Moving a distribution's mass off readings the message's own words rule out, onto the one they point at.

The word readers (product_questions.py, refund_questions.py) each know which readings a message cannot be and
which one it is; the arithmetic is the same for all of them and lives here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from graph.intents import tier_of


def moved_to(probs: dict[str, float], ruled_out: Iterable[str], onto: str) -> dict[str, float]:
    """The distribution with the ruled-out readings at 0 and their mass added to `onto` (as it was when they had
    none)."""
    ruled_out = set(ruled_out)
    moved = sum(probs.get(intent, 0.0) for intent in ruled_out)
    if not moved:
        return probs
    read = {intent: (0.0 if intent in ruled_out else p) for intent, p in probs.items()}
    read[onto] = read.get(onto, 0.0) + moved
    return read


def spread_over(probs: dict[str, float], ruled_out: Iterable[str], family: Sequence[str],
                fallback: str) -> dict[str, float]:
    """The distribution with the ruled-out readings at 0 and their mass spread over `family` as the model split it
    between its members (all on `fallback` when it gave them nothing)."""
    ruled_out = set(ruled_out)
    moved = sum(probs.get(intent, 0.0) for intent in ruled_out)
    if not moved:
        return probs
    members = {intent: probs.get(intent, 0.0) for intent in family}
    total = sum(members.values())
    shares = {intent: p / total for intent, p in members.items()} if total else {fallback: 1.0}
    read = {intent: (0.0 if intent in ruled_out else p) for intent, p in probs.items()}
    for intent, share in shares.items():
        read[intent] = read.get(intent, 0.0) + moved * share
    return read


def tier_one_moved_to(probs: dict[str, float], onto: str) -> dict[str, float]:
    """`moved_to` from every tier-1 reading but `onto`: a person's readings (tier 2) keep their mass, so what a person
    must see ("someone changed the email on my account", "your policy on lost parcels?") stays so."""
    return moved_to(probs, [intent for intent in probs if intent != onto and tier_of(intent) == 1], onto)


def tier_one_moved_when(probs: dict[str, float], text: str, says: Callable[[str], bool], onto: str) -> dict[str, float]:
    """`tier_one_moved_to` when the message's words say so (`says(text)`)."""
    return tier_one_moved_to(probs, onto) if says(text) else probs


def all_moved_to(probs: dict[str, float], onto: str) -> dict[str, float]:
    """`moved_to` from every reading but `onto`: the words say what the message is whatever else it looks like (another
    company's service, a general-knowledge question, a job asked about)."""
    return moved_to(probs, [intent for intent in probs if intent != onto], onto)


def all_moved_when(probs: dict[str, float], text: str, says: Callable[[str], bool], onto: str) -> dict[str, float]:
    """`all_moved_to` when the message's words say so (`says(text)`), read only when another reading has mass."""
    return moved_when(probs, text, says, [intent for intent in probs if intent != onto], onto)


def moved_when(probs: dict[str, float], text: str, says: Callable[[str], bool], ruled_out: Sequence[str],
               onto: str) -> dict[str, float]:
    """`moved_to` when the message's words say so (`says(text)`). The words are only read when a ruled-out reading
    has mass: readers run on every message the engine reads, and most messages give them none."""
    if not any(probs.get(intent) for intent in ruled_out) or not says(text):
        return probs
    return moved_to(probs, ruled_out, onto)
