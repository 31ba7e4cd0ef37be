"""A serving worker encodes the help center's sentences before its first customer (server/app.py preload):
afterwards, reading a retrieved help passage sentence by sentence encodes only the customer's question."""

from __future__ import annotations

from graph.reasoning.offline import passages

CHUNK = (
    "## Window\n\nYou can return unworn items within 30 days of delivery for a full refund.\n\n"
    "## Final sale\n\nSwimwear and earrings are final sale and cannot be returned.",
    "Return policy",
)


def test_after_the_warm_up_a_passage_costs_only_the_question(monkeypatch) -> None:
    passages._sentence_vectors.clear()
    assert passages.warm_help_sentences([CHUNK]) == 2  # two sentences, each with its heading
    assert passages.warm_help_sentences([CHUNK]) == 0  # kept for the process's life

    encoded: list[str] = []
    real = passages._vectors

    def counting(texts: list[str]):
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr(passages, "_vectors", counting)
    text, heading = CHUNK
    score = passages.closest_sentence("can I send back a swimsuit?", {"text": text, "heading": heading})
    assert encoded == ["can I send back a swimsuit?"]
    assert score is not None and score > 0.3
