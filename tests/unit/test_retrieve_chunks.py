"""A chosen article's retrieved sections are read together (graph/nodes/retrieve.py): its answer may sit in another
of its sections than the one closest to the question as a whole."""

from __future__ import annotations

from graph.nodes.retrieve import _with_next_chunks, with_subject
from tools.knowledge.retriever import Passage


def _chunk(heading: str, text: str) -> Passage:
    return Passage(doc_id="shipping-overview", title="Where we ship", heading=heading, text=text, url=None,
                   source="help_center", category="shipping", score=0.1, metadata={"similarity": 0.5})


def test_the_best_chunk_comes_first_and_the_next_ones_follow_under_their_headings():
    best, rates, boxes, extra = (_chunk("Fastest delivery", "Express is our fastest option."),
                                 _chunk("Rates", "| Region | Standard |\n|---|---|\n| Australia | $14.95 |"),
                                 _chunk("PO boxes", "Standard shipping can go to PO boxes."), _chunk("More", "x"))
    merged = _with_next_chunks([best, rates, boxes, extra])
    assert merged.text.startswith("## Fastest delivery\nExpress is our fastest option.")
    assert "## Rates\n| Region" in merged.text and "## PO boxes" in merged.text and "## More" not in merged.text
    assert merged.heading == best.heading and merged.metadata == best.metadata
    assert _with_next_chunks([best]) is best  # one chunk: as retrieved


def test_a_settled_later_message_is_searched_with_its_subject():
    assert with_subject("ok and how do I start one", "return_request") == (
        "ok and how do I start one (How to return an item of my order)")
    assert with_subject("ok and how do I start one", None) == "ok and how do I start one"


def test_a_message_is_searched_without_its_handles_and_links():
    from graph.reasoning.text_norm import said_without_links as _asked_words

    # "@NorthboundHelp" found the "What we can help with" article by the handle's words
    assert _asked_words("@NorthboundHelp can I check out as a guest?") == "can I check out as a guest?"
    assert _asked_words("see https://t.co/x1 @Shop it came broken") == "see it came broken"
    assert _asked_words("@NorthboundHelp") == "@NorthboundHelp"  # nothing else: as written
