""""Are you a real person?": a question about who is answering, not a request for someone else.

Read as a request for a person, it handed the conversation over at once; the labelling guide's human request is
an explicit ask for one. The customer is told they are talking with the store's automated assistant and offered a
person, so a "yes" then goes to one. Only a message that asks this and nothing else.
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import fold

_WHAT = r"(?:a\s+|an\s+|une?\s+|el\s+|ein(?:e|en)?\s+)?(?:real\s+|actual\s+|live\s+)?(?:person|human|bot|robot|ai|" \
        r"machine|computer|chatbot|program|persona(?:\s+real)?|humano|humain|mensch|maschine|automated\s+\w+)"
_ASKS_WHO = re.compile(
    r"^\W*(?:(?:hi|hello|hey|wait|so|ok|okay|um+|lol|hmm+|hola|bonjour|hallo)\W+)*"
    r"(?:are\s+you|r\s+u|is\s+this|is\s+it|am\s+i\s+(?:talking|speaking|chatting|texting)\s+(?:to|with)|"
    r"eres|es\s+usted|estoy\s+hablando\s+con|vous\s+etes|tu\s+es|c'?est\s+un|bist\s+du|sind\s+sie|spreche\s+ich\s+mit)\s+"
    + _WHAT + r"\b(?:\s+or\s+(?:a\s+|an\s+)?(?:real\s+)?(?:person|human|bot|robot|ai))?\W*$"
    # said, with the question after it: "you're a bot aren't you", "this is a bot, right?", "you're not a real person lol"
    r"|^\W*(?:(?:hi|hello|hey|wait|so|ok|okay|um+|lol|hmm+)\W+)*(?:you'?re|you\s+are|ur|this\s+is|it'?s)\s+(?:not\s+|just\s+)?"
    + _WHAT + r"\b\W*(?:(?:aren'?t|are|isn'?t|is)\s+(?:you|u|it|this)|right|huh|innit|eh|lol|yeah|no)?\W*$",
    re.IGNORECASE,
)


def asks_who_answers(text: str) -> bool:
    """The message only asks whether a person or a program is answering."""
    return bool(_ASKS_WHO.match(fold(text or "")))
