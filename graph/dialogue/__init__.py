"""Dialogue state: what the conversation is about, what the agent asked for, and how a later message is
read against both (slots.py: what a message supplies by its form; open_question.py: what the agent's
reply asked for; continuation.py: the reading of a turn in its conversation)."""
