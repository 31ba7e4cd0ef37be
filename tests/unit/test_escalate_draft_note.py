"""The unsent draft shown to staff is never cut mid-word."""

from graph.nodes.escalate import _whole_words


def test_a_short_draft_is_kept_whole():
    text = "Hi Aiden, everything paid on order NB104264 has already been refunded. Is there anything else I can help with?"
    assert _whole_words(text) == text


def test_a_long_draft_is_cut_at_a_word_with_an_ellipsis():
    text = "word " * 50 + "helpfulness"
    cut = _whole_words(text, limit=253)
    assert cut.endswith("…")
    assert len(cut) <= 254
    assert all(piece == "word" for piece in cut[:-1].split())
