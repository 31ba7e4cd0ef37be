"""A problem with an order, said but not what it is: "hi, I have a problem with my order", "something's wrong with my
order, can you help"; and likewise a question announced but not asked ("quick question about my order").

The labelling guide files these vague openers under the order's status, and the agent answers with where the order
is; but the customer said something is wrong, and the status alone leaves them to write again without being asked.
After the status the reply asks what the problem (or the question) is, as a person at a help desk would. Not when the message says
what it is ("a problem with my order: the zip is broken" is read as that problem). Text is folded first.
"""

from __future__ import annotations

import re

from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import fold
from graph.reasoning.topic import names_a_topic

_ORDER = r"(?:my|the|an|this|that|our)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|purchase|shipment)"
_PROBLEM_SAID = re.compile(
    rf"\b(?<!no\s)(?<!any\s)(?<!not\sa\s)(?:problem|issue|trouble)s?\s+(?:with|on|about|regarding)\s+{_ORDER}|"
    rf"\bsomething(?:'s|\s+is|\s+went|\s+has\s+gone)?\s+(?:wrong|up|off)\s+with\s+{_ORDER}|"
    rf"\b{_ORDER}\s+(?:has|had)\s+(?:a|an|some)\s+(?:problem|issue)s?\b")
# A question announced and not asked: "quick question about my order", "I have a question regarding my parcel"
_QUESTION_SAID = re.compile(rf"\b(?<!no\s)(?<!any\s)(?:question|query|enquiry|inquiry)s?\s+(?:about|on|regarding|re|for|concerning)\s+{_ORDER}")
# What comes after the problem said: "...with my order: the zip is broken", "...with my order, it never arrived"
MAX_WORDS_AFTER = 4


# Words after the problem said that tell nothing of it: "..., can you help me please?"
_NOTHING_TOLD = frozenset({"can", "you", "u", "help", "me", "please", "pls", "plz", "thanks", "thank", "could", "someone",
                           "somebody", "anyone", "hi", "hello", "hey", "today"})


def _problem_unnamed(text: str, said: re.Pattern[str] = _PROBLEM_SAID) -> re.Match[str] | None:
    """Where the message says an order has a problem (or a question about it, with `_QUESTION_SAID`), in its folded
    text, when it says not what the problem (or the question) is."""
    found = said.search(fold(text or ""))
    if not found or reported_problems(text):
        return None
    return found if len(_told_after(found)) <= MAX_WORDS_AFTER else None


def _told_after(found: re.Match[str]) -> list[str]:
    """The words after what was said that tell something (not "..., can you help me please?")."""
    return [word for word in re.findall(r"[a-z']+", found.string[found.end():]) if word not in _NOTHING_TOLD]


def says_a_problem_without_what(text: str) -> bool:
    """The message says an order has a problem and not what the problem is."""
    return _problem_unnamed(text) is not None


def says_a_question_without_what(text: str) -> bool:
    """The message announces a question about an order and does not ask it ("quick question about my order"): after the
    announcement only courtesy ("..., can you help?"), never the question itself ("...: when will it arrive?")."""
    found = _problem_unnamed(text, _QUESTION_SAID)
    return found is not None and not _told_after(found)


ORDER_STATUS = "order_status"
SURE = 0.9  # the order's status read this surely already: nothing to move, and the words are not read


def is_vague_problem_opener(text: str) -> bool:
    """The whole message is a problem with an order said and nothing else ("issue with my last purchase", "hi, I have a
    problem with my order, can you help?"): the labelling guide's vague opener, answered by the order and a question."""
    found = _problem_unnamed(text) or _problem_unnamed(text, _QUESTION_SAID)
    if found is None:
        return False
    return not names_a_topic(found.string[:found.start()] + " " + found.string[found.end():])


def read_vague_problem_opener(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every reading on the order's status when the message is only a problem with an order
    said: nothing in it says which problem (the reply asks), so no reading of a problem is surer than a guess."""
    if probs.get(ORDER_STATUS, 0.0) > SURE or not is_vague_problem_opener(text):
        return probs
    return moved_to(probs, [intent for intent in probs if intent != ORDER_STATUS], ORDER_STATUS)
