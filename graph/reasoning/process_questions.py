"""A question for how something is done, asked as how it works: "how do returns work?", "what's the process for
exchanging an item?".

Its words are the subject's ("returns"), and retrieval finds the subject's rules (the return policy's refund sentence)
before the article that lists what to do: that one's numbered steps read far from "work" and "process" as a whole. The
question is searched once more as the help center would title it, "steps to <subject>", which finds the steps.
"""

from __future__ import annotations

import re

# "how do returns work", "how does the exchange process work", "what's the process for returning an item",
# "what are the steps to get a refund", "what is the procedure for a return"
_HOW_IT_WORKS = re.compile(r"\bhow\s+(?:do|does)\s+(?:the\s+|your\s+|an?\s+)?(?P<works>(?:\w+\s+){0,2}?\w+?)\s+"
                           r"(?:process\s+|procedure\s+)?work\b", re.IGNORECASE)
_PROCESS_FOR = re.compile(r"\b(?:process|procedure|steps)\s+(?:for|to|of)\s+(?:an?\s+|the\s+|my\s+)?"
                          r"(?P<process>(?:\w+\s+){0,2}?\w+)\s*(?:[?.!,]|$)", re.IGNORECASE)
# A thing that works or not: "how does the app work?" is no process of the shop's to search for as steps
_NOT_A_PROCESS = re.compile(r"^(?:it|this|that|they|the\s+app|app|site|website|sizing|it\s+all)$", re.IGNORECASE)


def steps_question(question: str) -> str | None:
    """The question as the help center's steps for it ("steps to returns"); None when it asks for no process."""
    found = _HOW_IT_WORKS.search(question or "") or _PROCESS_FOR.search(question or "")
    if not found:
        return None
    subject = " ".join(found.group(found.lastgroup or "").split())
    return None if not subject or _NOT_A_PROCESS.match(subject) else f"steps to {subject}"
