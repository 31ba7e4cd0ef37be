"""Extractive answers from a help-center passage: the sentences that speak to the question, cited."""

from __future__ import annotations

import re

from graph.state import PassageRef

_STOP = set(
    ["a", "an", "the", "i", "my", "me", "you", "your", "we", "our", "is", "are", "was", "were", "be", "to", "of", "in", "on", "for", "and", "or", "it", "this", "that", "with", "at", "by", "do", "does", "did", "can", "could", "would", "should", "will", "how", "what", "when", "where", "why", "which", "who", "please", "hi", "hello", "thanks", "thank", "there", "have", "has", "had", "get", "got", "just", "so", "if", "not", "no", "yes"]
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


def _sentences(text: str) -> list[str]:
    text = re.sub(r"^#+\s.*$", "", text, flags=re.MULTILINE)
    chunks = re.split(r"(?<=[.!?])\s+|\n\s*[-*]\s+|\n{2,}", text)
    return [c.strip(" -*\n") for c in chunks if len(c.split()) >= 4]


def best_sentences(question: str, passage_text: str, limit: int = 3) -> list[str]:
    """Up to `limit` sentences ranked by overlap with the question, returned in document order."""
    query = _words(question)
    sentences = _sentences(passage_text)
    if not sentences:
        return []
    scored = [(len(query & _words(s)), -i, s) for i, s in enumerate(sentences)]
    ranked = sorted(scored, reverse=True)[:limit]
    if ranked[0][0] == 0:
        ranked = [(0, -i, s) for i, s in enumerate(sentences[:limit])]
    return [s for _, _, s in sorted(ranked, key=lambda item: -item[1])]


def cite(passage: PassageRef) -> str:
    title = passage.get("title") or passage.get("doc_id", "our help center")
    url = passage.get("url")
    return f"(Source: “{title}”{' — ' + url if url else ''})"


def answer_from_passage(question: str, passage: PassageRef, limit: int = 3) -> str:
    sentences = best_sentences(question, passage.get("text", ""), limit)
    body = " ".join(s if s.endswith((".", "!", "?", ":")) else s + "." for s in sentences)
    return f"{body} {cite(passage)}".strip()
