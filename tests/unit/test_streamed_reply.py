"""The pieces a sent reply streams in join back to exactly the reply, a few words each; outside a graph run
(or a run nobody streams) the reply is just the message, nothing is pushed."""

from __future__ import annotations

from graph.streamed_reply import AGENT_NAME, WORDS_PER_CHUNK, pieces, streamed_reply

REPLY = "Your order NB104233 shipped on March 3.\n\nTrack it here: https://track.example/1Z999  Thanks!"


def test_pieces_join_back_to_the_reply_whitespace_included():
    parts = pieces(REPLY)
    assert "".join(parts) == REPLY
    assert len(parts) > 1 and all(len(p.split()) <= WORDS_PER_CHUNK for p in parts)


def test_a_blank_or_one_word_reply_is_one_piece_or_none():
    assert pieces("") == []
    assert pieces("Thanks!") == ["Thanks!"]


def test_outside_a_run_the_reply_is_only_the_message_with_an_id():
    message = streamed_reply(REPLY)
    assert message.content == REPLY and message.name == AGENT_NAME and message.id
