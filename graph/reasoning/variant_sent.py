"""One colour or size ordered and another come is goods sent in error, however briefly it is said.

"ordered black, got navy. not impressed", "I ordered a medium and got a large": the words of a colour or a size and
of an order, so the intent model read the order's status (0.54-0.86) or a size question (0.59), and the goods sent
in error, a person's to put right (tier 2), were missed. The two variants said beside "ordered" and "got" (or
"received", "you sent", "came in") differ: the customer tells of goods other than those ordered. Every tier-1
reading's mass goes to the wrong item then. "I ordered a medium but want a large now" is a change of mind
(other_variant.py), and "ordered a medium, it's too big" names one variant only: neither moves. Text is folded first
(text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.other_variant import VARIANT
from graph.reasoning.readings import tier_one_moved_when
from graph.reasoning.text_norm import fold

WRONG_ITEM = "wrong_item"

_ORDERED = r"(?:ordered|bought|purchased|asked\s+for|paid\s+for|picked|chose|selected)"
_CAME = (r"(?:got|received|recieved|was\s+sent|were\s+sent|(?:you|they|u|ya)\s+(?:guys\s+)?sent(?:\s+me)?|"
         r"(?:it|they|what)\s+(?:came|arrived|turned\s+up|showed\s+up)(?:\s+(?:as|in))?|came\s+(?:as|in)|"
         r"arrived\s+(?:as|in))")
_ARTICLE = r"(?:(?:it|them|one|me)\s+)?(?:(?:a|an|the|in|size)\s+)?"
_ORDERED_THEN_CAME = re.compile(
    rf"\b{_ORDERED}\s+(?:[a-z]+\s+){{0,2}}?{_ARTICLE}(?P<ordered>{VARIANT})\b(?:\s+[a-z]+){{0,3}}?[\s,;.!-]+(?:but\s+|and\s+|yet\s+|then\s+)?"
    rf"(?:i\s+|we\s+)?(?:only\s+|just\s+)?{_CAME}\s+{_ARTICLE}(?P<came>{VARIANT})\b"
)


def says_other_variant_came(text: str) -> bool:
    """The customer says they ordered one colour or size and got another."""
    found = _ORDERED_THEN_CAME.search(fold(text or ""))
    return bool(found) and _plain(found.group("ordered")) != _plain(found.group("came"))


def _plain(variant: str) -> str:
    """A variant without the words around it ("size m" and "m" are one)."""
    return re.sub(r"\b(?:size|a|an|one)\s+", "", variant).strip()


def read_variant_sent(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every tier-1 reading's mass on the wrong item, when the customer says another colour or
    size came than the one ordered."""
    return tier_one_moved_when(probs, text, says_other_variant_came, WRONG_ITEM)
