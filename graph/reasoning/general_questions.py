"""A general-knowledge question or a task for a chatbot is no support request: the agent says what it helps with.

People try a shop's chat as they would any assistant: "what's the capital of australia?", "what year did the Titanic
sink?", "what's 17 times 23", "translate 'good morning' into Italian", "can you finish the lyrics...", "recommend a
good book for a long flight". The intent model, which learned from support tickets, spreads such a message over
readings it has no words for: "what's 17 times 23" went to a person at 0.26, the Titanic question got the customer's
newest order and the translation went to a person as a tier-2 complaint. So when a message asks one of the questions
a general assistant is asked (facts of the world, sums, translations, lyrics, poems and stories, homework, the
weather, books and films to recommend), every reading goes to out of scope, whose reply says what the agent can help
with and offers a person. The forms are of the question, never of the store's goods: "recommend a jacket for the
rain" asks the store. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import OUT_OF_SCOPE
from graph.reasoning.readings import all_moved_when
from graph.reasoning.text_norm import any_of, fold

_WHAT_IS = r"(?:what'?s|what\s+is|what\s+was|whats|tell\s+me)\s+"
_GENERAL = any_of(
    # facts of the world
    rf"{_WHAT_IS}the\s+(?:capital|population|currency|meaning\s+of\s+life|square\s+root|speed\s+of\s+(?:light|sound))",
    r"(?:what|which)\s+year\s+(?:did|was|were)\s+(?!(?:my|our|i|it|this|that|the\s+order|you|your)\b)[a-z]+",
    r"who\s+(?:won|wrote|invented|discovered|painted|directed|sang|founded|built)\s+(?:the\s+)?+"
    r"(?!(?:my|our|it|this|that|giveaway|competition|contest|prize|draw|raffle)\b)[a-z]+",
    r"who\s+is\s+the\s+(?:president|prime\s+minister|king|queen|pope)",
    # sums
    rf"{_WHAT_IS}\d+(?:\.\d+)?\s*(?:times|plus|minus|divided\s+by|multiplied\s+by|\*|\+|/)\s*\d+",
    # a task for a writer or a translator (the store's own pages are the store's: "translate your policy")
    r"translate\s+(?!(?:your|this|the\s+(?:page|site|website|policy|article|email|chart)))[^.?!]{1,60}?\s+(?:into|to)\s+"
    r"(?:english|spanish|french|german|italian|portuguese|japanese|chinese|korean|dutch|russian|arabic|hindi)",
    r"lyrics", r"(?:write|compose)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:poem|song|story|essay|haiku|limerick|rap)",
    r"(?:help\s+(?:me\s+)?with|do)\s+my\s+(?:\w+\s+)?(?:homework|assignment|essay|coursework)",
    # the weather, said of a day or a place
    r"the\s+weather\s+(?:like|forecast|today|tomorrow|tonight|going|in|at|this|next)", r"weather\s+forecast",
    r"(?:is\s+it|will\s+it|it'?s)\s+(?:going\s+to\s+|gonna\s+)?(?:rain|snow)\s+(?:on|in|at|tomorrow|today|tonight|this|"
    r"next|for)",
    # something to read, watch or eat, recommended
    r"recommend\s+(?:me\s+)?(?:a|an|some|any)\s+(?:good\s+|great\s+|nice\s+)?(?:book|novel|movie|film|tv\s+show|show|"
    r"series|song|album|podcast|restaurant|recipe|hotel|video\s+game)s?",
)


def asks_general_knowledge(text: str) -> bool:
    """The message asks what a general assistant is asked: a fact of the world, a sum, a translation, a poem..."""
    return bool(_GENERAL.search(fold(text or "")))


def read_general_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every other reading's mass on out of scope when the message asks a general question."""
    return all_moved_when(probs, text, asks_general_knowledge, OUT_OF_SCOPE)
